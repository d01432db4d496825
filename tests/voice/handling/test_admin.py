"""The handlers' screens in a tenant's Wagtail admin: queue (filters, order, statement
budget), case screen (access log, identity, timeline, operations), sibling 404, saved
answers library, appointing handlers."""

import datetime
import importlib.util

import pytest
from django.utils import timezone

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import make_user
from tests.statements import statements
from voice.actions.appoint_handler import AppointHandler
from voice.actions.save_answer import SaveAnswer
from voice.models import (
    Attachment,
    Case,
    CaseAccess,
    Escalation,
    Handler,
    IdentityMode,
    MessageKind,
    SavedAnswer,
    Status,
    Topic,
)

QUEUE = "/admin/y-kien/"
# The sidebar is rendered from JSON: its Vietnamese labels are \u-escaped there.
MENU = "\\u00dd ki\\u1ebfn ng\\u01b0\\u1eddi lao \\u0111\\u1ed9ng"


@pytest.fixture
def appoint():
    """``appoint(org, role)``: an account appointed handler the way an admin does it (which
    also lets it into the hosting tenant's admin)."""

    def _appoint(org, role=Handler.Role.HANDLER):
        user = make_user()
        AppointHandler(user=user, organization=org, role=role).execute()
        return user

    return _appoint


@pytest.fixture
def g1_admin_client(org_tree, appoint, tenant_a, client_for):
    user = appoint(org_tree["g1"])
    return user, client_for(tenant_a, user)


def html(response):
    return response.content.decode()


def test_menu_and_queue_show_my_subtree_sorted_by_deadline(org_tree, make_case, g1_admin_client):
    user, client = g1_admin_client
    now = timezone.now()
    late = make_case(org_tree["g1"], first_response_due=now - datetime.timedelta(hours=2))
    soon = make_case(org_tree["g1"], first_response_due=now + datetime.timedelta(hours=2))
    later = make_case(org_tree["g1"], first_response_due=now + datetime.timedelta(hours=20))
    sibling = make_case(org_tree["g2"])
    answered = make_case(org_tree["g1"], status=Status.ANSWERED)

    assert MENU in html(client.get("/admin/"))
    page = html(client.get(QUEUE))
    assert page.index(late.code) < page.index(soon.code) < page.index(later.code)
    assert sibling.code not in page and answered.code not in page
    assert "Quá hạn" in page and "Sắp đến hạn" in page

    def codes(**params):
        text = html(client.get(QUEUE, params))
        return {c.code for c in (late, soon, later, sibling, answered) if c.code in text}

    assert codes(due="overdue") == {late.code}
    assert codes(due="soon") == {soon.code}
    assert codes(status="answered") == {answered.code}
    assert codes(status="all") == {late.code, soon.code, later.code, answered.code}
    Case.objects.filter(pk=later.pk).update(assignee=user, topic=Topic.WAGES)
    assert codes(mine="me") == {later.code}
    assert codes(mine="none") == {late.code, soon.code}
    assert codes(topic=Topic.WAGES) == {later.code}
    assert codes(org="XG1") == {late.code, soon.code, later.code}
    assert codes(org="XG2") == set()  # a sibling's code shows nothing of it
    assert codes(q=late.code.lower()) == {late.code}


def test_queue_statements_do_not_grow_with_rows(org_tree, make_case, g1_admin_client, appoint):
    _user, client = g1_admin_client
    for _ in range(3):
        make_case(org_tree["g1"], assignee=appoint(org_tree["g1"]))
    client.get(QUEUE)
    with statements() as few:
        assert client.get(QUEUE).status_code == 200
    for _ in range(30):
        make_case(org_tree["g1"], assignee=appoint(org_tree["g1"]))
    with statements() as many:
        page = html(client.get(QUEUE))
    assert page.count('data-case="') == 33
    assert len(many) == len(few), many
    assert len(many.mentioning("voice_case")) <= 3, many.mentioning("voice_case")


