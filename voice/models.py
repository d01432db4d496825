"""Cases and everything around them (public schema).

A ``Case`` is one question, grievance, opinion, misinformation report or survey answer of a
member. Its state changes only through the transitions below (django-fsm-2), called by the
actions in ``voice/actions/`` under a row lock; django-pghistory records every change of
state, organisation, assignee and deadline in ``CaseEvent`` (no text: personal data lives only
in encrypted columns). Every view of a case by a handler is a ``CaseAccess`` row.
"""

from __future__ import annotations

import hashlib

import pghistory
from django.conf import settings
from django.db import models
from django_fsm import ConcurrentTransitionMixin, FSMField, transition

from voice.crypto import EncryptedBinaryField, EncryptedTextField


class Kind(models.TextChoices):
    QUESTION = "question", "Câu hỏi"
    GRIEVANCE = "grievance", "Kiến nghị, khiếu nại"
    OPINION = "opinion", "Tâm tư, nguyện vọng"
    MISINFORMATION = "misinformation", "Phản ánh thông tin sai lệch"
    SURVEY = "survey", "Trả lời khảo sát"


class Topic(models.TextChoices):
    """The national taxonomy of what members ask about."""

    WAGES = "wages", "Tiền lương, thu nhập"
    SOCIAL_INSURANCE = "social_insurance", "Bảo hiểm xã hội, bảo hiểm y tế"
    WORKING_TIME = "working_time", "Thời giờ làm việc, nghỉ ngơi"
    SAFETY = "safety", "An toàn, vệ sinh lao động"
    CONTRACT = "contract", "Hợp đồng lao động, chấm dứt hợp đồng"
    DUES_WELFARE = "dues_welfare", "Đoàn phí, phúc lợi công đoàn"
    HOUSING = "housing", "Nhà ở, thiết chế công đoàn"
    OTHER = "other", "Khác"


class IdentityMode(models.TextChoices):
    IDENTIFIED = "identified", "Công khai danh tính"
    PSEUDONYMOUS = "pseudonymous", "Ẩn danh tính với người xử lý"
    ANONYMOUS = "anonymous", "Ẩn danh hoàn toàn"


class Channel(models.TextChoices):
    WEB_FORM = "web_form", "Biểu mẫu trên trang"
    API = "api", "Cổng thông tin, ứng dụng (API)"
    HOTLINE = "hotline", "Đường dây nóng (cán bộ nhập)"
    STAFF = "staff", "Cán bộ tiếp nhận trực tiếp"


class Status(models.TextChoices):
    NEW = "new", "Mới tiếp nhận"
    IN_PROGRESS = "in_progress", "Đang xử lý"
    ANSWERED = "answered", "Đã trả lời"
    CLOSED = "closed", "Đã đóng"
    MERGED = "merged", "Đã gộp vào vụ việc khác"
    WITHDRAWN = "withdrawn", "Người gửi đã rút"


OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS)


class Verdict(models.TextChoices):
    FALSE = "false", "Sai sự thật"
    MISLEADING = "misleading", "Gây hiểu lầm"
    HARMFUL = "harmful", "Có hại, xuyên tạc"
    TRUE = "true", "Đúng sự thật"
    UNVERIFIABLE = "unverifiable", "Chưa thể xác minh"


class Purpose(models.TextChoices):
    """What a member consents to, one consent per purpose (Decree 356/2025)."""

    HANDLE = "handle", "Tiếp nhận và xử lý yêu cầu"
    CONTACT = "contact", "Liên hệ lại qua điện thoại hoặc email"
    REVEAL_IDENTITY = "reveal_identity", "Cho người xử lý biết danh tính"
    PUBLISH_QA = "publish_qa", "Đăng câu hỏi và trả lời (đã ẩn thông tin cá nhân)"


