"""An account's rights in one tenant never follow it into another."""

import re
import uuid

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django_tenants.utils import schema_context

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import align_ids, make_article, make_document, make_image, make_user

OPEN_PATHS = ("login/", "logout/", "password_reset/", "jsi18n/")


def _concrete(route: str, number: str) -> str:
    route = re.sub(r"<int:[^>]+>", number, route)
    route = re.sub(r"<uuid:[^>]+>", str(uuid.uuid4()), route)
    return re.sub(r"<(?:str|slug|path):[^>]+>|<[^:>]+>", "x", route)


def admin_urls(number: str) -> list[str]:
    """Every Wagtail admin URL of the tenant URLconf, ids filled with ``number``."""
    urls: set[str] = set()

    def walk(patterns, prefix):
        for entry in patterns:
            pattern = entry.pattern
            route = getattr(pattern, "_route", None)
            if route is None:  # regex pattern
                route = pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\", "")
                route = re.sub(r"\(\?P<\w+>[^)]*\)|\([^)]*\)", number, route)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                urls.add("/" + _concrete(prefix + route, number))

    walk(get_resolver("congdoan.urls_tenant").url_patterns, "")
    prefix = "/admin/"
    return sorted(
        u for u in urls if u.startswith(prefix) and not u[len(prefix) :].startswith(OPEN_PATHS)
    )


@pytest.fixture
def editor_of_a(tenant_a):
    user = make_user("bientap.a@example.vn")
    GrantRole(user, tenant_a, Role.EDITOR).execute()
    return user


def test_editor_of_a_can_work_in_a(tenant_a, editor_of_a, client_for):
    with schema_context(tenant_a.schema_name):
        article = make_article("Bài của A")
    client = client_for(tenant_a, editor_of_a)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200


def test_editor_of_a_is_refused_on_every_admin_page_of_b(
    tenant_a, tenant_b, editor_of_a, client_for
):
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Page

    align_ids([tenant_a, tenant_b], Page, Image, Document)
    ids = {}
    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema_name):
            ids[tenant.schema_name] = (
                make_article(f"Bài cùng id ở {tenant.name}").pk,
                make_image().pk,
                make_document().pk,
            )
    # Both tenants hold a page (and image, document) with the same id.
    assert ids[tenant_a.schema_name] == ids[tenant_b.schema_name]
    page_id = str(ids[tenant_b.schema_name][0])
    urls = admin_urls(page_id)
    assert len(urls) > 150, "the URL walk should cover the whole Wagtail admin"
    # A foreign session is flushed on its first request (tenants.sessions): forge a fresh
    # one for every URL, so each URL is tried with the session present.
    answers = {url: client_for(tenant_b, editor_of_a).get(url).status_code for url in urls}
    assert {u: s for u, s in answers.items() if s not in (403, 404)} == {}
    post = client_for(tenant_b, editor_of_a).post(
        f"/admin/pages/{page_id}/edit/", {"title": "Chiếm quyền"}
    )
    assert post.status_code in (403, 404)
    with schema_context(tenant_b.schema_name):
        assert Page.objects.get(pk=page_id).title != "Chiếm quyền"


def test_login_on_one_host_is_not_a_login_on_another(tenant_a, tenant_b, editor_of_a, client_for):
    client = client_for(tenant_a, editor_of_a)
    # The same browser cookie sent to tenant B: B's schema has no such session.
    response = client.get("/admin/", HTTP_HOST="b.test")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_role_in_a_gives_no_permission_in_b(tenant_a, tenant_b, editor_of_a):
    from django.contrib.auth import get_user_model

    with schema_context(tenant_a.schema_name):
        fresh = get_user_model().objects.get(pk=editor_of_a.pk)
        assert fresh.has_perm("wagtailadmin.access_admin")
    with schema_context(tenant_b.schema_name):
        fresh = get_user_model().objects.get(pk=editor_of_a.pk)
        assert not fresh.has_perm("wagtailadmin.access_admin")
        assert fresh.groups.count() == 0


def test_anonymous_is_sent_to_login(tenant_b, client_for):
    response = client_for(tenant_b).get("/admin/pages/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
