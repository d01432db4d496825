// Home: the organisation's feed, the pinned mandatory directive from above, opening an item.
import assert from "node:assert/strict";

import { axeClean, base, DATE, noHorizontalScroll } from "../lib.mjs";

export async function perViewport({ check, page, label }) {
  await check(`${label}: trang chủ là dòng tin của tổ chức`, async () => {
    const response = await page.goto(`${base}/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    assert.equal(await page.locator("h1").innerText(), "Liên đoàn Lao động thành phố Hà Nội");
    const items = page.getByTestId("feed-item");
    assert.equal(await items.count(), 20);
    for (const time of await items.locator("time").allInnerTexts()) assert.match(time, DATE);
    await noHorizontalScroll(page);
    await axeClean(page);
  });

  await check(`${label}: trang chủ có các chiến dịch của tổ chức, mở được từng chiến dịch`, async () => {
    await page.goto(`${base}/`);
    const section = page.getByRole("region", { name: "Chiến dịch" });
    const campaigns = section.getByTestId("campaign");
    assert.ok((await campaigns.count()) >= 1, "không có chiến dịch trên trang chủ");
    for (const period of await section.getByTestId("campaign-period").allInnerTexts()) {
      assert.match(period, /^\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/);
    }
    const link = campaigns.first().getByRole("link");
    const title = await link.innerText();
    await link.click();
    await page.waitForURL((url) => url.pathname !== "/");
    assert.equal(await page.locator("h1").innerText(), title);
    await axeClean(page);
  });

  await check(`${label}: chỉ đạo bắt buộc của cấp trên được ghim lên đầu và đánh dấu`, async () => {
    await page.goto(`${base}/`);
    const first = page.getByTestId("feed-item").first();
    assert.equal(await first.getAttribute("data-pinned"), "true");
    assert.equal(await first.getAttribute("data-mandatory"), "true");
    assert.equal(await first.getAttribute("data-origin"), "INHERITED");
    assert.deepEqual(await first.locator(".badges li").allInnerTexts(), [
      "Ghim",
      "Bắt buộc",
      "Cấp trên chia sẻ: TLĐLĐVN",
    ]);
    assert.match((await first.locator("h2 a").getAttribute("href")) ?? "", /^http:\/\/tld\.localhost(:\d+)?\//);
    const pinned = await page.locator('[data-testid="feed-item"][data-pinned="true"]').count();
    assert.equal(pinned, 1);
    assert.equal(await page.locator('[data-testid="feed-item"] .badge-mandatory').count(), 1);
  });

  await check(`${label}: mở một bài từ dòng tin`, async () => {
    await page.goto(`${base}/`);
    const item = page
      .locator('[data-testid="feed-item"][data-origin="OWN"][data-page-type="cms.articlepage"]')
      .first();
    const link = item.locator("h2 a");
    const title = await link.innerText();
    await link.click();
    await page.waitForURL(/\/chien-dich\/.+\/$/);
    assert.equal(await page.locator("h1").innerText(), title);
    assert.match(await page.locator("article time").first().innerText(), DATE);
    assert.ok((await page.locator(".body p").count()) > 0, "bài không có đoạn văn");
  });
}
