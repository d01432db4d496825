// Bad input: unknown path or host (Vietnamese 404), API outage (friendly error, retry).
import assert from "node:assert/strict";

import { axeClean, base, downPort, port } from "../lib.mjs";

export async function perViewport({ check, page, label }) {
  await check(`${label}: đường dẫn không có là trang 404 tiếng Việt`, async () => {
    const response = await page.goto(`${base}/khong-co-trang-nay/`);
    assert.equal(response.status(), 404);
    assert.equal(await page.locator("h1").innerText(), "Không tìm thấy trang");
    await page.getByRole("link", { name: "Về trang chủ" }).waitFor();
    await axeClean(page);
  });

  await check(`${label}: tên miền không có tổ chức là trang 404 tiếng Việt`, async () => {
    const response = await page.goto(`http://khong-co-to-chuc.localhost:${port}/`);
    assert.equal(response.status(), 404);
    assert.equal(await page.locator("h1").innerText(), "Không tìm thấy trang");
  });

  await check(`${label}: API ngừng hoạt động là trang lỗi có nút thử lại`, async () => {
    // a host the working portal never served: a page it had cached would be served (ISR)
    await page.goto(`http://tld.localhost:${downPort}/`);
    await page.getByRole("heading", { name: "Hệ thống đang bận" }).waitFor();
    await axeClean(page);
    const retry = page.getByRole("button", { name: "Thử lại" });
    await retry.click();
    await page.getByRole("heading", { name: "Hệ thống đang bận" }).waitFor();
  });
}
