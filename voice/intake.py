"""What the intake of a case needs besides the action itself: the checks of submitted text
and contacts, the cleaning of attachments, finding a case by its code and secret, and the
answers suggested before a worker submits.

Attachments: at most ``VOICE_ATTACHMENT_MAX_FILES`` files (default 3) of at most
``VOICE_ATTACHMENT_MAX_BYTES`` (default 5 MB) each. The type is read from the first bytes of
the file (JPEG, PNG, WebP, PDF), never from its name or the browser's declared type; a file
whose name or declared type says one thing and whose bytes say another is refused. Images
are decoded and re-encoded with Pillow from their pixels only, so EXIF (GPS position, camera,
time), XMP, ICC and text chunks are gone; the orientation is applied to the pixels first.
PDF files are rewritten page by page with pypdf: the document information (author, creator
program, dates), the XMP metadata of the document and its pages, attached files, JavaScript
and open actions are left behind; encrypted or unreadable PDFs are refused.
"""

from __future__ import annotations

import hmac
import io
import re
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from congdoan.text import has_visible_text, normalise_code, normalise_text
from voice import codes, crypto
from voice.models import Case

BODY_MAX_CHARS = 5000
TITLE_MAX_CHARS = 200
NAME_MAX_CHARS = 200
LINK_MAX_CHARS = 500

# (type, extension names, magic test)
JPEG, PNG, WEBP, PDF = "image/jpeg", "image/png", "image/webp", "application/pdf"
TYPE_LABELS = {JPEG: "ảnh JPEG", PNG: "ảnh PNG", WEBP: "ảnh WebP", PDF: "tệp PDF"}
EXTENSIONS = {
    "jpg": JPEG,
    "jpeg": JPEG,
    "jfif": JPEG,
    "png": PNG,
    "webp": WEBP,
    "pdf": PDF,
}
PILLOW_FORMATS = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}
# Pixels an image may have once decoded (a "decompression bomb" is refused).
MAX_PIXELS = 40_000_000


def max_files() -> int:
    return int(getattr(settings, "VOICE_ATTACHMENT_MAX_FILES", 3))