def test_every_view_is_logged_and_sibling_gets_404(
    org_tree, make_case, g1_admin_client, appoint, tenant_a, tenant_b, client_for
):
    user, client = g1_admin_client
    case = make_case(org_tree["g1"], body="Nội dung riêng CANARY-42")
    url = f"{QUEUE}{case.pk}/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200 and "CANARY-42" in html(response)
    views = CaseAccess.objects.filter(case=case, user=user, action=CaseAccess.Action.VIEW)
    assert views.count() == 2

    sibling = client_for(tenant_a, appoint(org_tree["g2"]))
    refused = sibling.get(url)
    assert refused.status_code == 404
    assert "Không tìm thấy vụ việc" in html(refused) and "CANARY-42" not in html(refused)
    posted = sibling.post(f"{url}tra-loi/", {"body": "Tôi trả lời hộ", "seen_level": 0})
    assert posted.status_code == 404
    assert sibling.get(f"{url}ghi-chu/").status_code == 405
    # Another province's handler on its own host: not found either.
    other = client_for(tenant_b, appoint(org_tree["g4"]))
    assert other.get(url).status_code == 404
    # A handler of both provinces acts on province A's cases on A's host only.
    both = appoint(org_tree["g1"])
    AppointHandler(user=both, organization=org_tree["g4"]).execute()
    on_b = client_for(tenant_b, both)
    assert on_b.get(url).status_code == 404
    assert on_b.post(f"{url}ghi-chu/", {"body": "Ghi chú", "seen_level": 0}).status_code == 404
    assert not case.messages.exists() and Case.objects.get(pk=case.pk).status == Status.NEW
    assert CaseAccess.objects.filter(case=case).count() == 2


def test_identity_sealed_until_a_supervisors_logged_override(
    org_tree, make_case, appoint, tenant_a, client_for
):
    case = make_case(
        org_tree["g1"],
        identity_mode=IdentityMode.PSEUDONYMOUS,
        contact_name="Trần Thị Bình",
        contact_phone="0987654321",
    )
    url = f"{QUEUE}{case.pk}/"
    handler = client_for(tenant_a, appoint(org_tree["g1"]))
    page = html(handler.get(url))
    assert "Danh tính được giữ kín" in page and "Trần Thị Bình" not in page
    assert "Mở danh tính khẩn cấp" not in page

    boss = appoint(org_tree["ua1"], Handler.Role.SUPERVISOR)
    supervisor = client_for(tenant_a, boss)
    assert "Mở danh tính khẩn cấp" in html(supervisor.get(url))
    refused = supervisor.post(f"{url}mo-danh-tinh/", {"reason": "gấp", "seen_level": 0})
    assert "ít nhất 10 ký tự" in html(refused)
    supervisor.post(
        f"{url}mo-danh-tinh/", {"reason": "Báo cáo nguy cơ tai nạn lao động", "seen_level": 0}
    )
    page = html(supervisor.get(url))
    assert "Trần Thị Bình" in page and "0987654321" in page
    assert CaseAccess.objects.get(case=case, action=CaseAccess.Action.EMERGENCY).user == boss
    assert "Trần Thị Bình" not in html(handler.get(url))


def test_operations_over_the_admin(org_tree, make_case, g1_admin_client):
    user, client = g1_admin_client
    case = make_case(org_tree["g1"], topic_suggested=Topic.WAGES)
    url = f"{QUEUE}{case.pk}/"
    saved = SaveAnswer(
        organization=org_tree["ua1"],
        title="Làm thêm ngày lễ",
        body="Được trả ít nhất 300%.",
        citations="Điều 98 Bộ luật Lao động 2019",
        topic=Topic.WAGES,
    ).execute()
    page = html(client.get(url))
    assert "Làm thêm ngày lễ" in page and "gợi ý: Tiền lương" in page

    client.post(f"{url}nhan/", {"seen_level": 0})
    client.post(f"{url}linh-vuc/", {"topic": Topic.WAGES, "seen_level": 0})
    client.post(f"{url}ghi-chu/", {"body": "Đã hỏi phòng nhân sự.", "seen_level": 0})
    response = client.post(
        f"{url}tra-loi/", {"body": "", "saved_answer": saved.pk, "seen_level": 0}, follow=True
    )
    page = html(response)
    assert "Đã gửi câu trả lời" in page and 'id="case-status">Đã trả lời<' in page
    case = Case.objects.get(pk=case.pk)
    assert case.status == Status.ANSWERED and case.assignee == user
    assert case.topic == Topic.WAGES and case.topic_confirmed_by == user
    answer = case.messages.get(kind=MessageKind.ANSWER)
    assert answer.saved_answer == saved and "Căn cứ pháp lý: Điều 98" in answer.body
    assert "Phân công" in page and "Trả lời" in page  # the timeline
    again = client.post(f"{url}tra-loi/", {"body": "Lần nữa", "seen_level": 0})
    assert again.status_code == 409 and "đã được trả lời lúc" in html(again)
    assert "Lần nữa" in html(again)  # the typed text is not lost

    client.post(f"{url}dong/", {"seen_level": 0})
    assert Case.objects.get(pk=case.pk).status == Status.CLOSED
    refused = client.post(f"{url}mo-lai/", {"reason": "", "seen_level": 0})
    assert "Lý do mở lại không được để trống" in html(refused)
    client.post(f"{url}mo-lai/", {"reason": "Hỏi thêm", "seen_level": 0})
    assert Case.objects.get(pk=case.pk).status == Status.IN_PROGRESS


