"""People of the report tests: an editor and an admin of UA1 (the sender), an admin of
province A (UA1's parent, the recipient), an admin of UA2 (UA1's sibling) and of TLD."""

import pytest
from django.utils import timezone

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tests.factories import make_user


def _with_role(org, role, email):
    user = make_user(email)
    GrantRole(user, org, role).execute()
    return user


@pytest.fixture
def people(org_tree):
    return {
        "ua1_editor": _with_role(org_tree["ua1"], Role.EDITOR, "bien-tap.ua1@example.vn"),
        "ua1_admin": _with_role(org_tree["ua1"], Role.ADMIN, "quan-tri.ua1@example.vn"),
        "a_admin": _with_role(org_tree["a"], Role.ADMIN, "quan-tri.a@example.vn"),
        "ua2_admin": _with_role(org_tree["ua2"], Role.ADMIN, "quan-tri.ua2@example.vn"),
        "tld_admin": _with_role(org_tree["tld"], Role.ADMIN, "quan-tri.tld@example.vn"),
        "stranger": make_user("khach@example.vn"),
    }


@pytest.fixture
def current():
    """(year, quarter) of today: its report is not late whatever today is."""
    today = timezone.localdate()
    return today.year, (today.month - 1) // 3 + 1


@pytest.fixture
def past_quarter():
    """A quarter whose report is long overdue (its due date is over a year ago)."""
    return timezone.localdate().year - 1, 3
