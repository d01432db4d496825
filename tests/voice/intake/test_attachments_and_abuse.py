"""Attachments (size, count, sniffed type, EXIF/GPS removed, encrypted) and the abuse
protection (limits per member, contact and IP; the single-use challenge)."""

from __future__ import annotations

import io
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from PIL import Image
from pypdf import PdfReader

from tests.factories import make_user
from tests.voice.intake.conftest import PDF_AUTHOR, PDF_BYTES, jpeg_with_gps, png_bytes
from voice import abuse
from voice.models import Attachment

pytestmark = pytest.mark.django_db


def _refused(submit, counts, **overrides) -> str:
    before = counts()
    with pytest.raises(ValidationError) as exc:
        submit(**overrides)
    assert counts() == before
    return " ".join(exc.value.message_dict["attachments"])


def test_gps_exif_is_removed_and_the_file_encrypted(submit):
    original = jpeg_with_gps()
    with Image.open(io.BytesIO(original)) as img:
        assert img.getexif().get_ifd(0x8825), "the fixture must carry GPS"
    case = submit(attachments=[("anh-hien-truong.jpg", original, "image/jpeg")]).case
    stored = Attachment.objects.get(case=case)
    assert stored.content_type == "image/jpeg" and stored.name == "anh-hien-truong.jpg"
    assert stored.size == len(stored.data)
    with Image.open(io.BytesIO(stored.data)) as img:
        assert img.format == "JPEG" and img.size == (64, 48)
        exif = img.getexif()
        assert not exif.get_ifd(0x8825) and 0x8825 not in exif
        assert 0x0110 not in exif
        assert "exif" not in img.info
    assert b"CanonEOS-CANARY" not in stored.data
    with connection.cursor() as cur:
        cur.execute("SELECT data FROM voice_attachment WHERE id=%s", [stored.pk])
        raw = bytes(cur.fetchone()[0])
    assert raw[:3] != b"\xff\xd8\xff" and b"JFIF" not in raw


def test_png_and_pdf_accepted(submit):
    case = submit(
        attachments=[("so-do.png", png_bytes(), "image/png"), ("don.pdf", PDF_BYTES, "")]
    ).case
    types = sorted(Attachment.objects.filter(case=case).values_list("content_type", flat=True))
    assert types == ["application/pdf", "image/png"]
    pdf = Attachment.objects.get(case=case, content_type="application/pdf")
    assert PDF_AUTHOR.encode() in PDF_BYTES
    # Rewritten page by page: the same page, no author, creator or XMP left.
    assert PDF_AUTHOR.encode() not in pdf.data and b"Microsoft Word" not in pdf.data
    reader = PdfReader(io.BytesIO(pdf.data))
    assert len(reader.pages) == 1 and not reader.metadata
    assert "/Metadata" not in reader.trailer["/Root"]


def test_encrypted_or_broken_pdf_refused(submit, counts):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.encrypt("matkhau")
    locked = io.BytesIO()
    writer.write(locked)
    message = _refused(submit, counts, attachments=[("khoa.pdf", locked.getvalue(), "")])
    assert "khoa.pdf" in message and "mật khẩu" in message
    broken = b"%PDF-1.7\n" + b"\x00rac" * 50
    message = _refused(submit, counts, attachments=[("hong.pdf", broken, "")])
    assert "hong.pdf" in message and "không mở được" in message


def test_oversized_file_refused(submit, counts, settings):
    settings.VOICE_ATTACHMENT_MAX_BYTES = 1024 * 1024
    big = PDF_BYTES + b"0" * (1024 * 1024)
    message = _refused(submit, counts, attachments=[("bien-ban.pdf", big, "application/pdf")])
    assert "bien-ban.pdf" in message and "tối đa 1 MB" in message


@pytest.mark.parametrize(
    ("name", "data", "declared", "expected"),
    [
        ("anh.jpg", b"MZ\x90\x00 this is a windows program", "image/jpeg", "không phải ảnh"),
        ("anh.jpg", b"<html><script>alert(1)</script>", "image/jpeg", "không phải ảnh"),
        ("anh.jpg", PDF_BYTES, "image/jpeg", "nội dung thật là tệp PDF"),
        ("anh.png", None, "image/png", "nội dung thật là ảnh JPEG"),
        ("tai-lieu.pdf", None, "application/pdf", "nội dung thật là ảnh JPEG"),
        ("anh", None, "image/png", "loại image/png"),
        ("anh.jpg", b"\xff\xd8\xff\xe0 truncated garbage", "image/jpeg", "không mở được"),
    ],
)
def test_mislabelled_or_fake_files_refused(submit, counts, name, data, declared, expected):
    data = jpeg_with_gps() if data is None else data
    message = _refused(submit, counts, attachments=[(name, data, declared)])
    assert expected in message, message


def test_too_many_files_refused(submit, counts):
    files = [(f"anh{i}.png", png_bytes(), "image/png") for i in range(4)]
    assert "tối đa 3 tệp" in _refused(submit, counts, attachments=files)


