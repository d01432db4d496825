"""The actuals that do not come from publication events: the workers' voice
(``programme.voice_figures``), offline products (``programme.actions.declare_products``) and
the channel registry (``programme.channels``). ``connect()`` is called once from
``programme.receivers.connect``."""

from __future__ import annotations

from collections.abc import Iterable

from hierarchy.models import Organization
from hierarchy.models import Status as OrgStatus

#: Longest chain of merges followed (a merged unit merged again...).
MAX_HOPS = 10


def where_counted(org_ids: Iterable[int]) -> dict[int, int]:
    """{org id: the organisation its figures are kept on now}: itself, or for a merged
    organisation its successor (followed while merged): a merge folds the merged unit's own
    figures into its successor (``programme.restructure``), so a later change of them (a
    late case, a channel requirement ending) must go there too, whichever receiver of the
    merge runs first. One statement per hop, usually one."""
    found = {org_id: org_id for org_id in org_ids}
    pending = set(found)
    for _hop in range(MAX_HOPS):
        if not pending:
            break
        moved = dict(
            Organization.objects.filter(
                pk__in=list(pending), status=OrgStatus.MERGED, successor__isnull=False
            ).values_list("pk", "successor_id")
        )
        if not moved:
            break
        for org_id, now_at in found.items():
            if now_at in moved:
                found[org_id] = moved[now_at]
        pending = set(moved.values())
    return found


def connect() -> None:
    from programme import actuals_jobs, channels, voice_figures  # noqa: F401 (jobs register)

    voice_figures.connect()
    channels.connect()