class ConsentNotice(models.Model):
    """The text a member is shown before consenting, versioned; a consent records which
    version and its SHA-256."""

    purpose = models.CharField("mục đích", max_length=32, choices=Purpose.choices)
    version = models.CharField("phiên bản", max_length=32)
    text = models.TextField("nội dung thông báo")
    sha256 = models.CharField(max_length=64, editable=False)
    published_at = models.DateTimeField("ngày công bố", auto_now_add=True)
    active = models.BooleanField("đang dùng", default=True)

    class Meta:
        verbose_name = "thông báo xử lý dữ liệu cá nhân"
        verbose_name_plural = "thông báo xử lý dữ liệu cá nhân"
        constraints = [
            models.UniqueConstraint(fields=["purpose", "version"], name="voice_notice_version"),
            models.UniqueConstraint(
                fields=["purpose"], condition=models.Q(active=True), name="voice_notice_active"
            ),
        ]

    def __str__(self):
        return f"{self.get_purpose_display()} – {self.version}"

    def save(self, *args, **kwargs):
        self.sha256 = hashlib.sha256(self.text.encode()).hexdigest()
        super().save(*args, **kwargs)


class MisinformationCluster(models.Model):
    """Reports of the same false or harmful information (same link or similar text)."""

    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="misinfo_clusters"
    )
    link_key = models.CharField(max_length=512, blank=True, db_index=True)
    text_key = models.CharField(max_length=64, blank=True, db_index=True)
    title = models.CharField("tóm tắt", max_length=255, blank=True)
    verdict = models.CharField("kết luận", max_length=16, choices=Verdict.choices, blank=True)
    verdict_note = models.TextField("giải thích kết luận", blank=True)
    verdict_at = models.DateTimeField("ngày kết luận", null=True, blank=True)
    verdict_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The response article: a page in the schema of the tenant that wrote it.
    response_schema = models.CharField(max_length=63, blank=True)
    response_page_id = models.PositiveIntegerField(null=True, blank=True)
    response_url = models.URLField("bài phản bác", max_length=500, blank=True)
    first_reported_at = models.DateTimeField(db_index=True)
    report_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "nhóm phản ánh thông tin sai lệch"
        verbose_name_plural = "nhóm phản ánh thông tin sai lệch"

    def __str__(self):
        return self.title or f"Nhóm #{self.pk}"


