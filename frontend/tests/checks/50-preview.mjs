// Draft preview through the platform's signed preview token: the editor sees an unpublished
// change with the "Bản xem trước" banner and can leave; nobody else sees it, nothing is cached.
import assert from "node:assert/strict";

import { axeClean, base, djangoShell, noHorizontalScroll } from "../lib.mjs";

const CODE = process.env.E2E_MICROSITE_CODE;

// A draft of one of Hà Nội's published articles (outside the microsite), and a token for it.
const DRAFT = (code) => `
import json
from wagtail.models import Page, Site
from cms.models import ArticlePage
from graphql_api.content.preview import issue_token
from hierarchy.models import Organization
root = Page.objects.get(pk=Organization.objects.get(code=${JSON.stringify(code)}).microsite_page_id)
page = ArticlePage.objects.live().exclude(path__startswith=root.path).order_by("first_published_at").first()
published = page.title
page.title = published + " (bản nháp chưa xuất bản)"
revision = page.save_revision()
path = page.relative_url(Site.objects.get(is_default_site=True))
print(json.dumps({"token": issue_token(page.pk, revision.pk), "published": published, "draft": page.title, "path": path}))
`;

export async function perViewport({ check, page, context, label }) {
  await check(`${label}: xem trước bản nháp bằng mã xem trước, có biểu ngữ và nút thoát`, async () => {
    const draft = JSON.parse(djangoShell("ldld_hanoi", DRAFT(CODE)).trim().split("\n").at(-1));
    const response = await page.goto(`${base}/api/preview/?token=${encodeURIComponent(draft.token)}`);
    assert.equal(new URL(page.url()).pathname, draft.path);
    assert.equal(response.status(), 200);
    assert.match(response.headers()["cache-control"] ?? "", /no-store/);
    assert.equal(await page.locator("h1").innerText(), draft.draft);
    const banner = page.getByTestId("preview-banner");
    assert.match(await banner.innerText(), /Bản xem trước/);
    await noHorizontalScroll(page);
    await axeClean(page);

    // Another reader (no preview cookie) gets the published page, from the cache.
    const other = await context.browser().newContext();
    try {
      const reader = await other.newPage();
      await reader.goto(`${base}${draft.path}`);
      assert.equal(await reader.locator("h1").innerText(), draft.published);
      assert.equal(await reader.getByTestId("preview-banner").count(), 0);
    } finally {
      await other.close();
    }

    await banner.getByRole("link", { name: "Thoát xem trước" }).click();
    await page.waitForURL((url) => url.pathname === draft.path);
    assert.equal(await page.locator("h1").innerText(), draft.published);
    assert.equal(await page.getByTestId("preview-banner").count(), 0);
  });

  await check(`${label}: mã xem trước giả bị từ chối bằng thông báo tiếng Việt`, async () => {
    const response = await page.goto(`${base}/api/preview/?token=ma-gia-mao`);
    assert.equal(response.status(), 401);
    assert.match(await page.locator("body").innerText(), /Mã xem trước không hợp lệ/);
  });
}
