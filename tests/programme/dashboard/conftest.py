"""Fixtures of the dashboard tests: the test org tree (``org_tree``, from
tests/programme/conftest.py) with a year of figures seeded through ``programme.recording``
(``seeded``), and accounts with roles (``accounts``)."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.db import transaction
from django_tenants.utils import schema_context

from hierarchy.actions import GrantRole
from programme.models import EventKind
from programme.recording import bump, fold, record_event
from tests.factories import make_user

YEAR = 2026


def at(month: int, day: int = 10) -> datetime.datetime:
    return datetime.datetime(YEAR, month, day, 9, tzinfo=datetime.UTC)


@pytest.fixture
def seeded(org_tree):
    """Figures of 2026, by hand:

    * articles sent up (30 a year per unit at levels 3 and 4): G1 40 (March 2 events recorded
      and folded, the rest bumped), G2 10, G3 30, G4 50; UA1, UA2, UB1 none;
    * campaigns: A 3 (province target 3), G1 1;
    * cases answered on time (target 100%): UA1 10/10, UA2 6/10, UB1 5/10.
    """
    o = org_tree
    with transaction.atomic():
        record_event(EventKind.SENT_UP, o["g1"], at=at(3))
        record_event(EventKind.SENT_UP, o["g1"], at=at(3, 20))
    fold()
    bump(o["g1"], at(5), {"sent_up": 38})
    bump(o["g2"], at(6), {"sent_up": 10})
    bump(o["g3"], at(2), {"sent_up": 20})
    bump(o["g3"], at(9), {"sent_up": 10})
    bump(o["g4"], at(4), {"sent_up": 50})
    bump(o["a"], at(2), {"campaigns": 1})
    bump(o["a"], at(4), {"campaigns": 1})
    bump(o["a"], at(7), {"campaigns": 1})
    bump(o["g1"], at(7), {"campaigns": 1})
    bump(o["ua1"], at(3), {"cases_due": 10, "cases_on_time": 10})
    bump(o["ua2"], at(3), {"cases_due": 4, "cases_on_time": 4})
    bump(o["ua2"], at(8), {"cases_due": 6, "cases_on_time": 2})
    bump(o["ub1"], at(3), {"cases_due": 10, "cases_on_time": 5})
    return o


def admin_entry(user, tenant) -> None:
    """Let ``user`` into ``tenant``'s Wagtail admin without a role there (a role on an
    organisation without its own site, e.g. a commune union, is mirrored nowhere)."""
    from grants.models import UserPermission

    with schema_context(tenant.schema_name):
        permission = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        UserPermission.objects.get_or_create(user=user, permission=permission)


@pytest.fixture
def accounts(org_tree, tenant_a, tenant_b):
    """``province_a``: admin of province A (tenant test_a); ``commune``: reader on UA1 only,
    let into test_a's admin; ``province_b``: editor of province B; ``operator``: a platform
    superuser; ``nobody``: in test_a's admin without any role in the tree."""
    province_a, commune, province_b = make_user(), make_user(), make_user()
    GrantRole(province_a, org_tree["a"], "admin").execute()
    GrantRole(commune, org_tree["ua1"], "reader").execute()
    admin_entry(commune, tenant_a)
    GrantRole(province_b, org_tree["b"], "editor").execute()
    nobody = make_user()
    admin_entry(nobody, tenant_a)
    operator = make_user(is_superuser=True, is_staff=True)
    return {
        "province_a": province_a,
        "commune": commune,
        "province_b": province_b,
        "operator": operator,
        "nobody": nobody,
    }
