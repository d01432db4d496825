"""Public mutations of the workers' voice, for portals and chat mini-apps.

They act for an anonymous worker: the session cookie and the API token's user are never
used as the worker's identity, so they need no CSRF token (``graphql_api.security``'s
``PUBLIC_MUTATIONS``; one such field per request). Bad input is data, not an exception:
``VoiceErrors { errors { field message } }`` with Vietnamese messages, and nothing written.
Intake's rules (consent, limits per hour, lengths, routing) are ``SubmitCase``'s
(``voice.actions.submit_case``); the follow-up ones need the case code and secret.
"""

from __future__ import annotations

import strawberry
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import connection
from strawberry.utils.str_converters import to_camel_case

from congdoan.throttle import client_ip
from delivery import collector
from graphql_api.content.scope import HEADER as ORG_HEADER
from graphql_api.security import public_mutation
from graphql_api.voice.lookup import NOT_FOUND, find_case, follow_queryset, refuse
from graphql_api.voice.types import (
    CaseIdentityMode,
    CaseKind,
    CaseReceipt,
    CaseStatus,
    CaseUpdated,
    CaseUpdateResult,
    ConsentPurpose,
    FieldError,
    SubmitCaseResult,
    VoiceErrors,
    follow_from,
    org_ref,
)
from hierarchy.models import Organization
from voice.models import Channel, ConsentNotice, IdentityMode, Kind, Purpose

NEEDS_HANDLE_CONSENT = (
    "Bạn cần đồng ý cho tổ chức công đoàn tiếp nhận và xử lý nội dung (mục đích «Tiếp nhận "
    "và xử lý yêu cầu») thì mới gửi được."
)
UNAVAILABLE = "Chức năng tiếp nhận chưa sẵn sàng trên máy chủ này. Vui lòng thử lại sau."


@strawberry.input(description="Một sự đồng ý: mục đích và phiên bản thông báo đã hiển thị.")
class ConsentInput:
    purpose: ConsentPurpose  # type: ignore[valid-type]
    notice_version: str = strawberry.field(
        description="Phiên bản thông báo (consentNotices.version) người lao động đã đọc."
    )


@strawberry.input(description="Một câu hỏi, kiến nghị, tâm tư hoặc phản ánh gửi công đoàn.")
class SubmitCaseInput:
    body: str = strawberry.field(description="Nội dung (bắt buộc).")
    consents: list[ConsentInput] = strawberry.field(
        description="Các sự đồng ý người lao động đã tự đánh dấu; phải có mục đích HANDLE."
    )
    kind: CaseKind = strawberry.field(default=CaseKind.QUESTION)  # type: ignore[valid-type]
    organization: str | None = strawberry.field(
        default=None,
        description="Mã đơn vị người lao động chọn gửi đến (mặc định: đơn vị của trang này).",
    )
    title: str = ""
    identity_mode: CaseIdentityMode = strawberry.field(  # type: ignore[valid-type]
        default=CaseIdentityMode.ANONYMOUS,
        description="Mặc định ẩn danh hoàn toàn: chỉ mã vụ việc và mã bí mật.",
    )
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    workplace: str = ""
    link: str = strawberry.field(default="", description="Đường dẫn (phản ánh thông tin sai lệch).")
    conflict_of_interest: bool = strawberry.field(
        default=False,
        description="true: người bị phản ánh thuộc đơn vị tiếp nhận; vụ việc chuyển lên cấp trên.",
    )


@strawberry.input(description="Phản ánh thông tin sai lệch, xuyên tạc về tổ chức công đoàn.")
class ReportMisinformationInput:
    link: str = strawberry.field(description="Đường dẫn đến thông tin sai lệch.")
    consents: list[ConsentInput]
    body: str = strawberry.field(default="", description="Mô tả, trích dẫn nội dung.")
    organization: str | None = None
    contact_email: str = ""


def _errors(pairs) -> VoiceErrors:
    return VoiceErrors(errors=[FieldError(field=f, message=m) for f, m in pairs])


def _from_validation(exc: ValidationError) -> VoiceErrors:
    if hasattr(exc, "error_dict"):
        pairs = []
        for name, messages in exc.message_dict.items():
            pairs.extend((_field(name), str(m)) for m in messages)
        return _errors(pairs)
    return _errors(("", str(m)) for m in exc.messages)


def _origin_org(request, code: str | None):
    """The organisation chosen (its code, checked by the intake), else the microsite the
    request is scoped to (``X-Organization``), else the tenant's own organisation."""
    code = (code or "").strip() or (request.headers.get(ORG_HEADER, "") if request else "").strip()
    if code:
        return code
    tenant = getattr(connection, "tenant", None)
    if tenant is None or getattr(tenant, "pk", None) is None:
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).order_by("depth").first()


def _check_consents(consents: list[ConsentInput]) -> dict[str, str] | VoiceErrors:
    """{purpose: notice version} of the boxes ticked, each matched to the notice in force."""
    active = dict(ConsentNotice.objects.filter(active=True).values_list("purpose", "version"))
    versions: dict[str, str] = {}
    problems = []
    for consent in consents:
        purpose = consent.purpose.value
        if purpose in versions:
            continue
        version = consent.notice_version.strip()
        if active.get(purpose) != version:
            label = Purpose(purpose).label
            problems.append(
                (
                    "consents",
                    f"Thông báo về mục đích «{label}» đã thay đổi hoặc phiên bản không đúng: "
                    "vui lòng đọc lại thông báo mới và đồng ý lại.",
                )
            )
        versions[purpose] = version
    if Purpose.HANDLE not in versions:
        problems.insert(0, ("consents", NEEDS_HANDLE_CONSENT))
    return _errors(problems) if problems else versions


