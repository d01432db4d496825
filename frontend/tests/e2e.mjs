// Playwright (playwright-core, Debian's Chromium, no browser download) against the built
// portal pointed at the seeded Django demo. Started by tests/e2e.py, which sets
// PORTAL_PORT (portal → demo API) and PORTAL_DOWN_PORT (portal → a closed port).
import assert from "node:assert/strict";

import { chromium } from "playwright-core";

const port = process.env.PORTAL_PORT;
const downPort = process.env.PORTAL_DOWN_PORT;
assert.ok(port && downPort, "PORTAL_PORT and PORTAL_DOWN_PORT are required");
const base = `http://hanoi.localhost:${port}`;
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const ARTICLE = "/tin-tuc/dao-tao-nghe-mien-phi-cho-nguoi-lao-dong-mat-viec/";

const viewports = {
  "điện thoại 390x844": { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  "máy tính 1280x800": { viewport: { width: 1280, height: 800 } },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--host-resolver-rules=MAP *.localhost 127.0.0.1", "--no-sandbox"],
});

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - started });
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - started, error });
  }
}

async function noHorizontalScroll(page) {
  const [scroll, inner] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  assert.ok(scroll <= inner, `trang rộng ${scroll}px > khung nhìn ${inner}px`);
}

try {
  for (const [label, options] of Object.entries(viewports)) {
    const context = await browser.newContext({ ...options, locale: "vi-VN" });
    const page = await context.newPage();

    await check(`${label}: trang chủ là dòng tin của tổ chức`, async () => {
      const response = await page.goto(`${base}/`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator("html").getAttribute("lang"), "vi");
      assert.equal(await page.locator("h1").innerText(), "Liên đoàn Lao động thành phố Hà Nội");
      const items = page.getByTestId("feed-item");
      assert.equal(await items.count(), 20);
      for (const time of await items.locator("time").allInnerTexts()) assert.match(time, DATE);
      await noHorizontalScroll(page);
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
      assert.match((await first.locator("h2 a").getAttribute("href")) ?? "", /^http:\/\/tld\.localhost\//);
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

    await check(`${label}: bài viết có sa-pô, khối nội dung và ảnh srcset`, async () => {
      const response = await page.goto(`${base}${ARTICLE}`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator("h1").innerText(), "Đào tạo nghề miễn phí cho người lao động mất việc");
      assert.ok((await page.locator(".standfirst").innerText()).length > 20);
      const cover = page.locator("article figure img").first();
      const srcset = await cover.getAttribute("srcset");
      const widths = (srcset ?? "").split(", ").map((candidate) => candidate.split(" ")[1]);
      assert.deepEqual(widths.slice(0, 2), ["320w", "640w"], srcset ?? "");
      assert.equal(new Set(widths).size, widths.length, `độ rộng lặp lại: ${srcset}`);
      assert.ok((await page.locator(".body figure img[width][height]").count()) > 0, "không có ảnh trong thân bài");
      assert.ok((await page.locator(".body blockquote").count()) > 0, "không có trích dẫn");
      assert.ok((await page.locator(".body .cta a.button").count()) > 0, "không có nút kêu gọi");
      assert.ok((await page.locator(".body").innerText()).length > 200);
      await noHorizontalScroll(page);
    });

    await check(`${label}: đường dẫn không có là trang 404 tiếng Việt`, async () => {
      const response = await page.goto(`${base}/khong-co-trang-nay/`);
      assert.equal(response.status(), 404);
      assert.equal(await page.locator("h1").innerText(), "Không tìm thấy trang");
      await page.getByRole("link", { name: "Về trang chủ" }).waitFor();
    });

    await check(`${label}: tên miền không có tổ chức là trang 404 tiếng Việt`, async () => {
      const response = await page.goto(`http://khong-co-to-chuc.localhost:${port}/`);
      assert.equal(response.status(), 404);
      assert.equal(await page.locator("h1").innerText(), "Không tìm thấy trang");
    });

    await check(`${label}: API ngừng hoạt động là trang lỗi có nút thử lại`, async () => {
      await page.goto(`http://hanoi.localhost:${downPort}/`);
      await page.getByRole("heading", { name: "Hệ thống đang bận" }).waitFor();
      const retry = page.getByRole("button", { name: "Thử lại" });
      await retry.click();
      await page.getByRole("heading", { name: "Hệ thống đang bận" }).waitFor();
    });

    await context.close();
  }
} finally {
  await browser.close();
}

for (const result of results) {
  console.log(`${result.ok ? "ok  " : "FAIL"} ${result.name} (${result.ms} ms)`);
  if (!result.ok) console.log(`     ${result.error?.stack ?? result.error}`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
