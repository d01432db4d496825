"""The browser infrastructure itself: a tenant's admin opens for a signed-in editor."""

import pytest

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import make_article, make_user

pytestmark = pytest.mark.browser


def test_editor_sees_tenant_admin_and_test_data(page, tenant_a, login, orm):
    with orm():
        editor = make_user()
        GrantRole(editor, tenant_a, Role.EDITOR).execute()
    with orm(tenant_a):
        article = make_article("Bài viết chỉ có trong giao dịch của phép thử")
    page.goto(login(page, editor, tenant_a) + f"pages/{article.pk}/edit/")
    assert page.locator("#id_title").input_value() == "Bài viết chỉ có trong giao dịch của phép thử"
    assert page.evaluate("document.documentElement.lang") == "vi"


def test_anonymous_is_sent_to_sign_in(page, tenant_a, tenant_url):
    page.goto(tenant_url(tenant_a, "/admin/"))
    assert "/admin/login/" in page.url
