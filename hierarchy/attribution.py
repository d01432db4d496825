"""Historical attribution of content: the name an organisation had on a given date.

Content records the code of the organisation that published it. Merged and dissolved
organisations stay in the tree (status ``merged``/``dissolved`` with a successor), and renames
keep the old name in their event, so "published by LĐLĐ tỉnh X before the merger" can always
be shown.
"""

from __future__ import annotations

import datetime

from hierarchy.models import EventAction, Organization, Status


def name_on(org: Organization, on: datetime.date) -> str:
    """The full name ``org`` had on ``on`` (renames effective after that date undone)."""
    name = org.name
    renames = org.events.filter(action=EventAction.RENAME, effective_date__gt=on).order_by(
        "-effective_date", "-recorded_at", "-id"
    )
    for event in renames:
        name = event.payload.get("before", {}).get("name", name)
    return name


def attribution(code: str, on: datetime.date | None = None) -> str:
    """How to credit content published by ``code`` on ``on``: its name then, followed by what
    it became if it has since been merged, split or dissolved."""
    org = Organization.objects.select_related("successor").get(code=code)
    name = name_on(org, on) if on else org.name
    if org.status == Status.MERGED and org.successor:
        return f"{name} (nay là {org.successor.name})"
    if org.status == Status.DISSOLVED:
        if org.successor:
            return f"{name} (đã chia tách, nay là {org.successor.name} và các đơn vị khác)"
        return f"{name} (đã giải thể)"
    if name != org.name:
        return f"{name} (nay là {org.name})"
    return name
