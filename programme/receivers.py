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

    # First: the figures follow a restructuring before anything that reads them reacts.
    connect_publication_events()
    connect_actuals()
    connect_reports()


def connect_reports() -> None:
    """Periodic reports waiting at an organisation that is restructured follow it
    (programme.reports.follow_restructuring)."""
    from hierarchy.signals import organization_restructured
    from programme.reports import follow_restructuring

    organization_restructured.connect(follow_restructuring, dispatch_uid="programme_reports")


def connect_publication_events() -> None:
    """Publication facts (programme.publication): first publication of content pages,
    shares issued, proposals sent up and carried, directives acknowledged, shares received
    and hidden; and the figures following restructurings of the tree."""
    from django.db.models.signals import post_save
    from wagtail.signals import page_published

    from hierarchy.signals import organization_restructured
    from programme import publication, restructure
    from sharing.models import ProposalStep
    from sharing.signals import share_changed

    page_published.connect(publication.on_page_published, dispatch_uid="programme_published")
    share_changed.connect(publication.on_share_changed, dispatch_uid="programme_share_changed")
    post_save.connect(
        publication.on_proposal_step, sender=ProposalStep, dispatch_uid="programme_proposal"
    )
    organization_restructured.connect(
        restructure.on_restructured, dispatch_uid="programme_restructured"
    )
