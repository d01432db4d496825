"""The public form and follow pages over HTTP on a tenant host."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from tests.voice.intake.conftest import PDF_BYTES, form_data, jpeg_with_gps
from voice.models import Case, CaseMessage, Consent, MessageKind, Purpose, Status

pytestmark = pytest.mark.django_db


def _submit_ok(web, url="/y-kien/", **overrides):
    response = web.post(url, form_data(web, url, **overrides))
    assert response.status_code == 302, response.content.decode()[:3000]
    shown = web.get(response["Location"])
    html = shown.content.decode()
    code = re.search(r'id="case-code">([^<]+)<', html).group(1)
    secret = re.search(r'id="case-secret">([^<]+)<', html).group(1)
    return Case.objects.get(code=code), code, secret, response["Location"]


def test_form_is_mobile_first_self_contained_and_unticked(web):
    response = web.get("/y-kien/")
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-store" in response["Cache-Control"]
    )
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in html
    assert 'lang="vi"' in html and "Liên đoàn Lao động tỉnh A" in html
    assert "csrfmiddlewaretoken" in html
    # Nothing loaded from elsewhere: no external stylesheet, script, font or image.
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
    assert "<script" not in html
    # Every consent box unticked, each with its notice text and version.
    boxes = re.findall(r'<input type="checkbox" name="consent_(\w+)"[^>]*>', html)
    assert sorted(boxes) == sorted(["handle", "contact", "reveal_identity", "publish_qa"])
    for tag in re.findall(r'<input type="checkbox" name="consent_\w+"[^>]*>', html):
        assert "checked" not in tag
    assert "Phiên bản 2026-01" in html and "Luật Bảo vệ dữ liệu cá nhân" in html


def test_form_for_any_organisation_by_code(web, org_tree):
    response = web.get("/y-kien/xg4/")
    assert response.status_code == 200
    assert "Công đoàn cơ sở Bệnh viện Đa khoa Đông Hòa" in response.content.decode()
    assert web.get("/y-kien/KHONG-CO/").status_code == 404


def test_submit_then_code_and_secret_shown_once(web, org_tree):
    case, _code, secret, location = _submit_ok(web, "/y-kien/xg1/")
    assert case.organization == org_tree["g1"]
    assert case.consents.get().evidence == {"checkbox": "handle", "unticked_by_default": True}
    assert len(secret) == 19
    again = web.get(location)
    assert again.status_code == 410
    assert secret not in again.content.decode()


def test_no_consent_no_rows(web, counts):
    before = counts()
    data = form_data(web)
    del data["consent_handle"]
    response = web.post("/y-kien/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Cần có sự đồng ý của bạn" in html
    assert counts() == before
    # The form comes back with the text kept and a new challenge.
    assert "chậm trả lương" in html


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"body": ""}, "Vui lòng nhập nội dung"),
        ({"body": "a" * 5001}, "tối đa 5.000 ký tự"),
        ({"contact_phone": "12ab"}, "Số điện thoại không hợp lệ"),
        ({"contact_email": "lan@"}, "Địa chỉ email không hợp lệ"),
        ({"challenge_answer": "99"}, "chưa đúng"),
        ({"website": "http://spam"}, "Không gửi được biểu mẫu"),
    ],
)
def test_bad_input_gives_a_vietnamese_error_and_no_row(web, counts, overrides, expected):
    before = counts()
    response = web.post("/y-kien/", form_data(web, **overrides))
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert counts() == before


def test_invalid_utf8_posted_raw(web, counts):
    data = form_data(web)
    data["body"] = "PLACEHOLDER"
    from urllib.parse import urlencode

    raw = urlencode(data).replace("PLACEHOLDER", "L%C6%B0%C6ng%FF%FE").encode()
    before = counts()
    response = web.post("/y-kien/", raw, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "không phải văn bản UTF-8" in response.content.decode()
    assert counts() == before


def test_oversized_and_mislabelled_uploads(web, counts, settings):
    settings.VOICE_ATTACHMENT_MAX_BYTES = 200 * 1024
    before = counts()
    big = SimpleUploadedFile("bien-ban.pdf", PDF_BYTES + b"0" * 300 * 1024, "application/pdf")
    response = web.post("/y-kien/", {**form_data(web), "attachments": [big]})
    assert response.status_code == 400
    assert "bien-ban.pdf" in response.content.decode() and "tối đa" in response.content.decode()
    fake = SimpleUploadedFile("anh.jpg", b"MZ\x90\x00 not an image", "image/jpeg")
    response = web.post("/y-kien/", {**form_data(web), "attachments": [fake]})
    assert response.status_code == 400
    assert "không phải ảnh JPEG, PNG, WebP hoặc tệp PDF" in response.content.decode()
    assert counts() == before


def test_upload_with_gps_is_cleaned(web):
    photo = SimpleUploadedFile("anh.jpg", jpeg_with_gps(), "image/jpeg")
    data = form_data(web)
    response = web.post("/y-kien/", {**data, "attachments": [photo]})
    assert response.status_code == 302
    attachment = Case.objects.get().attachments.get()
    assert b"CanonEOS-CANARY" not in attachment.data


def test_too_many_submissions_is_429_with_retry_after(web, counts, settings):
    settings.VOICE_INTAKE_IP_RATE = "2/hour"
    for i in range(2):
        _submit_ok(web, contact_phone=f"091234567{i}")
    before = counts()
    response = web.post("/y-kien/", form_data(web, contact_phone="0912345679"))
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    assert "Bạn đã gửi quá nhiều ý kiến" in html and "thử lại sau" in html
    assert counts() == before


def test_csrf_is_enforced(tenant_a, org_tree, counts):
    client = Client(HTTP_HOST="a.test", enforce_csrf_checks=True)
    before = counts()
    response = client.post("/y-kien/", {"body": "x", "consent_handle": "on"})
    assert response.status_code == 403
    assert counts() == before


def test_follow_shows_status_answers_never_notes(web, org_tree):
    case, code, secret, _ = _submit_ok(web)
    CaseMessage.objects.create(case=case, kind=MessageKind.NOTE, body="GHI-CHU-NOI-BO")
    CaseMessage.objects.create(
        case=case,
        kind=MessageKind.ANSWER,
        body="Theo Bộ luật Lao động 2019, công ty phải trả lương đúng hạn.",
        organization=org_tree["g1"],
    )
    response = web.post(
        "/y-kien/theo-doi/", {"code": code.lower().replace("-", " "), "secret": secret}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mới tiếp nhận" in html and "Công đoàn cơ sở Công ty TNHH May Việt Tiến" in html
    assert "Bộ luật Lao động 2019" in html
    assert "GHI-CHU-NOI-BO" not in html
    assert "no-store" in response["Cache-Control"]


def test_wrong_secret_reveals_nothing(web, org_tree):
    _case, code, secret, _ = _submit_ok(web)
    wrong = web.post("/y-kien/theo-doi/", {"code": code, "secret": "AAAA-BBBB-CCCC-DDDD"})
    unknown = web.post("/y-kien/theo-doi/", {"code": "ZZZZ-ZZZZ", "secret": secret})
    for response in (wrong, unknown):
        html = response.content.decode()
        assert response.status_code == 404
        assert "Mã vụ việc hoặc mã bí mật không đúng." in html
        assert "May Việt Tiến" not in html and "Mới tiếp nhận" not in html
    # Same page whether the code exists or not (apart from the CSRF token).
    strip = lambda h: re.sub(r'value="[^"]*"', "", h)  # noqa: E731
    assert strip(wrong.content.decode()) == strip(unknown.content.decode())


def test_wrong_secrets_are_limited(web, settings):
    settings.VOICE_FOLLOW_IP_RATE = "2/hour"
    for _ in range(2):
        assert web.post("/y-kien/theo-doi/", {"code": "A", "secret": "B"}).status_code == 404
    response = web.post("/y-kien/theo-doi/", {"code": "A", "secret": "B"})
    assert response.status_code == 429 and int(response["Retry-After"]) >= 1


def test_withdrawing_the_case_is_one_button_and_immediate(web):
    case, code, secret, _ = _submit_ok(web, consent_contact="on")
    assert set(case.consents.values_list("purpose", flat=True)) == {"handle", "contact"}
    page = web.post("/y-kien/theo-doi/", {"code": code, "secret": secret}).content.decode()
    assert page.count('name="withdraw"') == 2
    response = web.post(
        "/y-kien/theo-doi/", {"code": code, "secret": secret, "withdraw": Purpose.CONTACT}
    )
    assert "Đã rút sự đồng ý" in response.content.decode()
    consent = Consent.objects.get(case=case, purpose=Purpose.CONTACT)
    assert consent.withdrawn_at is not None and consent.withdrawn_at <= timezone.now()
    assert Case.objects.get(pk=case.pk).status == Status.NEW
    response = web.post(
        "/y-kien/theo-doi/", {"code": code, "secret": secret, "withdraw": Purpose.HANDLE}
    )
    html = response.content.decode()
    assert "Bạn đã rút vụ việc" in html and "Người gửi đã rút" in html
    assert Case.objects.get(pk=case.pk).status == Status.WITHDRAWN


def test_suggestions_endpoint_is_empty_until_qa_exists(web):
    response = web.get("/y-kien/goi-y/", {"q": "lương làm thêm giờ ngày lễ"})
    assert response.status_code == 200
    assert response.json() == {"results": []} or "results" in response.json()


def test_each_form_gets_its_own_csrf_token_and_challenge(web, tenant_b, org_tree):
    first, second = web.get("/y-kien/").content.decode(), web.get("/y-kien/").content.decode()
    token = re.compile(r'name="challenge_token" value="([^"]+)"')
    assert token.search(first).group(1) != token.search(second).group(1)
    for html in (first, second):
        assert "__VOICE_" not in html
        assert re.search(r'name="csrfmiddlewaretoken" value="[A-Za-z0-9]{32,}"', html)
    assert "csrftoken" in web.cookies
    # The blank form is cached per organisation: another tenant's host shows its own.
    from tests.conftest import tenant_client

    other = tenant_client(tenant_b).get("/y-kien/").content.decode()
    assert "Liên đoàn Lao động tỉnh B" in other and "tỉnh A" not in other


def test_a_worker_asks_for_their_data_from_the_case_page(web, org_tree, handler_of):
    """The follow page takes a data-subject request with code and secret only; the DPO's
    steps come back to the same page as notices."""
    from voice.actions.dsr_acknowledge import AcknowledgeDataRequest
    from voice.actions.dsr_complete import CompleteDataRequest
    from voice.models import DataSubjectRequest, Handler

    case, code, secret, _ = _submit_ok(web)
    page = web.post("/y-kien/theo-doi/", {"code": code, "secret": secret}).content.decode()
    assert 'name="request_kind" value="access"' in page and 'value="erasure"' in page
    nothing = web.post(
        "/y-kien/theo-doi/", {"code": code, "secret": secret, "data_request": "1"}
    ).content.decode()
    assert "Vui lòng chọn loại yêu cầu" in nothing
    assert not DataSubjectRequest.objects.exists()

    response = web.post(
        "/y-kien/theo-doi/",
        {
            "code": code,
            "secret": secret,
            "data_request": "1",
            "request_kind": "access",
            "request_details": "Xin bản sao nội dung tôi đã gửi",
        },
    )
    dsr = DataSubjectRequest.objects.get()
    assert (dsr.kind, list(dsr.cases.all())) == ("access", [case])
    html = response.content.decode()
    assert f"Đã nhận yêu cầu {dsr.reference}" in html and "trả lời trước" in html

    forged = web.post(
        "/y-kien/theo-doi/",
        {
            "code": code,
            "secret": "AAAA-BBBB-CCCC-DDDD",
            "data_request": "1",
            "request_kind": "erasure",
        },
    )
    assert forged.status_code == 404 and DataSubjectRequest.objects.count() == 1

    dpo = handler_of(org_tree["tld"], role=Handler.Role.SUPERVISOR)
    AcknowledgeDataRequest(dsr, actor=dpo).execute()
    CompleteDataRequest(dsr, actor=dpo, outcome="Bản sao đã sẵn sàng tại văn phòng.").execute()
    page = web.post("/y-kien/theo-doi/", {"code": code, "secret": secret}).content.decode()
    assert f"Yêu cầu {dsr.reference}" in page
    assert "đã được xác nhận" in page and "đã hoàn thành" in page
    assert "Bản sao đã sẵn sàng tại văn phòng." in page
