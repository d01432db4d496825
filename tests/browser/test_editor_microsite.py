"""A microsite editor stays inside their subtree: the explorer opens at the microsite's home,
the dashboard names the microsite and counts only the media their library lists, and the
host's pages cannot be edited."""

import pytest
from playwright.sync_api import expect

from hierarchy.actions import CreateMicrosite, GrantRole
from tests.factories import home_page, make_image, make_user

pytestmark = pytest.mark.browser


def test_microsite_editor_stays_in_their_subtree(page, org_tree, tenant_a, login, orm, screenshot):
    with orm():
        admin_a, editor = make_user(), make_user()
        GrantRole(admin_a, org_tree["a"], "admin").execute()
        microsite_id = CreateMicrosite(org_tree["g1"], actor=admin_a).execute()
        GrantRole(editor, org_tree["g1"], "editor", actor=admin_a).execute()
    with orm(tenant_a):
        host_home = home_page()
        for number in range(3):
            make_image(f"Ảnh của tỉnh {number}")
    admin = login(page, editor, tenant_a)
    page.goto(admin)
    title = page.locator("main h1").first
    expect(title).to_have_text("Công đoàn cơ sở Công ty TNHH May Việt Tiến")
    # The host's three images are choosable, but not in this editor's library: 0, as listed.
    expect(page.get_by_role("link", name="0 hình ảnh")).to_be_visible()
    screenshot(page, "microsite-dashboard")
    page.goto(admin + "pages/")
    assert page.url.rstrip("/").endswith(f"/pages/{microsite_id}")
    response = page.goto(admin + f"pages/{host_home.pk}/edit/")
    assert response.status == 403 or f"/pages/{host_home.pk}/edit/" not in page.url
