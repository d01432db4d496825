"""Slugs typed in the page editor follow the project's one folding rule (congdoan.text), and
the stored slug is that rule's, whether the page is made in the browser, in Python or by an
import that used stock slug code."""

import unicodedata

import pytest
from django.utils.text import slugify as django_slugify
from playwright.sync_api import expect

from cms.stock_slugs import wagtail_urlify
from congdoan.text import vn_slugify
from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import home_page, make_article, make_user

pytestmark = pytest.mark.browser

TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]


def _vowel_title(vowel: str) -> str:
    """ "ơ": "Ơ ơ ờ ớ ở ỡ ợ" (capital, then the vowel with each of the six tones)."""
    forms = [vowel] + [unicodedata.normalize("NFC", vowel + tone) for tone in TONES]
    return f"{vowel.upper()} {' '.join(forms)}"


TITLES = [
    "Đoàn viên được hỗ trợ Tết Sum vầy 2027",
    *[_vowel_title(v) for v in VOWELS],
    "ĐẠI HỘI CÔNG ĐOÀN đường Điện Biên Phủ",
    "Kế hoạch 18/KH-CĐN ngày 05/01/2027",
    "Hỏi – đáp: “Lương tối thiểu” (vùng I), 100% đúng!",
    "  Công   đoàn — cơ sở… số 1_2  ",
    "Nghị định 12/2022/NĐ-CP: tiền lương & phụ cấp",
]


def _editor_with_add_page(tenant, orm):
    with orm():
        editor = make_user()
        GrantRole(editor, tenant, Role.EDITOR).execute()
    with orm(tenant):
        parent = home_page()
    return editor, parent


def test_typed_title_gives_vietnamese_slug_and_it_is_stored(page, tenant_a, login, orm):
    editor, parent = _editor_with_add_page(tenant_a, orm)
    admin = login(page, editor, tenant_a)
    page.goto(admin + f"pages/add/cms/articlepage/{parent.pk}/")
    page.locator("#id_title").press_sequentially("Đoàn viên được hỗ trợ Tết Sum vầy 2027")
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value("doan-vien-duoc-ho-tro-tet-sum-vay-2027")
    page.get_by_role("button", name="Lưu bản nháp").click()
    page.wait_for_url("**/pages/*/edit/")
    with orm(tenant_a):
        from cms.models import ArticlePage

        stored = ArticlePage.objects.get(title="Đoàn viên được hỗ trợ Tết Sum vầy 2027")
        assert stored.slug == "doan-vien-duoc-ho-tro-tet-sum-vay-2027"


def test_stock_rendering_posted_by_a_stale_tab_is_re_derived(page, tenant_a, login, orm):
    """Without the project's script (an old tab), the stock JavaScript's slug is re-derived
    on the server: exactly recomputed, not guessed."""
    editor, parent = _editor_with_add_page(tenant_a, orm)
    title = "Đoàn viên được hỗ trợ Tết Sum vầy 2027"
    page.route("**/static/cms/admin/vietnamese.js", lambda route: route.abort())
    page.goto(login(page, editor, tenant_a) + f"pages/add/cms/articlepage/{parent.pk}/")
    page.locator("#id_title").press_sequentially(title)
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value("djoan-vien-djc-h-tr-tt-sum-vy-2027")
    page.get_by_role("button", name="Lưu bản nháp").click()
    page.wait_for_url("**/pages/*/edit/")
    with orm(tenant_a):
        from cms.models import ArticlePage

        assert ArticlePage.objects.get(title=title).slug == vn_slugify(title)


def test_slug_table(page, tenant_a, tenant_b, login, orm):
    """Every vowel with every tone, đ/Đ, capitals, digits, punctuation: the slug the editor's
    JavaScript types, the one a page made in Python gets, and the one an import that used
    Django's slugify ends up with, are all ``vn_slugify(title)``. Prints the table.

    The browser types in tenant A (where Wagtail's autosave keeps one draft page); the
    Python and import pages are made in tenant B."""
    editor, parent = _editor_with_add_page(tenant_a, orm)
    page.goto(login(page, editor, tenant_a) + f"pages/add/cms/articlepage/{parent.pk}/")
    title_field, slug_field = page.locator("#id_title"), page.locator("#id_slug")
    rows = []
    for title in TITLES:
        slug_field.evaluate("field => { field.value = ''; }")  # on the hidden Promote tab
        title_field.fill(title)
        title_field.blur()
        expect(slug_field).not_to_have_value("")
        page.wait_for_timeout(400)  # the title -> slug sync is debounced
        typed = slug_field.input_value()
        with orm(tenant_b):
            python_page = make_article(title)
            python = python_page.slug
            python_page.delete()  # the import below makes the same page again
            imported_page = make_article(title, slug=django_slugify(title))
            imported = imported_page.slug
            imported_page.delete()  # "ă" folds to "a": the next title has the same slug
        rows.append((title, wagtail_urlify(title), typed, python, imported))
    print(
        "\n| Tiêu đề | Wagtail gốc (JS) | Gõ trong trình duyệt | Tạo bằng Python | Nhập (slugify) |"
    )
    print("|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(f"`{cell}`" if i else cell for i, cell in enumerate(row)) + " |")
    assert [(r[2], r[3], r[4]) for r in rows] == [(vn_slugify(t),) * 3 for t in TITLES]
