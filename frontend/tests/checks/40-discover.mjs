// Discovery: search with suggestions, topic and tag lists, Q&A, the organisation tree,
// metadata (Open Graph, Twitter, canonical, feeds), sitemap.xml and robots.txt.
import assert from "node:assert/strict";

import { axeClean, base, DATE, djangoShell, noHorizontalScroll, port } from "../lib.mjs";

const ARTICLE = "/tin-tuc/dao-tao-nghe-mien-phi-cho-nguoi-lao-dong-mat-viec/";

/** fold Vietnamese to plain ASCII lower case ("Công đoàn" → "cong doan") */
const fold = (text) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** GET from inside the page (Chromium resolves *.localhost; Playwright's request API does
 * not): status, content type and text. */
async function browserGet(page, url) {
  if (!page.url().startsWith(base)) await page.goto(`${base}/robots.txt`);
  return page.evaluate(async (address) => {
    const response = await fetch(address);
    return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
  }, url);
}

async function headMeta(page) {
  return page.evaluate(() => {
    const meta = (key) =>
      document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
    const links = (type) =>
      [...document.head.querySelectorAll(`link[rel="alternate"][type="${type}"]`)].map((link) => link.href);
    return {
      title: document.title,
      canonical: document.head.querySelector('link[rel="canonical"]')?.href ?? null,
      ogTitle: meta("og:title"),
      ogDescription: meta("og:description"),
      ogUrl: meta("og:url"),
      ogImage: meta("og:image"),
      ogType: meta("og:type"),
      ogLocale: meta("og:locale"),
      twitterCard: meta("twitter:card"),
      twitterTitle: meta("twitter:title"),
      rss: links("application/rss+xml"),
      atom: links("application/atom+xml"),
    };
  });
}

