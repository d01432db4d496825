"""Publication facts recorded as they happen (receivers connected by
``programme.receivers.connect_publication_events``).

* Wagtail ``page_published`` in a tenant, for the **first** publication of a content page
  (``first_published_at`` was set by this very publication; re-publishing is not a new
  product): ``PAGE_PUBLISHED``, or ``CAMPAIGN_PUBLISHED`` for a ``CampaignPage``,
  attributed to the organisation the page belongs to (``content_org_for_page``: a hosted
  microsite counts for its own organisation), ``product`` = the page type. Content pages
  are :data:`CONTENT_PAGES`; navigation and structure pages (``HomePage``,
  ``SectionPage``) and ``FormPage`` (a form, not a communication product) are not counted.
  A tenant without an organisation in the tree is skipped.
* ``sharing.signals.share_changed``:
  ``share`` -> ``SHARED_DOWN`` for the issuer, and the reach job
  (``programme.reach_jobs``: ``received`` everywhere it reaches, ``directives_due`` for a
  mandatory share) deferred in the same transaction; ``acknowledge`` of a mandatory share
  -> ``DIRECTIVE_ACKNOWLEDGED`` for the receiver, ``on_time`` when within
  ``PROGRAMME_DIRECTIVE_DAYS`` days of the share's creation (the first acknowledgement
  only); ``hide`` / ``unhide`` -> ``received_hidden`` +1 / -1 for the receiver in the
  share's month (only when the state really changed).
* Proposals upward: ``ProposePage`` and ``DecideProposal`` touch no share, so
  ``share_changed`` is not sent for them; each step of a proposal's chain is a
  ``ProposalStep`` row written once in the action's transaction: ``propose`` ->
  ``SENT_UP``, ``approve`` (carried by the upper level) -> ``CARRIED_UP``, both for the
  proposing organisation.

Every receiver runs in a savepoint and logs instead of raising: a programme fault never
undoes a publish, a share or an acknowledgement.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.db import connection, transaction

from hierarchy.models import Organization
from programme.models import EventKind
from programme.recording import bump, fold_after_commit, record_event

ORG = Organization._meta.db_table

logger = logging.getLogger(__name__)

#: The page types (cms) whose first publication is a communication product.
CONTENT_PAGES = (
    "articlepage",
    "policypage",
    "campaignpage",
    "eventpage",
    "gallerypage",
    "videopage",
    "infographicpage",
    "documentpage",
    "questionpage",
    "modelstorypage",
)


def directive_days() -> int:
    return int(getattr(settings, "PROGRAMME_DIRECTIVE_DAYS", 7))


def _safely(fn, *args, **kwargs):
    try:
        with transaction.atomic():
            return fn(*args, **kwargs)
    except Exception:  # never undo the caller's change for a figure
        logger.exception("programme: %s failed; the caller's change is kept", fn.__name__)
        return None


# --- pages ------------------------------------------------------------------------------------


def on_page_published(sender, instance, **kwargs) -> None:
    if instance._meta.model_name not in CONTENT_PAGES:
        return
    first = instance.first_published_at
    if first is None or first != instance.last_published_at:
        return  # a re-publication
    try:  # in a caller's transaction _record_page uses a savepoint; else it is autocommit
        _record_page(instance)
    except Exception:  # never undo the publish for a figure
        logger.exception("programme: first publication of page %s not recorded", instance.pk)


#: The organisation a page of the active tenant belongs to: the hosted microsite whose root
#: page is the page's nearest ancestor, else the tenant's own organisation (the rule of
#: ``sharing.permissions.content_org_for_page``, in SQL; the tenant is the active schema).
OWNER_SQL = f"""
    SELECT o.id, o.path, o.kind, t.id AS tenant_id
    FROM tenants_tenant t
    JOIN {ORG} o ON o.tenant_id = t.id OR o.microsite_host_id = t.id
    LEFT JOIN wagtailcore_page p ON p.id = o.microsite_page_id AND o.microsite_host_id = t.id
    WHERE t.schema_name = current_schema() AND (o.tenant_id = t.id OR %(path)s LIKE p.path || '%%')
    ORDER BY length(p.path) DESC NULLS LAST, o.id
    LIMIT 1
"""

INSERT_SQL = """
    INSERT INTO programme_publicationevent
        (kind, occurred_at, organization_id, org_path, tenant_id, page_id, product, folded)
    SELECT %(kind)s, %(at)s, w.id, w.path, w.tenant_id, %(page)s, %(product)s, {folded}
    FROM owner w
