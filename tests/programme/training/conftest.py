"""Fixtures of the training tests: the programme's org tree and helpers to build the roster,
courses and spreadsheets."""

import csv
import datetime
import io

import openpyxl
import pytest

from accounts.roles import Role
from hierarchy.actions import GrantRole
from programme.models import Cadre, Course
from tests.factories import make_user


@pytest.fixture
def editor_of(org_tree):
    """``editor_of("ua1")``: a new account with the editor role on that organisation."""

    def _make(key, role=Role.EDITOR):
        user = make_user()
        GrantRole(user, org_tree[key], role).execute()
        return user

    return _make


def add_cadre(org, code, category="cadre", start=datetime.date(2024, 1, 1), end=None, **kw):
    return Cadre.objects.create(
        organization=org,
        code=code,
        full_name=kw.pop("full_name", f"Người {code}"),
        category=category,
        active_from=start,
        active_to=end,
        **kw,
    )


def add_course(org, code, start=datetime.date(2024, 3, 1), communication=True):
    return Course.objects.create(
        organizer=org,
        code=code,
        title=f"Khoá {code}",
        mode="online",
        starts_on=start,
        ends_on=start + datetime.timedelta(days=2),
        hours=8,
        communication=communication,
    )


def xlsx(rows) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(rows) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")
