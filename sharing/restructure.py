"""Sharing across restructurings of the org tree.

Moves need nothing: scopes and receivers are resolved from the current paths, so an
organisation moved into a subtree receives its live shares and one moved out stops.

A merge (A + B -> C) reaches ``carry_shares`` through the hierarchy's
``organization_restructured`` signal, inside the merge's transaction:
shares issued or sourced by A/B become C's, scopes rooted at A/B are rooted at C (the
merged subtree), A/B in include/exclude lists become C, and receipts of A/B are combined
into C's (acknowledged or pinned if either was, hidden only if both were, the first fork
kept). Pending proposals and reminders follow. A constant number of statements.
"""

from __future__ import annotations

from django.db import connection

from sharing.models import (
    AuditAction,
    AuditEntry,
    Proposal,
    ProposalStatus,
    Receipt,
    Reminder,
    Share,
)

SHARE_TABLE = Share._meta.db_table
RECEIPT_TABLE = Receipt._meta.db_table


def carry_shares(sources, merged, *, actor=None) -> dict:
    src = [s.pk for s in sources]
    counts = {
        "issued": Share.objects.filter(issuer_id__in=src).update(issuer=merged),
        "sourced": Share.objects.filter(source_org_id__in=src).update(source_org=merged),
        "scope_roots": Share.objects.filter(scope_root_id__in=src).update(scope_root=merged),
    }
    with connection.cursor() as cursor:
        for column in ("include_ids", "exclude_ids"):
            cursor.execute(
                f"""UPDATE {SHARE_TABLE} SET {column} = ARRAY(
                    SELECT DISTINCT CASE WHEN x = ANY(%s) THEN %s ELSE x END
                    FROM unnest({column}) AS x ORDER BY 1)
                WHERE {column} && %s::bigint[]""",
                [src, merged.pk, src],
            )
            counts[column] = cursor.rowcount
        cursor.execute(
            f"""INSERT INTO {RECEIPT_TABLE} (share_id, organization_id, seen_at, acknowledged_at,
                acknowledged_by_id, hidden, pinned, fork_tenant_id, fork_page_id,
                fork_revision_id, fork_base, forked_at, updated_at)
            SELECT share_id, %s, max(seen_at), min(acknowledged_at),
                (array_agg(acknowledged_by_id ORDER BY acknowledged_at)
                    FILTER (WHERE acknowledged_at IS NOT NULL))[1],
                bool_and(hidden), bool_or(pinned),
                (array_agg(fork_tenant_id ORDER BY forked_at)
                    FILTER (WHERE fork_page_id IS NOT NULL))[1],
                (array_agg(fork_page_id ORDER BY forked_at)
                    FILTER (WHERE fork_page_id IS NOT NULL))[1],
                (array_agg(fork_revision_id ORDER BY forked_at)
                    FILTER (WHERE fork_page_id IS NOT NULL))[1],
                coalesce((array_agg(fork_base ORDER BY forked_at)
                    FILTER (WHERE fork_page_id IS NOT NULL))[1], '{{}}'::jsonb),
                min(forked_at) FILTER (WHERE fork_page_id IS NOT NULL),
                now()
            FROM {RECEIPT_TABLE} WHERE organization_id = ANY(%s)
            GROUP BY share_id
            ON CONFLICT (share_id, organization_id) DO NOTHING""",
            [merged.pk, src],
        )
        counts["receipts"] = cursor.rowcount
        cursor.execute(f"DELETE FROM {RECEIPT_TABLE} WHERE organization_id = ANY(%s)", [src])
    counts["proposals"] = Proposal.objects.filter(
        current_org_id__in=src, status=ProposalStatus.PENDING
    ).update(current_org=merged) + Proposal.objects.filter(
        proposer_id__in=src, status=ProposalStatus.PENDING
    ).update(proposer=merged)
    counts["reminders"] = Reminder.objects.filter(target_id__in=src).update(target=merged)
    AuditEntry.objects.create(
        action=AuditAction.MERGE,
        actor=actor if getattr(actor, "pk", None) else None,
        organization=merged,
        detail={"from": [s.code for s in sources], **counts},
    )
    return counts


def follow_relocated_pages(source_schema: str, target_schema: str, page_map: dict) -> int:
    """Point shares issued from, and forks kept in, pages of ``source_schema`` at their copies
    in ``target_schema``. Returns how many rows changed."""
    from tenants.models import Tenant

    tenants = {
        t.schema_name: t
        for t in Tenant.objects.filter(schema_name__in=[source_schema, target_schema])
    }
    source, target = tenants.get(source_schema), tenants.get(target_schema)
    if source is None or target is None or not page_map:
        return 0
    changed = 0
    for share in Share.objects.filter(source_tenant=source, source_page_id__in=list(page_map)):
        old_id = share.source_page_id
        share.source_tenant, share.source_page_id = target, page_map[old_id]
        share.save(update_fields=["source_tenant", "source_page_id"])
        AuditEntry.objects.create(
            action=AuditAction.RELOCATE,
            share=share,
            organization=share.source_org,
            detail={
                "from": f"{source_schema}:{old_id}",
                "to": f"{target_schema}:{share.source_page_id}",
            },
        )
        changed += 1
    for receipt in Receipt.objects.filter(fork_tenant=source, fork_page_id__in=list(page_map)):
        receipt.fork_tenant, receipt.fork_page_id = target, page_map[receipt.fork_page_id]
        receipt.save(update_fields=["fork_tenant", "fork_page_id"])
        changed += 1
    return changed
