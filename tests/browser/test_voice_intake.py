"""The public opinion form on a phone (390x844): fill it in Vietnamese without any frontend
but the server's HTML, submit, note the code and secret, follow the case with them."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import PHONE
from voice import abuse

pytestmark = pytest.mark.browser

BODY = (
    "Tôi làm ca đêm ở phân xưởng may số 2. Tháng 11 công ty chưa trả tiền làm thêm giờ "
    "ngày lễ Quốc khánh 2/9, chỉ trả như ngày thường. Xin công đoàn cho biết công ty làm "
    "vậy có đúng luật không và tôi cần làm gì?"
)


@pytest.fixture
def viewport():
    return PHONE


def test_worker_submits_on_a_phone_and_follows_the_case(
    page, tenant_a, tenant_url, org_tree, orm, settings
):
    settings.VOICE_CHALLENGE_MIN_SECONDS = 0
    page.goto(tenant_url(tenant_a, "/y-kien/"))
    assert page.evaluate("document.documentElement.lang") == "vi"
    # Fits the phone's width: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # Every consent box starts unticked.
    for purpose in ("handle", "contact", "reveal_identity", "publish_qa"):
        assert not page.locator(f"input[name=consent_{purpose}]").is_checked()

    page.get_by_label("Câu hỏi", exact=False).first.check()
    page.fill("#id_title", "Tiền làm thêm giờ ngày lễ")
    page.fill("#id_body", BODY)
    page.fill("#id_contact_name", "Nguyễn Thị Hồng Nhung")
    page.fill("#id_contact_phone", "0912 345 678")
    page.check("input[name=consent_handle]")
    question = page.locator("label[for=id_challenge_answer]").inner_text()
    question = re.sub(r"\s*\(ghi bằng số\)\s*$", "", question)
    page.fill("#id_challenge_answer", str(abuse.solve(question)))
    page.get_by_role("button", name="Gửi ý kiến").click()

    page.wait_for_selector("#case-code")
    code = page.locator("#case-code").inner_text().strip()
    secret = page.locator("#case-secret").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", secret)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    with orm():
        from voice.models import Case

        case = Case.objects.get(code=code)
        assert case.body == BODY
        assert case.contact_name == "Nguyễn Thị Hồng Nhung"
        assert case.consents.get().purpose == "handle"

    page.get_by_role("link", name="Theo dõi ý kiến và đọc câu trả lời").click()
    page.fill("#id_code", code.lower())
    page.fill("#id_secret", secret)
    page.get_by_role("button", name="Xem tình trạng").click()
    page.wait_for_selector("#case-status")
    assert "Mới tiếp nhận" in page.locator("#case-status").inner_text()
    assert f"Vụ việc {code}" in page.locator("h1").inner_text()
    # Plain HTTP on a .test host: Chromium ignores the COOP header; nothing else may fail.
    noise = ("Cross-Origin-Opener-Policy",)
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []

    # The worker asks for a copy of their data from the same page, on the phone.
    page.get_by_label("Cung cấp bản sao dữ liệu").check()
    page.fill("#request-details", "Xin bản sao nội dung tôi đã gửi")
    page.get_by_role("button", name="Gửi yêu cầu về dữ liệu").click()
    page.wait_for_selector("div.ok")
    done = page.locator("div.ok").inner_text()
    assert "Đã nhận yêu cầu YC-" in done and "trả lời trước" in done
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    with orm():
        from voice.models import DataSubjectRequest

        dsr = DataSubjectRequest.objects.get(cases__code=code)
        assert dsr.kind == "access" and dsr.reference in done
