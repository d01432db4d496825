"""Sessions respect tenancy, tried over HTTP against the production settings.

An account of tenant A gets no session on B's host (admin and front-end login answer the
Vietnamese refusal page listing where it may go), a session of A's host is nothing on B's,
a session that does not belong (forged into B, or kept after the role was revoked) is
refused and flushed, and every restricted resource of B stays closed to A's account.
"""

import pytest
from django.contrib.auth import get_user_model

from tests.security import live
from tests.security.live import EMAILS, HttpClient, committed_sql, forge_session

pytestmark = pytest.mark.django_db
prod_server = live.prod_server  # module-scoped fixtures
world = live.world


def _client(prod_server, world, key):
    return HttpClient(prod_server, world.hosts[key])


@pytest.mark.parametrize("login_path", ["/admin/login/", "/_util/login/"])
def test_account_of_a_gets_no_session_on_b(prod_server, world, login_path):
    client = _client(prod_server, world, "b")
    response = client.login(EMAILS["a"], path=login_path)
    assert response.status == 403
    assert "không có vai trò nào tại" in response.text
    # The refusal lists the tenant this account may enter, with a link to its admin.
    assert f"https://{world.hosts['a']}/admin/" in response.text
    assert "sessionid" not in client.cookies
    assert client.get(world.restricted_page).status == 302


def test_wrong_password_of_a_on_b_is_a_plain_login_error(prod_server, world):
    response = _client(prod_server, world, "b").login(EMAILS["a"], password="sai-mat-khau-1")
    assert response.status == 200 and "không có vai trò" not in response.text


def test_account_of_b_signs_in_on_b(prod_server, world):
    client = _client(prod_server, world, "b")
    assert client.login(EMAILS["b"]).status == 302
    assert client.get(world.restricted_page).status == 200


def test_platform_operator_signs_in_anywhere(prod_server, world):
    for key in ("a", "b"):
        client = _client(prod_server, world, key)
        assert client.login(EMAILS["root"]).status == 302
        assert client.get("/admin/").status == 200


def test_session_of_a_host_is_nothing_on_b(prod_server, world):
    on_a = _client(prod_server, world, "a")
    assert on_a.login(EMAILS["a"]).status == 302
    on_b = _client(prod_server, world, "b")
    on_b.cookies = dict(on_a.cookies)
    assert on_b.get(world.restricted_page).status == 302
    assert on_b.get(world.document_url).status == 302
    assert on_b.get(world.image_original_url).status == 404
    assert on_b.get("/admin/").status == 302


RESOURCES = ["restricted_page", "document_url", "image_original_url", "rendition_url"]


@pytest.mark.parametrize("resource", RESOURCES)
def test_forged_session_of_a_on_b_is_refused_for_every_restricted_resource(
    prod_server, world, resource
):
    client = _client(prod_server, world, "b")
    user = get_user_model().objects.get(email=EMAILS["a"])
    client.cookies["sessionid"] = forge_session("sec_b", user)
    response = client.get(getattr(world, resource))
    assert response.status == 403 and "không có vai trò nào tại" in response.text
    # The session was flushed: the next request is anonymous and still gets nothing.
    assert client.get(getattr(world, resource)).status in (302, 404)


@pytest.mark.parametrize("resource", RESOURCES)
def test_member_of_b_reaches_every_restricted_resource(prod_server, world, resource):
    client = _client(prod_server, world, "b")
    assert client.login(EMAILS["b"]).status == 302
    assert client.get(getattr(world, resource)).status == 200


@pytest.mark.parametrize("resource", RESOURCES)
def test_anonymous_gets_no_restricted_resource_of_b(prod_server, world, resource):
    status = _client(prod_server, world, "b").get(getattr(world, resource)).status
    assert status in (302, 404)


def test_session_is_refused_once_the_role_is_revoked(prod_server, world):
    client = _client(prod_server, world, "b")
    assert client.login(EMAILS["b"]).status == 302
    user = get_user_model().objects.get(email=EMAILS["b"])
    roles = "SELECT id FROM public.tenants_tenantrole WHERE user_id = %s"
    groups = "SELECT id FROM sec_b.grants_usergroup WHERE user_id = %s"
    assert committed_sql(roles, (user.pk,)) and committed_sql(groups, (user.pk,))
    # Revoke (as tenants.roles.revoke_role would), committed so the server sees it.
    saved_roles = committed_sql(
        "DELETE FROM public.tenants_tenantrole WHERE user_id = %s RETURNING *", (user.pk,)
    )
    saved_groups = committed_sql(
        "DELETE FROM sec_b.grants_usergroup WHERE user_id = %s RETURNING *", (user.pk,)
    )
    try:
        response = client.get(world.restricted_page)
        assert response.status == 403 and "không có vai trò nào tại" in response.text
        assert client.get(world.restricted_page).status == 302
    finally:
        for row in saved_roles:
            placeholders = ", ".join(["%s"] * len(row))
            committed_sql(f"INSERT INTO public.tenants_tenantrole VALUES ({placeholders})", row)
        for row in saved_groups:
            placeholders = ", ".join(["%s"] * len(row))
            committed_sql(f"INSERT INTO sec_b.grants_usergroup VALUES ({placeholders})", row)


# In-process (test settings): accounts whose only right is a group in a tenant's schema, as
# editors of a microsite hosted by that tenant are.


def _group_member(tenant, email):
    from django.contrib.auth.models import Group
    from django_tenants.utils import schema_context

    from grants.models import UserGroup
    from tests.factories import make_user

    user = make_user(email)
    with schema_context(tenant.schema_name):
        UserGroup.objects.create(user=user, group=Group.objects.get(name="Biên tập viên"))
    return user


def test_microsite_editor_without_tenant_role_keeps_a_session(tenant_a, client_for):
    user = _group_member(tenant_a, "bientap.trangcon@example.vn")
    client = client_for(tenant_a, user)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/").status_code == 200  # the session was kept


def test_refusal_lists_the_host_of_a_microsite_editor(tenant_a, tenant_b, client_for):
    _group_member(tenant_b, "bientap.trangcon.b@example.vn")
    client = client_for(tenant_a)
    response = client.post(
        "/admin/login/", {"username": "bientap.trangcon.b@example.vn", "password": "mat-khau-123"}
    )
    assert response.status_code == 403
    text = response.content.decode()
    assert "http://b.test/admin/" in text and "http://a.test/admin/" not in text
    assert "_auth_user_id" not in client.session
