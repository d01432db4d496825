"""Fixtures of the intake tests."""

from __future__ import annotations

import io
import re

import pytest

from tests.conftest import tenant_client
from voice import abuse
from voice.models import Case, Consent, IdentityMode, Kind, Purpose


@pytest.fixture
def counts():
    """``counts()`` -> (cases, consents, attachments): "nothing written" is an unchanged
    triple."""
    from voice.models import Attachment

    return lambda: (Case.objects.count(), Consent.objects.count(), Attachment.objects.count())


@pytest.fixture
def submit(org_tree):
    """``submit(**overrides)``: SubmitCase with valid defaults (to G1, consent given)."""
    from voice.actions.submit_case import SubmitCase

    def _submit(**overrides):
        inputs = {
            "kind": Kind.QUESTION,
            "organization": org_tree["g1"],
            "identity_mode": IdentityMode.IDENTIFIED,
            "title": "Lương làm thêm giờ",
            "body": "Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không?",
            "contact_name": "Nguyễn Thị Lan",
            "contact_phone": "0912 345 678",
            "consents": {Purpose.HANDLE: True},
            "client_ip": "203.0.113.7",
        }
        inputs.update(overrides)
        return SubmitCase(**inputs).execute()

    return _submit


def jpeg_with_gps(size=(64, 48)) -> bytes:
    """A JPEG whose EXIF holds a GPS position (Hà Nội) and a camera model."""
    from PIL import Image

    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x0110] = "CanonEOS-CANARY"  # Model
    gps = {1: "N", 2: (21.0, 1.0, 40.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def png_bytes(size=(20, 20)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", size, (0, 128, 0, 255)).save(out, format="PNG")
    return out.getvalue()


def pdf_with_metadata() -> bytes:
    """A one-page PDF whose document information and XMP name its author (a canary)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": PDF_AUTHOR, "/Creator": "Microsoft Word"})
    xmp = DecodedStreamObject()
    xmp.set_data(f"<x:xmpmeta><dc:creator>{PDF_AUTHOR}</dc:creator></x:xmpmeta>".encode())
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PDF_AUTHOR = "Nguyen Van CANARY-pdf-4471"
PDF_BYTES = pdf_with_metadata()


@pytest.fixture
def web(org_tree, tenant_a, settings):
    """A browser-like client on tenant A's host, the form's challenge answerable at once."""
    settings.VOICE_CHALLENGE_MIN_SECONDS = 0
    return tenant_client(tenant_a)


def form_data(client, url="/y-kien/", **overrides) -> dict:
    """GET the form, answer its challenge, return a valid POST (consent to handling given)."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    token = re.search(r'name="challenge_token" value="([^"]+)"', html).group(1)
    question = re.search(r'for="id_challenge_answer">([^<]+?) \(ghi bằng số\)', html).group(1)
    data = {
        "kind": "question",
        "identity_mode": "identified",
        "title": "Hỏi về lương",
        "body": "Công ty chậm trả lương tháng 11 đã 20 ngày, tôi cần làm gì?",
        "contact_name": "Trần Văn Hùng",
        "contact_phone": "0987654321",
        "contact_email": "",
        "workplace": "Phân xưởng may 2",
        "consent_handle": "on",
        "challenge_token": token,
        "challenge_answer": str(abuse.solve(question)),
    }
    for purpose in Purpose.values:
        match = re.search(rf'name="notice_version_{purpose}" value="([^"]*)"', html)
        if match:
            data[f"notice_version_{purpose}"] = match.group(1)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
