"""Case codes and follow-up secrets a worker can read out on the phone.

Crockford's base-32 alphabet (no I, L, O, U): a code is ``XXXX-XXXX`` (40 bits, unique in
the table, not a secret), a secret is ``XXXX-XXXX-XXXX-XXXX`` (80 bits, stored only as a
keyed hash, ``voice.crypto.secret_hash``)."""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _groups(n_groups: int) -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(n_groups))


def new_code() -> str:
    return _groups(2)


def new_secret() -> str:
    return _groups(4)


def normalise(value: str) -> str:
    """What a worker typed -> the stored form (case-insensitive, O->0, I/L->1, spaces)."""
    value = (value or "").upper().replace("O", "0").replace("I", "1").replace("L", "1")
    value = "".join(ch for ch in value if ch in ALPHABET)
    return "-".join(value[i : i + 4] for i in range(0, len(value), 4))
