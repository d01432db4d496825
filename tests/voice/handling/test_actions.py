"""Every handling transition, and each refusal: clear Vietnamese message, nothing written."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import make_user
from voice.actions.add_note import AddNote
from voice.actions.answer_case import AnswerCase
from voice.actions.appoint_handler import AppointHandler
from voice.actions.assign import AssignCase
from voice.actions.base import CaseNotFound
from voice.actions.close_case import CloseCase
from voice.actions.confirm_topic import ConfirmTopic
from voice.actions.merge_cases import MergeCases
from voice.actions.reopen_case import ReopenCase
from voice.actions.reveal_identity import RevealIdentity
from voice.actions.save_answer import SaveAnswer
from voice.models import (
    Case,
    CaseAccess,
    CaseMessage,
    Handler,
    IdentityMode,
    MessageKind,
    Status,
    Topic,
)
from voice.signals import case_changed


@pytest.fixture
def sent():
    seen = []

    def receiver(sender, action, case, actor, organization, **kw):
        seen.append((action, case.status))

    case_changed.connect(receiver)
    yield seen
    case_changed.disconnect(receiver)


def fresh(case):
    return Case.objects.get(pk=case.pk)


def test_assign_self_starts_the_case(case_g1, g1_handler, sent):
    AssignCase(case_g1, actor=g1_handler).execute()
    case = fresh(case_g1)
    assert case.status == Status.IN_PROGRESS and case.assignee == g1_handler
    assert sent == [("assigned", Status.IN_PROGRESS)]
    event = case.events.order_by("pgh_id").last()
    assert event.status == Status.IN_PROGRESS and event.assignee_id == g1_handler.pk
    assert event.pgh_context.metadata["action"] == "assigned"
    assert event.pgh_context.metadata["actor"] == g1_handler.pk


def test_assign_to_another_needs_a_supervisor_and_a_handler_of_the_case(
    org_tree, case_g1, g1_handler, g1_supervisor, handler_of
):
    colleague = handler_of(org_tree["g1"])
    with pytest.raises(PermissionDenied, match="cán bộ phụ trách"):
        AssignCase(case_g1, assignee=colleague, actor=g1_handler).execute()
    sibling = handler_of(org_tree["g2"])
    with pytest.raises(ValidationError, match="không phải cán bộ xử lý"):
        AssignCase(case_g1, assignee=sibling, actor=g1_supervisor).execute()
    assert fresh(case_g1).assignee is None and fresh(case_g1).status == Status.NEW
    # An upper level's handler covers G1.
    upper = handler_of(org_tree["ua1"])
    AssignCase(case_g1, assignee=upper, actor=g1_supervisor).execute()
    assert fresh(case_g1).assignee == upper


def test_sibling_and_outsider_get_not_found(org_tree, case_g1, handler_of):
    for actor in (handler_of(org_tree["g2"]), handler_of(org_tree["g4"]), make_user()):
        with pytest.raises(CaseNotFound, match="Không tìm thấy vụ việc"):
            AnswerCase(case_g1, body="Trả lời", actor=actor).execute()
        with pytest.raises(CaseNotFound):
            AddNote(case_g1, body="x", actor=actor).execute()
    assert not CaseMessage.objects.filter(case=case_g1).exists()
    # Whatever the state: a closed case of a sibling is just as "not found".
    Case.objects.filter(pk=case_g1.pk).update(status=Status.CLOSED)
    with pytest.raises(CaseNotFound):
        ReopenCase(case_g1, reason="thử", actor=handler_of(org_tree["g2"])).execute()


def test_note_is_internal(case_g1, g1_handler, sent):
    note = AddNote(case_g1, body="Đã gọi điện cho phòng nhân sự.", actor=g1_handler).execute()
    assert note.kind == MessageKind.NOTE and not note.visible_to_worker
    assert fresh(case_g1).status == Status.NEW
    with pytest.raises(ValidationError, match="Ghi chú không được để trống"):
        AddNote(case_g1, body="   ", actor=g1_handler).execute()
    with pytest.raises(ValidationError, match="dài quá"):
        AddNote(case_g1, body="x" * 10_001, actor=g1_handler).execute()
    assert CaseMessage.objects.filter(case=case_g1).count() == 1
    assert sent == [("noted", Status.NEW)]


def test_answer_close_reopen(case_g1, g1_handler, sent):
    answer = AnswerCase(case_g1, body="Ngày lễ được trả ít nhất 300%.", actor=g1_handler).execute()
    case = fresh(case_g1)
    assert answer.kind == MessageKind.ANSWER and answer.body.startswith("Ngày lễ")
    assert case.status == Status.ANSWERED and case.assignee == g1_handler
    assert case.first_response_at == case.answered_at
    first = case.first_response_at

    with pytest.raises(ValidationError, match=r"đã được trả lời lúc .* bởi"):
        AnswerCase(case, body="Lần hai", actor=g1_handler).execute()
    with pytest.raises(ValidationError, match="Lý do mở lại không được để trống"):
        ReopenCase(case, reason="", actor=g1_handler).execute()

    CloseCase(case, actor=g1_handler).execute()
    case = fresh(case)
    assert case.status == Status.CLOSED and case.closed_at
    with pytest.raises(ValidationError, match=r"Không thể đóng vụ việc.*Đã đóng"):
        CloseCase(case, actor=g1_handler).execute()

    ReopenCase(case, reason="Người lao động hỏi thêm về ngày nghỉ bù.", actor=g1_handler).execute()
    case = fresh(case)
    assert case.status == Status.IN_PROGRESS and case.closed_at is None
    note = case.messages.filter(kind=MessageKind.NOTE).get()
    assert "nghỉ bù" in note.body
    reopened = case.events.order_by("pgh_id").last()
    assert reopened.pgh_context.metadata["reason"].startswith("Người lao động")

    AnswerCase(case, body="Bổ sung: được nghỉ bù.", actor=g1_handler).execute()
    case = fresh(case)
    assert case.first_response_at == first and case.answered_at > first
    assert [a for a, _ in sent] == ["answered", "closed", "reopened", "answered"]
    statuses = list(case.events.order_by("pgh_id").values_list("status", flat=True))
    assert statuses == ["new", "answered", "closed", "in_progress", "answered"]


def test_bad_answers_write_nothing(case_g1, g1_handler):
    for body in ("", "   ", "x" * 10_001):
        with pytest.raises(ValidationError):
            AnswerCase(case_g1, body=body, actor=g1_handler).execute()
    with pytest.raises(ValidationError, match="câu trả lời mẫu"):
        AnswerCase(case_g1, body="ok", saved_answer=999_999, actor=g1_handler).execute()
    assert fresh(case_g1).status == Status.NEW
    assert not CaseMessage.objects.filter(case=case_g1).exists()
    assert fresh(case_g1).events.count() == 1


def test_confirm_topic(case_g1, g1_handler):
    Case.objects.filter(pk=case_g1.pk).update(topic_suggested=Topic.WAGES)
    ConfirmTopic(case_g1, topic=Topic.WAGES, actor=g1_handler).execute()
    case = fresh(case_g1)
    assert case.topic == Topic.WAGES and case.topic_confirmed_by == g1_handler
    ConfirmTopic(case, topic=Topic.WORKING_TIME, actor=g1_handler).execute()
    assert fresh(case).topic == Topic.WORKING_TIME
    with pytest.raises(ValidationError, match="lĩnh vực trong danh mục"):
        ConfirmTopic(case, topic="bogus", actor=g1_handler).execute()


def test_merge_tells_the_asker_and_answer_reaches_duplicates(
    org_tree, make_case, case_g1, g1_handler, handler_of
):
    duplicate = make_case(org_tree["g1"])
    target = MergeCases(duplicate, into=case_g1, actor=g1_handler).execute()
    assert target.pk == case_g1.pk
    duplicate = fresh(duplicate)
    assert duplicate.status == Status.MERGED and duplicate.merged_into_id == case_g1.pk
    notice = duplicate.messages.get(kind=MessageKind.NOTICE)
    assert duplicate.code in notice.body and notice.visible_to_worker
    assert case_g1.messages.filter(kind=MessageKind.NOTE).exists()

    with pytest.raises(ValidationError, match="đã được gộp vào vụ việc"):
        AnswerCase(duplicate, body="x", actor=g1_handler).execute()
    with pytest.raises(ValidationError, match="chính nó"):
        MergeCases(case_g1, into=case_g1, actor=g1_handler).execute()
    other = make_case(org_tree["g2"])
    with pytest.raises(ValidationError, match="Không tìm thấy vụ việc cần gộp vào"):
        MergeCases(make_case(org_tree["g1"]), into=other, actor=g1_handler).execute()

    AnswerCase(case_g1, body="Được trả 300%.", actor=g1_handler).execute()
    told = duplicate.messages.filter(kind=MessageKind.NOTICE).order_by("id").last()
    assert "Được trả 300%." in told.body and duplicate.code in told.body


def test_reveal_identity_is_a_supervisors_logged_override(
    org_tree, make_case, g1_handler, g1_supervisor
):
    from voice.access import identity_visible

    case = make_case(
        org_tree["g1"], identity_mode=IdentityMode.PSEUDONYMOUS, contact_name="Nguyễn Văn An"
    )
    assert not identity_visible(g1_supervisor, case)
    with pytest.raises(PermissionDenied, match="cán bộ phụ trách"):
        RevealIdentity(case, reason="Nguy cơ mất an toàn tính mạng", actor=g1_handler).execute()
    with pytest.raises(ValidationError, match="ít nhất 10 ký tự"):
        RevealIdentity(case, reason="gấp", actor=g1_supervisor).execute()
    assert not CaseAccess.objects.filter(case=case).exists()
    RevealIdentity(
        case, reason="Người lao động báo nguy cơ tai nạn chết người", actor=g1_supervisor
    ).execute()
    access = CaseAccess.objects.get(case=case)
    assert access.action == CaseAccess.Action.EMERGENCY and "tai nạn" in access.reason
    assert identity_visible(g1_supervisor, case) and not identity_visible(g1_handler, case)
    anonymous = make_case(org_tree["g1"], identity_mode=IdentityMode.ANONYMOUS)
    with pytest.raises(ValidationError, match="ẩn danh hoàn toàn"):
        RevealIdentity(anonymous, reason="x" * 20, actor=g1_supervisor).execute()


def test_saved_answer_versions(org_tree, make_case, case_g1, g1_handler, handler_of):
    v1 = SaveAnswer(
        organization=org_tree["g1"],
        title="Lương làm thêm giờ ngày lễ",
        body="Ít nhất 300% chưa kể tiền lương ngày lễ.",
        citations="Điều 98 Bộ luật Lao động 2019",
        topic=Topic.WAGES,
        actor=g1_handler,
    ).execute()
    assert (v1.key, v1.version, v1.is_current) == ("luong-lam-them-gio-ngay-le", 1, True)
    AnswerCase(case_g1, body=v1.body, saved_answer=v1, actor=g1_handler).execute()

    v2 = SaveAnswer(
        previous=v1, title=v1.title, body="Ít nhất 300%.", citations=v1.citations, actor=g1_handler
    ).execute()
    v1.refresh_from_db()
    assert (v2.version, v2.is_current, v1.is_current) == (2, True, False)
    # The case keeps the version it used.
    assert case_g1.messages.get(kind=MessageKind.ANSWER).saved_answer_id == v1.pk
    # Editing a stale version is refused.
    with pytest.raises(ValidationError, match="phiên bản 2"):
        SaveAnswer(previous=v1, title="x", body="y", actor=g1_handler).execute()
    with pytest.raises(ValidationError, match="đã có câu trả lời mẫu"):
        SaveAnswer(
            organization=org_tree["g1"], title=v1.title, body="z", actor=g1_handler
        ).execute()
    with pytest.raises(PermissionDenied):
        SaveAnswer(
            organization=org_tree["g1"], title="Khác", body="z", actor=handler_of(org_tree["g2"])
        ).execute()
    # A handler of G2 cannot answer with G1's saved answer.
    g2_case = make_case(org_tree["g2"])
    with pytest.raises(ValidationError, match="câu trả lời mẫu"):
        AnswerCase(g2_case, body="x", saved_answer=v2, actor=handler_of(org_tree["g2"])).execute()


def test_appoint_handler_needs_an_admin_and_opens_the_admin(org_tree, tenant_a, in_tenant):
    from hierarchy.actions import GrantRole
    from tenants.models import Role

    admin = make_user()
    GrantRole(admin, org_tree["ua1"], Role.ADMIN).execute()
    worker = make_user()
    with pytest.raises(PermissionDenied, match="quyền quản trị"):
        AppointHandler(user=worker, organization=org_tree["g3"], actor=admin).execute()
    handler = AppointHandler(user=worker, organization=org_tree["g1"], actor=admin).execute()
    assert handler.role == Handler.Role.HANDLER and handler.granted_by == admin
    AppointHandler(
        user=worker, organization=org_tree["g1"], role=Handler.Role.SUPERVISOR, actor=admin
    ).execute()
    assert Handler.objects.get(user=worker).role == Handler.Role.SUPERVISOR
    with in_tenant(tenant_a):
        worker = type(worker).objects.get(pk=worker.pk)
        assert worker.has_perm("wagtailadmin.access_admin")
        assert not worker.has_perm("wagtailcore.add_page")