@pghistory.track(
    pghistory.InsertEvent(),
    pghistory.UpdateEvent(),
    fields=[
        "status",
        "organization",
        "assignee",
        "topic",
        "escalation_level",
        "first_response_due",
        "merged_into",
        "erased_at",
    ],
    model_name="CaseEvent",
    obj_field=pghistory.ObjForeignKey(related_name="events", related_query_name="event"),
)
class Case(ConcurrentTransitionMixin, models.Model):
    code = models.CharField("mã vụ việc", max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64, editable=False)
    kind = models.CharField("loại", max_length=16, choices=Kind.choices)
    status = FSMField("trạng thái", max_length=16, choices=Status.choices, default=Status.NEW)
    channel = models.CharField("kênh", max_length=16, choices=Channel.choices)
    identity_mode = models.CharField(
        "danh tính", max_length=16, choices=IdentityMode.choices, default=IdentityMode.IDENTIFIED
    )

    # Where the case is handled now, and where it was first sent.
    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="cases",
        verbose_name="đơn vị xử lý",
    )
    origin_organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="đơn vị tiếp nhận ban đầu",
    )
    # Denormalised path of ``organization`` (subtree queues are a range scan on it).
    org_path = models.CharField(max_length=255, db_index=True)
    conflict_of_interest = models.BooleanField("xung đột lợi ích", default=False)

    topic = models.CharField(
        "lĩnh vực", max_length=24, choices=Topic.choices, blank=True, db_index=True
    )
    topic_suggested = models.CharField(
        "lĩnh vực gợi ý", max_length=24, choices=Topic.choices, blank=True
    )
    topic_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    # Personal data, encrypted at rest.
    title = EncryptedTextField("tiêu đề")
    body = EncryptedTextField("nội dung")
    contact_name = EncryptedTextField("họ tên")
    contact_phone = EncryptedTextField("điện thoại")
    contact_email = EncryptedTextField("email")
    workplace = EncryptedTextField("nơi làm việc")
    link = EncryptedTextField("đường dẫn (thông tin sai lệch)")
    contact_index = models.CharField(max_length=64, blank=True, db_index=True)

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="voice_cases",
        verbose_name="đoàn viên",
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="cán bộ nhập",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name="người xử lý",
    )
    # Pseudonymous cases: the worker allowed the handlers to see who they are.
    identity_revealed = models.BooleanField("đã cho biết danh tính", default=False)

    received_at = models.DateTimeField("thời điểm tiếp nhận", db_index=True)
    first_response_due = models.DateTimeField("hạn phản hồi", null=True, blank=True)
    warned_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField("phản hồi lần đầu", null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    escalation_level = models.PositiveSmallIntegerField("số lần chuyển cấp", default=0)
    last_escalated_at = models.DateTimeField(null=True, blank=True)
    #: A reopened case gets a fresh response window from this time (voice.deadlines).
    reopened_at = models.DateTimeField(null=True, blank=True)

    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates"
    )
    cluster = models.ForeignKey(
        MisinformationCluster,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
    )
    # Public Q&A: the asker consented (Purpose.PUBLISH_QA); an editor approved the scrubbed
    # text; the page lives in the schema of the handling organisation's tenant.
    qa_schema = models.CharField(max_length=63, blank=True)
    qa_page_id = models.PositiveIntegerField(null=True, blank=True)

    # Erasure (data-subject request): text, contacts and files are gone, the row stays
    # as a counted, content-free record.
    erased_at = models.DateTimeField(null=True, blank=True)
    retention_until = models.DateField("lưu đến", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "vụ việc"
        verbose_name_plural = "vụ việc"
        ordering = ["-received_at"]
        indexes = [
            models.Index(fields=["org_path", "status"], name="voice_case_path_status"),
            models.Index(
                fields=["first_response_due"],
                condition=models.Q(status__in=["new", "in_progress"]),
                name="voice_case_open_due",
            ),
            models.Index(fields=["kind", "received_at"], name="voice_case_kind_received"),
        ]

    def __str__(self):
        return self.code

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    # --- transitions (called by voice/actions only, under a row lock) -------------------

    @transition(field=status, source=[Status.NEW], target=Status.IN_PROGRESS)
    def start(self):
        """A handler took the case (assignment or first reply)."""

    @transition(field=status, source=[Status.NEW, Status.IN_PROGRESS], target=Status.ANSWERED)
    def answer(self):
        """The worker got an answer."""

    @transition(field=status, source=[Status.ANSWERED], target=Status.CLOSED)
    def close(self):
        """Handling is over."""

    @transition(field=status, source=[Status.ANSWERED, Status.CLOSED], target=Status.IN_PROGRESS)
    def reopen(self):
        """The worker or a handler reopened the case."""

    @transition(field=status, source=[Status.NEW, Status.IN_PROGRESS], target=Status.NEW)
    def escalate(self):
        """Moved to the parent organisation: it arrives there unassigned."""

    @transition(field=status, source=[Status.NEW, Status.IN_PROGRESS], target=Status.MERGED)
    def merge(self):
        """A duplicate of another case, which carries on."""

    @transition(
        field=status,
        source=[Status.NEW, Status.IN_PROGRESS, Status.ANSWERED],
        target=Status.WITHDRAWN,
    )
    def withdraw(self):
        """The worker withdrew the case or their consent to its handling."""


class Consent(models.Model):
    """One explicit consent for one purpose, with its evidence; withdrawal is a timestamp."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField("mục đích", max_length=32, choices=Purpose.choices)
    notice = models.ForeignKey(ConsentNotice, on_delete=models.PROTECT, related_name="+")
    notice_version = models.CharField(max_length=32)
    notice_sha256 = models.CharField(max_length=64)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    given_at = models.DateTimeField("thời điểm đồng ý")
    # How consent was expressed: the unticked box the member ticked, the operator who read
    # the notice on a call, the mutation's input field. No IP address is kept here.
    evidence = models.JSONField(default=dict)
    withdrawn_at = models.DateTimeField("thời điểm rút", null=True, blank=True)

    class Meta:
        verbose_name = "sự đồng ý"
        verbose_name_plural = "sự đồng ý"
        constraints = [
            models.UniqueConstraint(
                fields=["case", "purpose"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="voice_consent_one_active",
            )
        ]

    def __str__(self):
        return f"{self.get_purpose_display()} ({self.given_at:%d/%m/%Y %H:%M})"

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


class MessageKind(models.TextChoices):
    WORKER = "worker", "Người lao động gửi"
    ANSWER = "answer", "Trả lời"
    NOTE = "note", "Ghi chú nội bộ"
    NOTICE = "notice", "Thông báo cho người gửi"


class CaseMessage(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(max_length=16, choices=MessageKind.choices)
    body = EncryptedTextField("nội dung")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    saved_answer = models.ForeignKey(
        "SavedAnswer", on_delete=models.SET_NULL, null=True, blank=True, related_name="uses"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def visible_to_worker(self) -> bool:
        return self.kind != MessageKind.NOTE


class Attachment(models.Model):
    """A file sent with a case: contents encrypted, type sniffed, image metadata removed."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        CaseMessage, on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    name = EncryptedTextField("tên tệp")
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    data = EncryptedBinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Tệp #{self.pk} ({self.content_type}, {self.size} byte)"


class CaseAccess(models.Model):
    """Who looked at a case, when and why (every view, reveal and export)."""

    class Action(models.TextChoices):
        VIEW = "view", "Xem"
        REVEAL = "reveal", "Xem danh tính"
        EMERGENCY = "emergency", "Mở danh tính khẩn cấp"
        EXPORT = "export", "Xuất dữ liệu"
        DOWNLOAD = "download", "Tải tệp đính kèm"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="accesses")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=16, choices=Action.choices)
    # Encrypted: an emergency override's reason tends to describe the worker's situation.
    reason = EncryptedTextField("lý do")
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.get_action_display()} vụ việc #{self.case_id} lúc {self.at:%d/%m/%Y %H:%M}"


