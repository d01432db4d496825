"""The per-install secret key of the demo and development settings.

``DJANGO_SECRET_KEY`` wins; otherwise a random key is generated once into ``.secret_key`` in
the project root (gitignored, mode 600) and read from there on every later start, so signed
sessions and preview tokens survive restarts but no two installs share a key.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from congdoan.settings.env import env_str


def secret_key_file(base_dir: Path) -> Path:
    return Path(env_str("DJANGO_SECRET_KEY_FILE", str(base_dir / ".secret_key")))


def install_secret_key(base_dir: Path) -> str:
    key = env_str("DJANGO_SECRET_KEY")
    if key:
        return key
    path = secret_key_file(base_dir)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= 50:
            return key
        raise RuntimeError(
            f"{path} is empty or too short: delete it to generate a new key."
        ) from None
    key = secrets.token_urlsafe(64)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key


def derived_voice_keys(secret_key: str) -> tuple[list[str], str]:
    """Development only: an encryption key and an index key derived from the install's
    secret key, when ``VOICE_ENCRYPTION_KEYS`` / ``VOICE_INDEX_KEY`` are not set."""
    import base64
    import hashlib

    enc = base64.urlsafe_b64encode(hashlib.sha256(f"voice-enc:{secret_key}".encode()).digest())
    index = hashlib.sha256(f"voice-index:{secret_key}".encode()).hexdigest()
    return [enc.decode()], index
