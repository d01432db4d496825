"""Scope resolution: subtree, level/kind filters, include/exclude, moved and merged
organisations, and O(1) rows per share."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from hierarchy.actions import MergeOrganizations, MoveOrganization
from hierarchy.models import Kind, Level, Organization
from sharing.actions import AcknowledgeShare, HideShare, IssueShare, PinShare, RetractShare
from sharing.models import AuditEntry, Receipt, Share
from sharing.scope import (
    ScopeSpec,
    count_reached,
    inbound_q,
    inbound_sql,
    reaches,
    receiver_by_code,
    receiver_for,
    validate_scope,
)
from tests.sharing.factories import editor_of, grassroots, make_share
from tests.statements import statements


def inbound(org):
    """Shares reaching ``org`` by the ORM rule; the feed's hand-written SQL must agree."""
    receiver = receiver_for(org)
    by_q = set(Share.objects.filter(inbound_q(receiver)).values_list("pk", flat=True))
    where, params = inbound_sql(receiver)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT s.id FROM sharing_share s WHERE {where}", params)
        by_sql = {row[0] for row in cursor.fetchall()}
    assert by_q == by_sql, org.code
    return by_q


def receivers(share, tree):
    """Codes of the tree's organisations the share reaches (Python rule and SQL agree)."""
    codes = set()
    for org in Organization.objects.filter(pk__in=[o.pk for o in tree.values()]):
        in_sql = share.pk in inbound(org)
        assert in_sql == reaches(share, receiver_for(org)), org.code
        if in_sql:
            codes.add(org.code)
    return codes


def test_whole_subtree_of_issuer_or_descendant(org_tree):
    t = org_tree
    federation = make_share(t["tld"])
    assert receivers(federation, t) == {
        "XPA",
        "XPB",
        "XSGD",
        "XUA1",
        "XUA2",
        "XUB1",
        "XG1",
        "XG2",
        "XG3",
        "XG4",
    }
    zone = make_share(t["tld"], t["ua1"])
    assert receivers(zone, t) == {"XUA1", "XG1", "XG2"}
    assert count_reached(zone) == 3
    assert count_reached(federation) == 10


def test_level_and_kind_filters(org_tree):
    t = org_tree
    grassroots_only = make_share(t["tld"], levels=[Level.GRASSROOTS])
    assert receivers(grassroots_only, t) == {"XG1", "XG2", "XG3", "XG4"}
    # All grassroots unions in industrial zones.
    in_zones = make_share(
        t["tld"], levels=[Level.GRASSROOTS], under_kinds=[Kind.INDUSTRIAL_ZONE_UNION]
    )
    assert receivers(in_zones, t) == {"XG3"}
    provinces = make_share(t["tld"], kinds=[Kind.PROVINCIAL_FEDERATION])
    assert receivers(provinces, t) == {"XPA", "XPB"}
    assert count_reached(in_zones) == 1 and count_reached(provinces) == 2


def test_include_and_exclude_lists(org_tree):
    t = org_tree
    share = make_share(t["tld"], t["a"], exclude=[t["ua1"]], include=[t["g4"]])
    # UA1's whole subtree is out; G4 (another province) is named explicitly.
    assert receivers(share, t) == {"XPA", "XUA2", "XG3", "XG4"}
    assert count_reached(share) == 4
    # An explicit include wins over an exclusion above it.
    both = make_share(t["tld"], t["a"], exclude=[t["ua1"]], include=[t["g1"]])
    assert "XG1" in receivers(both, t) and "XG2" not in receivers(both, t)
    with pytest.raises(ValidationError, match="vừa được chọn nhận vừa bị loại trừ"):
        make_share(t["tld"], t["a"], exclude=[t["g1"]], include=[t["g1"]])


def test_one_row_per_share_and_constant_lookup(org_tree):
    t = org_tree
    before = Share.objects.count()
    with statements() as sql:
        make_share(t["tld"])
    assert Share.objects.count() == before + 1 and Receipt.objects.count() == 0
    # One INSERT for the share, one for its audit entry; nothing per receiver (the
    # programme's one event per share, programme/publication.py, is not sharing's).
    inserts = [s for s in sql.starting("INSERT") if "programme_" not in s]
    assert len(inserts) == 2, inserts
    receiver = receiver_by_code("XG1")
    assert [o.code for o in receiver.chain] == ["XTLD", "XPA", "XUA1", "XG1"]


def test_issuer_and_source_do_not_receive_their_own_share(org_tree):
    share = make_share(org_tree["a"])
    assert "XPA" not in receivers(share, org_tree)


def test_expired_and_retracted_shares_reach_nobody(org_tree):
    t = org_tree
    soon = make_share(t["tld"], expires_at=timezone.now() + datetime.timedelta(seconds=1))
    Share.objects.filter(pk=soon.pk).update(expires_at=timezone.now() - datetime.timedelta(1))
    gone = make_share(t["tld"])
    RetractShare(gone, actor=None, reason="Sai số liệu").execute()
    assert inbound(t["g1"]).isdisjoint({soon.pk, gone.pk})


