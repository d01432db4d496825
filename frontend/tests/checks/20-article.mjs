// An article: standfirst, StreamField blocks, responsive cover image.
import assert from "node:assert/strict";

import { axeClean, base, noHorizontalScroll } from "../lib.mjs";

const ARTICLE = "/tin-tuc/dao-tao-nghe-mien-phi-cho-nguoi-lao-dong-mat-viec/";

export async function perViewport({ check, page, label }) {
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
    await axeClean(page);
  });
}
