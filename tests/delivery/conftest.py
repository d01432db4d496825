"""Fixtures of the delivery tests (response cache, tags, persisted GET, invalidation).

The response cache uses the Redis database of ``REDIS_URL``, flushed before every test by
tests/conftest.py; ``rcache`` hands the module-level cache over with a fresh client.
"""

import pytest

from delivery.cache import response_cache
from tests.hierarchy.factories import org_tree  # noqa: F401 - the org tree of sharing tests


@pytest.fixture
def rcache():
    response_cache.reset()
    yield response_cache
    response_cache.reset()
