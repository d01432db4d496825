"""Fixtures of the actuals tests: the programme's org tree and the voice tests' case factory
(a case as intake stores it), with a ``submit`` that announces it the way intake does."""

import pytest

from tests.voice.conftest import handler_of, make_case  # noqa: F401
from voice.signals import case_changed


@pytest.fixture
def submit(make_case):  # noqa: F811 (the fixture imported above)
    """``submit(org, **fields)``: a case written like intake's and ``case_changed``
    ("submitted") sent for it."""

    def _submit(org, **fields):
        case = make_case(org, **fields)
        case_changed.send(sender=None, action="submitted", case=case, actor=None, organization=org)
        case.refresh_from_db()
        return case

    return _submit


def send(action, case):
    """Announce ``action`` on ``case`` as the voice actions do."""
    case.refresh_from_db()
    case_changed.send(
        sender=None, action=action, case=case, actor=None, organization=case.organization
    )
