"""One authoritative role record: roles on organisations (``OrgRole``); tenant roles of a
tenant in the tree are derived from them, so a role granted on the tenant (``grant_role``,
Django admin) is kept when other roles on its organisation change."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django_tenants.utils import schema_context

from accounts.roles import Role
from hierarchy.actions import GrantRole, RevokeRole
from hierarchy.models import OrgRole
from tenants.actions import GrantTenantRole
from tenants.models import TenantRole
from tenants.roles import ROLE_GROUPS
from tests.factories import make_user


def _tenant_roles(user, tenant):
    return set(TenantRole.objects.filter(user=user, tenant=tenant).values_list("role", flat=True))


def _groups(user, tenant):
    with schema_context(tenant.schema_name):
        return set(Group.objects.filter(user=user).values_list("name", flat=True))


def test_role_granted_with_grant_role_survives_an_org_role_change(org_tree, tenant_a):
    user = make_user()
    call_command("grant_role", user.email, tenant_a.schema_name, Role.EDITOR, stdout=StringIO())
    # An org role on the tenant's organisation changes: granted, then revoked.
    GrantRole(user, org_tree["a"], Role.MODERATOR).execute()
    RevokeRole(user, org_tree["a"], Role.MODERATOR).execute()
    assert _tenant_roles(user, tenant_a) == {Role.EDITOR}
    assert _groups(user, tenant_a) == {ROLE_GROUPS[Role.EDITOR]}


def test_grant_role_on_a_tenant_in_the_tree_is_a_role_on_its_organisation(org_tree, tenant_a):
    user = make_user()
    call_command("grant_role", user.email, tenant_a.schema_name, Role.EDITOR, stdout=StringIO())
    assert list(OrgRole.objects.filter(user=user).values_list("organization__code", "role")) == [
        ("XPA", Role.EDITOR)
    ]
    call_command(
        "grant_role", user.email, tenant_a.schema_name, Role.EDITOR, "--revoke", stdout=StringIO()
    )
    assert (_tenant_roles(user, tenant_a), OrgRole.objects.filter(user=user).count()) == (set(), 0)


def test_tenant_role_recorded_before_the_tenant_joined_the_tree_is_adopted(tenant_a, request):
    user = make_user()
    GrantTenantRole(user, tenant_a, Role.EDITOR).execute()  # tenant_a outside the tree yet
    tree = request.getfixturevalue("org_tree")  # links tenant_a to organisation XPA
    GrantRole(user, tree["a"], Role.READER).execute()
    assert _tenant_roles(user, tenant_a) == {Role.EDITOR, Role.READER}


def test_tenant_actions_refuse_a_tenant_held_by_an_organisation(org_tree, tenant_a):
    with pytest.raises(ValidationError, match="thuộc cây tổ chức"):
        GrantTenantRole(make_user(), tenant_a, Role.EDITOR).execute()