def test_escalated_meanwhile_is_said_clearly(
    org_tree, make_case, g1_admin_client, appoint, tenant_a, client_for
):
    _user, client = g1_admin_client
    case = make_case(org_tree["g1"])
    Escalation.objects.create(
        case=case,
        level=1,
        from_organization=org_tree["g1"],
        to_organization=org_tree["ua1"],
        reason=Escalation.Reason.BREACH,
    )
    Case.objects.filter(pk=case.pk).update(
        organization=org_tree["ua1"],
        org_path=org_tree["ua1"].path,
        escalation_level=1,
        last_escalated_at=timezone.now(),
    )
    response = client.post(
        f"{QUEUE}{case.pk}/tra-loi/", {"body": "Trả lời", "seen_level": 0}, follow=True
    )
    page = html(response)
    assert "vừa được chuyển lên Công đoàn phường Hoàn Kiếm" in page
    assert not case.messages.exists()
    # Without having seen it, the same case is simply not found.
    assert client.post(f"{QUEUE}{case.pk}/tra-loi/", {"body": "x"}).status_code == 404
    # The upper level's handler sees it, with the escalation in its history.
    upper = client_for(tenant_a, appoint(org_tree["ua1"]))
    history = html(upper.get(f"{QUEUE}{case.pk}/"))
    assert "Chuyển cấp lần 1 (Quá hạn phản hồi)" in history
    assert "Từ Công đoàn cơ sở Công ty TNHH May Việt Tiến lên Công đoàn phường Hoàn Kiếm" in history
    assert "Đơn vị xử lý: Công đoàn phường Hoàn Kiếm" in history


def test_attachment_download_is_logged(org_tree, make_case, g1_admin_client):
    _user, client = g1_admin_client
    case = make_case(org_tree["g1"])
    attachment = Attachment.objects.create(
        case=case, name="bang-luong.pdf", content_type="application/pdf", size=8, data=b"%PDF-1.4"
    )
    assert "bang-luong.pdf" in html(client.get(f"{QUEUE}{case.pk}/"))
    response = client.get(f"{QUEUE}{case.pk}/tep/{attachment.pk}/")
    assert response.status_code == 200 and response.content == b"%PDF-1.4"
    assert "attachment" in response["Content-Disposition"]
    assert CaseAccess.objects.filter(case=case, action=CaseAccess.Action.DOWNLOAD).count() == 1


def test_saved_answers_library_versions(org_tree, g1_admin_client):
    _user, client = g1_admin_client
    response = client.post(
        f"{QUEUE}cau-tra-loi-mau/them/",
        {
            "organization": org_tree["g1"].pk,
            "title": "Nghỉ phép năm",
            "topic": Topic.WORKING_TIME,
            "body": "12 ngày mỗi năm.",
            "citations": "Điều 113 Bộ luật Lao động 2019",
        },
        follow=True,
    )
    assert "Đã lưu câu trả lời mẫu" in html(response) and "Nghỉ phép năm" in html(response)
    v1 = SavedAnswer.objects.get(key="nghi-phep-nam")
    response = client.post(
        f"{QUEUE}cau-tra-loi-mau/{v1.pk}/sua/",
        {
            "title": "Nghỉ phép năm",
            "topic": "",
            "body": "12 ngày, thêm theo thâm niên.",
            "citations": "Điều 113, 114 Bộ luật Lao động 2019",
        },
        follow=True,
    )
    assert "Đã lưu phiên bản 2" in html(response)
    history = html(client.get(f"{QUEUE}cau-tra-loi-mau/{v1.pk}/phien-ban/"))
    assert "Phiên bản 2 (đang dùng)" in history and "Phiên bản 1" in history
    assert "12 ngày mỗi năm." in history
    # Editing the old version opens the current one.
    assert client.get(f"{QUEUE}cau-tra-loi-mau/{v1.pk}/sua/").url.endswith(
        f"/{SavedAnswer.objects.get(key='nghi-phep-nam', is_current=True).pk}/sua/"
    )
    empty = client.post(
        f"{QUEUE}cau-tra-loi-mau/them/",
        {"organization": org_tree["g1"].pk, "title": "  ", "body": "x"},
    )
    assert empty.status_code == 200 and SavedAnswer.objects.count() == 2


