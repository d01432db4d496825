"""The roster's personal data is erased some years after a person left; the counts stay."""

import datetime

import pytest

from programme.actions.save_cadre import SaveCadre
from programme.figures import Period, subtree_totals
from programme.models import Cadre
from programme.training_jobs import ERASED_NAME, erase_departed

pytestmark = pytest.mark.django_db

D = datetime.date


def test_departed_people_are_erased_after_the_retention_period(org_tree, settings):
    settings.PROGRAMME_TRAINING_RETENTION_YEARS = 5
    common = {"organization": org_tree["g1"], "category": "cadre", "position": "Ủy viên"}
    old = SaveCadre(
        code="OLD",
        full_name="Đỗ Văn Cũ",
        birth_date=D(1960, 1, 2),
        active_from=D(2015, 1, 1),
        active_to=D(2020, 12, 31),
        **common,
    ).execute()
    recent = SaveCadre(
        code="NEW",
        full_name="Hồ Thị Mới",
        active_from=D(2015, 1, 1),
        active_to=D(2021, 6, 1),
        **common,
    ).execute()
    current = SaveCadre(
        code="NOW", full_name="Lý Văn Đang", active_from=D(2024, 1, 1), **common
    ).execute()
    before = subtree_totals(org_tree["a"], Period.year(2026), series=["cadres_total"])
    assert erase_departed(today=D(2026, 3, 1)) == 1
    old = Cadre.objects.get(pk=old.pk)
    assert (old.full_name, old.birth_date, old.position, old.search_key) == (
        ERASED_NAME,
        None,
        "",
        "",
    )
    assert (old.code, old.active_to) == ("OLD", D(2020, 12, 31))
    assert Cadre.objects.get(pk=recent.pk).full_name == "Hồ Thị Mới"
    assert Cadre.objects.get(pk=current.pk).full_name == "Lý Văn Đang"
    assert subtree_totals(org_tree["a"], Period.year(2026), series=["cadres_total"]) == before
    assert erase_departed(today=D(2026, 3, 1)) == 0
