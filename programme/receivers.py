"""Where programme facts come from: receivers of the domain apps' signals.

Each receiver records events or figure changes through ``programme.recording`` inside the
sender's transaction (the outbox rule: nothing is counted for a change that rolls back).
``connect()`` is called once from ``ProgrammeConfig.ready``; every capability adds its own
``connect_*`` function here.
"""

from __future__ import annotations


def connect() -> None:
    """Connect every receiver (idempotent: Django signals deduplicate by dispatch_uid)."""
    from programme.actuals import connect as connect_actuals  # voice, products, channels

    connect_actuals()
    connect_reports()


def connect_reports() -> None:
    """Periodic reports waiting at an organisation that is restructured follow it
    (programme.reports.follow_restructuring)."""
    from hierarchy.signals import organization_restructured
    from programme.reports import follow_restructuring

    organization_restructured.connect(follow_restructuring, dispatch_uid="programme_reports")
