"""Chương trình truyền thông → Bảng theo dõi in headless Chromium: a province's admin opens
the dashboard from the menu, sees real SVG charts (lines and bars drawn from the seeded
figures, the same figures in the data tables), drills down to a laggard, filters by level;
nothing is fetched from outside the test server (no CDN). Screenshots on desktop and phone."""

from urllib.parse import urlparse

import pytest

from tests.browser.conftest import DESKTOP, PHONE, SCREENSHOT_DIR
from tests.browser.english import collect_english
from tests.programme.dashboard import conftest as dashboard_fixtures
from tests.programme.dashboard.conftest import YEAR

# The dashboard tests' fixtures: seeded figures and accounts with roles.
seeded = dashboard_fixtures.seeded
accounts = dashboard_fixtures.accounts

pytestmark = pytest.mark.browser


def to_top(page):
    """Wagtail's admin scrolls inside its own containers, not the window."""
    page.evaluate(
        "document.querySelectorAll('*').forEach(e => { if (e.scrollTop) e.scrollTop = 0; })"
    )


def whole_page(page, name):
    """A screenshot of the whole dashboard: the viewport made as tall as the content."""
    size = page.viewport_size
    height = page.evaluate(
        "Math.max(...Array.from(document.querySelectorAll('*'), e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": size["width"], "height": min(height, 12000)})
    to_top(page)
    page.screenshot(path=str(SCREENSHOT_DIR / f"{name}.png"))
    page.set_viewport_size(size)


def watch_requests(page, tenant_url, tenant):
    """Every URL the page requests whose host is not the tenant's (mapped to 127.0.0.1)."""
    host = urlparse(tenant_url(tenant, "/")).hostname
    outside = []

    def check(request):
        url = urlparse(request.url)
        if url.scheme in ("data", "blob", "about"):
            return
        if url.hostname not in (host, "127.0.0.1", "localhost"):
            outside.append(request.url)

    page.on("request", check)
    return outside


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["desktop"])
def test_dashboard_charts_drill_down_and_filter(
    page,
    tenant_a,
    seeded,
    accounts,
    login,
    orm,
    tenant_url,
    screenshot,
):
    outside = watch_requests(page, tenant_url, tenant_a)
    admin_url = login(page, accounts["province_a"], tenant_a)

    page.goto(admin_url)
    # The admin home shows this year's headline rates of the province, linked to the board.
    assert "Liên đoàn Lao động tỉnh A" in page.locator(".prog-headline h2").inner_text()
    page.get_by_role("button", name="Chương trình truyền thông").click()
    page.get_by_role("link", name="Bảng theo dõi", exact=True).click()
    page.wait_for_url("**/admin/chuong-trinh/bang-theo-doi/")
    assert page.locator("#prog-root").inner_text() == "Liên đoàn Lao động tỉnh A"
    # The default year is this year; the figures are of 2026: choose it in the form.
    page.select_option("#id_year", str(YEAR))
    page.get_by_role("button", name="Xem", exact=True).click()
    page.wait_for_url(f"**year={YEAR}**")

    screenshot(page, "programme-dashboard-desktop")
    # No English on the screen (the suite's detector, tests/browser/english.py).
    assert collect_english(page, "programme-dashboard") == []
    sent = page.locator('tr[data-indicator="articles_sent_up"]')
    assert "2/5 đơn vị đạt chỉ tiêu" in sent.inner_text()
    assert "Chưa đạt" in sent.inner_text()
    assert "Chưa đạt" in page.locator('tr[data-indicator="cases_on_time"]').inner_text()

    # Real SVG charts, drawn on the server: lines in the trends, bars in the distributions.
    trend = page.locator('figure[data-chart="trend"]').first
    assert trend.locator("svg[role=img] > title").text_content().startswith("Tin bài")
    assert trend.locator("path.line").count() >= 2
    branch = page.locator('figure[data-chart="branch"]')
    assert branch.locator("svg rect.rect").count() == 2  # UA1 and UA2
    assert page.locator("svg.pygal-chart").count() >= 11
    # The same figures as a table.
    trend.get_by_text("Bảng số liệu").click()
    may = trend.locator("table.prog-data tr", has_text=f"05/{YEAR}")
    assert "38" in may.inner_text()
    branch.get_by_text("Bảng số liệu").click()
    assert "Công đoàn phường Hoàn Kiếm" in branch.locator("table.prog-data").inner_text()
    whole_page(page, "programme-dashboard-desktop-full")

    # Laggards: UA1, UA2 (none sent), G2 (10 of 30); drill down to G2.
    rows = page.locator("table.prog-laggards tbody tr")
    assert [rows.nth(i).get_attribute("data-org") for i in range(rows.count())] == [
        "XUA1",
        "XUA2",
        "XG2",
    ]
    page.locator('tr[data-org="XG2"]').get_by_role("link").click()
    page.wait_for_url("**org=XG2**")
    assert page.locator("#prog-root").inner_text() == "Công đoàn cơ sở Trường THCS Nguyễn Du"
    assert "Liên đoàn Lao động tỉnh A" in page.locator(".prog-trail").inner_text()
    assert "0/1 đơn vị đạt chỉ tiêu" in sent.inner_text()
    screenshot(page, "programme-dashboard-drilldown")

    # Back to the province; filter: grassroots level only.
    page.locator(".prog-trail").get_by_role("link", name="Liên đoàn Lao động tỉnh A").click()
    page.wait_for_url("**org=XPA**")
    page.select_option("#id_level", "4")
    page.get_by_role("button", name="Xem", exact=True).click()
    page.wait_for_url("**level=4**")
    assert "2/3 đơn vị đạt chỉ tiêu" in sent.inner_text()
    assert "Công đoàn cơ sở" in page.locator("#prog-filter-text").inner_text()

    # Another organisation through the picker (it searches the account's scope only).
    box = page.locator("#id_org")
    box.fill("")
    box.press_sequentially("hoan kiem", delay=20)
    option = page.locator("#id_org-listbox [role=option]", has_text="Công đoàn phường Hoàn Kiếm")
    option.click()
    page.get_by_role("button", name="Xem", exact=True).click()
    page.wait_for_url("**org=XUA1**")
    assert page.locator("#prog-root").inner_text() == "Công đoàn phường Hoàn Kiếm"

    assert outside == []
    noise = ("Cross-Origin-Opener-Policy", "Failed to load resource")
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []


@pytest.mark.parametrize("viewport", [PHONE], ids=["phone"])
def test_dashboard_on_a_phone(
    page,
    tenant_a,
    seeded,
    accounts,
    login,
    tenant_url,
    screenshot,
):
    outside = watch_requests(page, tenant_url, tenant_a)
    login(page, accounts["province_a"], tenant_a)
    page.goto(tenant_url(tenant_a, f"/admin/chuong-trinh/bang-theo-doi/?year={YEAR}"))
    assert page.locator("#prog-root").inner_text() == "Liên đoàn Lao động tỉnh A"
    chart = page.locator("svg.pygal-chart").first
    box = chart.bounding_box()
    assert box["width"] <= PHONE["width"]  # the charts scale to the screen
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    for name in ("period", "year", "quarter", "month", "level", "kind", "branch"):
        field = page.locator(f"#id_{name}").bounding_box()
        assert field["x"] >= 0 and field["x"] + field["width"] <= PHONE["width"], name
    screenshot(page, "programme-dashboard-phone")
    whole_page(page, "programme-dashboard-phone-full")
    assert outside == []
