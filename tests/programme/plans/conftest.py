"""Fixtures of the plan tests: admins of the test tree's organisations."""

import pytest

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tests.factories import make_user


@pytest.fixture
def admin_of():
    """``admin_of(org, role=Role.ADMIN)``: a new account holding ``role`` on ``org``."""

    def _make(org, role=Role.ADMIN):
        user = make_user()
        GrantRole(user, org, role).execute()
        return user

    return _make