def test_org_admin_appoints_handlers(org_tree, tenant_a, client_for, make_case):
    admin = make_user()
    GrantRole(admin, tenant_a, Role.ADMIN).execute()
    client = client_for(tenant_a, admin)
    assert "/admin/y-kien/can-bo-xu-ly/" in html(client.get("/admin/"))
    worker = make_user("can-bo@example.vn")
    response = client.post(
        f"{QUEUE}can-bo-xu-ly/",
        {"email": "can-bo@example.vn", "org": "XG3", "role": Handler.Role.HANDLER},
        follow=True,
    )
    assert "Đã phân công" in html(response)
    assert Handler.objects.get(user=worker).organization == org_tree["g3"]
    refused = client.post(
        f"{QUEUE}can-bo-xu-ly/", {"email": "can-bo@example.vn", "org": "XG4", "role": "handler"}
    )
    assert "không có quyền quản trị" in html(refused)
    unknown = client.post(
        f"{QUEUE}can-bo-xu-ly/", {"email": "khong-co@example.vn", "org": "XG3", "role": "handler"}
    )
    assert "Không có tài khoản nào" in html(unknown)

    # The new handler enters the admin and sees G3's cases, not G1's.
    g3_case, g1_case = make_case(org_tree["g3"]), make_case(org_tree["g1"])
    page = html(client_for(tenant_a, worker).get(QUEUE))
    assert g3_case.code in page and g1_case.code not in page
    # An editor without handler role sees no queue.
    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    editor_client = client_for(tenant_a, editor)
    assert MENU not in html(editor_client.get("/admin/"))
    assert editor_client.get(QUEUE).status_code == 302


def test_merge_from_the_case_screen(org_tree, make_case, g1_admin_client):
    _user, client = g1_admin_client
    text = "Công ty không trả lương làm thêm giờ ngày lễ Quốc khánh cho công nhân may."
    target = make_case(org_tree["g1"], body=text)
    duplicate = make_case(org_tree["g1"], body=text + " Xin hỏi có đúng luật không?")
    if importlib.util.find_spec("voice.classify") is not None:
        page = html(client.get(f"{QUEUE}{duplicate.pk}/"))
        assert "Vụ việc tương tự" in page and target.code in page
    sibling_case = make_case(org_tree["g2"], body=text)
    refused = client.post(f"{QUEUE}{duplicate.pk}/gop/", {"into": sibling_case.pk, "seen_level": 0})
    assert "Không tìm thấy vụ việc cần gộp vào" in html(refused)
    response = client.post(
        f"{QUEUE}{duplicate.pk}/gop/", {"into": target.pk, "seen_level": 0}, follow=True
    )
    assert f"vào vụ việc {target.code}" in html(response)
    duplicate = Case.objects.get(pk=duplicate.pk)
    assert duplicate.status == Status.MERGED and duplicate.merged_into_id == target.pk
    assert duplicate.messages.filter(kind=MessageKind.NOTICE).count() == 1


def test_garbage_input_is_a_message_never_a_500(org_tree, make_case, g1_admin_client, appoint):
    _user, client = g1_admin_client
    case = make_case(org_tree["g1"])
    url = f"{QUEUE}{case.pk}/"
    posts = [
        ("phan-cong", {"assignee": "abc", "seen_level": "x"}),
        ("phan-cong", {"assignee": "9" * 30, "seen_level": "0"}),
        ("gop", {"into": "'; drop table", "seen_level": "0"}),
        ("tra-loi", {"body": "", "saved_answer": "1e9", "seen_level": "0"}),
        ("tra-loi", {"body": "\x00\x00", "seen_level": "0"}),
        ("linh-vuc", {"topic": "<script>", "seen_level": "0"}),
        ("mo-lai", {"reason": "x", "seen_level": "0"}),
        ("dong", {"seen_level": "-1"}),
    ]
    for operation, data in posts:
        response = client.post(f"{url}{operation}/", data)
        assert response.status_code in (302, 409), (operation, response.status_code)
    assert client.post(f"{url}khong-co/", {}).status_code == 404
    for params in ({"status": "bogus"}, {"p": "-5"}, {"org": "x" * 500}, {"due": "1"}):
        assert client.get(QUEUE, params).status_code == 200
    assert client.get(f"{QUEUE}999999999/").status_code == 404
    case = Case.objects.get(pk=case.pk)
    assert case.status == Status.NEW and not case.messages.exists() and case.assignee is None