class Escalation(models.Model):
    """A case moved up one level: once per (case, level)."""

    class Reason(models.TextChoices):
        BREACH = "breach", "Quá hạn phản hồi"
        CONFLICT = "conflict", "Xung đột lợi ích"
        MANUAL = "manual", "Cán bộ chuyển lên"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="escalations")
    level = models.PositiveSmallIntegerField()
    from_organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    to_organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(max_length=16, choices=Reason.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "level"], name="voice_escalation_once"),
        ]

    def __str__(self):
        return f"Chuyển cấp lần {self.level} (vụ việc #{self.case_id})"


class Handler(models.Model):
    """An account that handles the cases of an organisation and its subtree."""

    class Role(models.TextChoices):
        HANDLER = "handler", "Cán bộ xử lý"
        SUPERVISOR = "supervisor", "Cán bộ phụ trách (phân công, mở danh tính khẩn cấp)"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="voice_roles"
    )
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="voice_handlers"
    )
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.HANDLER)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "cán bộ xử lý"
        verbose_name_plural = "cán bộ xử lý"
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="voice_handler_once")
        ]

    def __str__(self):
        return f"{self.get_role_display()}: {self.user_id} tại {self.organization_id}"


class RoutingRule(models.Model):
    """What an organisation sets for the cases it and its subtree receive: response
    window, where a kind/topic goes, and whether the levels below may override it. The
    nearest rule on the tree path wins (a more specific kind/topic before a general one)."""

    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="voice_rules"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, blank=True)
    topic = models.CharField(max_length=24, choices=Topic.choices, blank=True)
    response_hours = models.PositiveSmallIntegerField(
        "thời hạn phản hồi (giờ)", null=True, blank=True
    )
    working_days_only = models.BooleanField("chỉ tính ngày làm việc", default=False)
    route_to = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="chuyển đến đơn vị",
    )
    overridable = models.BooleanField("cấp dưới được thay đổi", default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "quy tắc tiếp nhận"
        verbose_name_plural = "quy tắc tiếp nhận"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "kind", "topic"], name="voice_rule_once"
            )
        ]

    def __str__(self):
        return f"Quy tắc của đơn vị #{self.organization_id} ({self.kind or 'mọi loại'})"


