"""The training series against a hand-computed fixture, by role and level, and kept exact
under corrections (a completion undone, a record deleted, a person leaving, an entry
corrected)."""

import datetime

import pytest

from hierarchy.models import Kind
from programme.actions.create_course import CreateCourse
from programme.actions.delete_training_record import DeleteTrainingRecord
from programme.actions.record_completion import RecordCompletion
from programme.actions.save_cadre import SaveCadre
from programme.figures import Period, monthly, own_totals, subtree_totals
from programme.models import Cadre, OrgMonth, SubtreeMonth, TrainingRecord
from programme.training import SERIES_KEYS

pytestmark = pytest.mark.django_db

D = datetime.date
KEYS = list(SERIES_KEYS)


def person(org, code, category, start, end=None):
    return SaveCadre(
        organization=org,
        code=code,
        full_name=f"Cán bộ {code}",
        category=category,
        active_from=start,
        active_to=end,
    ).execute()


def course(org, code, start, communication=True):
    return CreateCourse(
        org,
        code=code,
        title=f"Tập huấn {code}",
        mode="in_person",
        starts_on=start,
        ends_on=start,
        hours=8,
        communication=communication,
    ).execute()


def done(cadre, course, on):
    return RecordCompletion(cadre, course, completed=True, completed_on=on).execute()


@pytest.fixture
def fixture(org_tree):
    """Province A's subtree (UA1, UA2 upper-grassroots; G1, G3 grassroots) and B's.

    Leaders of upper-grassroots unions (leaders_*):
      L1 UA1 from 03/2024, trained 10/05/2025        -> counted, trained 05/2025
      L2 UA1 from 15/01/2025, never trained           -> counted
      L3 UA1 from 01/2024 to 01/07/2025, trained 10/2024 -> counted until 07/2025
      L4 UA2 from 01/2024, two courses (03/2025, 09/2025) -> trained once, 03/2025
      C0 UA1 cadre (not a leader)                      -> not counted
    Grassroots cadres (cadres_*), every position:
      GL1 G1 leader (chủ tịch CĐCS) from 01/2024     -> counted, not trained
      GC1 G1 cadre, trained 20/06/2025                -> counted, trained 06/2025
      GC2 G1 cadre, completed a non-communication course -> counted, not trained
      GC3 G3 cadre from 01/02/2025, trained 2024 elsewhere -> trained from 02/2025
      GB1 G4 (province B) cadre, trained              -> only in B
    Not counted at all: PL1 leader of province A (level 2).
    """
    t = org_tree
    comm = course(t["a"], "TT-2024", D(2024, 9, 1))
    comm2 = course(t["a"], "TT-2025", D(2025, 3, 1))
    comm3 = course(t["ua2"], "TT-UA2", D(2025, 9, 1))
    other = course(t["a"], "KT-2025", D(2025, 1, 1), communication=False)
    p = {
        "L1": person(t["ua1"], "L1", "leader", D(2024, 3, 1)),
        "L2": person(t["ua1"], "L2", "leader", D(2025, 1, 15)),
        "L3": person(t["ua1"], "L3", "leader", D(2024, 1, 1), D(2025, 7, 1)),
        "L4": person(t["ua2"], "L4", "leader", D(2024, 1, 1)),
        "C0": person(t["ua1"], "C0", "cadre", D(2024, 1, 1)),
        "GL1": person(t["g1"], "GL1", "leader", D(2024, 1, 1)),
        "GC1": person(t["g1"], "GC1", "cadre", D(2024, 1, 1)),
        "GC2": person(t["g1"], "GC2", "cadre", D(2024, 1, 1)),
        "GC3": person(t["g3"], "GC3", "cadre", D(2025, 2, 1)),
        "GB1": person(t["g4"], "GB1", "cadre", D(2024, 1, 1)),
        "PL1": person(t["a"], "PL1", "leader", D(2024, 1, 1)),
    }
    b_course = course(t["b"], "TT-B", D(2025, 1, 1))
    done(p["L1"], comm2, D(2025, 5, 10))
    done(p["L3"], comm, D(2024, 10, 2))
    done(p["L4"], comm2, D(2025, 3, 5))
    done(p["L4"], comm3, D(2025, 9, 3))
    done(p["C0"], comm2, D(2025, 3, 5))
    done(p["GC1"], comm2, D(2025, 6, 20))
    done(p["GC2"], other, D(2025, 1, 3))
    done(p["GC3"], comm, D(2024, 9, 2))
    done(p["GB1"], b_course, D(2025, 1, 2))
    return p, {"comm": comm, "comm2": comm2, "comm3": comm3, "other": other}


