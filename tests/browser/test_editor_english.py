"""The daily screens of an editor and a moderator show no English outside the allow-list of
proper nouns (tests/browser/english.py): visible text, accessible labels, titles,
placeholders, the tab title."""

import pytest

from cms.blocks import BODY_BLOCK_NAMES
from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.browser.english import collect_english, english_words
from tests.factories import home_page, make_article, make_document, make_image, make_user

pytestmark = pytest.mark.browser


def test_detector_finds_english_and_spares_vietnamese():
    assert english_words("Insert a block · 0 minutes trước · None · Root · 403 Forbidden") == [
        "Insert",
        "block",
        "minutes",
        "None",
        "Root",
        "Forbidden",
    ]
    assert english_words("Trang tổng quan Cong doan Viet Nam, xem tin 12/2026 ở Wagtail") == []


def _report(found):
    lines = [f"{screen} | {where} | {word} | {text}" for screen, where, word, text in found]
    return f"{len(found)} English word(s):\n" + "\n".join(sorted(set(lines)))


def test_daily_screens_have_no_english(page, tenant_a, login, orm):
    with orm():
        editor = make_user()
        GrantRole(editor, tenant_a, Role.EDITOR).execute()
        GrantRole(editor, tenant_a, Role.MODERATOR).execute()
    with orm(tenant_a):
        home = home_page()
        article = make_article("Tin hoạt động công đoàn", parent=home)
        draft = make_article("Bản nháp chờ duyệt", parent=home, publish=False)
        make_image("Ảnh hội nghị")
        make_document("Kế hoạch 18/KH-CĐN")
    admin = login(page, editor, tenant_a)
    found = []

    def visit(name, path):
        page.goto(admin + path)
        page.wait_for_load_state("networkidle")
        found.extend(collect_english(page, name))

    visit("dashboard", "")
    visit("explorer", "pages/")
    visit("explorer-home", f"pages/{home.pk}/")
    visit("add-subpage", f"pages/{home.pk}/add_subpage/")
    visit("images", "images/")
    visit("documents", "documents/")
    visit("workflow-tasks", "reports/workflow_tasks/")
    visit("inbox", "chia-se/nhan/")
    visit("outbox", "chia-se/da-chia-se/")
    visit("org-tree", "to-chuc/")
    visit("reports-locked", "reports/locked/")
    visit("reports-history", "reports/site-history/")
    visit("reports-workflow", "reports/workflow/")
    visit("search", "pages/search/?q=tin")
    visit("history", f"pages/{article.pk}/history/")
    visit("draft-edit", f"pages/{draft.pk}/edit/")

    # The page editor with one block of every type.
    visit("editor", f"pages/{article.pk}/edit/")
    for index in range(len(BODY_BLOCK_NAMES)):
        page.locator("button.c-sf-add-button").last.click()
        page.locator("[role=option]").nth(index).click()
        page.wait_for_timeout(200)
    found.extend(collect_english(page, "editor-blocks"))
    # Block actions menu, the image and document choosers.
    page.get_by_role("button", name="Chọn hình ảnh").first.click()
    page.wait_for_load_state("networkidle")
    page.locator(".modal-content").first.wait_for()
    found.extend(collect_english(page, "image-chooser"))
    page.locator(".modal [data-dismiss=modal]").first.click()
    page.locator(".modal-content").first.wait_for(state="hidden")
    page.get_by_role("button", name="Chọn tài liệu").first.click()
    page.wait_for_load_state("networkidle")
    page.locator(".modal-content").first.wait_for()
    found.extend(collect_english(page, "document-chooser"))

    print("\n" + _report(found))
    assert found == [], _report(found)