def test_new_and_moved_organisations(org_tree):
    t = org_tree
    share_a = make_share(t["tld"], t["a"])
    share_ua1 = make_share(t["a"], t["ua1"])
    # Created later inside the subtree: receives at once, with no write to the share.
    late = grassroots(t["ua1"], "XG9")
    assert {share_a.pk, share_ua1.pk} <= inbound(late)
    # G3 moves from UA2 to UA1: now receives UA1's share; G4 moves from B into A.
    MoveOrganization(t["g3"], t["ua1"]).execute()
    MoveOrganization(t["g4"], t["ua1"]).execute()
    g3, g4 = Organization.objects.get(code="XG3"), Organization.objects.get(code="XG4")
    assert {share_a.pk, share_ua1.pk} <= inbound(g3) and {share_a.pk, share_ua1.pk} <= inbound(g4)
    # UA1 moves to province B: its subtree stops receiving A's share.
    MoveOrganization(Organization.objects.get(code="XUA1"), t["b"]).execute()
    g1 = Organization.objects.get(code="XG1")
    assert share_a.pk not in inbound(g1)
    assert share_ua1.pk in inbound(g1)  # rooted at UA1 itself, which moved with it


def test_merge_carries_shares_and_receipts(org_tree):
    t = org_tree
    from_ua1 = make_share(t["ua1"], mandatory=True)
    from_ua2 = make_share(t["ua2"], levels=[Level.GRASSROOTS])
    directive = make_share(t["a"], t["a"], mandatory=True, exclude=[t["ua2"]], include=[t["g3"]])
    both = make_share(t["a"])
    AcknowledgeShare(directive, t["ua1"], actor=None).execute()
    AcknowledgeShare(both, t["ua1"], actor=None).execute()
    PinShare(both, t["ua2"], actor=None).execute()
    HideShare(both, t["ua2"], actor=None).execute()
    merged = MergeOrganizations(
        [t["ua1"], t["ua2"]],
        code="XUAM",
        name="Công đoàn phường Hoàn Kiếm mới",
        kind=Kind.COMMUNE_UNION,
    ).execute()
    from_ua1.refresh_from_db()
    from_ua2.refresh_from_db()
    directive.refresh_from_db()
    assert from_ua1.issuer_id == merged.pk and from_ua1.scope_root_id == merged.pk
    assert from_ua2.issuer_id == merged.pk
    assert directive.exclude_ids == [merged.pk] and directive.include_ids == [t["g3"].pk]
    receipt = Receipt.objects.get(share=directive)
    assert receipt.organization_id == merged.pk and receipt.acknowledged_at
    combined = Receipt.objects.get(share=both)
    assert combined.organization_id == merged.pk
    assert combined.acknowledged_at and combined.pinned and not combined.hidden
    # The merged organisation's former children still get the merged unions' shares.
    g1, g3 = Organization.objects.get(code="XG1"), Organization.objects.get(code="XG3")
    assert from_ua1.pk in inbound(g3) and from_ua2.pk in inbound(g1)
    assert AuditEntry.objects.filter(action="merge", organization=merged).exists()


def test_grassroots_editor_cannot_share_above_or_beside_itself(org_tree, tenant_a, in_tenant):
    t = org_tree
    editor = editor_of(t["g1"])
    for target in (t["ua1"], t["g2"], t["a"]):
        with pytest.raises(PermissionDenied, match="Chỉ được chia sẻ xuống cấp dưới"):
            validate_scope(t["g1"], ScopeSpec(root=target))
    with pytest.raises(PermissionDenied, match="không thuộc"):
        validate_scope(t["g1"], ScopeSpec(root=t["g1"], include=[t["g2"]]))
    # Roles are checked on the issuer: this editor holds none on UA1.
    with pytest.raises(PermissionDenied, match="vai trò"):
        IssueShare(
            issuer=t["ua1"],
            source_org=t["ua1"],
            source_tenant=tenant_a,
            source_page_id=1,
            snapshot={"title": "x"},
            scope=ScopeSpec(root=t["ua1"]),
            mandatory=False,
            expires_at=None,
            actor=editor,
        ).execute()
    # A mandatory directive needs moderator.
    with pytest.raises(PermissionDenied, match="kiểm duyệt viên"):
        IssueShare(
            issuer=t["g1"],
            source_org=t["g1"],
            source_tenant=tenant_a,
            source_page_id=1,
            snapshot={"title": "x"},
            scope=ScopeSpec(root=t["g1"]),
            mandatory=True,
            expires_at=None,
            actor=editor,
        ).execute()
    with pytest.raises(ValidationError, match="cao hơn gốc phạm vi"):
        validate_scope(t["a"], ScopeSpec(root=t["ua1"], levels=[Level.PROVINCIAL]))
