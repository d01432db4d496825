"""Fixtures of the handling tests: a handler and a supervisor of G1, a case of G1."""

import pytest

from voice.models import Handler


@pytest.fixture
def g1_handler(org_tree, handler_of):
    return handler_of(org_tree["g1"])


@pytest.fixture
def g1_supervisor(org_tree, handler_of):
    return handler_of(org_tree["g1"], Handler.Role.SUPERVISOR)


@pytest.fixture
def case_g1(org_tree, make_case):
    return make_case(org_tree["g1"])
