"""A page past its ``expire_at`` is not served as HTML, even before the expiry job has
unpublished it (production settings, over HTTP)."""

import pytest

from tests.security import live
from tests.security.live import HttpClient

pytestmark = pytest.mark.django_db
prod_server = live.prod_server  # module-scoped fixtures
world = live.world


def test_expired_page_is_gone_before_the_expiry_job_runs(prod_server, world):
    from django_tenants.utils import schema_context
    from wagtail.models import Page

    with schema_context("sec_b"):
        page = Page.objects.get(url_path__endswith=world.expired_page)
        assert page.live  # the job has not run: only the serving check stands in the way
    assert HttpClient(prod_server, world.hosts["b"]).get(world.expired_page).status == 404


def test_page_without_expiry_is_served(prod_server, world):
    assert HttpClient(prod_server, world.hosts["b"]).get(world.public_page).status == 200