def test_counted_by_role_and_level(org_tree, fixture):
    t = org_tree
    y2025 = Period.year(2025)
    assert subtree_totals(t["a"], y2025, series=KEYS) == {
        "leaders_total": 3,  # L1, L2, L4 (L3 left, C0 not a leader)
        "leaders_trained": 2,  # L1, L4 (once)
        "cadres_total": 4,  # GL1, GC1, GC2, GC3
        "cadres_trained": 2,  # GC1, GC3
    }
    assert subtree_totals(t["ua1"], y2025, series=KEYS) == {
        "leaders_total": 2,
        "leaders_trained": 1,
        "cadres_total": 3,
        "cadres_trained": 1,
    }
    assert own_totals(t["ua1"], y2025, series=KEYS) == {
        "leaders_total": 2,
        "leaders_trained": 1,
        "cadres_total": 0,
        "cadres_trained": 0,
    }
    assert subtree_totals(t["b"], y2025, series=KEYS) == {
        "leaders_total": 0,
        "leaders_trained": 0,
        "cadres_total": 1,
        "cadres_trained": 1,
    }
    assert subtree_totals(t["tld"], y2025, series=KEYS)["cadres_total"] == 5
    # End of 2024: L1, L3, L4 leaders (L3 trained 10/2024); GC3 not yet on the roster.
    assert subtree_totals(t["a"], Period.year(2024), series=KEYS) == {
        "leaders_total": 3,
        "leaders_trained": 1,
        "cadres_total": 3,
        "cadres_trained": 0,
    }
    # By kind: UA1 is a commune union, UA2 an industrial-zone union.
    assert subtree_totals(
        t["a"], y2025, series=["leaders_total"], kinds=[Kind.INDUSTRIAL_ZONE_UNION]
    ) == {"leaders_total": 1}
    months = monthly(t["a"], y2025, series=["leaders_total", "leaders_trained"])
    assert months[D(2025, 1, 1)] == {"leaders_total": 4, "leaders_trained": 1}  # +L2
    assert months[D(2025, 3, 1)] == {"leaders_total": 4, "leaders_trained": 2}  # L4
    assert months[D(2025, 5, 1)] == {"leaders_total": 4, "leaders_trained": 3}  # L1
    assert months[D(2025, 7, 1)] == {"leaders_total": 3, "leaders_trained": 2}  # L3 left
    assert months[D(2025, 9, 1)] == {"leaders_total": 3, "leaders_trained": 2}  # L4 again: no
    assert Cadre.objects.get(code="GC3").trained_on == D(2024, 9, 2)


def _all_figures():
    return sorted(
        SubtreeMonth.objects.exclude(value=0).values_list(
            "organization_id", "month", "series", "org_kind", "value"
        )
    )


def test_corrections_reverse_exactly(org_tree, fixture):
    p, c = fixture
    t = org_tree
    y2025 = Period.year(2025)
    before = _all_figures()
    # A completion undone, then redone: the figures come back exactly.
    RecordCompletion(p["L1"], c["comm2"], completed=False).execute()
    assert subtree_totals(t["a"], y2025, series=["leaders_trained"]) == {"leaders_trained": 1}
    done(p["L1"], c["comm2"], D(2025, 5, 10))
    assert _all_figures() == before
    # L4's first course deleted: trained from the second course's month, still once.
    first = TrainingRecord.objects.get(cadre=p["L4"], course=c["comm2"])
    DeleteTrainingRecord(first).execute()
    months = monthly(t["ua2"], y2025, series=["leaders_trained"])
    assert months[D(2025, 8, 1)]["leaders_trained"] == 0
    assert months[D(2025, 9, 1)]["leaders_trained"] == 1
    # Both deleted: nothing trained at UA2.
    DeleteTrainingRecord(TrainingRecord.objects.get(cadre=p["L4"], course=c["comm3"])).execute()
    assert subtree_totals(t["ua2"], y2025, series=["leaders_trained"]) == {"leaders_trained": 0}
    # A person leaves: total and trained drop from that month; the entry corrected back.
    gc1 = p["GC1"]
    args = {
        "code": "GC1",
        "full_name": gc1.full_name,
        "category": "cadre",
        "active_from": gc1.active_from,
    }
    SaveCadre(cadre=gc1, active_to=D(2025, 11, 1), **args).execute()
    assert subtree_totals(t["g1"], y2025, series=["cadres_total", "cadres_trained"]) == {
        "cadres_total": 2,
        "cadres_trained": 0,
    }
    # A cadre corrected to leader at a grassroots union: still counted as a grassroots cadre.
    SaveCadre(cadre=gc1, **{**args, "category": "leader"}).execute()
    assert subtree_totals(t["g1"], y2025, series=["cadres_total", "cadres_trained"]) == {
        "cadres_total": 3,
        "cadres_trained": 1,
    }
    # A UA1 cadre corrected to leader: now counted (and trained in 03/2025).
    c0 = p["C0"]
    SaveCadre(
        cadre=c0, code="C0", full_name=c0.full_name, category="leader", active_from=c0.active_from
    ).execute()
    assert subtree_totals(t["ua1"], y2025, series=["leaders_total", "leaders_trained"]) == {
        "leaders_total": 3,
        "leaders_trained": 2,
    }
    # Own figures always equal the subtree figures of a leaf.
    g1_own = own_totals(t["g1"], y2025, series=KEYS)
    assert g1_own == subtree_totals(t["g1"], y2025, series=KEYS)
    assert not OrgMonth.objects.filter(series__in=KEYS, value__lt=-100).exists()


