"""Fixtures of the routing, deadline and escalation tests (the voice conftest's ``org_tree``,
``handler_of`` and ``make_case`` are inherited)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from voice.models import RoutingRule

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def vn(*args) -> datetime.datetime:
    """A moment in Vietnam's time: ``vn(2026, 12, 4, 10)`` is Friday 04/12/2026 10:00."""
    return datetime.datetime(*args, tzinfo=VN)


@pytest.fixture
def rule():
    def _make(org, **fields):
        return RoutingRule.objects.create(organization=org, **fields)

    return _make
