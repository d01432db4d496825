"""Types of the workers' voice API.

Two views of a case:

* ``CaseFollow`` is what the worker sees with the case code and secret: status, kind, topic,
  the organisation handling it, escalations, deadline, the answers and notices sent to them
  and their consents. Never internal notes, handler names or anything the worker did not
  write or receive.
* ``VoiceCase`` is what a handler sees (``cases``/``case``), only for cases inside their
  scope (``voice.access``). The worker's identity appears only when ``identity_visible``.
"""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Annotated

import strawberry
import strawberry_django
from strawberry import relay

from graphql_api.org.types import OrganizationType
from graphql_api.pagination import BoundedConnection
from voice import access
from voice.models import (
    Case,
    Channel,
    IdentityMode,
    Kind,
    MessageKind,
    Purpose,
    Status,
    Topic,
)


def _enum(name: str, choices, description: str):
    return strawberry.enum(
        Enum(name, {choice.name: choice.value for choice in choices}), description=description
    )


CaseKind = _enum("CaseKind", Kind, "Loại vụ việc: câu hỏi, kiến nghị, tâm tư, thông tin sai lệch…")
CaseTopic = _enum("CaseTopic", Topic, "Lĩnh vực theo bảng phân loại toàn quốc.")
CaseStatus = _enum("CaseStatus", Status, "Trạng thái xử lý của vụ việc.")
ConsentPurpose = _enum("ConsentPurpose", Purpose, "Mục đích xử lý dữ liệu cá nhân được đồng ý.")
CaseIdentityMode = _enum(
    "CaseIdentityMode",
    IdentityMode,
    "Danh tính: công khai, ẩn với người xử lý (bí danh), hoặc ẩn danh hoàn toàn.",
)
CaseChannel = _enum("CaseChannel", Channel, "Kênh tiếp nhận.")
CaseMessageKind = _enum(
    "CaseMessageKind",
    [MessageKind.WORKER, MessageKind.ANSWER, MessageKind.NOTE, MessageKind.NOTICE],
    "Loại tin nhắn trong vụ việc.",
)


@strawberry.type(description="Một lĩnh vực của bảng phân loại, kèm nhãn tiếng Việt.")
class VoiceTopic:
    value: CaseTopic  # type: ignore[valid-type]
    label: str


@strawberry.type(description="Một loại vụ việc, kèm nhãn tiếng Việt.")
class VoiceKind:
    value: CaseKind  # type: ignore[valid-type]
    label: str


@strawberry.type(
    description=(
        "Thông báo xử lý dữ liệu cá nhân đang dùng cho một mục đích: cổng thông tin phải hiển "
        "thị đúng văn bản này trước ô đồng ý (không đánh dấu sẵn) và gửi lại version khi nộp."
    )
)
class ConsentNoticeType:
    purpose: ConsentPurpose  # type: ignore[valid-type]
    purpose_label: str
    version: str
    text: str
    sha256: str = strawberry.field(description="SHA-256 (hexa) của văn bản, lưu kèm sự đồng ý.")
    published_at: datetime.datetime


@strawberry.type(description="Một đơn vị công đoàn (chỉ mã và tên).")
class VoiceOrganization:
    code: str
    name: str


@strawberry.type(description="Một lần vụ việc được chuyển lên cấp trên.")
class CaseEscalation:
    level: int = strawberry.field(description="Lần chuyển cấp thứ mấy (1, 2, …).")
    at: datetime.datetime
    reason: str = strawberry.field(description="Lý do (tiếng Việt).")
    to_organization: VoiceOrganization


@strawberry.type(description="Một trả lời hoặc thông báo gửi cho người lao động.")
class CaseFollowMessage:
    kind: CaseMessageKind  # type: ignore[valid-type]
    kind_label: str
    body: str
    created_at: datetime.datetime
    organization: VoiceOrganization | None = strawberry.field(
        description="Đơn vị gửi (không bao giờ là tên cán bộ)."
    )


@strawberry.type(description="Một sự đồng ý của người lao động và tình trạng của nó.")
class CaseConsent:
    purpose: ConsentPurpose  # type: ignore[valid-type]
    purpose_label: str
    notice_version: str
    given_at: datetime.datetime
    withdrawn_at: datetime.datetime | None
    active: bool


