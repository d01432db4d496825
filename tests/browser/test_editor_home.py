"""An editor's rights start at their tenant's home page: the explorer opens there, "+" offers
no second home page at Root, and the dashboard names their organisation."""

import pytest
from playwright.sync_api import expect

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import home_page, make_user

pytestmark = pytest.mark.browser


def test_role_groups_hold_page_rights_on_home_not_root(tenant_a, orm):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Page

    with orm(tenant_a):
        home = home_page()
        pages = set(
            GroupPagePermission.objects.filter(
                group__in=Group.objects.filter(
                    name__in=["Quản trị viên", "Kiểm duyệt viên", "Biên tập viên"]
                )
            ).values_list("page_id", flat=True)
        )
        assert pages == {home.pk}
        assert Page.get_first_root_node().pk not in pages


def test_editor_explorer_and_dashboard_start_at_home(page, tenant_a, login, orm, screenshot):
    with orm():
        editor = make_user()
        GrantRole(editor, tenant_a, Role.EDITOR).execute()
    with orm(tenant_a):
        home = home_page()
    admin = login(page, editor, tenant_a)
    page.goto(admin)
    expect(page.locator("main h1, .w-header h1").first).to_contain_text(tenant_a.name)
    expect(page.locator("body")).not_to_contain_text("Công đoàn Việt Nam")
    screenshot(page, "editor-dashboard")
    page.goto(admin + "pages/")
    # Wagtail opens the explorer at the editor's explorable root: the home page.
    assert page.url.rstrip("/").endswith(f"/pages/{home.pk}")
    assert "Root" not in page.title()
    assert page.title().endswith("Quản trị nội dung")
    # No way to add a page at Root.
    response = page.goto(admin + "pages/1/add_subpage/")
    print("add at Root:", response.status, page.url)
    assert "pages/1/add_subpage" not in page.url or response.status == 403
