"""The demo content: every page type, idempotent, with what an editor needs on the first day
(a moderator in the review workflow, a frontend preview address, upcoming events)."""

import datetime
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tenants.utils import schema_context

from demo.tenants import seed_tenant_people
from tenants.models import Role, TenantRole


def test_demo_content_covers_every_type_and_is_idempotent(tenant_a):
    from collections import Counter

    from wagtail.images.models import Image
    from wagtail.models import Page

    from cms.models import ArticlePage, Menu, SiteSettings
    from demo.content import seed_tenant_content

    with schema_context(tenant_a.schema_name):
        new = seed_tenant_content("Liên đoàn Lao động tỉnh A", article_count=14)
        assert new == 14
        counts = Counter(p.specific_class.__name__ for p in Page.objects.filter(depth__gt=1))
        for name in (
            "HomePage",
            "SectionPage",
            "ArticlePage",
            "PolicyPage",
            "DocumentPage",
            "CampaignPage",
            "EventPage",
            "QuestionPage",
            "GalleryPage",
            "VideoPage",
            "InfographicPage",
            "ModelStoryPage",
            "FormPage",
        ):
            assert counts[name] >= 1, name
        images, pages = Image.objects.count(), Page.objects.count()
        assert seed_tenant_content("Liên đoàn Lao động tỉnh A", article_count=14) == 0
        assert (Image.objects.count(), Page.objects.count()) == (images, pages)
        assert Menu.objects.filter(slug__in=["menu-chinh", "chan-trang"]).count() == 2
        assert SiteSettings.objects.get().zalo_url.startswith("https://zalo.me/")
        article = ArticlePage.objects.live().filter(body__isnull=False).first()
        assert article.cover_image is not None and article.topics.exists()
        assert all(p.live for p in Page.objects.filter(depth__gt=1))


def test_national_federation_gets_thirty_six_articles():
    from demo.content import NATIONAL_ARTICLES, _Seeder

    assert NATIONAL_ARTICLES >= 30
    specs = list(_Seeder.article_specs(None))
    assert len(specs) >= NATIONAL_ARTICLES
    assert len({title for title, *_ in specs}) == len(specs)


def test_sample_text_comes_from_the_data_files():
    from demo import content

    data = json.loads(Path(content.__file__).with_name("data").joinpath("content.json").read_text())
    assert content.ARTICLES[0][0] == data["articles"][0]["title"]
    assert [d[1] for d in content.DOCUMENTS] == [d["number"] for d in data["documents"]]
    assert "18/KH-CĐN" in {d[1] for d in content.DOCUMENTS}


def test_events_are_upcoming_and_moved_forward_once_passed(tenant_a):
    from cms.models import EventPage
    from demo.content import DATA, seed_tenant_content

    with schema_context(tenant_a.schema_name):
        seed_tenant_content("Liên đoàn Lao động tỉnh A", article_count=1)
        titles = [event["title"] for event in DATA["events"]]
        events = EventPage.objects.live().filter(title__in=titles)
        now = timezone.now()
        assert events.count() == len(titles) == 3
        assert all(event.start_at > now for event in events)
        passed = events.get(title=titles[0])
        EventPage.objects.filter(pk=passed.pk).update(
            start_at=now - datetime.timedelta(days=400), end_at=now - datetime.timedelta(days=400)
        )
        assert seed_tenant_content("Liên đoàn Lao động tỉnh A", article_count=1) == 0
        moved = EventPage.objects.get(pk=passed.pk)
        expected = timezone.localdate() + datetime.timedelta(days=DATA["events"][0]["days_ahead"])
        assert timezone.localtime(moved.start_at).date() == expected
        assert EventPage.objects.filter(title__in=titles).count() == 3


def test_each_tenant_gets_an_editor_a_moderator_in_the_workflow_and_a_preview_address(
    tenant_a, client_for
):
    from wagtail.models import Workflow

    from graphql_api.models import ApiSettings

    people = seed_tenant_people(tenant_a, "a.test")
    assert people == {
        "editor": "bientap@a.test",
        "moderator": "moderator@a.test",
        "preview": "http://a.test:3000/xem-truoc",
    }
    moderator = get_user_model().objects.get(email="moderator@a.test")
    assert moderator.check_password("congdoan-demo-2026")
    assert set(TenantRole.objects.filter(user=moderator).values_list("tenant", "role")) == {
        (tenant_a.pk, Role.MODERATOR)
    }
    with schema_context(tenant_a.schema_name):
        workflow = Workflow.objects.get(active=True)
        for task in workflow.tasks.all():
            assert task.specific.groups.filter(user=moderator).exists(), task.name
        assert ApiSettings.load().frontend_preview_url == "http://a.test:3000/xem-truoc"
        settings = ApiSettings.load()
        settings.frontend_preview_url = "https://a.congdoan.vn/xem-truoc"
        settings.save()
    # Re-running adds nothing and keeps an address an editor chose.
    again = seed_tenant_people(tenant_a, "a.test")
    assert again["preview"] == "https://a.congdoan.vn/xem-truoc"
    assert TenantRole.objects.filter(user__email__endswith="@a.test").count() == 2
    response = client_for(tenant_a, moderator).get("/admin/")
    assert response.status_code == 200