@strawberry.type(
    description=(
        "Tình trạng vụ việc mà người gửi xem bằng mã vụ việc và mã bí mật: không có ghi chú "
        "nội bộ, không có tên cán bộ."
    )
)
class CaseFollow:
    code: str
    kind: CaseKind  # type: ignore[valid-type]
    kind_label: str
    status: CaseStatus  # type: ignore[valid-type]
    status_label: str
    topic: CaseTopic | None  # type: ignore[valid-type]
    topic_label: str | None
    organization: VoiceOrganization = strawberry.field(description="Đơn vị đang xử lý.")
    received_at: datetime.datetime
    first_response_due: datetime.datetime | None = strawberry.field(
        description="Hạn phản hồi lần đầu (đang áp dụng)."
    )
    answered_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    escalation_level: int
    escalations: list[CaseEscalation]
    messages: list[CaseFollowMessage] = strawberry.field(
        description="Trả lời và thông báo gửi người lao động, cũ trước."
    )
    consents: list[CaseConsent]


def org_ref(org) -> VoiceOrganization | None:
    return None if org is None else VoiceOrganization(code=org.code, name=org.name)


def follow_from(case: Case) -> CaseFollow:
    """The worker's view of ``case`` (its escalations, messages and consents prefetched)."""
    visible = (MessageKind.ANSWER, MessageKind.NOTICE)
    topic = case.topic or None
    return CaseFollow(
        code=case.code,
        kind=CaseKind(case.kind),
        kind_label=case.get_kind_display(),
        status=CaseStatus(case.status),
        status_label=case.get_status_display(),
        topic=CaseTopic(topic) if topic else None,
        topic_label=case.get_topic_display() if topic else None,
        organization=org_ref(case.organization),
        received_at=case.received_at,
        first_response_due=case.first_response_due if case.is_open else None,
        answered_at=case.answered_at,
        closed_at=case.closed_at,
        escalation_level=case.escalation_level,
        escalations=[
            CaseEscalation(
                level=e.level,
                at=e.at,
                reason=e.get_reason_display(),
                to_organization=org_ref(e.to_organization),
            )
            for e in sorted(case.escalations.all(), key=lambda e: e.level)
        ],
        messages=[
            CaseFollowMessage(
                kind=CaseMessageKind(m.kind),
                kind_label=m.get_kind_display(),
                body=m.body,
                created_at=m.created_at,
                organization=org_ref(m.organization),
            )
            for m in case.messages.all()
            if m.kind in visible
        ],
        consents=[
            CaseConsent(
                purpose=ConsentPurpose(c.purpose),
                purpose_label=c.get_purpose_display(),
                notice_version=c.notice_version,
                given_at=c.given_at,
                withdrawn_at=c.withdrawn_at,
                active=c.active,
            )
            for c in sorted(case.consents.all(), key=lambda c: (c.given_at, c.pk))
        ],
    )


# --- results of the public mutations ------------------------------------------------------


@strawberry.type(description="Một lỗi của dữ liệu gửi lên, gắn với tên trường (tiếng Việt).")
class FieldError:
    field: str = strawberry.field(description='Tên trường của input, hoặc "" cho lỗi chung.')
    message: str


@strawberry.type(
    description=(
        "Vụ việc đã được tiếp nhận. Người gửi phải lưu mã vụ việc và mã bí mật: mã bí mật chỉ "
        "hiển thị một lần và là cách duy nhất để theo dõi vụ việc ẩn danh."
    )
)
class CaseReceipt:
    code: str
    secret: str
    status: CaseStatus  # type: ignore[valid-type]
    status_label: str
    first_response_due: datetime.datetime | None
    organization: VoiceOrganization


@strawberry.type(description="Gửi không thành công: danh sách lỗi, không có gì được lưu.")
class VoiceErrors:
    errors: list[FieldError]


SubmitCaseResult = Annotated[
    CaseReceipt | VoiceErrors,
    strawberry.union(
        "SubmitCaseResult",
        description="CaseReceipt khi tiếp nhận thành công, VoiceErrors khi dữ liệu không hợp lệ.",
    ),
]


@strawberry.type(description="Kết quả một thao tác của người gửi trên vụ việc của mình.")
class CaseUpdated:
    case: CaseFollow