def _field(name) -> str:
    if name in ("__all__", None):
        return ""
    if name.startswith("consent"):  # consent_handle, consent_contact, consents
        return "consents"
    return to_camel_case(name)


def submit(request, data: dict, consents: list[ConsentInput]):
    """Validate what the API knows, then hand over to ``SubmitCase`` (intake's action):
    consent evidence, limits per hour, lengths, routing and deadline are its rules."""
    collector.forbid()
    versions = _check_consents(consents)
    if isinstance(versions, VoiceErrors):
        return versions
    origin = _origin_org(request, data.pop("organization"))
    try:
        from voice.abuse import SubmissionLimited
        from voice.actions.submit_case import SubmitCase
    except ImportError:
        return _errors([("", UNAVAILABLE)])
    evidence = {
        purpose: {"api": "SubmitCaseInput.consents", "notice_version": version}
        for purpose, version in versions.items()
    }
    try:
        result = SubmitCase(
            organization=origin,
            consents=dict.fromkeys(versions, True),
            notice_versions=versions,
            consent_evidence=evidence,
            channel=Channel.API,
            member=None,
            client_ip=client_ip(request) if request is not None else None,
            **data,
        ).execute()
    except ValidationError as exc:
        return _from_validation(exc)
    except SubmissionLimited as limited:
        raise refuse(request, limited) from None
    except (ObjectDoesNotExist, PermissionDenied) as exc:
        return _errors([("", str(exc) or NOT_FOUND)])
    case = result.case
    return CaseReceipt(
        code=case.code,
        secret=result.secret,
        status=CaseStatus(case.status),
        status_label=case.get_status_display(),
        first_response_due=case.first_response_due,
        organization=org_ref(case.organization),
    )


@strawberry.type
class VoiceMutation:
    @strawberry.mutation(
        description=(
            "Gửi câu hỏi, kiến nghị, tâm tư hoặc phản ánh. Không cần đăng nhập. Trả về mã vụ "
            "việc và mã bí mật (chỉ một lần), hoặc VoiceErrors (không có gì được lưu)."
        )
    )
    def submit_case(self, info: strawberry.Info, input: SubmitCaseInput) -> SubmitCaseResult:  # type: ignore[valid-type]
        data = {
            "organization": input.organization,
            "kind": input.kind.value,
            "title": input.title,
            "body": input.body,
            "identity_mode": input.identity_mode.value,
            "contact_name": input.contact_name,
            "contact_phone": input.contact_phone,
            "contact_email": input.contact_email,
            "workplace": input.workplace,
            "link": input.link,
            "conflict_of_interest": input.conflict_of_interest,
        }
        return submit(info.context.request, data, input.consents)

    @strawberry.mutation(
        description=(
            "Phản ánh thông tin sai lệch (một vụ việc loại MISINFORMATION có đường dẫn). Trả "
            "về như submitCase."
        )
    )
    def report_misinformation(
        self, info: strawberry.Info, input: ReportMisinformationInput
    ) -> SubmitCaseResult:  # type: ignore[valid-type]
        data = {
            "organization": input.organization,
            "kind": Kind.MISINFORMATION.value,
            "title": "",
            "body": input.body,
            "identity_mode": (
                IdentityMode.PSEUDONYMOUS if input.contact_email else IdentityMode.ANONYMOUS
            ).value,
            "contact_name": "",
            "contact_phone": "",
            "contact_email": input.contact_email,
            "workplace": "",
            "link": input.link,
            "conflict_of_interest": False,
        }
        return submit(info.context.request, data, input.consents)

    @strawberry.mutation(
        description=(
            "Người gửi rút lại sự đồng ý cho một mục đích, bằng mã vụ việc và mã bí mật; có "
            "hiệu lực ngay. Rút mục đích HANDLE là rút vụ việc."
        )
    )
    def withdraw_consent(
        self,
        info: strawberry.Info,
        code: str,
        secret: str,
        purpose: ConsentPurpose,  # type: ignore[valid-type]
    ) -> CaseUpdateResult:  # type: ignore[valid-type]
        collector.forbid()
        request = info.context.request
        case = find_case(request, code, secret)
        if case is None:
            return _errors([("", NOT_FOUND)])
        try:
            from voice.actions.withdraw_consent import WithdrawConsent
        except ImportError:
            return _errors([("", UNAVAILABLE)])
        try:
            WithdrawConsent(case, purpose=purpose.value, actor=None).execute()
        except ValidationError as exc:
            return _from_validation(exc)
        except ObjectDoesNotExist:
            return _errors([("", NOT_FOUND)])
        return CaseUpdated(case=follow_from(follow_queryset().get(pk=case.pk)))


for _name in ("submitCase", "reportMisinformation", "withdrawConsent"):
    public_mutation(_name)
