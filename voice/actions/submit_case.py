"""Submit a case: the one intake of the web form, the API and staff entering hotline calls.

Nothing is written unless every input is valid and the member explicitly consented to the
handling of their request (``consents[Purpose.HANDLE] is True``; a box is never ticked for
them). Then, in one transaction: the case (text and contacts encrypted, routed through the
org tree with its first-response deadline), one ``Consent`` row per purpose consented to
(the active notice's version and SHA-256, channel, time and how consent was expressed), the
cleaned attachments, and ``case_changed(action="submitted")``.

Identity modes: *identified* needs a name; *pseudonymous* keeps name and contact sealed from
handlers unless the member consents to ``reveal_identity``; *anonymous* stores no name, no
contact, no workplace and no member account (the code and secret are the only way back).

Staff entry (channel ``hotline`` or ``staff``): ``actor`` is the staff member, who must be a
handler of the receiving organisation (or a platform operator); the consent they read out on
the call is recorded with ``{"read_by": <their id>}``. Submissions by members and anonymous
visitors are limited per member/contact and per IP (``voice.abuse``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pghistory
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from congdoan.actions import Action
from voice import abuse, codes, crypto, intake
from voice.models import (
    Attachment,
    Case,
    Channel,
    Consent,
    ConsentNotice,
    Handler,
    IdentityMode,
    Kind,
    Purpose,
)
from voice.signals import case_changed

#: Kinds a member may submit (survey answers come from surveys, not from this form).
SUBMITTABLE_KINDS = (Kind.QUESTION, Kind.GRIEVANCE, Kind.OPINION, Kind.MISINFORMATION)
STAFF_CHANNELS = (Channel.HOTLINE, Channel.STAFF)
CONSENT_REQUIRED = (
    "Cần có sự đồng ý của bạn để công đoàn tiếp nhận và xử lý ý kiến. "
    "Vui lòng đọc thông báo và đánh dấu ô đồng ý."
)


@dataclass
class SubmitResult:
    case: Case
    #: The follow-up secret, shown to the member once; only its keyed hash is stored.
    secret: str


class SubmitCase(Action):
    public = True

    def __init__(
        self,
        *,
        kind: str,
        organization,
        body,
        consents: dict | None = None,
        identity_mode: str = IdentityMode.IDENTIFIED,
        title="",
        contact_name="",
        contact_phone="",
        contact_email="",
        workplace="",
        link="",
        conflict_of_interest: bool = False,
        attachments=(),
        channel: str = Channel.WEB_FORM,
        member=None,
        client_ip: str | None = None,
        consent_evidence: dict | None = None,
        notice_versions: dict | None = None,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.inputs = {
            "kind": kind,
            "organization": organization,
            "identity_mode": identity_mode,
            "title": title,
            "body": body,
            "contact_name": contact_name,
            "contact_phone": contact_phone,
            "contact_email": contact_email,
            "workplace": workplace,
            "link": link,
        }
        self.consents = consents or {}
        self.conflict_of_interest = bool(conflict_of_interest)
        self.raw_attachments = list(attachments or [])
        self.channel = channel
        self.member = member if getattr(member, "is_authenticated", False) else None
        self.client_ip = client_ip
        self.consent_evidence = consent_evidence or {}
        self.notice_versions = notice_versions or {}

    # --- validation ----------------------------------------------------------------------

    def validate(self) -> None:
        errors: dict[str, list] = {}

        def fail(field, exc):
            errors.setdefault(field, []).extend(
                exc.messages if isinstance(exc, ValidationError) else [str(exc)]
            )

        i = self.inputs
        # Consent first: without it nothing else matters and nothing is written.
        if self.consents.get(Purpose.HANDLE) is not True:
            raise ValidationError({"consent_handle": [CONSENT_REQUIRED]}, code="consent_required")
        unknown = [p for p in self.consents if p not in Purpose.values]
        if unknown:
            fail("consents", ValidationError("Mục đích đồng ý không hợp lệ: " + ", ".join(unknown)))

        self.kind = i["kind"]
        if self.kind not in SUBMITTABLE_KINDS:
            fail("kind", ValidationError("Vui lòng chọn loại ý kiến."))
        self.identity_mode = i["identity_mode"]
        if self.identity_mode not in IdentityMode.values:
            fail("identity_mode", ValidationError("Vui lòng chọn cách thể hiện danh tính."))
        if self.channel not in Channel.values:
            fail("channel", ValidationError("Kênh tiếp nhận không hợp lệ."))

        text = {}
        labels = {
            "title": "Tiêu đề",
            "body": "Nội dung",
            "contact_name": "Họ tên",
            "contact_phone": "Số điện thoại",
            "contact_email": "Email",
            "workplace": "Nơi làm việc",
            "link": "Đường dẫn",
        }
        for field, label in labels.items():
            try:
                text[field] = intake.decode_text(i[field], label)
            except ValidationError as exc:
                fail(field, exc)
                text[field] = ""
        if "body" not in errors:
            try:
                intake.check_body(text["body"])
            except ValidationError as exc:
                fail("body", exc)
        if len(text["title"]) > intake.TITLE_MAX_CHARS:
            fail("title", ValidationError(f"Tiêu đề tối đa {intake.TITLE_MAX_CHARS} ký tự."))
        for field in ("contact_name", "workplace"):
            if len(text[field]) > intake.NAME_MAX_CHARS:
                limit = intake.NAME_MAX_CHARS
                fail(field, ValidationError(f"{labels[field]} tối đa {limit} ký tự."))

        anonymous = self.identity_mode == IdentityMode.ANONYMOUS
        if anonymous:
            # Nothing that identifies the member is kept, whatever was typed.
            for field in ("contact_name", "contact_phone", "contact_email", "workplace"):
                text[field] = ""
            errors.pop("contact_name", None)
            errors.pop("contact_phone", None)
            errors.pop("contact_email", None)
            errors.pop("workplace", None)
            for purpose in (Purpose.CONTACT, Purpose.REVEAL_IDENTITY):
                if self.consents.get(purpose):
                    fail(
                        f"consent_{purpose}",
                        ValidationError(
                            "Khi ẩn danh hoàn toàn, công đoàn không lưu thông tin liên hệ nên "
                            "không thể liên hệ lại hay biết danh tính của bạn. Bỏ chọn ô này "
                            "hoặc chọn cách thể hiện danh tính khác."
                        ),
                    )
        else:
            if text["contact_phone"] and "contact_phone" not in errors:
                try:
                    text["contact_phone"] = intake.check_phone(text["contact_phone"])
                except ValidationError as exc:
                    fail("contact_phone", exc)
            if text["contact_email"] and "contact_email" not in errors:
                try:
                    text["contact_email"] = intake.check_email(text["contact_email"])
                except ValidationError as exc:
                    fail("contact_email", exc)
            if self.identity_mode == IdentityMode.IDENTIFIED and not text["contact_name"]:
                fail("contact_name", ValidationError("Vui lòng nhập họ tên (hoặc chọn ẩn danh)."))
            if (
                self.consents.get(Purpose.CONTACT)
                and not (text["contact_phone"] or text["contact_email"])
                and not ({"contact_phone", "contact_email"} & errors.keys())
            ):
                fail(
                    "contact_phone",
                    ValidationError("Để được liên hệ lại, vui lòng nhập số điện thoại hoặc email."),
                )
        if text["link"] and "link" not in errors:
            try:
                text["link"] = intake.check_link(text["link"])
            except ValidationError as exc:
                fail("link", exc)

        try:
            self.organization = intake.find_organization(i["organization"])
        except ValidationError as exc:
            fail("organization", exc)
            self.organization = None

        # The notice the member read must be the one in force (else: read the new one).
        self.notices = {}
        for purpose, given in self.consents.items():
            if given is not True or purpose not in Purpose.values:
                continue
            notice = ConsentNotice.objects.filter(purpose=purpose, active=True).first()
            if notice is None:
                fail(f"consent_{purpose}", ValidationError("Chưa có thông báo cho mục đích này."))
                continue
            seen = self.notice_versions.get(purpose)
            if seen and seen != notice.version:
                fail(
                    f"consent_{purpose}",
                    ValidationError(
                        "Nội dung thông báo đã được cập nhật. Vui lòng đọc lại và đồng ý lại."
                    ),
                )
            self.notices[purpose] = notice

        if not errors:
            try:
                self.files = intake.clean_attachments(self.raw_attachments)
            except ValidationError as exc:
                fail("attachments", exc)
        if errors:
            raise ValidationError(errors)
        self.text = text
        if not text["title"]:
            text["title"] = intake.default_title(text["body"])
        contact = text["contact_phone"] or text["contact_email"]
        self.contact_index = crypto.blind_index(contact) if contact else ""

    def check_permission(self) -> None:
        if self.channel in STAFF_CHANNELS:
            actor = self.actor
            if actor is None or not getattr(actor, "is_authenticated", False):
                raise PermissionDenied("Chỉ cán bộ công đoàn mới được nhập ý kiến qua điện thoại.")
            if not actor.is_superuser:
                paths = Handler.objects.filter(user=actor).values_list(
                    "organization__path", flat=True
                )
                if not any(self.organization.path.startswith(p) for p in paths):
                    raise PermissionDenied(
                        "Bạn không phải cán bộ xử lý của đơn vị này nên không nhập được ý kiến."
                    )

    # --- writes --------------------------------------------------------------------------

    def execute(self):
        actor_id = getattr(self.actor, "pk", None) or getattr(self.member, "pk", None)
        with pghistory.context(action="submitted", actor=actor_id):
            return super().execute()

    def perform(self) -> SubmitResult:
        if self.channel not in STAFF_CHANNELS:
            abuse.hit_submission(
                member=self.member, contact_index=self.contact_index, ip=self.client_ip
            )
        now = timezone.now()
        anonymous = self.identity_mode == IdentityMode.ANONYMOUS
        text = self.text
        topic = _suggest_topic(f"{text['title']}\n{text['body']}")
        decision = _route(
            self.organization,
            kind=self.kind,
            topic=topic,
            conflict_of_interest=self.conflict_of_interest,
        )
        due = _due_at(
            decision.organization, now, decision.response_hours, decision.working_days_only
        )
        secret = codes.new_secret()
        fields = {
            "secret_hash": crypto.secret_hash(secret),
            "kind": self.kind,
            "channel": self.channel,
            "identity_mode": self.identity_mode,
            "organization": decision.organization,
            "origin_organization": self.organization,
            "org_path": decision.organization.path,
            "conflict_of_interest": self.conflict_of_interest,
            "topic_suggested": topic,
            "title": text["title"],
            "body": text["body"],
            "contact_name": text["contact_name"],
            "contact_phone": text["contact_phone"],
            "contact_email": text["contact_email"],
            "workplace": text["workplace"],
            "link": text["link"],
            "contact_index": self.contact_index,
            "member": None if anonymous else self.member,
            "entered_by": self.actor_row if self.channel in STAFF_CHANNELS else None,
            "identity_revealed": (
                self.identity_mode == IdentityMode.PSEUDONYMOUS
                and self.consents.get(Purpose.REVEAL_IDENTITY) is True
            ),
            "received_at": now,
            "first_response_due": due,
        }
        case = None
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    case = Case.objects.create(code=codes.new_code(), **fields)
                break
            except IntegrityError:  # a code already taken (1 in 2^40 per case): draw again
                continue
        if case is None:
            raise RuntimeError("Không tạo được mã vụ việc duy nhất.")
        for purpose, notice in self.notices.items():
            Consent.objects.create(
                case=case,
                purpose=purpose,
                notice=notice,
                notice_version=notice.version,
                notice_sha256=notice.sha256,
                channel=self.channel,
                given_at=now,
                evidence=self._evidence(purpose),
            )
        for clean in self.files:
            Attachment.objects.create(
                case=case,
                name=clean.name,
                content_type=clean.content_type,
                size=clean.size,
                data=clean.data,
            )
        self.case = case
        return SubmitResult(case=case, secret=secret)

    def _evidence(self, purpose: str) -> dict:
        evidence = dict(self.consent_evidence.get(purpose) or {})
        if self.channel in STAFF_CHANNELS:
            evidence.setdefault("read_by", getattr(self.actor, "pk", None))
            evidence.setdefault("read_aloud", True)
        elif self.channel == Channel.API:
            evidence.setdefault("input", f"consents.{purpose}")
            evidence.setdefault("default", False)
        else:
            evidence.setdefault("checkbox", purpose)
            evidence.setdefault("unticked_by_default", True)
        return evidence

    def signal(self, result) -> None:
        case_changed.send(
            sender=type(self),
            action="submitted",
            case=result.case,
            actor=self.actor_row,
            organization=result.case.organization,
        )


# The routing, deadline and classification rules (voice.routing, voice.deadlines,
# voice.classify) are looked up when a case is submitted, not at import.


def _suggest_topic(text: str) -> str:
    from voice import classify

    return classify.suggest_topic(text) or ""


def _route(origin, **kwargs):
    from voice import routing

    return routing.route(origin, **kwargs)


def _due_at(org, start, hours, working_days_only):
    from voice import deadlines

    return deadlines.due_at(org, start, hours, working_days_only)
