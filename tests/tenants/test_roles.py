import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django_tenants.utils import schema_context

from tenants.models import Role, TenantRole
from tenants.roles import ROLE_GROUPS, grant_role, revoke_role
from tests.factories import make_user


def _groups(user, tenant):
    with schema_context(tenant.schema_name):
        return set(Group.objects.filter(user=user).values_list("name", flat=True))


def test_granting_and_revoking_mirror_into_wagtail_groups_of_that_tenant_only(tenant_a, tenant_b):
    user = make_user()
    grant_role(user, tenant_a, Role.MODERATOR)
    assert _groups(user, tenant_a) == {ROLE_GROUPS[Role.MODERATOR]}
    assert _groups(user, tenant_b) == set()
    grant_role(user, tenant_a, Role.EDITOR)
    revoke_role(user, tenant_a, Role.MODERATOR)
    assert _groups(user, tenant_a) == {ROLE_GROUPS[Role.EDITOR]}
    assert list(TenantRole.objects.filter(user=user).values_list("role", flat=True)) == ["editor"]


def test_editor_cannot_grant_itself_admin(tenant_a):
    editor = make_user()
    grant_role(editor, tenant_a, Role.EDITOR)
    with pytest.raises(PermissionDenied):
        grant_role(editor, tenant_a, Role.ADMIN, granted_by=editor)
    assert not TenantRole.objects.filter(user=editor, role=Role.ADMIN).exists()


def test_admin_of_one_tenant_cannot_grant_roles_in_another(tenant_a, tenant_b):
    admin_a, someone = make_user(), make_user()
    grant_role(admin_a, tenant_a, Role.ADMIN)
    grant_role(someone, tenant_a, Role.EDITOR, granted_by=admin_a)  # allowed in A
    with pytest.raises(PermissionDenied):
        grant_role(someone, tenant_b, Role.EDITOR, granted_by=admin_a)
    with pytest.raises(PermissionDenied):
        revoke_role(someone, tenant_b, Role.EDITOR, revoked_by=admin_a)


def test_unknown_role_is_refused(tenant_a):
    with pytest.raises(ValidationError, match="không tồn tại"):
        grant_role(make_user(), tenant_a, "owner")


def test_reader_role_has_no_admin_access(tenant_a, client_for):
    reader = make_user()
    grant_role(reader, tenant_a, Role.READER)
    assert client_for(tenant_a, reader).get("/admin/").status_code == 403
