"""Periodic jobs: scheduled publishing for every tenant through one periodic job."""

import datetime

from django.utils import timezone
from django_tenants.utils import schema_context
from wagtail.models import PageLogEntry

import jobs
from cms.jobs import schemas_with_due_work
from tests.factories import home_page


def _scheduled_page(title, *, due):
    from cms.models import ArticlePage

    page = ArticlePage(
        title=title,
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(days=2),
        standfirst="Sa-pô",
    )
    home_page().add_child(instance=page)
    page.save_revision().publish()
    if due:
        past = timezone.now() - datetime.timedelta(seconds=5)
        revision = page.scheduled_revision
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save()
    return page.pk


def _state(schema, pk):
    from cms.models import ArticlePage

    with schema_context(schema):
        page = ArticlePage.objects.get(pk=pk)
        published = PageLogEntry.objects.filter(
            page_id=pk, action="wagtail.publish.scheduled"
        ).count()
        return page.live, published


def test_periodic_job_publishes_due_pages_of_every_tenant_once(tenant_a, tenant_b):
    with schema_context("test_a"):
        a = _scheduled_page("Tin hẹn giờ A", due=True)
    with schema_context("test_b"):
        b = _scheduled_page("Tin hẹn giờ B", due=True)
        later = _scheduled_page("Tin sau này", due=False)
    assert set(schemas_with_due_work()) >= {"test_a", "test_b"}

    # Two workers' deferrers fire in the same period: the second per-tenant job coalesces.
    jobs.defer("cms.publish_scheduled_all")
    jobs.defer("cms.publish_scheduled_all")
    jobs.run_due_jobs()

    assert _state("test_a", a) == (True, 1)
    assert _state("test_b", b) == (True, 1)
    assert _state("test_b", later) == (False, 0)
    assert "test_a" not in schemas_with_due_work()

    # The next period finds nothing to do in A or B: nothing is published twice.
    jobs.defer("cms.publish_scheduled_all")
    jobs.run_due_jobs()
    assert _state("test_a", a) == (True, 1) and _state("test_b", b) == (True, 1)


def test_expired_page_is_unpublished_by_the_periodic_job(tenant_a):
    from tests.factories import make_article

    with schema_context("test_a"):
        page = make_article("Tin hết hạn")
        page.expire_at = timezone.now() - datetime.timedelta(seconds=1)
        page.save()
    assert "test_a" in schemas_with_due_work()
    jobs.defer("cms.publish_scheduled_all")
    jobs.run_due_jobs()
    with schema_context("test_a"):
        page.refresh_from_db()
        assert not page.live and page.expired
