"""Org roles: subtree scope, escalation refusals, mirroring into Wagtail groups."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django_tenants.utils import schema_context

from hierarchy.actions import (
    CreateMicrosite,
    DissolveOrganization,
    GrantRole,
    MergeOrganizations,
    MoveOrganization,
    ProvisionTenant,
    RenameOrganization,
    RevokeRole,
)
from hierarchy.models import Kind, OrgRole
from hierarchy.roles import effective_role, organizations_for
from tenants.models import TenantRole
from tenants.roles import ROLE_GROUPS
from tests.factories import make_user


def _groups(user, tenant):
    with schema_context(tenant.schema_name):
        return set(Group.objects.filter(user=user).values_list("name", flat=True))


def test_role_covers_the_subtree_only(org_tree):
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    assert effective_role(admin_a, org_tree["g1"]) == "admin"
    assert effective_role(admin_a, org_tree["a"]) == "admin"
    assert effective_role(admin_a, org_tree["tld"]) is None
    assert effective_role(admin_a, org_tree["g4"]) is None
    visible = set(organizations_for(admin_a).values_list("code", flat=True))
    assert visible == {"XPA", "XUA1", "XUA2", "XG1", "XG2", "XG3"}
    assert not organizations_for(make_user()).exists()


def test_editor_cannot_grant_itself_or_anyone_admin(org_tree):
    editor, other = make_user(), make_user()
    GrantRole(editor, org_tree["a"], "editor").execute()
    with pytest.raises(PermissionDenied, match="chính mình"):
        GrantRole(editor, org_tree["a"], "admin", actor=editor).execute()
    with pytest.raises(PermissionDenied):
        GrantRole(other, org_tree["g1"], "admin", actor=editor).execute()
    with pytest.raises(PermissionDenied):
        GrantRole(other, org_tree["g1"], "reader", actor=editor).execute()
    assert not OrgRole.objects.filter(role="admin").exists()


def test_provincial_admin_cannot_act_on_a_sibling_province_or_above(org_tree):
    admin_a, someone = make_user(), make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    # Inside its own subtree: allowed.
    GrantRole(someone, org_tree["g1"], "editor", actor=admin_a).execute()
    MoveOrganization(org_tree["g1"], org_tree["ua2"], actor=admin_a).execute()
    RenameOrganization(org_tree["g2"], "Công đoàn cơ sở đổi tên", actor=admin_a).execute()
    # Beside or above it: refused.
    with pytest.raises(PermissionDenied):
        GrantRole(someone, org_tree["b"], "editor", actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        GrantRole(someone, org_tree["g4"], "editor", actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        RevokeRole(someone, org_tree["g4"], "editor", actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        RenameOrganization(org_tree["b"], "Chiếm tỉnh B", actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        MoveOrganization(org_tree["g4"], org_tree["ua1"], actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        MoveOrganization(org_tree["g3"], org_tree["ub1"], actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        DissolveOrganization(org_tree["a"], reparent_to=org_tree["b"], actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        MergeOrganizations(
            [org_tree["a"], org_tree["b"]], code="Z", name="Z", actor=admin_a
        ).execute()
    with pytest.raises(PermissionDenied):
        GrantRole(someone, org_tree["tld"], "reader", actor=admin_a).execute()
    assert org_tree["g4"].name == "Công đoàn cơ sở Bệnh viện Đa khoa Đông Hòa"


def test_admin_grants_only_up_to_its_own_role(org_tree):
    moderator, admin, other = make_user(), make_user(), make_user()
    GrantRole(admin, org_tree["a"], "admin").execute()
    GrantRole(moderator, org_tree["a"], "moderator", actor=admin).execute()
    with pytest.raises(PermissionDenied):
        GrantRole(other, org_tree["g1"], "moderator", actor=moderator).execute()
    GrantRole(other, org_tree["g1"], "admin", actor=admin).execute()


def test_roles_on_a_tenant_organisation_mirror_into_its_groups(org_tree, tenant_a, tenant_b):
    user = make_user()
    GrantRole(user, org_tree["a"], "editor").execute()
    assert TenantRole.objects.filter(user=user, tenant=tenant_a, role="editor").exists()
    assert _groups(user, tenant_a) == {ROLE_GROUPS["editor"]}
    assert _groups(user, tenant_b) == set()
    RevokeRole(user, org_tree["a"], "editor").execute()
    assert _groups(user, tenant_a) == set()
    assert not TenantRole.objects.filter(user=user).exists()


def test_provision_a_tenant_for_an_organisation(org_tree, client_for):
    admin_a, editor = make_user(), make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    GrantRole(editor, org_tree["ua2"], "editor", actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        ProvisionTenant(
            org_tree["ua1"], schema_name="test_h_x", domain="x.test", actor=editor
        ).execute()
    tenant = ProvisionTenant(
        org_tree["ua2"], schema_name="test_h_kcn", domain="kcn-a.test", actor=admin_a
    ).execute()
    assert tenant.organization.code == "XUA2" and tenant.kind == "upper_grassroots"
    assert _groups(editor, tenant) == {ROLE_GROUPS["editor"]}
    assert client_for(tenant, editor).get("/admin/").status_code == 200
    assert org_tree["g3"].hosting_tenant() == tenant
    with pytest.raises(Exception, match="đã có trang riêng"):
        ProvisionTenant(org_tree["ua2"], schema_name="test_h_y", domain="y.test").execute()


def test_microsite_editor_edits_only_its_own_pages(org_tree, tenant_a, tenant_b, client_for):
    from wagtail.models import Page

    from tests.factories import home_page, make_article

    admin_a, editor = make_user(), make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    page_id = CreateMicrosite(org_tree["g1"], actor=admin_a).execute()
    GrantRole(editor, org_tree["g1"], "editor", actor=admin_a).execute()
    with schema_context(tenant_a.schema_name):
        microsite = Page.objects.get(pk=page_id)
        home = home_page()
        assert microsite.get_parent().pk == home.pk
        assert microsite.title == "Công đoàn cơ sở Công ty TNHH May Việt Tiến"
        news = make_article("Tin của công đoàn cơ sở", parent=microsite.specific)
        host_news = make_article("Tin của Liên đoàn tỉnh", parent=home)
        assert _groups(editor, tenant_a) == {"Biên tập viên – XG1"}
        assert microsite.permissions_for_user(editor).can_edit()
        assert news.permissions_for_user(editor).can_edit()
        assert microsite.permissions_for_user(editor).can_add_subpage()
        assert not home.permissions_for_user(editor).can_edit()
        assert not host_news.permissions_for_user(editor).can_edit()
        assert not microsite.permissions_for_user(editor).can_publish()
    client = client_for(tenant_a, editor)
    assert client.get(f"/admin/pages/{news.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{host_news.pk}/edit/").status_code == 403
    # The editor has no rights in the other province's tenant at all.
    assert client_for(tenant_b, editor).get("/admin/").status_code == 403


def test_merged_microsites_gather_with_redirects(org_tree, tenant_a):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Page

    from tests.factories import make_article

    p1 = CreateMicrosite(org_tree["g1"]).execute()
    p2 = CreateMicrosite(org_tree["g2"]).execute()
    editor_g2 = make_user()
    GrantRole(editor_g2, org_tree["g2"], "editor").execute()
    assert _groups(editor_g2, tenant_a) == {"Biên tập viên – XG2"}
    with schema_context(tenant_a.schema_name):
        article = make_article("Tin cũ của XG2", parent=Page.objects.get(pk=p2).specific)
        old_url = article.relative_url(article.get_site())
    merged = MergeOrganizations(
        [org_tree["g1"], org_tree["g2"]], code="XG12", name="Công đoàn cơ sở hợp nhất"
    ).execute()
    assert merged.microsite_page_id == p1 and merged.kind == Kind.GRASSROOTS
    with schema_context(tenant_a.schema_name):
        article.refresh_from_db()
        assert article.get_parent().pk == p1
        assert Page.objects.get(pk=p1).title == "Công đoàn cơ sở hợp nhất"
        redirect = Redirect.objects.get(old_path=Redirect.normalise_path(old_url))
        assert redirect.redirect_page_id == article.pk
        assert not Page.objects.filter(pk=p2).exists()
        assert Redirect.objects.get(old_path="/xg2").redirect_page_id == p1
        assert _groups(editor_g2, tenant_a) == {"Biên tập viên – XG12"}