export async function perViewport({ check, page, label }) {
  await check(`${label}: tìm kiếm không dấu ra kết quả có dấu, phân trang bằng con trỏ`, async () => {
    const response = await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent("cong doan")}`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("h1").innerText(), "Tìm kiếm");
    assert.match(await page.getByTestId("search-count").innerText(), /^\d+ kết quả cho “cong doan”$/);
    const results = page.getByTestId("result");
    assert.equal(await results.count(), 10);
    const titles = await results.locator("h2").allInnerTexts();
    assert.ok(titles.some((title) => title.includes("Công đoàn")), titles.join(" | "));
    for (const time of await results.locator("time").allInnerTexts()) assert.match(time, DATE);
    await noHorizontalScroll(page);
    await axeClean(page);
    // next page by the API's cursor, then back
    assert.equal(await page.getByRole("link", { name: "← Trang trước" }).count(), 0);
    await page.getByRole("link", { name: "Trang sau →" }).click();
    await page.waitForURL(/[?&]sau=/);
    const second = await page.getByTestId("result").locator("h2").allInnerTexts();
    assert.equal(second.length, 10);
    assert.equal(second.filter((title) => titles.includes(title)).length, 0, "trang sau lặp lại kết quả");
    await page.getByRole("link", { name: "← Trang trước" }).click();
    await page.waitForURL(/[?&]truoc=/);
    assert.deepEqual(await page.getByTestId("result").locator("h2").allInnerTexts(), titles);
  });

  await check(`${label}: tìm kiếm trống và không có kết quả nói bằng tiếng Việt`, async () => {
    await page.goto(`${base}/tim-kiem/`);
    assert.match(await page.getByTestId("search-empty").innerText(), /có dấu hoặc không dấu/);
    await axeClean(page);
    const response = await page.goto(`${base}/tim-kiem/?q=xqzwv`);
    assert.equal(response.status(), 200);
    assert.match(await page.getByTestId("search-none").innerText(), /Không tìm thấy kết quả nào cho “xqzwv”/);
    assert.equal(await page.getByTestId("result").count(), 0);
    await axeClean(page);
    // a cursor edited by hand is a 404, not the outage page
    const bad = await page.goto(`${base}/tim-kiem/?q=cong+doan&sau=khong-phai-con-tro`);
    assert.equal(bad.status(), 404);
  });

  await check(`${label}: gợi ý khi gõ, chọn bằng bàn phím (combobox ARIA)`, async () => {
    await page.goto(`${base}/tim-kiem/`);
    const input = page.getByRole("combobox", { name: "Từ cần tìm" });
    await input.click();
    await input.pressSequentially("bao hiem", { delay: 40 });
    const listbox = page.getByRole("listbox", { name: "Gợi ý" });
    await listbox.waitFor();
    assert.equal(await input.getAttribute("aria-expanded"), "true");
    assert.equal(await input.getAttribute("aria-controls"), await listbox.getAttribute("id"));
    const options = listbox.getByRole("option");
    assert.ok((await options.count()) > 0);
    for (const text of await options.allInnerTexts()) assert.match(fold(text), /bao hiem/, text);
    await axeClean(page);
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    const second = options.nth(1);
    assert.equal(await second.getAttribute("aria-selected"), "true");
    assert.equal(await input.getAttribute("aria-activedescendant"), await second.getAttribute("id"));
    await input.press("ArrowUp");
    const chosen = options.nth(0);
    assert.equal(await chosen.getAttribute("aria-selected"), "true");
    const title = await chosen.innerText();
    await input.press("Enter");
    await page.waitForURL((url) => !url.pathname.startsWith("/tim-kiem/"));
    assert.equal(await page.locator("h1").innerText(), title);
    // Escape closes the list; Enter without a chosen option submits the form
    await page.goto(`${base}/tim-kiem/`);
    await input.pressSequentially("luong", { delay: 40 });
    await listbox.waitFor();
    await input.press("Escape");
    await listbox.waitFor({ state: "hidden" });
    assert.equal(await input.getAttribute("aria-expanded"), "false");
    await input.press("Enter");
    await page.waitForURL(/\/tim-kiem\/\?q=luong$/);
    assert.ok((await page.getByTestId("result").count()) > 0);
  });

  await check(`${label}: danh sách chủ đề và trang một chủ đề`, async () => {
    const response = await page.goto(`${base}/chu-de/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("h1").innerText(), "Chủ đề");
    assert.ok((await page.getByTestId("topic").count()) >= 10);
    await noHorizontalScroll(page);
    await axeClean(page);
    await page.getByRole("link", { name: "Tiền lương", exact: true }).click();
    await page.waitForURL(/\/chu-de\/tien-luong\/$/);
    assert.equal(await page.locator("h1").innerText(), "Chủ đề: Tiền lương");
    const results = page.getByTestId("result");
    assert.ok((await results.count()) >= 2);
    assert.ok((await page.getByRole("region", { name: "Hỏi đáp về Tiền lương" }).getByRole("link").count()) >= 1);
    const meta = await headMeta(page);
    assert.ok(meta.rss.includes(`${base}/feeds/topic/tien-luong/rss.xml`), meta.rss.join(" "));
    assert.ok(meta.atom.includes(`${base}/feeds/topic/tien-luong/atom.xml`), meta.atom.join(" "));
    await noHorizontalScroll(page);
    await axeClean(page);
    // the topic's feed answers through the portal
    const feed = await browserGet(page, `${base}/feeds/topic/tien-luong/rss.xml`);
    assert.equal(feed.status, 200);
    assert.match(feed.text, /<rss[^>]*version="2.0"/);
  });

  await check(`${label}: danh sách theo từ khóa`, async () => {
    await page.goto(`${base}/chu-de/tien-luong/`);
    const tag = page.locator(".tags a").first();
    const name = (await tag.innerText()).replace(/^#/, "");
    await tag.click();
    await page.waitForURL(/\/the\/.+\/$/);
    assert.equal(await page.locator("h1").innerText(), `Từ khóa: ${name}`);
    assert.ok((await page.getByTestId("result").count()) > 0);
    await noHorizontalScroll(page);
    await axeClean(page);
    const missing = await page.goto(`${base}/the/khong-co-tu-khoa-nay/`);
    assert.equal(missing.status(), 404);
  });

  await check(`${label}: hỏi đáp, lọc theo chủ đề, mở một câu hỏi`, async () => {
    const response = await page.goto(`${base}/hoi-dap/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("h1").innerText(), "Hỏi đáp");
    const questions = page.getByTestId("question");
    assert.equal(await questions.count(), 4);
    for (const time of await questions.locator("time").allInnerTexts()) assert.match(time, DATE);
    await noHorizontalScroll(page);
    await axeClean(page);
    await page.getByRole("navigation", { name: "Lọc theo chủ đề" }).getByRole("link", { name: "Tiền lương" }).click();
    await page.waitForURL(/chu-de=tien-luong/);
    assert.equal(await questions.count(), 2);
    const link = questions.first().locator("h2 a");
    const title = await link.innerText();
    await link.click();
    await page.waitForURL(/\/hoi-dap-phap-luat\/.+\/$/);
    assert.equal(await page.locator("h1").innerText(), title);
  });

  await check(`${label}: tìm công đoàn: duyệt từng cấp và tìm theo tên`, async () => {
    const response = await page.goto(`${base}/to-chuc/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("h1").innerText(), "Tìm công đoàn của bạn");
    await axeClean(page);
    await page.getByRole("link", { name: "Tổng Liên đoàn Lao động Việt Nam", exact: true }).click();
    await page.waitForURL(/\?ma=TLD$/);
    assert.equal(await page.locator("h1").innerText(), "Tổng Liên đoàn Lao động Việt Nam");
    const children = page.getByRole("list", { name: "Đơn vị trực thuộc" }).getByTestId("org");
    assert.equal(await children.count(), 20);
    await page.getByRole("link", { name: "Trang sau →" }).waitFor();
    await noHorizontalScroll(page);
    await axeClean(page);
    // search by name without accents
    const box = page.getByRole("searchbox", { name: "Tên hoặc mã đơn vị" });
    await box.fill("ha noi");
    await box.press("Enter");
    await page.waitForURL(/\/to-chuc\/\?q=ha\+noi$/);
    const hanoi = page.locator('[data-testid="org"][data-code="LDLD-HA-NOI"]');
    assert.equal(
      await hanoi.getByTestId("org-site").getAttribute("href"),
      `http://hanoi.localhost:${port}/`,
    );
    assert.match(await hanoi.locator(".meta").first().innerText(), /^TLĐLĐVN|Tổng Liên đoàn/);
    await axeClean(page);
    // then one level down: its children, each with where its content is
    await hanoi.getByRole("link", { name: "Liên đoàn Lao động thành phố Hà Nội", exact: true }).click();
    await page.waitForURL(/\?ma=LDLD-HA-NOI$/);
    assert.ok((await page.getByRole("navigation", { name: "Cấp tổ chức" }).getByRole("link").count()) >= 2);
    const child = page.getByRole("list", { name: "Đơn vị trực thuộc" }).getByTestId("org").first();
    await child.waitFor();
    assert.match((await child.getByTestId("org-site").getAttribute("href")) ?? "", /^http:\/\/[a-z0-9.-]+\.localhost:\d+\//);
  });

  await check(`${label}: thẻ Open Graph, Twitter, canonical và liên kết RSS/Atom`, async () => {
    await page.goto(`${base}${ARTICLE}`);
    const meta = await headMeta(page);
    assert.equal(meta.canonical, `${base}${ARTICLE}`);
    assert.equal(meta.ogUrl, `${base}${ARTICLE}`);
    assert.equal(meta.ogTitle, "Đào tạo nghề miễn phí cho người lao động mất việc");
    assert.ok((meta.ogDescription ?? "").length > 20, meta.ogDescription);
    assert.equal(meta.ogType, "article");
    assert.equal(meta.ogLocale, "vi_VN");
    assert.equal(meta.twitterCard, "summary_large_image");
    assert.equal(meta.twitterTitle, meta.ogTitle);
    assert.deepEqual(meta.rss, [`${base}/feeds/rss.xml`]);
    assert.deepEqual(meta.atom, [`${base}/feeds/atom.xml`]);
    assert.match(meta.ogImage ?? "", /\/media\/.+\.(jpe?g|png|webp)$/);
    for (const href of [...meta.rss, ...meta.atom]) {
      const feed = await browserGet(page, href);
      assert.equal(feed.status, 200, href);
      assert.match(feed.text, href.endsWith("rss.xml") ? /<rss / : /<feed /);
    }
    // every page: home and the lists
    for (const path of ["/", "/chu-de/", "/hoi-dap/", "/to-chuc/", "/tim-kiem/"]) {
      await page.goto(`${base}${path}`);
      const other = await headMeta(page);
      assert.equal(other.canonical, `${base}${path}`, path);
      assert.ok(other.ogTitle && other.ogUrl === `${base}${path}` && other.twitterCard, path);
      assert.deepEqual(other.rss, [`${base}/feeds/rss.xml`], path);
    }
    await page.goto(`${base}/`);
    assert.equal((await headMeta(page)).title, "Liên đoàn Lao động thành phố Hà Nội");
  });

  await check(`${label}: điều hướng chính dẫn đến các trang`, async () => {
    await page.goto(`${base}/`);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    for (const [name, path] of [
      ["Chủ đề", "/chu-de/"],
      ["Hỏi đáp", "/hoi-dap/"],
      ["Tìm công đoàn", "/to-chuc/"],
      ["Tìm kiếm", "/tim-kiem/"],
      ["Gửi ý kiến", "/gui-y-kien/"],
      ["Tra cứu vụ việc", "/tra-cuu/"],
    ]) {
      assert.equal(await nav.getByRole("link", { name, exact: true }).getAttribute("href"), path);
    }
    await noHorizontalScroll(page);
  });
}

export async function once({ check, browser }) {
  await check("tìm kiếm chạy được khi tắt JavaScript (form GET)", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN" });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/tim-kiem/`);
      const input = page.getByRole("searchbox", { name: "Từ cần tìm" });
      assert.equal(await input.getAttribute("role"), null);
      await input.fill("bao hiem xa hoi");
      await page.getByRole("button", { name: "Tìm" }).click();
      await page.waitForURL(/\/tim-kiem\/\?q=bao\+hiem\+xa\+hoi$/);
      const titles = await page.getByTestId("result").locator("h2").allInnerTexts();
      assert.ok(titles.some((title) => title.includes("bảo hiểm xã hội")), titles.join(" | "));
    } finally {
      await context.close();
    }
  });

  await check("sitemap.xml là XML hợp lệ với địa chỉ của cổng, robots.txt trỏ đến nó", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const index = await browserGet(page, `${base}/sitemap.xml`);
      assert.equal(index.status, 200);
      assert.match(index.type, /xml/);
      const parse = (xml) =>
        page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, "application/xml");
          if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
          return { root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI, locs: [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent) };
        }, xml);
      const parsed = await parse(index.text);
      assert.equal(parsed.error, undefined, parsed.error);
      assert.equal(parsed.root, "sitemapindex");
      assert.equal(parsed.ns, "http://www.sitemaps.org/schemas/sitemap/0.9");
      assert.ok(parsed.locs.length >= 2);
      for (const loc of parsed.locs) assert.ok(loc.startsWith(`${base}/sitemaps/`), loc);
      const urls = [];
      for (const loc of parsed.locs) {
        const file = await browserGet(page, loc);
        assert.equal(file.status, 200, loc);
        const set = await parse(file.text);
        assert.equal(set.error, undefined, set.error);
        assert.equal(set.root, "urlset");
        urls.push(...set.locs);
      }
      for (const url of urls) assert.ok(url.startsWith(`${base}/`), url);
      assert.ok(urls.includes(`${base}/tin-tuc/dao-tao-nghe-mien-phi-cho-nguoi-lao-dong-mat-viec/`));
      assert.ok(urls.includes(`${base}/chu-de/tien-luong/`));
      // a CMS page listed there opens in the portal
      assert.equal((await page.goto(urls.find((url) => url.includes("/tin-tuc/")))).status(), 200);
      const robots = await browserGet(page, `${base}/robots.txt`);
      assert.ok(robots.text.includes(`Sitemap: ${base}/sitemap.xml`), robots.text);
      assert.equal((await browserGet(page, `${base}/sitemaps/999.xml`)).status, 404);
    } finally {
      await context.close();
    }
  });

  await check("một trang CMS ở /hoi-dap/ được ưu tiên hơn danh sách của cổng", async () => {
    const title = "Hỏi đáp (trang của biên tập viên)";
    const create = `
from wagtail.models import Site
from cms.models import SectionPage
home = Site.objects.get(is_default_site=True).root_page.specific
page = home.add_child(instance=SectionPage(title=${JSON.stringify(title)}, slug="hoi-dap", intro="Trang do biên tập viên tạo."))
page.save_revision().publish()
print(page.url_path)
`;
    const remove = `
from wagtail.models import Site
home = Site.objects.get(is_default_site=True).root_page
for page in home.get_children().filter(slug="hoi-dap"):
    page.delete()
`;
    djangoShell("ldld_hanoi", remove + create);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`${base}/hoi-dap/`);
      assert.equal(response.status(), 200);
      assert.equal(await page.locator("h1").innerText(), title);
      assert.equal(await page.getByTestId("question").count(), 0);
      assert.equal((await headMeta(page)).ogTitle, title);
    } finally {
      await context.close();
      djangoShell("ldld_hanoi", remove);
    }
  });
}