class Holiday(models.Model):
    """A day off in an organisation's calendar (and its subtree's), for working-day
    deadlines; national holidays sit on the root."""

    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="voice_holidays"
    )
    date = models.DateField()
    name = models.CharField(max_length=128, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "date"], name="voice_holiday_once")
        ]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.name}".strip()


class SavedAnswer(models.Model):
    """A reusable answer with its legal citations. Editing makes a new version; cases keep
    the version they used."""

    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="voice_answers"
    )
    key = models.CharField("mã câu trả lời", max_length=64)
    version = models.PositiveIntegerField(default=1)
    title = models.CharField("tiêu đề", max_length=255)
    topic = models.CharField(max_length=24, choices=Topic.choices, blank=True)
    body = models.TextField("nội dung")
    citations = models.TextField("căn cứ pháp lý", blank=True)
    is_current = models.BooleanField(default=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "câu trả lời mẫu"
        verbose_name_plural = "câu trả lời mẫu"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "key", "version"], name="voice_answer_version"
            ),
            models.UniqueConstraint(
                fields=["organization", "key"],
                condition=models.Q(is_current=True),
                name="voice_answer_current",
            ),
        ]

    def __str__(self):
        return f"{self.title} (v{self.version})"


class DataSubjectRequest(models.Model):
    """A member's request about their personal data, with the legal clocks."""

    class Kind(models.TextChoices):
        ACCESS = "access", "Cung cấp bản sao dữ liệu"
        CORRECTION = "correction", "Chỉnh sửa dữ liệu"
        ERASURE = "erasure", "Xoá dữ liệu"
        WITHDRAWAL = "withdrawal", "Rút lại sự đồng ý"
        RESTRICTION = "restriction", "Hạn chế xử lý"

    class State(models.TextChoices):
        RECEIVED = "received", "Đã nhận"
        ACKNOWLEDGED = "acknowledged", "Đã xác nhận"
        EXTENDED = "extended", "Đã gia hạn"
        COMPLETED = "completed", "Đã hoàn thành"
        REFUSED = "refused", "Từ chối (có lý do)"

    reference = models.CharField(max_length=20, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    state = FSMField(max_length=16, choices=State.choices, default=State.RECEIVED)
    cases = models.ManyToManyField(Case, related_name="data_requests", blank=True)
    contact_index = models.CharField(max_length=64, blank=True, db_index=True)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    details = EncryptedTextField("nội dung yêu cầu")
    received_at = models.DateTimeField()
    acknowledge_due = models.DateTimeField()
    due = models.DateTimeField()
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    extended_at = models.DateTimeField(null=True, blank=True)
    extension_reason = models.CharField(max_length=500, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.TextField("kết quả", blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "yêu cầu của chủ thể dữ liệu"
        verbose_name_plural = "yêu cầu của chủ thể dữ liệu"

    def __str__(self):
        return f"{self.reference} – {self.get_kind_display()}"


class Breach(models.Model):
    """The breach register: every personal-data incident, with the 72-hour notice clock."""

    discovered_at = models.DateTimeField("phát hiện lúc")
    notify_due = models.DateTimeField("hạn thông báo (72 giờ)")
    notified_at = models.DateTimeField("đã thông báo lúc", null=True, blank=True)
    description = models.TextField("mô tả sự cố")
    data_categories = models.CharField("loại dữ liệu bị ảnh hưởng", max_length=500, blank=True)
    affected_count = models.PositiveIntegerField("số người bị ảnh hưởng", default=0)
    measures = models.TextField("biện pháp khắc phục", blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "sự cố dữ liệu cá nhân"
        verbose_name_plural = "sự cố dữ liệu cá nhân"
        ordering = ["-discovered_at"]

    def __str__(self):
        return f"Sự cố phát hiện {self.discovered_at:%d/%m/%Y %H:%M}"
