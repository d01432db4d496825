"""The roles an account can hold, and their rank: the one enum every app uses.

A role is held on an organisation of the tree (``hierarchy.OrgRole``, the authoritative
record; it covers the organisation's subtree) and mirrored into the tenant where that
organisation's content lives (``tenants.TenantRole`` and the tenant's Wagtail groups).
Who holds which rank where is answered by ``hierarchy.roles``; this module only says what
the roles are and how they compare. It imports nothing of the project, so every app can use
it.
"""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin", "Quản trị viên"
    MODERATOR = "moderator", "Kiểm duyệt viên"
    EDITOR = "editor", "Biên tập viên"
    READER = "reader", "Người đọc"


#: A higher rank includes every right of the lower ones.
RANK: dict[str, int] = {Role.READER: 1, Role.EDITOR: 2, Role.MODERATOR: 3, Role.ADMIN: 4}
READER, EDITOR, MODERATOR, ADMIN = (
    RANK[r] for r in (Role.READER, Role.EDITOR, Role.MODERATOR, Role.ADMIN)
)
#: Platform operators (``is_superuser``) outrank every role everywhere.
SUPERUSER = ADMIN + 1


def rank(role: str | None) -> int:
    """The rank of ``role`` (0 for no role or an unknown one)."""
    return RANK.get(role, 0)


def role_at(value: int) -> str | None:
    """The highest role a rank amounts to (a superuser's is ``admin``), None below reader."""
    value = min(value, ADMIN)
    return next((role for role, r in RANK.items() if r == value), None)
