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
from programme.recording import bump, fold_after_commit, fold_sql, record_event

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
    try:  # no Django savepoint: the statement guards itself (see _record_page)
        _record_page(instance)
    except Exception:  # never undo the publish for a figure
        logger.exception("programme: first publication of page %s not recorded", instance.pk)


def _record_page(page) -> None:
    """One statement: an anonymous PL/pgSQL block that inserts the event for the
    organisation the page belongs to (the hosted microsite whose root page is the page's
    nearest ancestor, else the tenant's own organisation: the rule of
    ``sharing.permissions.content_org_for_page``; the tenant is the active schema) and,
    when the publish has already committed (Wagtail sends ``page_published`` after its
    transaction), folds it in the same statement: one round trip, one commit. Inside a
    caller's transaction the fold waits for its commit (``fold_after_commit``), so the
    figures' rows are never locked for the length of someone else's transaction. Its
    EXCEPTION clauses (server-side savepoints) turn any error into a warning: a failed fold
    leaves the event to the periodic job, a failed insert loses only the figure. No
    organisation: nothing inserted. Parameters are bound client-side (Django's psycopg
    cursor), as literals."""
    model = page._meta.model_name
    kind = EventKind.CAMPAIGN_PUBLISHED if model == "campaignpage" else EventKind.PAGE_PUBLISHED
    params = [str(kind), page.first_published_at, page.pk, model, page.path]
    in_transaction = connection.in_atomic_block
    fold_block = ""
    if not in_transaction:
        sql, fold_params = fold_sql(
            "AND e.id = new_id", None, limit=1, wait=False, into="INTO n1, n2, n3"
        )
        fold_block = f"""
            IF new_id IS NOT NULL THEN
                BEGIN
                    {sql};
                EXCEPTION WHEN OTHERS THEN
                    RAISE WARNING 'programme: fold left to the periodic job: %%', SQLERRM;
                END;
            END IF;"""
        params += fold_params
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            DO $programme$ DECLARE new_id bigint; n1 bigint; n2 bigint; n3 bigint; BEGIN
            INSERT INTO programme_publicationevent
                (kind, occurred_at, organization_id, org_path, tenant_id, page_id, product,
                 folded)
            SELECT %s, %s, o.id, o.path, t.id, %s, %s, false
            FROM tenants_tenant t
            JOIN {ORG} o ON o.tenant_id = t.id OR o.microsite_host_id = t.id
            LEFT JOIN wagtailcore_page p
              ON p.id = o.microsite_page_id AND o.microsite_host_id = t.id
            WHERE t.schema_name = current_schema()
              AND (o.tenant_id = t.id OR %s LIKE p.path || '%%')
            ORDER BY length(p.path) DESC NULLS LAST, o.id
            LIMIT 1
            RETURNING id INTO new_id;
            {fold_block}
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING 'programme: publication event not recorded: %%', SQLERRM;
            END $programme$
            """,
            params,
        )
    if in_transaction:
        transaction.on_commit(fold_after_commit)


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
