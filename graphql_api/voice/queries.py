"""Read side of the workers' voice.

Public: ``caseStatus`` (by code and secret), ``voiceTopics``, ``voiceKinds``,
``consentNotices``. Handlers (signed-in session or API token): ``cases`` and ``case``, scoped
by ``voice.access.visible_cases``; a case outside the scope is "not found".

Nothing about a case is ever stored by the response cache: every resolver that returns case
data calls ``delivery.collector.forbid()`` (a persisted GET of ``caseStatus`` is otherwise
public), and authenticated requests are never cached anyway (``graphql_api.persisted``).
"""

from __future__ import annotations

import datetime

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from graphql import GraphQLError
from strawberry import relay

from delivery import collector
from graphql_api.voice.filters import CaseFilter
from graphql_api.voice.lookup import NOT_FOUND, find_case, follow_queryset
from graphql_api.voice.types import (
    CaseFollow,
    CaseKind,
    CaseTopic,
    ConsentNoticeType,
    ConsentPurpose,
    VoiceCaseConnection,
    VoiceCaseDetail,
    VoiceKind,
    VoiceTopic,
    detail_from,
    follow_from,
)
from voice import access
from voice.models import Case, CaseAccess, ConsentNotice, Escalation, Kind, Topic

CASE_NOT_FOUND = "Không tìm thấy vụ việc."
# Public lists that change only with a deploy or a new notice: cached a short while.
NOTICE_CACHE = datetime.timedelta(minutes=10)


def _user(info):
    request = info.context.request
    return getattr(request, "user", None)


def _case_pk(value: str) -> int | None:
    """A ``VoiceCase`` global id, or a bare number."""
    value = (value or "").strip()
    if value.isdigit():
        return int(value)
    try:
        gid = relay.GlobalID.from_id(value)
    except Exception:
        return None
    if gid.type_name != "VoiceCase" or not gid.node_id.isdigit():
        return None
    return int(gid.node_id)


def notices() -> list[ConsentNoticeType]:
    rows = ConsentNotice.objects.filter(active=True).order_by("purpose")
    return [
        ConsentNoticeType(
            purpose=ConsentPurpose(row.purpose),
            purpose_label=row.get_purpose_display(),
            version=row.version,
            text=row.text,
            sha256=row.sha256,
            published_at=row.published_at,
        )
        for row in rows
    ]


@strawberry.type
class VoiceQuery:
    @strawberry.field(
        description=(
            "Người gửi theo dõi vụ việc bằng mã vụ việc và mã bí mật. Sai mã hoặc sai mã bí mật "
            'đều trả lỗi "không tìm thấy" như nhau; tra cứu sai nhiều lần bị tạm chặn (429). '
            "Không bao giờ được lưu vào bộ nhớ đệm."
        )
    )
    def case_status(self, info: strawberry.Info, code: str, secret: str) -> CaseFollow:
        collector.forbid()
        case = find_case(info.context.request, code, secret, follow_queryset())
        if case is None:
            raise GraphQLError(NOT_FOUND, extensions={"code": "NOT_FOUND"})
        return follow_from(case)

    @strawberry.field(description="Bảng phân loại lĩnh vực toàn quốc, nhãn tiếng Việt.")
    def voice_topics(self) -> list[VoiceTopic]:
        return [VoiceTopic(value=CaseTopic(t.value), label=t.label) for t in Topic]

    @strawberry.field(description="Các loại vụ việc người lao động có thể gửi.")
    def voice_kinds(self) -> list[VoiceKind]:
        return [VoiceKind(value=CaseKind(k.value), label=k.label) for k in Kind]

    @strawberry.field(
        description=(
            "Thông báo xử lý dữ liệu cá nhân đang dùng, một cho mỗi mục đích. Cổng thông tin "
            "hiển thị văn bản trước ô đồng ý và gửi lại version (hoặc sha256) khi nộp."
        )
    )
    def consent_notices(self) -> list[ConsentNoticeType]:
        collector.expires(timezone.now() + NOTICE_CACHE)
        return notices()

    @strawberry_django.connection(
        VoiceCaseConnection,
        filters=CaseFilter,
        max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        description=(
            "Vụ việc mà người đăng nhập được xử lý (đơn vị mình và cấp dưới), mới nhất trước. "
            "Cần đăng nhập (phiên hoặc API token) và vai trò cán bộ xử lý; không có quyền thì "
            "danh sách rỗng."
        ),
    )
    def cases(self, info: strawberry.Info) -> QuerySet[Case]:
        collector.forbid()
        return access.visible_cases(_user(info)).order_by("-received_at", "-id")

    @strawberry.field(
        description=(
            "Một vụ việc theo ID (VoiceCase.id) cho người xử lý có quyền; ngoài phạm vi thì "
            '"không tìm thấy". Mỗi lần xem được ghi vào nhật ký truy cập.'
        )
    )
    def case(self, info: strawberry.Info, id: strawberry.ID) -> VoiceCaseDetail:
        collector.forbid()
        user = _user(info)
        pk = _case_pk(str(id))
        found = None
        if pk is not None:
            found = (
                access.visible_cases(user)
                .select_related("organization")
                .prefetch_related(
                    Prefetch("escalations", Escalation.objects.select_related("to_organization")),
                    "messages__organization",
                    "consents",
                )
                .filter(pk=pk)
                .first()
            )
        if found is None:
            raise GraphQLError(CASE_NOT_FOUND, extensions={"code": "NOT_FOUND"})
        access.log_access(found, user, CaseAccess.Action.VIEW, reason="API GraphQL")
        return detail_from(found, user)
