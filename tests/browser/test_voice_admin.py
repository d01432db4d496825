"""Ý kiến người lao động in a tenant's admin: a handler opens the queue from the menu, opens
a case, picks a saved answer (text and legal citations inserted), answers; the case shows
"Đã trả lời"."""

import pytest

from tests.factories import make_user
from voice import codes, crypto
from voice.actions.appoint_handler import AppointHandler
from voice.actions.save_answer import SaveAnswer
from voice.models import Case, MessageKind, Status, Topic

pytestmark = pytest.mark.browser


def test_handler_answers_a_case_with_a_saved_answer(
    page, tenant_a, org_tree, login, orm, tmp_path, screenshot
):
    from django.utils import timezone

    with orm():
        handler = make_user()
        AppointHandler(user=handler, organization=org_tree["g1"]).execute()
        saved = SaveAnswer(
            organization=org_tree["ua1"],
            title="Làm thêm giờ ngày lễ",
            body="Người lao động làm thêm vào ngày lễ được trả ít nhất 300%.",
            citations="Điều 98 Bộ luật Lao động 2019",
            topic=Topic.WAGES,
        ).execute()
        now = timezone.now()
        case = Case.objects.create(
            code=codes.new_code(),
            secret_hash=crypto.secret_hash(codes.new_secret()),
            kind="question",
            channel="web_form",
            organization=org_tree["g1"],
            origin_organization=org_tree["g1"],
            org_path=org_tree["g1"].path,
            received_at=now,
            first_response_due=now + timezone.timedelta(hours=24),
            topic_suggested=Topic.WAGES,
            title="Lương làm thêm ngày lễ",
            body="Công ty trả lương làm thêm ngày Quốc khánh như ngày thường có đúng không?",
        )
    admin_url = login(page, handler, tenant_a)

    page.goto(admin_url)
    page.get_by_role("button", name="Ý kiến người lao động").click()
    page.get_by_role("link", name="Hàng đợi vụ việc").click()
    page.wait_for_url("**/admin/y-kien/")
    screenshot(page, "voice-admin-queue")
    row = page.locator(f'tr[data-case="{case.code}"]')
    assert "Mới tiếp nhận" in row.inner_text()
    row.get_by_role("link", name=case.code).click()
    page.wait_for_url(f"**/admin/y-kien/{case.pk}/")
    screenshot(page, "voice-admin-case")
    assert "Quốc khánh" in page.locator(".voice-body").inner_text()

    page.select_option("#saved-answer", str(saved.pk))
    page.get_by_role("button", name="Chèn vào câu trả lời").click()
    text = page.input_value("#answer-body")
    assert "ít nhất 300%" in text and "Căn cứ pháp lý: Điều 98" in text
    page.fill("#answer-body", "Chào anh/chị,\n\n" + text)
    page.get_by_role("button", name="Gửi câu trả lời").click()
    page.wait_for_url(f"**/admin/y-kien/{case.pk}/")
    assert page.locator("#case-status").inner_text() == "Đã trả lời"
    assert "Đã gửi câu trả lời" in page.locator(".messages").inner_text()
    shot = tmp_path / "voice-admin-answered.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 0
    screenshot(page, "voice-admin-answered")  # also kept with the suite's other screenshots
    # No script error of ours (the browser's notices about plain-HTTP test hosts and
    # Wagtail's offline update check are not ours).
    noise = ("Cross-Origin-Opener-Policy", "Failed to load resource")
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []

    with orm():
        case.refresh_from_db()
        assert case.status == Status.ANSWERED and case.assignee_id == handler.pk
        answer = case.messages.get(kind=MessageKind.ANSWER)
        assert answer.saved_answer_id == saved.pk and answer.body.startswith("Chào anh/chị")
