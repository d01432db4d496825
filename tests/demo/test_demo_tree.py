"""The demo tree seeds idempotently with a hosted microsite whose editor edits only it."""

import io
import re

import pytest
from django.core.management import call_command
from django_tenants.utils import schema_context
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from demo import tree as demo
from demo.tree import MICROSITE_EDITOR_EMAIL, PROVINCE_ADMIN_EMAIL, seed_demo_tree
from hierarchy.models import Organization, OrgRole
from tests.factories import home_page, make_article


@pytest.fixture
def hanoi_is_tenant_a(tenant_a, monkeypatch):
    """The demo tenants are not provisioned here: let test_a stand in for ldld_hanoi."""
    monkeypatch.setattr("demo.tree.MICROSITE_HOST_SCHEMA", "test_a")
    monkeypatch.setitem(demo.DEMO_TENANT_ORGS, "LDLD-HA-NOI", "test_a")
    return tenant_a


def test_seed_demo_tree_is_idempotent(hanoi_is_tenant_a):
    tenant_a = hanoi_is_tenant_a
    first = seed_demo_tree(verbosity=0)
    count = Organization.objects.count()
    assert 300 <= count <= 600 and first["organizations"] == count
    assert Organization.objects.get(code="LDLD-HA-NOI").tenant == tenant_a
    micro = first["microsite"]
    org = Organization.objects.get(code=micro["code"])
    assert org.level == 4 and org.microsite_host == tenant_a
    assert org.is_in_subtree_of(Organization.objects.get(code="LDLD-HA-NOI"))
    second = seed_demo_tree(verbosity=0)
    assert second["microsite"] == micro and Organization.objects.count() == count
    assert OrgRole.objects.filter(user__email=MICROSITE_EDITOR_EMAIL).count() == 1
    assert OrgRole.objects.filter(user__email=PROVINCE_ADMIN_EMAIL).count() == 1
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        assert Page.objects.get(pk=micro["page_id"]).get_children().count() == 1


def test_microsite_editor_gets_403_outside_and_edits_inside(hanoi_is_tenant_a, client_for):
    from wagtail.models import Page

    tenant_a = hanoi_is_tenant_a
    micro = seed_demo_tree(verbosity=0)["microsite"]
    editor = OrgRole.objects.get(user__email=MICROSITE_EDITOR_EMAIL).user
    with schema_context(tenant_a.schema_name):
        inside = Page.objects.get(pk=micro["page_id"]).get_children().get().specific
        home = home_page()
        outside = make_article("Tin của Liên đoàn Lao động thành phố", parent=home)
    client = client_for(tenant_a, editor)
    # The demo logs the editor in on the host's own domain, with its password.
    assert client.get(f"/admin/pages/{inside.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{micro['page_id']}/edit/").status_code == 200
    for page in (outside, home):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 403
    assert client.get(f"/admin/pages/{home.pk}/add_subpage/").status_code == 403

    form = nested_form_data(
        {
            "title": "Tết Sum vầy 2026: đã trao 150 suất quà",
            "slug": inside.slug,
            "standfirst": inside.standfirst,
            "body": streamfield([("paragraph", rich_text("<p>Đã trao quà.</p>"))]),
            "topics": (),
            "tags": "",
        }
    )
    saved = client.post(f"/admin/pages/{inside.pk}/edit/", form)
    assert saved.status_code == 302, saved.content.decode()[:2000]
    refused = client.post(
        f"/admin/pages/{outside.pk}/edit/", {**form, "title": "Sửa trái phép", "slug": "x"}
    )
    assert refused.status_code == 403
    with schema_context(tenant_a.schema_name):
        assert Page.objects.get(pk=inside.pk).get_latest_revision().content["title"] == (
            "Tết Sum vầy 2026: đã trao 150 suất quà"
        )
        assert Page.objects.get(pk=outside.pk).get_latest_revision().content["title"] == (
            "Tin của Liên đoàn Lao động thành phố"
        )


def test_demo_province_admin_sees_only_the_ha_noi_branch(hanoi_is_tenant_a, client_for):
    seed_demo_tree(verbosity=0)
    admin = OrgRole.objects.get(user__email=PROVINCE_ADMIN_EMAIL).user
    body = client_for(hanoi_is_tenant_a, admin).get("/admin/to-chuc/").content.decode()
    hanoi = Organization.objects.get(code="LDLD-HA-NOI")
    assert f"{hanoi.subtree().count()} đơn vị" in body
    assert "LDLD-HA-NOI" in body and "LDLD-HAI-PHONG" not in body and ">TLD<" not in body


def test_demo_command_prints_the_microsite_editor(db):
    out = io.StringIO()
    call_command("demo", "--no-serve", stdout=out)
    text = out.getvalue()
    assert "4/4 Ready." in text
    assert re.search(r"Org tree: \d{3} organisations", text)
    assert f"{MICROSITE_EDITOR_EMAIL} / " in text
    assert re.search(r"site: +http://hanoi\.localhost:8000/[a-z0-9-]+/", text)
    assert re.search(r"http://hanoi\.localhost:8000/admin/pages/\d+/", text)
    assert f"{PROVINCE_ADMIN_EMAIL} / " in text
    org = Organization.objects.get(microsite_host__schema_name="ldld_hanoi")
    assert OrgRole.objects.get(organization=org).user.email == MICROSITE_EDITOR_EMAIL
    # Re-running creates nothing twice.
    count = Organization.objects.count()
    call_command("demo", "--no-serve", stdout=io.StringIO())
    assert Organization.objects.count() == count
    assert Organization.objects.filter(microsite_page_id__isnull=False).count() == 1
