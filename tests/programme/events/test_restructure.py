"""Every actual against a hand-computed fixture, through a year with restructurings: a
subtree moved to another province, two units of different provinces merged (their
history counts once, under the successor), a split and a dissolution; the rebuild finds
the kept figures exact after each step, and events are never rewritten."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hierarchy.actions import (
    DissolveOrganization,
    MergeOrganizations,
    MoveOrganization,
    SplitOrganization,
)
from hierarchy.actions.split import SplitPart
from hierarchy.models import Kind, Organization
from programme.figures import Period, children_totals, monthly
from programme.models import EventKind, PublicationEvent, SubtreeMonth
from programme.rebuild import rebuild
from programme.recording import record_event
from sharing.actions import HideShare
from tests.programme.events.helpers import at, own, settle, sub, this_year
from tests.sharing.factories import make_share

pytestmark = pytest.mark.django_db

P = "published"


def exact():
    """The kept figures equal the ones recomputed from OrgMonth, the tree and the events."""
    assert [d.count for d in rebuild(check=True, refold=True)] == [0, 0]


def test_a_year_of_figures_through_move_merge_split_and_dissolve(org_tree):
    t = org_tree
    y = this_year().start.year
    code = {k: v.code for k, v in t.items()}
    # Own publications: G1 2 articles (March), G2 1 campaign (April), G3 1 article (March),
    # G4 3 articles (May); UA2 sent 1 item up (February).
    for _ in range(2):
        record_event(EventKind.PAGE_PUBLISHED, t["g1"], at=at(y, 3))
    record_event(EventKind.CAMPAIGN_PUBLISHED, t["g2"], at=at(y, 4))
    record_event(EventKind.PAGE_PUBLISHED, t["g3"], at=at(y, 3))
    for _ in range(3):
        record_event(EventKind.PAGE_PUBLISHED, t["g4"], at=at(y, 5))
    record_event(EventKind.SENT_UP, t["ua2"], at=at(y, 2))
    # Province A shares one item with its subtree (UA1, UA2, G1, G2, G3); G3 hides it.
    share = make_share(t["a"])
    HideShare(share, t["g3"], actor=None).execute()
    settle()
    exact()
    assert sub(t["a"], P, "campaigns", "sent_up") == {P: 4, "campaigns": 1, "sent_up": 1}
    assert sub(t["b"], P) == {P: 3}
    assert sub(t["tld"], P) == {P: 7}
    carried = sub(t["a"], "received", "received_hidden")
    assert (carried["received"], carried["received_hidden"]) == (5, 1)
    march = Period.month(y, 3)
    assert sub(t["a"], P, period=march) == {P: 3}
    assert monthly(t["a"], Period.quarter(y, 2), series=[P])[at(y, 4).date().replace(day=1)] == {
        P: 1
    }

    # 1. Move UA2 (with G3) from province A to province B.
    MoveOrganization(t["ua2"], t["b"], actor=None).execute()
    exact()
    assert sub(t["a"], P, "sent_up") == {P: 3, "sent_up": 0}
    assert sub(t["b"], P, "sent_up") == {P: 4, "sent_up": 1}
    assert sub(t["tld"], P) == {P: 7}
    assert sub(t["b"], "received", "received_hidden") == {"received": 2, "received_hidden": 1}
    assert sub(t["a"], "received", "received_hidden") == {"received": 3, "received_hidden": 0}
    by_child = children_totals(t["b"], this_year(), series=[P])
    assert by_child[t["ua2"].pk][P] == 1 and by_child[t["ub1"].pk][P] == 3

    # 2. Merge G1 (under UA1, province A) and G4 (under UB1, province B) into G14 under UA1.
    g14 = MergeOrganizations(
        [t["g1"], t["g4"]], code="XG14", name="Công đoàn cơ sở hợp nhất", actor=None
    ).execute()
    exact()
    assert own(g14, P, "received") == {P: 5, "received": 1}
    assert own(t["g1"], P) == {P: 0} and own(t["g4"], P) == {P: 0}
    assert sub(t["ua1"], P) == {P: 6}  # G14's 5 and G2's 1
    assert sub(t["ub1"], P) == {P: 0}
    assert sub(t["a"], P) == {P: 6}
    assert sub(t["b"], P) == {P: 1}  # only G3's, under UA2
    assert sub(t["tld"], P) == {P: 7}  # a merged unit's history counts once
    assert sub(t["tld"], P, kinds=[Kind.GRASSROOTS]) == {P: 7}
    # Events are never rewritten: they keep the organisation and path of their time.
    g1_events = PublicationEvent.objects.filter(organization=t["g1"])
    assert g1_events.count() == 2 and {e.org_path for e in g1_events} == {t["g1"].path}

    # 3. Split UA1: part 1 takes G14, part 2 takes G2; UA1's own history stays on its row.
    s1, s2 = SplitOrganization(
        Organization.objects.get(pk=t["ua1"].pk),
        [
            SplitPart("XS1", "Công đoàn phường Bắc", children=["XG14"]),
            SplitPart("XS2", "Công đoàn phường Nam", children=["XG2"]),
        ],
        actor=None,
    ).execute()
    exact()
    assert sub(s1, P) == {P: 5} and sub(s2, P) == {P: 1}
    assert sub(t["ua1"], "received", P) == {"received": 1, P: 0}  # its own received item
    assert sub(t["a"], P, "received") == {P: 6, "received": 3}

    # 4. Dissolve part 2, its G2 going to part 1.
    DissolveOrganization(s2, reparent_to=s1, actor=None).execute()
    exact()
    assert sub(s1, P, "campaigns") == {P: 6, "campaigns": 1}
    assert sub(s2, P) == {P: 0}
    assert sub(t["a"], P) == {P: 6} and sub(t["tld"], P) == {P: 7}
    assert {v.code for v in t.values()} == set(code.values())


def test_rebuild_command_reports_and_repairs(org_tree):
    t = org_tree
    record_event(EventKind.PAGE_PUBLISHED, t["g1"], at=at(this_year().start.year, 6))
    settle()
    call_command("programme_rebuild", "--check", "--refold")
    row = SubtreeMonth.objects.get(organization=t["a"], series=P)
    key = {"organization": t["a"], "series": P, "month": row.month}
    SubtreeMonth.objects.filter(pk=row.pk).update(value=40)
    with pytest.raises(CommandError, match="1 dòng số liệu chênh lệch"):
        call_command("programme_rebuild", "--check")
    call_command("programme_rebuild")
    assert SubtreeMonth.objects.get(**key).value == 1
    call_command("programme_rebuild", "--check")
