"""System checks of the voice app's keys (run by ``manage.py check`` and by every
``migrate``/``migrate_schemas``, so a deployment with bad keys stops before it serves).

Personal data in cases is encrypted with ``VOICE_ENCRYPTION_KEYS`` and indexed with
``VOICE_INDEX_KEY`` (docs/personal-data.md). Empty, malformed or placeholder keys
("change-me" from docker/.env.example) are errors in every settings module; in production
the keys published in the repository for the test suite are refused too.
"""

from __future__ import annotations

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

#: Keys anybody can read in the repository (congdoan/settings/test.py).
PUBLIC_TEST_KEYS = {"dGVzdC1vbmx5LXZvaWNlLWtleS0wMDAwMDAwMDAwMDA=", "test-only-voice-index-key"}
PLACEHOLDERS = {"change-me", "changeme", "change_me", "xxx", "secret"}


def _is_production() -> bool:
    module = getattr(settings, "SETTINGS_MODULE", "") or ""
    return module.rsplit(".", 1)[-1] == "production"


def _placeholder(value: str) -> bool:
    return value.strip().lower() in PLACEHOLDERS or value.strip().lower().startswith("change-me")


@register(Tags.security)
def check_voice_keys(app_configs=None, **kwargs):
    errors = []
    production = _is_production()
    keys = list(getattr(settings, "VOICE_ENCRYPTION_KEYS", None) or [])
    keys = [k for k in keys if str(k).strip()]
    if not keys:
        errors.append(
            Error(
                "VOICE_ENCRYPTION_KEYS trống: dữ liệu cá nhân trong vụ việc không thể được mã hoá.",
                hint="Tạo khoá bằng `manage.py voice_new_key` và đặt vào biến môi trường "
                "VOICE_ENCRYPTION_KEYS (docs/personal-data.md).",
                id="voice.E001",
            )
        )
    for position, key in enumerate(keys, start=1):
        key = str(key).strip()
        if _placeholder(key):
            errors.append(
                Error(
                    f"VOICE_ENCRYPTION_KEYS: khoá thứ {position} vẫn là giá trị mẫu «{key}».",
                    hint="Thay bằng khoá thật tạo bằng `manage.py voice_new_key`.",
                    id="voice.E002",
                )
            )
            continue
        try:
            Fernet(key)
        except (ValueError, TypeError):
            errors.append(
                Error(
                    f"VOICE_ENCRYPTION_KEYS: khoá thứ {position} không hợp lệ (cần 32 byte "
                    "mã hoá base64 url-safe).",
                    hint="Tạo khoá bằng `manage.py voice_new_key`.",
                    id="voice.E003",
                )
            )
            continue
        if production and key in PUBLIC_TEST_KEYS:
            errors.append(
                Error(
                    f"VOICE_ENCRYPTION_KEYS: khoá thứ {position} là khoá thử nghiệm công khai "
                    "trong mã nguồn, không được dùng khi vận hành thật.",
                    hint="Tạo khoá mới bằng `manage.py voice_new_key`, đặt lên đầu danh sách "
                    "rồi chạy `manage.py voice_rotate_keys`.",
                    id="voice.E004",
                )
            )
    if len(set(keys)) != len(keys):
        errors.append(
            Warning(
                "VOICE_ENCRYPTION_KEYS có khoá lặp lại.",
                hint="Mỗi khoá chỉ cần xuất hiện một lần.",
                id="voice.W001",
            )
        )
    index = str(getattr(settings, "VOICE_INDEX_KEY", "") or "").strip()
    if not index or _placeholder(index):
        errors.append(
            Error(
                "VOICE_INDEX_KEY trống hoặc vẫn là giá trị mẫu.",
                hint='Đặt một chuỗi ngẫu nhiên dài (ví dụ `python -c "import secrets; '
                'print(secrets.token_urlsafe(48))"`). Không đổi khoá này sau khi đã có dữ liệu.',
                id="voice.E005",
            )
        )
    elif production and (index in PUBLIC_TEST_KEYS or len(index) < 32):
        errors.append(
            Error(
                "VOICE_INDEX_KEY quá ngắn (cần ít nhất 32 ký tự) hoặc là khoá thử nghiệm "
                "công khai.",
                hint="Đặt một chuỗi ngẫu nhiên dài trước khi có dữ liệu.",
                id="voice.E006",
            )
        )
    return errors
