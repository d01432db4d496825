"""Encryption at rest of personal data in cases, with rotatable keys.

Values are Fernet tokens (AES-128-CBC with HMAC-SHA256, from the ``cryptography`` library)
made with the first key of ``VOICE_ENCRYPTION_KEYS``; every key of the list can decrypt, so a
new key is put first, ``manage.py voice_rotate_keys`` re-encrypts every stored value with it,
and the old key is then removed. Nothing is written in plain text: the database, its dumps,
the replicas and the audit tables only ever see tokens.

``blind_index`` is a keyed HMAC (``VOICE_INDEX_KEY``) of a normalised value: it lets the
platform find the cases of one phone number or e-mail (limits, data-subject requests)
without storing the value itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from congdoan.text import fold, normalise_text


@lru_cache(maxsize=4)
def _keyring(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured(
            "VOICE_ENCRYPTION_KEYS trống: cần ít nhất một khoá mã hoá dữ liệu cá nhân."
        )
    try:
        return MultiFernet([Fernet(k) for k in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "VOICE_ENCRYPTION_KEYS chứa khoá không hợp lệ (cần 32 byte mã hoá base64 url-safe, "
            "tạo bằng `manage.py voice_new_key`)."
        ) from exc


def keyring() -> MultiFernet:
    return _keyring(tuple(settings.VOICE_ENCRYPTION_KEYS))


def new_key() -> str:
    return Fernet.generate_key().decode()


def encrypt(value: str | bytes) -> bytes:
    data = value.encode() if isinstance(value, str) else value
    return keyring().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    return keyring().decrypt(bytes(token))


def decrypt(token: bytes) -> str:
    return decrypt_bytes(token).decode()


def rotate(token: bytes) -> bytes:
    """The same value encrypted with the current first key."""
    return keyring().rotate(bytes(token))


def is_current(token: bytes) -> bool:
    """True when ``token`` was made with the current first key."""
    keys = settings.VOICE_ENCRYPTION_KEYS
    try:
        Fernet(keys[0]).decrypt(bytes(token))
    except InvalidToken:
        return False
    return True


def _index_key() -> bytes:
    key = settings.VOICE_INDEX_KEY
    if not key:
        raise ImproperlyConfigured("VOICE_INDEX_KEY trống.")
    return key.encode() if isinstance(key, str) else key


def normalise_contact(value: str) -> str:
    """Phone numbers compare by digits (leading +84 -> 0), e-mails case-insensitively."""
    value = normalise_text(value).strip()
    if "@" in value:
        return value.lower()
    digits = "".join(ch for ch in value if ch.isdigit())
    if digits.startswith("84") and len(digits) >= 11:
        digits = "0" + digits[2:]
    return digits


def blind_index(value: str, *, purpose: str = "contact") -> str:
    """Keyed hash of a normalised value (hex); '' for an empty value."""
    value = normalise_contact(value) if purpose == "contact" else fold(value).lower().strip()
    if not value:
        return ""
    mac = hmac.new(_index_key(), f"{purpose}:{value}".encode(), hashlib.sha256)
    return mac.hexdigest()


def secret_hash(secret: str) -> str:
    """How a case's follow-up secret is stored (the secret is 80 random bits or more)."""
    mac = hmac.new(_index_key(), f"secret:{secret.strip().upper()}".encode(), hashlib.sha256)
    return base64.b32encode(mac.digest()).decode().rstrip("=")


class EncryptedTextField(models.BinaryField):
    """A text column stored as a Fernet token (bytea); reads give ``str``, '' for empty.

    Not searchable or orderable in SQL, by design."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", b"")
        kwargs.setdefault("blank", True)
        kwargs["editable"] = kwargs.get("editable", False)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        value = bytes(value)
        return decrypt(value) if value else ""

    def to_python(self, value):
        if isinstance(value, (bytes, memoryview)):
            value = bytes(value)
            return decrypt(value) if value else ""
        return value

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is None:
            return None
        if isinstance(value, (bytes, memoryview)) and not value:
            return b""
        if isinstance(value, str):
            value = normalise_text(value)
            if not value:
                return b""
        return super().get_db_prep_value(encrypt(value), connection, prepared)

    def value_to_string(self, obj):
        return "[đã mã hoá]"


class EncryptedBinaryField(models.BinaryField):
    """Bytes (attachment contents) stored as a Fernet token; reads give the plain bytes."""

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        value = bytes(value)
        return decrypt_bytes(value) if value else b""

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is None:
            return None
        value = bytes(value)
        return super().get_db_prep_value(encrypt(value) if value else b"", connection, prepared)

    def value_to_string(self, obj):
        return "[đã mã hoá]"
