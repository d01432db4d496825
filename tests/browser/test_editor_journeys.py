"""Editor journeys in the browser: write an article, submit it, a moderator approves and it
is published; bad input gets a Vietnamese message next to the field and nothing is saved."""

import re

import pytest
from playwright.sync_api import expect

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.browser.conftest import DESKTOP, PHONE
from tests.factories import home_page, make_article, make_user

pytestmark = pytest.mark.browser

TITLE = "Công đoàn tỉnh trao 500 suất quà Tết Sum vầy 2027"
SLUG = "cong-doan-tinh-trao-500-suat-qua-tet-sum-vay-2027"


def _users(tenant, orm):
    with orm():
        editor, moderator = make_user(), make_user()
        GrantRole(editor, tenant, Role.EDITOR).execute()
        GrantRole(moderator, tenant, Role.MODERATOR).execute()
    with orm(tenant):
        home = home_page()
    return editor, moderator, home


SUBMIT = "button[name=action-submit]"
APPROVE = "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"


def _footer_action(page, selector):
    """Click a footer action, opening the footer's "Thao tác khác" menu first if needed."""
    button = page.locator(f"footer {selector}").first
    if not button.is_visible():
        page.locator("footer").get_by_role("button", name="Thao tác khác").first.click()
    button.click()


def _write_article(page, admin, home, title=TITLE):
    page.goto(admin + f"pages/add/cms/articlepage/{home.pk}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(SLUG if title == TITLE else title)
    page.locator("button.c-sf-add-button").last.click()
    page.locator("[role=option]").first.click()  # Đoạn văn
    editor_box = page.locator("[data-contentpath=body] .Draftail-Editor [contenteditable=true]")
    expect(editor_box.first).to_be_visible()
    editor_box.first.click()
    page.keyboard.type("Sáng 20/1, Liên đoàn Lao động tỉnh trao quà cho đoàn viên khó khăn.")
    expect(editor_box.first).to_contain_text("Sáng 20/1")
    # Draftail writes its hidden input on blur (and after a short debounce).
    page.locator("#id_title").click()
    hidden = page.locator("[data-contentpath=body] input[name$='-value']").first
    expect(hidden).to_have_value(re.compile("Sáng 20/1"))


@pytest.fixture
def no_autosave(settings):
    """Wagtail 8 autosaves drafts; on the add view its first autosave creates the page and a
    footer action pressed while that request is in flight posts the create form again (a
    duplicate slug). The journeys press the buttons themselves, deterministically."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_submit_approve_publish(
    page, tenant_a, login, orm, browser, screenshot, viewport, no_autosave
):
    from cms.models import ArticlePage

    editor, moderator, home = _users(tenant_a, orm)
    admin = login(page, editor, tenant_a)
    _write_article(page, admin, home)
    if viewport == PHONE:
        # On a phone the save/publish bar is on screen without scrolling to the end.
        bar = page.locator("footer .footer__container, footer").first
        expect(bar).to_be_in_viewport()
        screenshot(page, "editor-phone")
    _footer_action(page, SUBMIT)
    page.wait_for_load_state("networkidle")
    screenshot(page, "after-submit")
    expect(page.locator(".messages .success, .messages li.success").first).to_be_visible()
    with orm(tenant_a):
        article = ArticlePage.objects.get(title=TITLE)
        assert article.slug == SLUG
        assert article.workflow_in_progress
        assert not article.live

    moderator_page = page.context.browser.new_context(viewport=page.viewport_size).new_page()
    moderator_admin = login(moderator_page, moderator, tenant_a)
    moderator_page.goto(moderator_admin + f"pages/{article.pk}/edit/")
    for step in range(2):  # "Biên tập" then "Duyệt"
        _footer_action(moderator_page, APPROVE)
        moderator_page.wait_for_load_state("networkidle")
        screenshot(moderator_page, f"moderator-step-{step}")
        expect(moderator_page.locator(".messages .success").first).to_be_visible()
        moderator_page.goto(moderator_admin + f"pages/{article.pk}/edit/")
    moderator_page.context.close()
    with orm(tenant_a):
        article.refresh_from_db()
        assert article.live
        assert article.url_path.endswith(f"/{SLUG}/")


def test_empty_article_cannot_be_submitted(page, tenant_a, login, orm, no_autosave):
    """A draft article with only a title: "Gửi duyệt" is refused with a Vietnamese message on
    the body field; the page stays a draft outside any workflow, with no new revision."""
    editor, _moderator, home = _users(tenant_a, orm)
    with orm(tenant_a):
        draft = make_article("Chỉ có tiêu đề", parent=home, publish=False, live=False)
        revisions = draft.revisions.count()
    page.goto(login(page, editor, tenant_a) + f"pages/{draft.pk}/edit/")
    _footer_action(page, SUBMIT)
    error = page.locator("[data-contentpath=body]").get_by_text("chưa có nội dung", exact=False)
    expect(error.first).to_be_visible()
    with orm(tenant_a):
        draft.refresh_from_db()
        assert (draft.live, draft.workflow_in_progress) == (False, False)
        assert draft.revisions.count() == revisions


def test_duplicate_slug_is_refused_next_to_the_field(page, tenant_a, login, orm, no_autosave):
    from cms.models import ArticlePage

    editor, _moderator, home = _users(tenant_a, orm)
    with orm(tenant_a):
        make_article("Bài đã có", parent=home, slug="bai-trung")
    page.goto(login(page, editor, tenant_a) + f"pages/add/cms/articlepage/{home.pk}/")
    page.locator("#id_title").fill("Bài mới")
    page.locator("#id_title").blur()
    page.get_by_role("tab", name="Quảng bá").click()
    # Wagtail fills the slug from the title after a short delay; let it finish before
    # typing ours, or the sync overwrites it.
    expect(page.locator("#id_slug")).to_have_value("bai-moi")
    page.locator("#id_slug").fill("bai-trung")
    expect(page.locator("#id_slug")).to_have_value("bai-trung")
    page.get_by_role("button", name="Lưu bản nháp").click()
    error = page.locator("[data-field-wrapper]:has(#id_slug) .error-message")
    expect(error).to_contain_text("bai-trung")
    with orm(tenant_a):
        assert ArticlePage.objects.filter(slug="bai-trung").count() == 1
