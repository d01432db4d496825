// A grassroots union's microsite hosted in Hà Nội's tenant, served by its path with its own
// feed (organization scope), header and breadcrumbs.
import assert from "node:assert/strict";

import { axeClean, base, DATE, noHorizontalScroll } from "../lib.mjs";

const SLUG = process.env.E2E_MICROSITE_SLUG;
const NAME = process.env.E2E_MICROSITE_NAME;
const ARTICLE = process.env.E2E_MICROSITE_ARTICLE;

export async function perViewport({ check, page, label }) {
  await check(`${label}: trang con của công đoàn cơ sở theo đường dẫn, dòng tin riêng`, async () => {
    assert.ok(SLUG && NAME && ARTICLE, "tests/setup/30-ldld_hanoi.py đặt E2E_MICROSITE_*");
    const response = await page.goto(`${base}/${SLUG}/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("h1").innerText(), NAME);
    const header = page.getByTestId("microsite-header");
    assert.equal(await header.locator(".microsite-name").innerText(), NAME);
    assert.match(await header.innerText(), /Liên đoàn Lao động thành phố Hà Nội/);
    assert.equal(await page.title(), `${NAME} | Cổng thông tin Công đoàn`);
    const own = page.locator('[data-testid="feed-item"][data-origin="OWN"]');
    assert.ok((await own.count()) >= 1, "dòng tin của trang con trống");
    // The microsite's feed, not Hà Nội's: its own article, and none of Hà Nội's 20 items.
    const titles = await page.getByTestId("feed-item").locator("h2").allInnerTexts();
    assert.ok(titles.includes(ARTICLE), titles.join(" | "));
    assert.ok((await page.getByTestId("feed-item").count()) < 20);
    for (const time of await page.getByTestId("feed-item").locator("time").allInnerTexts()) {
      assert.match(time, DATE);
    }
    await noHorizontalScroll(page);
    await axeClean(page);
  });

  await check(`${label}: bài của trang con mở dưới đường dẫn của nó, có đường dẫn phân cấp`, async () => {
    await page.goto(`${base}/${SLUG}/`);
    const link = page.getByRole("link", { name: ARTICLE });
    assert.match((await link.getAttribute("href")) ?? "", new RegExp(`^/${SLUG}/.+/$`));
    await link.click();
    await page.waitForURL(new RegExp(`/${SLUG}/.+/$`));
    assert.equal(await page.locator("h1").innerText(), ARTICLE);
    assert.equal(await page.getByTestId("microsite-header").locator(".microsite-name").innerText(), NAME);
    const crumbs = await page.locator(".breadcrumbs a").allInnerTexts();
    assert.deepEqual(crumbs, ["Trang chủ", NAME]);
    assert.equal(await page.locator(".breadcrumbs a").nth(1).getAttribute("href"), `/${SLUG}/`);
    await noHorizontalScroll(page);
    await axeClean(page);
  });

  await check(`${label}: "Tìm công đoàn" dẫn tới trang con ở đường dẫn thật của nó`, async () => {
    await page.goto(`${base}/to-chuc/?q=${encodeURIComponent(SLUG.toUpperCase())}`);
    const org = page.getByTestId("org").filter({ hasText: NAME }).first();
    const link = org.getByTestId("org-site");
    assert.equal(await link.getAttribute("href"), `${base}/${SLUG}/`);
    await link.click();
    await page.waitForURL(`${base}/${SLUG}/`);
    assert.equal(await page.locator("h1").innerText(), NAME);
  });
}