def max_bytes() -> int:
    return int(getattr(settings, "VOICE_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024))


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB".replace(".", ",")


# --- text ----------------------------------------------------------------------------------


def decode_text(value, field_label: str) -> str:
    """Text as submitted -> normalised ``str``; bytes must be valid UTF-8.

    Django decodes a form post with ``errors="replace"``: bytes that are not UTF-8 arrive as
    U+FFFD, so that character is refused too (no member types it on purpose)."""
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                f"{field_label} chứa ký tự không hợp lệ (không phải văn bản UTF-8). "
                "Vui lòng gõ lại hoặc dán lại nội dung.",
                code="invalid_utf8",
            ) from None
    value = str(value)
    if "\ufffd" in value:
        raise ValidationError(
            f"{field_label} chứa ký tự không hợp lệ (không phải văn bản UTF-8). "
            "Vui lòng gõ lại hoặc dán lại nội dung.",
            code="invalid_utf8",
        )
    return normalise_text(value).strip()


def _n(value: int) -> str:
    """5000 -> "5.000" (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def check_body(body: str) -> None:
    if not body or not has_visible_text(body):
        raise ValidationError("Vui lòng nhập nội dung ý kiến.", code="required")
    if len(body) > BODY_MAX_CHARS:
        raise ValidationError(
            f"Nội dung dài {_n(len(body))} ký tự, tối đa {_n(BODY_MAX_CHARS)} ký tự. "
            "Vui lòng rút gọn hoặc gửi thành nhiều ý kiến.",
            code="too_long",
        )


def check_phone(phone: str) -> str:
    """A Vietnamese phone number as digits (``+84 912 345 678`` -> ``0912345678``)."""
    digits = crypto.normalise_contact(phone)
    if "@" in phone or not re.fullmatch(r"0\d{9,10}", digits or ""):
        raise ValidationError(
            "Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678).",
            code="invalid_phone",
        )
    return digits


def check_email(email: str) -> str:
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(
            "Địa chỉ email không hợp lệ (ví dụ: ten@example.vn).", code="invalid_email"
        ) from None
    return email.lower()


def check_link(link: str) -> str:
    link = link.strip()
    if len(link) > LINK_MAX_CHARS or not re.match(r"^https?://[^\s/$.?#][^\s]*$", link, re.I):
        raise ValidationError(
            "Đường dẫn không hợp lệ: cần một địa chỉ bắt đầu bằng http:// hoặc https://.",
            code="invalid_link",
        )
    return link


def default_title(body: str) -> str:
    first = body.strip().splitlines()[0] if body.strip() else ""
    return first if len(first) <= 80 else first[:79].rstrip() + "…"


# --- attachments -----------------------------------------------------------------------------


@dataclass
class CleanFile:
    name: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


def sniff(data: bytes) -> str:
    """The type of ``data`` from its first bytes ('' when none of the accepted types)."""
    if data[:3] == b"\xff\xd8\xff":
        return JPEG
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data[:5] == b"%PDF-":
        return PDF
    return ""


def _strip_image(data: bytes, content_type: str, name: str) -> bytes:
    from PIL import Image, ImageOps

    refused = ValidationError(
        f"Tệp “{name}” không mở được như {TYPE_LABELS[content_type]} (tệp hỏng hoặc giả mạo).",
        code="bad_image",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format != PILLOW_FORMATS[content_type]:
                    raise refused
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise ValidationError(
                        f"Ảnh “{name}” quá lớn ({width}×{height} điểm ảnh).", code="too_big"
                    )
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except Exception:
        raise refused from None
    # Only the pixels travel: a new image gets them, with no info/EXIF/ICC/text at all.
    mode = image.mode
    if content_type == JPEG and mode not in ("RGB", "L", "CMYK"):
        mode = "RGB"
    elif content_type in (PNG, WEBP) and mode not in ("RGB", "RGBA", "L", "LA"):
        mode = "RGBA" if "A" in mode or "transparency" in image.info else "RGB"
    pixels = image.convert(mode) if mode != image.mode else image
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    if content_type == JPEG:
        clean.save(out, format="JPEG", quality=85, optimize=True)
    elif content_type == PNG:
        clean.save(out, format="PNG", optimize=True)
    else:
        clean.save(out, format="WEBP", quality=85)
    return out.getvalue()


PAGE_KEYS_DROPPED = ("/Metadata", "/PieceInfo", "/AA")


def _strip_pdf(data: bytes, name: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    refused = ValidationError(
        f"Tệp “{name}” không mở được như tệp PDF (tệp hỏng hoặc giả mạo).", code="bad_pdf"
    )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError(
                f"Tệp PDF “{name}” có đặt mật khẩu. Vui lòng gửi tệp không đặt mật khẩu.",
                code="encrypted_pdf",
            )
        writer = PdfWriter()
        for page in reader.pages:
            added = writer.add_page(page)
            for key in PAGE_KEYS_DROPPED:
                added.pop(NameObject(key), None)
        writer.metadata = None  # no document information dictionary at all
        out = io.BytesIO()
        writer.write(out)
    except ValidationError:
        raise
    except Exception:
        raise refused from None
    return out.getvalue()


def clean_attachments(files) -> list[CleanFile]:
    """``[(name, bytes, declared content type), ...]`` -> checked, cleaned files, or a
    ``ValidationError`` naming the first bad file."""
    files = list(files or [])
    if len(files) > max_files():
        raise ValidationError(
            f"Chỉ được gửi tối đa {max_files()} tệp đính kèm (bạn chọn {len(files)} tệp).",
            code="too_many_files",
        )
    cleaned = []
    for item in files:
        name, data, declared = (*tuple(item), "")[:3]
        name = normalise_text(str(name or "tep")).strip().replace("/", "_")[:NAME_MAX_CHARS]
        data = bytes(data or b"")
        if not data:
            raise ValidationError(f"Tệp “{name}” trống.", code="empty_file")
        if len(data) > max_bytes():
            raise ValidationError(
                f"Tệp “{name}” nặng {_mb(len(data))}, mỗi tệp tối đa {_mb(max_bytes())}.",
                code="file_too_big",
            )
        real = sniff(data)
        if not real:
            raise ValidationError(
                f"Tệp “{name}” không phải ảnh JPEG, PNG, WebP hoặc tệp PDF. "
                "Chỉ nhận các loại tệp này.",
                code="bad_type",
            )
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        claimed = EXTENSIONS.get(extension, "") if extension else ""
        declared = (declared or "").split(";")[0].strip().lower()
        if declared == "image/jpg":
            declared = JPEG
        mismatch = (extension and claimed != real) or (
            declared and declared != "application/octet-stream" and declared != real
        )
        if mismatch:
            said = f"đuôi .{extension}" if extension and claimed != real else f"loại {declared}"
            raise ValidationError(
                f"Tệp “{name}” có {said} nhưng nội dung thật là {TYPE_LABELS[real]}. "
                "Vui lòng gửi đúng tệp gốc.",
                code="mislabelled",
            )
        if real in PILLOW_FORMATS:
            data = _strip_image(data, real, name)
        elif real == PDF:
            data = _strip_pdf(data, name)
        cleaned.append(CleanFile(name=name, content_type=real, data=data))
    return cleaned


# --- organisations ---------------------------------------------------------------------------


def find_organization(value):
    """An ``Organization``, its pk or its code -> the row, or a ``ValidationError``."""
    from hierarchy.models import Organization

    if isinstance(value, Organization):
        org = Organization.objects.filter(pk=value.pk).first()
    elif isinstance(value, int):
        org = Organization.objects.filter(pk=value).first()
    elif isinstance(value, str) and value.strip():
        org = Organization.objects.filter(code=normalise_code(value)).first()
    else:
        org = None
    if org is None:
        raise ValidationError("Không tìm thấy đơn vị công đoàn nhận ý kiến.", code="unknown_org")
    if not org.is_active:
        hint = f" Vui lòng gửi đến {org.successor.name}." if org.successor_id else ""
        raise ValidationError(
            f"{org.name} không còn hoạt động, không nhận ý kiến.{hint}", code="inactive_org"
        )
    return org


# --- following a case ------------------------------------------------------------------------

BAD_SECRET = "Mã vụ việc hoặc mã bí mật không đúng."


def find_case(code: str, secret: str) -> Case | None:
    """The case whose code and secret these are, else None (the same whether the code or
    the secret is wrong; a hash is computed either way)."""
    code = codes.normalise(code or "")
    case = Case.objects.select_related("organization").filter(code=code).first() if code else None
    expected = case.secret_hash if case is not None else "0" * 52
    given = crypto.secret_hash(codes.normalise(secret or "")) if (secret or "").strip() else ""
    if case is None or not given or not hmac.compare_digest(expected, given):
        return None
    return case


# --- answers suggested before submitting ------------------------------------------------------


def suggest_answers(text: str, *, limit: int = 5) -> list[dict]:
    """Published answers that may already answer ``text``: ``[{"title", "url", "summary"}]``.

    Only published Q&A pages are public (cases, answered or not, never are). Until the Q&A
    page type exists (``voice.qa.search``), this returns []."""
    text = normalise_text(text or "").strip()
    if len(text) < 10:
        return []
    try:
        from voice import qa  # the Q&A pages, when they exist
    except ImportError:
        return []
    search = getattr(qa, "search", None)
    if search is None:
        return []
    try:
        return list(search(text, limit=limit))[:limit]
    except Exception:  # suggestions must never stop a worker from submitting
        return []
