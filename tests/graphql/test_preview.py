"""Draft previews: the admin issues a signed, expiring token and redirects to the tenant's
frontend; the API returns the latest revision only for a valid token of this tenant."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import signing
from django.test import override_settings
from django_tenants.utils import schema_context

from graphql_api.content.preview import SALT, issue_token
from graphql_api.models import ApiSettings
from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import make_user
from tests.graphql.helpers import add_page, gql, gql_errors

PREVIEW = """
query ($token: String!) {
  previewPage(token: $token) { id title pageType isPreview urlPath }
}
"""
PAGE = "query ($id: ID) { page(id: $id) { title } }"


@pytest.fixture
def editor(tenant_a):
    user = make_user("bientap.xemtruoc@example.vn")
    GrantRole(user, tenant_a, Role.EDITOR).execute()
    return user


@pytest.fixture
def drafts(tenant_a):
    with schema_context(tenant_a.schema_name):
        settings = ApiSettings.load()
        settings.frontend_preview_url = "https://portal.example.vn/xem-truoc?lang=vi"
        settings.save()
        never_published = add_page(title="Bản nháp đầu tiên", state="draft", slug="nhap")
        changed = add_page(title="Bài đang sửa", state="changed", slug="dang-sua")
        return {"draft": never_published, "changed": changed}


def token_from_admin(client, page) -> str:
    response = client.get(f"/admin/xem-truoc-web/{page.pk}/")
    assert response.status_code == 302, response.content[:300]
    url = urlsplit(response["Location"])
    assert (url.scheme, url.netloc, url.path) == ("https", "portal.example.vn", "/xem-truoc")
    query = parse_qs(url.query)
    assert query["lang"] == ["vi"] and query["id"] == [str(page.pk)]
    assert query["type"] == ["GenericPage"]
    return query["token"][0]


def test_admin_issues_token_and_api_returns_latest_draft(tenant_a, editor, drafts, client_for):
    admin = client_for(tenant_a, editor)
    api = client_for(tenant_a)
    token = token_from_admin(admin, drafts["draft"])
    data = gql(api, PREVIEW, {"token": token})["previewPage"]
    assert data["title"] == "Bản nháp đầu tiên" and data["isPreview"] is True
    assert data["urlPath"] == "/nhap/"
    # Without the token the draft does not exist for the API.
    assert gql(api, PAGE, {"id": str(drafts["draft"].pk)})["page"] is None

    token = token_from_admin(admin, drafts["changed"])
    assert gql(api, PREVIEW, {"token": token})["previewPage"]["title"] == "NHÁP Bài đang sửa"
    assert gql(api, PAGE, {"id": str(drafts["changed"].pk)})["page"]["title"] == "Bài đang sửa"
    # A draft saved after the token was issued is what the frontend sees on refresh.
    with schema_context(tenant_a.schema_name):
        page = drafts["changed"]
        page.title = "NHÁP lần hai"
        page.save_revision()
    assert gql(api, PREVIEW, {"token": token})["previewPage"]["title"] == "NHÁP lần hai"


def test_edit_view_offers_the_frontend_preview_action(tenant_a, editor, drafts, client_for):
    response = client_for(tenant_a, editor).get(f"/admin/pages/{drafts['draft'].pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Xem trước trên trang web" in html
    assert f"/admin/xem-truoc-web/{drafts['draft'].pk}/" in html


def test_preview_needs_edit_permission(tenant_a, drafts, client_for):
    user = make_user("chixem@example.vn")
    with schema_context(tenant_a.schema_name):
        group = Group.objects.create(name="Chỉ vào trang quản trị")
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        user.groups.add(group)
    response = client_for(tenant_a, user).get(f"/admin/xem-truoc-web/{drafts['draft'].pk}/")
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard with a message.
    assert response.status_code in (302, 403)
    assert "token=" not in response.get("Location", "")


def test_without_frontend_url_the_editor_is_told_what_to_configure(tenant_a, editor, client_for):
    """An editor (who cannot open the settings) is not sent there, and is not offered the
    action at all; whoever may change the API settings is told which setting to fill."""
    with schema_context(tenant_a.schema_name):
        page = add_page(title="Chưa cấu hình", state="draft")
    client = client_for(tenant_a, editor)
    html = client.get(f"/admin/xem-truoc-web/{page.pk}/", follow=True).content.decode()
    assert "đề nghị quản trị viên của đơn vị cấu hình" in html
    assert "vào Cài đặt" not in html
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Xem trước trên trang web" not in edit
    admin = make_user("qtv-xem-truoc@example.vn", is_superuser=True, is_staff=True)
    html = client_for(tenant_a, admin).get(f"/admin/xem-truoc-web/{page.pk}/", follow=True)
    assert "Chưa cấu hình địa chỉ xem trước" in html.content.decode()


def test_bad_tokens_are_refused_with_clear_messages(tenant_a, tenant_b, drafts, client_for):
    api = client_for(tenant_a)
    assert "không hợp lệ" in gql_errors(api, PREVIEW, {"token": "gia-mao"})[0]
    forged = signing.dumps({"s": "test_a", "p": drafts["draft"].pk, "r": 1}, salt="khac")
    assert "không hợp lệ" in gql_errors(api, PREVIEW, {"token": forged})[0]
    with schema_context(tenant_b.schema_name):
        other = issue_token(drafts["draft"].pk, 1)
    assert "không thuộc đơn vị này" in gql_errors(api, PREVIEW, {"token": other})[0]
    with schema_context(tenant_a.schema_name):
        token = issue_token(drafts["draft"].pk, 1)
    with override_settings(PREVIEW_TOKEN_SECONDS=-1):
        assert "hết hạn" in gql_errors(api, PREVIEW, {"token": token})[0]
    # The same token on tenant B's host is refused too.
    assert "không thuộc" in gql_errors(client_for(tenant_b), PREVIEW, {"token": token})[0]
    assert SALT not in str(token)