def test_editors_only_within_their_subtree(org_tree, editor_of):
    from django.core.exceptions import PermissionDenied, ValidationError

    editor = editor_of("ua1")
    cadre = SaveCadre(
        organization=org_tree["g1"],
        code="x1",
        full_name="Trần Văn An",
        category="cadre",
        active_from=D(2025, 1, 1),
        actor=editor,
    ).execute()
    assert cadre.code == "X1"
    with pytest.raises(PermissionDenied):
        SaveCadre(
            organization=org_tree["g3"],
            code="x2",
            full_name="Lê Thị Bình",
            category="cadre",
            active_from=D(2025, 1, 1),
            actor=editor,
        ).execute()
    with pytest.raises(ValidationError) as err:
        SaveCadre(
            organization=org_tree["g1"],
            code="X1",
            full_name="Trùng Mã",
            category="cadre",
            active_from=D(2025, 1, 1),
            actor=editor,
        ).execute()
    assert "đã có trong danh sách" in str(err.value)
    reader = editor_of("ua1", role="reader")
    with pytest.raises(PermissionDenied):
        CreateCourse(
            org_tree["ua1"],
            code="K1",
            title="Khoá 1",
            mode="online",
            starts_on=D(2025, 1, 1),
            ends_on=D(2025, 1, 2),
            hours=4,
            actor=reader,
        ).execute()
    k = CreateCourse(
        org_tree["ua1"],
        code="K1",
        title="Khoá 1",
        mode="online",
        starts_on=D(2025, 1, 1),
        ends_on=D(2025, 1, 2),
        hours=4,
        actor=editor,
    ).execute()
    with pytest.raises(ValidationError) as err:
        RecordCompletion(cadre, k, completed=True, completed_on=D(2024, 12, 31)).execute()
    assert "trước ngày bắt đầu khoá học (01/01/2025)" in str(err.value)
    assert not TrainingRecord.objects.exists()


def test_a_merged_units_people_count_once_at_the_successor(org_tree):
    """The figures of a merged unit move to its successor (programme.restructure, helper
    "events"); a later correction of one of its people is taken back there, not at the
    merged unit."""
    pytest.importorskip("programme.restructure")
    from hierarchy.actions.merge import MergeOrganizations

    t = org_tree
    gc1 = person(t["g1"], "GC1", "cadre", D(2024, 1, 1))
    person(t["g2"], "GC2", "cadre", D(2024, 1, 1))
    done(gc1, course(t["a"], "TT-M", D(2025, 1, 1)), D(2025, 2, 1))
    merged = MergeOrganizations(
        [t["g1"], t["g2"]], code="XG12", name="Công đoàn cơ sở hợp nhất"
    ).execute()
    y2025 = Period.year(2025)
    both = {"cadres_total": 2, "cadres_trained": 1}
    assert own_totals(merged, y2025, series=["cadres_total", "cadres_trained"]) == both
    assert subtree_totals(t["ua1"], y2025, series=["cadres_total", "cadres_trained"]) == both
    gc1 = Cadre.objects.get(pk=gc1.pk)
    SaveCadre(
        cadre=gc1,
        code="GC1",
        full_name=gc1.full_name,
        category="cadre",
        active_from=gc1.active_from,
        active_to=D(2025, 6, 1),
    ).execute()
    left = {"cadres_total": 1, "cadres_trained": 0}
    assert own_totals(merged, y2025, series=["cadres_total", "cadres_trained"]) == left
    assert own_totals(t["g1"], y2025, series=["cadres_total", "cadres_trained"]) == {
        "cadres_total": 0,
        "cadres_trained": 0,
    }
    assert subtree_totals(t["a"], y2025, series=["cadres_total", "cadres_trained"]) == left
    assert Cadre.objects.get(pk=gc1.pk).counted_org_id == merged.pk