CaseUpdateResult = Annotated[
    CaseUpdated | VoiceErrors,
    strawberry.union(
        "CaseUpdateResult",
        description="CaseUpdated khi thành công, VoiceErrors khi không (không có gì thay đổi).",
    ),
]


# --- the handler's view --------------------------------------------------------------------


@strawberry.type(description="Một tin nhắn trong vụ việc (người xử lý xem).")
class VoiceCaseMessage:
    kind: CaseMessageKind  # type: ignore[valid-type]
    kind_label: str
    body: str
    created_at: datetime.datetime
    organization: VoiceOrganization | None


@strawberry.type(description="Danh tính người gửi (chỉ khi người xử lý được phép xem).")
class CaseIdentity:
    name: str
    phone: str
    email: str
    workplace: str


@strawberry_django.type(Case, name="VoiceCase", description="Một vụ việc (người xử lý xem).")
class VoiceCaseType(relay.Node):
    code: str
    received_at: datetime.datetime
    first_response_due: datetime.datetime | None
    answered_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    escalation_level: int
    conflict_of_interest: bool
    organization: OrganizationType = strawberry_django.field(description="Đơn vị đang xử lý.")

    @strawberry_django.field(only=["kind"])
    def kind(self, root: Case) -> CaseKind:  # type: ignore[valid-type]
        return CaseKind(root.kind)

    @strawberry_django.field(only=["kind"])
    def kind_label(self, root: Case) -> str:
        return root.get_kind_display()

    @strawberry_django.field(only=["status"])
    def status(self, root: Case) -> CaseStatus:  # type: ignore[valid-type]
        return CaseStatus(root.status)

    @strawberry_django.field(only=["status"])
    def status_label(self, root: Case) -> str:
        return root.get_status_display()

    @strawberry_django.field(only=["topic"])
    def topic(self, root: Case) -> CaseTopic | None:  # type: ignore[valid-type]
        return CaseTopic(root.topic) if root.topic else None

    @strawberry_django.field(only=["topic_suggested"])
    def topic_suggested(self, root: Case) -> CaseTopic | None:  # type: ignore[valid-type]
        return CaseTopic(root.topic_suggested) if root.topic_suggested else None

    @strawberry_django.field(only=["channel"])
    def channel(self, root: Case) -> CaseChannel:  # type: ignore[valid-type]
        return CaseChannel(root.channel)

    @strawberry_django.field(only=["identity_mode"])
    def identity_mode(self, root: Case) -> CaseIdentityMode:  # type: ignore[valid-type]
        return CaseIdentityMode(root.identity_mode)

    @strawberry_django.field(only=["title"])
    def title(self, root: Case) -> str:
        return root.title

    @strawberry_django.field(only=["first_response_due", "status"])
    def overdue(self, root: Case) -> bool:
        from django.utils import timezone

        due = root.first_response_due
        return root.is_open and due is not None and due < timezone.now()


@strawberry.type(description="Chi tiết một vụ việc (người xử lý xem; mỗi lần xem được ghi lại).")
class VoiceCaseDetail:
    case: VoiceCaseType
    body: str
    link: str
    identity: CaseIdentity | None = strawberry.field(
        description="null khi vụ việc ẩn danh hoặc danh tính được giữ kín với người xử lý."
    )
    messages: list[VoiceCaseMessage] = strawberry.field(
        description="Mọi tin nhắn, kể cả ghi chú nội bộ, cũ trước."
    )
    escalations: list[CaseEscalation]
    consents: list[CaseConsent]


def detail_from(case: Case, user) -> VoiceCaseDetail:
    follow = follow_from(case)
    identity = None
    if access.identity_visible(user, case):
        identity = CaseIdentity(
            name=case.contact_name,
            phone=case.contact_phone,
            email=case.contact_email,
            workplace=case.workplace,
        )
    return VoiceCaseDetail(
        case=case,  # type: ignore[arg-type]
        body=case.body,
        link=case.link,
        identity=identity,
        messages=[
            VoiceCaseMessage(
                kind=CaseMessageKind(m.kind),
                kind_label=m.get_kind_display(),
                body=m.body,
                created_at=m.created_at,
                organization=org_ref(m.organization),
            )
            for m in case.messages.all()
        ],
        escalations=follow.escalations,
        consents=follow.consents,
    )


VoiceCaseConnection = BoundedConnection[VoiceCaseType]