def test_empty_file_refused(submit, counts):
    assert "trống" in _refused(submit, counts, attachments=[("anh.png", b"", "image/png")])


# --- limits ----------------------------------------------------------------------------------


def test_member_limit(submit, counts, settings):
    settings.VOICE_INTAKE_MEMBER_RATE = "2/hour"
    member = make_user()
    for i in range(2):
        submit(member=member, contact_phone=f"091234500{i}", client_ip=f"198.51.100.{i}")
    before = counts()
    with pytest.raises(abuse.SubmissionLimited) as exc:
        submit(member=member, contact_phone="0912345009", client_ip="198.51.100.9")
    assert counts() == before
    assert exc.value.kind == "member"
    assert 1 <= exc.value.retry_after <= 3600
    assert "tối đa 2 ý kiến mỗi giờ" in exc.value.message
    assert "thử lại sau" in exc.value.message
    # Another member from elsewhere is not affected.
    submit(member=make_user(), contact_phone="0912345010", client_ip="198.51.100.10")


def test_contact_limit_counts_the_same_phone_however_written(submit, settings):
    settings.VOICE_INTAKE_MEMBER_RATE = "2/hour"
    submit(contact_phone="0912 345 678", client_ip="198.51.100.1")
    submit(contact_phone="+84912345678", client_ip="198.51.100.2")
    with pytest.raises(abuse.SubmissionLimited) as exc:
        submit(contact_phone="091.234.5678", client_ip="198.51.100.3")
    assert exc.value.kind == "contact"


def test_ip_limit_and_ipv6_networks(submit, settings):
    settings.VOICE_INTAKE_IP_RATE = "3/hour"
    kwargs = {"identity_mode": "anonymous"}
    for i in range(3):
        submit(client_ip=f"2001:db8:1:2::{i + 1}", **kwargs)
    with pytest.raises(abuse.SubmissionLimited) as exc:
        submit(client_ip="2001:db8:1:2:ffff::9", **kwargs)  # same /64
    assert exc.value.kind == "ip"
    submit(client_ip="2001:db8:1:3::1", **kwargs)  # another /64


def test_refused_submissions_do_not_use_the_quota(submit, settings):
    settings.VOICE_INTAKE_IP_RATE = "1/hour"
    with pytest.raises(ValidationError):
        submit(body="")
    submit()  # the only accepted one


def test_staff_entry_is_not_limited(submit, org_tree, handler_of, settings):
    settings.VOICE_INTAKE_IP_RATE = "1/hour"
    settings.VOICE_INTAKE_MEMBER_RATE = "1/hour"
    staff = handler_of(org_tree["g1"])
    for _ in range(3):
        submit(channel="hotline", actor=staff, client_ip="203.0.113.1")


def test_limits_can_be_turned_off(submit, settings):
    settings.VOICE_INTAKE_LIMITS_ENABLED = False
    settings.VOICE_INTAKE_IP_RATE = "1/hour"
    submit()
    submit()


# --- challenge -------------------------------------------------------------------------------


def test_challenge_right_answer_once(settings):
    settings.VOICE_CHALLENGE_MIN_SECONDS = 0
    challenge = abuse.issue_challenge()
    answer = abuse.solve(challenge.question)
    abuse.verify_challenge(challenge.token, str(answer))
    with pytest.raises(ValidationError, match="đã được dùng"):
        abuse.verify_challenge(challenge.token, str(answer))


def test_challenge_wrong_answer_spends_the_token(settings):
    settings.VOICE_CHALLENGE_MIN_SECONDS = 0
    challenge = abuse.issue_challenge()
    wrong = abuse.solve(challenge.question) + 1
    with pytest.raises(ValidationError, match="chưa đúng"):
        abuse.verify_challenge(challenge.token, str(wrong))
    with pytest.raises(ValidationError, match="đã được dùng"):
        abuse.verify_challenge(challenge.token, str(wrong - 1))


def test_challenge_too_fast_too_old_or_forged(settings):
    settings.VOICE_CHALLENGE_MIN_SECONDS = 2
    challenge = abuse.issue_challenge()
    with pytest.raises(ValidationError, match="quá nhanh"):
        abuse.verify_challenge(challenge.token, abuse.solve(challenge.question))
    later = abuse.issue_challenge()
    abuse.verify_challenge(later.token, abuse.solve(later.question), now=time.time() + 5)
    with pytest.raises(ValidationError, match="hết hạn"):
        abuse.verify_challenge(later.token[:-2] + "xx", "3")
    settings.VOICE_CHALLENGE_MAX_AGE = 0
    old = abuse.issue_challenge()
    time.sleep(1.1)
    with pytest.raises(ValidationError, match="hết hạn"):
        abuse.verify_challenge(old.token, abuse.solve(old.question))


def test_challenge_accepts_vietnamese_number_words(settings):
    settings.VOICE_CHALLENGE_MIN_SECONDS = 0
    for _ in range(500):
        challenge = abuse.issue_challenge()
        if abuse.solve(challenge.question) == 7:
            abuse.verify_challenge(challenge.token, " Bảy ")
            return
    pytest.skip("no question with answer 7 drawn")
