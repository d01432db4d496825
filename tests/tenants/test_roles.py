import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django_tenants.utils import schema_context

from hierarchy.actions import GrantRole, RevokeRole
from tenants.models import Role, TenantRole
from tenants.roles import ROLE_GROUPS
from tests.factories import make_user


def _groups(user, tenant):
    with schema_context(tenant.schema_name):
        return set(Group.objects.filter(user=user).values_list("name", flat=True))


def test_granting_and_revoking_mirror_into_wagtail_groups_of_that_tenant_only(tenant_a, tenant_b):
    user = make_user()
    GrantRole(user, tenant_a, Role.MODERATOR).execute()
    assert _groups(user, tenant_a) == {ROLE_GROUPS[Role.MODERATOR]}
    assert _groups(user, tenant_b) == set()
    GrantRole(user, tenant_a, Role.EDITOR).execute()
    RevokeRole(user, tenant_a, Role.MODERATOR).execute()
    assert _groups(user, tenant_a) == {ROLE_GROUPS[Role.EDITOR]}
    assert list(TenantRole.objects.filter(user=user).values_list("role", flat=True)) == ["editor"]


def test_editor_cannot_grant_itself_admin(tenant_a):
    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    with pytest.raises(PermissionDenied):
        GrantRole(editor, tenant_a, Role.ADMIN, actor=editor).execute()
    assert not TenantRole.objects.filter(user=editor, role=Role.ADMIN).exists()


def test_admin_of_one_tenant_cannot_grant_roles_in_another(tenant_a, tenant_b):
    admin_a, someone = make_user(), make_user()
    GrantRole(admin_a, tenant_a, Role.ADMIN).execute()
    GrantRole(someone, tenant_a, Role.EDITOR, actor=admin_a).execute()  # allowed in A
    with pytest.raises(PermissionDenied):
        GrantRole(someone, tenant_b, Role.EDITOR, actor=admin_a).execute()
    with pytest.raises(PermissionDenied):
        RevokeRole(someone, tenant_b, Role.EDITOR, actor=admin_a).execute()


def test_unknown_role_is_refused(tenant_a):
    with pytest.raises(ValidationError, match="không tồn tại"):
        GrantRole(make_user(), tenant_a, "owner").execute()


def test_reader_role_has_no_admin_access(tenant_a, client_for):
    reader = make_user()
    GrantRole(reader, tenant_a, Role.READER).execute()
    assert client_for(tenant_a, reader).get("/admin/").status_code == 403
