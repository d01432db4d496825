"""Who may act on an organisation's programme data: its editors and above (a role on it or
an ancestor, ``hierarchy.roles``), platform operators; ``actor`` None is the system."""

from __future__ import annotations

from accounts.roles import RANK, Role
from hierarchy.roles import require_rank


def require_editor(actor, organization, what: str) -> None:
    require_rank(actor, organization, RANK[Role.EDITOR], what)