"""


def _record_and_fold_sql() -> str:
    """One statement: insert the event already folded and add it to the figures, when the
    figures lock is free (else insert it unfolded, for the periodic job)."""
    from programme.recording import STEP

    return f"""
        WITH lock AS (
            SELECT pg_try_advisory_xact_lock_shared(%(lock)s) AS ok
            FROM (SELECT set_config('synchronous_commit', %(sync)s, true)) AS durability
        ),
        owner AS ({OWNER_SQL}),
        new AS ({INSERT_SQL.format(folded="(SELECT ok FROM lock)")} RETURNING organization_id),
        counts AS (
            SELECT w.id AS org_id, w.kind, m.series
            FROM owner w, lock, unnest(%(series)s::text[]) AS m(series)
            WHERE lock.ok AND EXISTS (SELECT 1 FROM new)
        ), own AS (
            INSERT INTO programme_orgmonth (organization_id, month, series, value)
            SELECT org_id, %(month)s, series, 1 FROM counts
            ORDER BY 1, 3
            ON CONFLICT (organization_id, month, series)
            DO UPDATE SET value = programme_orgmonth.value + EXCLUDED.value
            RETURNING 1
        ), tree AS (
            INSERT INTO programme_subtreemonth
                (organization_id, month, series, org_kind, value)
            SELECT a.id, %(month)s, c.series, c.kind, 1
            FROM counts c
            JOIN owner w ON w.id = c.org_id
            CROSS JOIN LATERAL generate_series({STEP}, length(w.path), {STEP}) AS g(n)
            JOIN {ORG} a ON a.path = left(w.path, g.n)
            ORDER BY 1, 3, 4
            ON CONFLICT (organization_id, month, series, org_kind)
            DO UPDATE SET value = programme_subtreemonth.value + EXCLUDED.value
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM new), (SELECT count(*) FROM own), (SELECT count(*) FROM tree)
    """


def _record_page(page) -> None:
    """The event of a first publication.

    Wagtail 8 sends ``page_published`` after its own writes, outside any transaction
    unless the caller opened one. Then the event is inserted *and folded* by one prepared
    statement (server-side binding, its plan cached per connection): one round trip, one
    commit, no waiting (the figures lock is only tried), and by default no wait for the WAL
    flush either (``PROGRAMME_EVENTS_SYNCHRONOUS_COMMIT`` off: a server crash within a
    fraction of a second after a publish may lose that one figure, never the page). Inside
    a caller's transaction the INSERT runs in a savepoint and the fold waits for the commit
    (``fold_after_commit``),
    so the figures' rows (the national one above all) are never locked for the length of
    someone else's transaction. No organisation: nothing inserted."""
    from programme.recording import EVENT_SERIES, FIGURES_LOCK_KEY, month_of

    model = page._meta.model_name
    kind = EventKind.CAMPAIGN_PUBLISHED if model == "campaignpage" else EventKind.PAGE_PUBLISHED
    params = {
        "kind": str(kind),
        "at": page.first_published_at,
        "page": page.pk,
        "product": model,
        "path": page.path,
    }
    if connection.in_atomic_block:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                f"WITH owner AS ({OWNER_SQL}) {INSERT_SQL.format(folded='false')}", params
            )
        transaction.on_commit(fold_after_commit)
        return
    import psycopg

    with connection.cursor():
        pass  # the tenant's search_path set on the connection (django-tenants)
    params.update(
        lock=FIGURES_LOCK_KEY,
        series=list(EVENT_SERIES[kind]),
        month=month_of(page.first_published_at),
        sync="on" if settings.PROGRAMME_EVENTS_SYNCHRONOUS_COMMIT else "off",
    )
    with psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(_record_and_fold_sql(), params, prepare=True)


# --- shares -----------------------------------------------------------------------------------


def on_share_changed(sender, action, share_ids, organization_id=None, **kwargs) -> None:
    if action == "share":
        _safely(_shares_issued, share_ids)
    elif action == "acknowledge" and organization_id:
        _safely(_acknowledged, share_ids, organization_id)
    elif action in ("hide", "unhide") and organization_id:
        _safely(_hidden, action, share_ids, organization_id)


def _shares_issued(share_ids) -> None:
    import jobs
    from programme.reach_jobs import count_reach_job
    from sharing.models import Share

    for share in Share.objects.filter(pk__in=list(share_ids)).select_related("issuer"):
        record_event(EventKind.SHARED_DOWN, share.issuer, at=share.created_at, share=share)
        jobs.defer(count_reach_job, tenant=None, share_id=share.pk)


def _previous_entry(share_id: int, org_id: int, actions: list[str]):
    """The audit entry before the one the action just wrote (for this share and receiver),
    among ``actions``; None when there is none."""
    from sharing.models import AuditEntry

    entries = list(
        AuditEntry.objects.filter(share_id=share_id, organization_id=org_id, action__in=actions)
        .order_by("-at", "-pk")
        .values_list("action", flat=True)[:2]
    )
    return entries[1] if len(entries) > 1 else None


def _acknowledged(share_ids, org_id: int) -> None:
    from hierarchy.models import Organization
    from sharing.models import Receipt, Share

    org = Organization.objects.get(pk=org_id)
    for share in Share.objects.filter(pk__in=list(share_ids), mandatory=True):
        if _previous_entry(share.pk, org_id, ["acknowledge"]) is not None:
            continue  # acknowledged before: counted once
        receipt = Receipt.objects.filter(share=share, organization_id=org_id).first()
        at = receipt.acknowledged_at if receipt and receipt.acknowledged_at else None
        if at is None:
            continue
        on_time = at - share.created_at <= datetime.timedelta(days=directive_days())
        record_event(EventKind.DIRECTIVE_ACKNOWLEDGED, org, at=at, share=share, on_time=on_time)


def _hidden(action: str, share_ids, org_id: int) -> None:
    from sharing.models import Share

    for share in Share.objects.filter(pk__in=list(share_ids)):
        previous = _previous_entry(share.pk, org_id, ["hide", "unhide"])
        if action == "hide" and previous != "hide":
            bump(org_id, share.created_at, {"received_hidden": 1})
        elif action == "unhide" and previous == "hide":
            bump(org_id, share.created_at, {"received_hidden": -1})


# --- proposals --------------------------------------------------------------------------------


def on_proposal_step(sender, instance, created, raw=False, **kwargs) -> None:
    if not created or raw or instance.action not in ("propose", "approve"):
        return
    _safely(_proposal_step, instance)


def _proposal_step(step) -> None:
    proposal = step.proposal
    kind = EventKind.SENT_UP if step.action == "propose" else EventKind.CARRIED_UP
    record_event(
        kind,
        proposal.proposer,
        at=step.at,
        tenant=proposal.source_tenant,
        page_id=proposal.source_page_id,
        product="proposal",
    )
