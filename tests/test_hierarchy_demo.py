"""The demo tree seeds idempotently with a hosted microsite whose editor edits only it."""

from django_tenants.utils import schema_context

from hierarchy import demo
from hierarchy.demo import MICROSITE_EDITOR_EMAIL, seed_demo_tree
from hierarchy.models import Organization, OrgRole
from tests.factories import home_page


def test_seed_demo_tree_is_idempotent_and_limits_the_microsite_editor(tenant_a, monkeypatch):
    # The demo tenants are not provisioned in tests: let test_a stand in for ldld_hanoi.
    monkeypatch.setattr("hierarchy.demo.MICROSITE_HOST_SCHEMA", "test_a")
    monkeypatch.setitem(demo.DEMO_TENANT_ORGS, "LDLD-HA-NOI", "test_a")
    first = seed_demo_tree(verbosity=0)
    count = Organization.objects.count()
    assert 300 <= count <= 600
    assert Organization.objects.get(code="LDLD-HA-NOI").tenant == tenant_a
    micro = first["microsite"]
    org = Organization.objects.get(code=micro["code"])
    assert org.level == 4 and org.microsite_host == tenant_a
    second = seed_demo_tree(verbosity=0)
    assert second["microsite"] == micro and Organization.objects.count() == count
    assert OrgRole.objects.filter(user__email=MICROSITE_EDITOR_EMAIL).count() == 1
    editor = OrgRole.objects.get(user__email=MICROSITE_EDITOR_EMAIL).user
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=micro["page_id"])
        article = root.get_children().get()
        assert article.permissions_for_user(editor).can_edit()
        assert not home_page().permissions_for_user(editor).can_edit()
