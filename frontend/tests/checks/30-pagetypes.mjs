// One page of every type the demo seeds, found through the public API (pages(filters:
// {types: [...]})), opened in the portal at both viewports: the template of its type shows
// what a member looks for on it (an official document's number, an event's time in
// Vietnam time, the answer of a Q&A, ...), responsive images carry srcset/width/height,
// nothing scrolls sideways and axe finds nothing serious.
import assert from "node:assert/strict";
import http from "node:http";

import { DATE, apiPort, axeClean, base, noHorizontalScroll } from "../lib.mjs";

const MEDIA = /^http:\/\/hanoi\.localhost\/media\//;

/** One GraphQL read against the platform (the test's own, not the portal's, query). */
function graphql(query, variables = {}) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: apiPort,
        path: "/graphql/",
        method: "POST",
        headers: { Host: "hanoi.localhost", "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () => {
          const payload = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          if (payload.errors?.length) reject(new Error(JSON.stringify(payload.errors)));
          else resolve(payload.data);
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const TYPES = [
  "PolicyPage",
  "DocumentPage",
  "CampaignPage",
  "EventPage",
  "QuestionPage",
  "GalleryPage",
  "VideoPage",
  "InfographicPage",
  "ModelStoryPage",
  "FormPage",
  "SectionPage",
];

/** The oldest page of a type (the demo's first of each), with the fields the checks compare. */
async function firstOf(type) {
  const data = await graphql(
    `query($types: [String!]) {
      pages(order: OLDEST, first: 1, filters: { types: $types }) {
        edges { node {
          __typename title urlPath
          ... on DocumentPage { documentNumber signedOn file { fileExtension fileSize } }
          ... on EventPage { startAt endAt }
          ... on QuestionPage { question legalBasis }
          ... on CampaignPage { startDate endDate }
          ... on GalleryPage { images { caption } }
          ... on ModelStoryPage { personName }
          ... on FormPage { formFields { label } }
          ... on SectionPage { children(first: 1) { totalCount } }
        } }
      }
    }`,
    { types: [type] },
  );
  const node = data.pages.edges[0]?.node;
  assert.ok(node, `bản demo không có trang ${type}`);
  return node;
}

export const pages = Object.fromEntries(await Promise.all(TYPES.map(async (type) => [type, await firstOf(type)])));

const ddmmyyyy = (iso) => iso.slice(0, 10).split("-").reverse().join("/");
const vnTime = (iso) =>
  new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Ho_Chi_Minh" })
    .format(new Date(iso));

async function open(page, type) {
  const target = pages[type];
  const response = await page.goto(`${base}${target.urlPath}`);
  assert.equal(response.status(), 200, `${target.urlPath}: ${response.status()}`);
  assert.equal(await page.locator("article").getAttribute("data-page-type"), type);
  assert.equal(await page.locator("h1").innerText(), target.title);
  return target;
}

/** Every <img> in the article has width and height (no layout shift) and has loaded. */
async function imagesSized(page) {
  const images = await page.locator("article img").evaluateAll((nodes) =>
    nodes.map((img) => ({
      src: img.getAttribute("src"),
      width: img.getAttribute("width"),
      height: img.getAttribute("height"),
      srcset: img.getAttribute("srcset"),
    })),
  );
  for (const image of images) {
    assert.ok(Number(image.width) > 0 && Number(image.height) > 0, `ảnh không có kích thước: ${image.src}`);
    if (image.srcset) {
      const widths = image.srcset.split(", ").map((candidate) => candidate.split(" ")[1]);
      assert.equal(new Set(widths).size, widths.length, `độ rộng lặp lại: ${image.srcset}`);
    }
  }
  return images;
}

/** Cumulative layout shift of the page so far (Chromium's layout-shift entries). */
function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

/** The eager images (the first picture of the page) have loaded, from a srcset candidate. */
async function eagerLoaded(page) {
  const eager = await page.locator('article img:not([loading="lazy"])').evaluateAll((nodes) =>
    nodes.map((img) => ({ src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0 })),
  );
  for (const image of eager) assert.ok(image.ok, `ảnh không tải được: ${image.src}`);
}

async function finish(page) {
  await imagesSized(page);
  await page.waitForLoadState("load");
  await eagerLoaded(page);
  const cls = await layoutShift(page);
  assert.ok(cls < 0.02, `dịch chuyển bố cục ${cls}`);
  if (process.env.E2E_VERBOSE) console.log(`CLS ${new URL(page.url()).pathname} ${cls.toFixed(4)}`);
  await noHorizontalScroll(page);
  await axeClean(page);
  return cls;
}

export async function perViewport({ check, page, label }) {
  // The API gives media as absolute URLs on the tenant's host (port 80 in production); in
  // this run Django serves them on its own port.
  const toApi = (route) =>
    route.continue({ url: route.request().url().replace("http://hanoi.localhost/", `http://hanoi.localhost:${apiPort}/`) });
  await page.route(MEDIA, toApi);
  try {
    await checks({ check, page, label });
  } finally {
    await page.unroute(MEDIA, toApi);
  }
}

async function checks({ check, page, label }) {
  await check(`${label}: văn bản có số hiệu, ngày ký dd/mm/yyyy và tệp đính kèm`, async () => {
    const doc = await open(page, "DocumentPage");
    assert.equal(await page.getByTestId("document-number").innerText(), doc.documentNumber);
    const facts = await page.locator(".facts").innerText();
    assert.match(facts, /Cơ quan ban hành/);
    assert.ok(facts.includes(ddmmyyyy(doc.signedOn)), facts);
    const file = await page.locator(".attachments .file").innerText();
    // The type always, the size when the platform knows it (files stored by a script may have none).
    const size = doc.file.fileSize ? ", \\d+(,\\d)? (KB|MB)" : "";
    assert.match(file, new RegExp(`\\(${doc.file.fileExtension.toUpperCase()}${size}\\)`), file);
    await finish(page);
  });

  await check(`${label}: sự kiện có giờ Việt Nam và địa điểm`, async () => {
    const event = await open(page, "EventPage");
    const time = await page.getByTestId("event-time").innerText();
    assert.ok(time.includes(ddmmyyyy(new Date(new Date(event.startAt).getTime() + 7 * 3600e3).toISOString())), time);
    assert.ok(time.includes(`${vnTime(event.startAt)}–${vnTime(event.endAt)}`), time);
    assert.match(await page.locator(".facts").innerText(), /Địa điểm|Trực tuyến/);
    await finish(page);
  });

  await check(`${label}: chiến dịch có thời gian, thông điệp và hoạt động`, async () => {
    const campaign = await open(page, "CampaignPage");
    assert.equal(
      await page.getByTestId("campaign-period").innerText(),
      `${ddmmyyyy(campaign.startDate)} – ${ddmmyyyy(campaign.endDate)}`,
    );
    assert.ok((await page.locator(".factbox li").count()) > 0, "không có thông điệp chính");
    const children = page.getByTestId("child-list").locator("li");
    assert.ok((await children.count()) >= 2, "chiến dịch không liệt kê bài, sự kiện");
    assert.ok(await page.locator('[data-testid="child-list"] li[data-page-type="EventPage"]').count());
    await finish(page);
  });

  await check(`${label}: hỏi đáp có câu hỏi, trả lời và căn cứ pháp lý`, async () => {
    const qa = await open(page, "QuestionPage");
    assert.equal(await page.getByTestId("question").innerText(), qa.question);
    assert.ok((await page.getByTestId("answer").innerText()).length > 50);
    assert.ok((await page.locator(".legal").innerText()).includes(qa.legalBasis.split("\n")[0]));
    await finish(page);
  });

  await check(`${label}: thư viện ảnh có ảnh srcset, chú thích`, async () => {
    const gallery = await open(page, "GalleryPage");
    const figures = page.getByTestId("gallery").locator("figure");
    assert.equal(await figures.count(), gallery.images.length);
    assert.equal(await figures.first().locator("figcaption").innerText().then((t) => t.startsWith(gallery.images[0].caption)), true);
    const srcset = await figures.first().locator("img").getAttribute("srcset");
    assert.deepEqual(srcset.split(", ").map((c) => c.split(" ")[1]).slice(0, 2), ["320w", "640w"], srcset);
    // The browser chose a candidate and the box was reserved by width/height.
    await page.waitForLoadState("load");
    const chosen = await figures.first().locator("img").evaluate((img) => img.currentSrc);
    const candidate = srcset.split(", ").find((c) => c.startsWith(`${chosen} `)) ?? "";
    assert.ok(parseInt(candidate.split(" ")[1], 10) <= 640, `ảnh quá lớn cho khung: ${candidate || chosen}`);
    const box = await figures.first().locator("img").boundingBox();
    assert.ok(box.height > 0 && Math.abs(box.width / box.height - 16 / 9) < 0.05, JSON.stringify(box));
    await finish(page);
  });

  await check(`${label}: video là ảnh đại diện và liên kết, không iframe`, async () => {
    await open(page, "VideoPage");
    assert.equal(await page.locator("iframe").count(), 0);
    const link = page.getByTestId("video-link");
    assert.match(await link.getAttribute("href"), /^https:\/\//);
    assert.match(await link.innerText(), /Xem video trên \w+/);
    assert.ok(await page.locator(".transcript summary").count());
    await finish(page);
  });

  await check(`${label}: đồ họa thông tin có ảnh nguyên tỷ lệ và nội dung dạng chữ`, async () => {
    await open(page, "InfographicPage");
    const image = page.locator("figure.infographic img");
    assert.ok(await image.getAttribute("srcset"));
    assert.equal(await image.getAttribute("aria-describedby"), "infographic-text");
    assert.ok((await page.getByTestId("infographic-text").locator("li").count()) > 0);
    await finish(page);
  });

  await check(`${label}: gương điển hình có chân dung, tên, thành tích`, async () => {
    const story = await open(page, "ModelStoryPage");
    assert.equal(await page.getByTestId("person-name").innerText(), story.personName);
    assert.ok((await page.locator(".person img[width][height]").count()) === 1);
    assert.ok((await page.locator("#achievements + div p").count()) > 0);
    await finish(page);
  });

  await check(`${label}: khảo sát liệt kê câu hỏi và chỉ nơi trả lời`, async () => {
    const form = await open(page, "FormPage");
    const fields = page.getByTestId("form-fields").locator("li");
    assert.equal(await fields.count(), form.formFields.length);
    assert.ok((await fields.first().innerText()).includes(form.formFields[0].label));
    // No inputs the portal could not send: the API has no form submission.
    assert.equal(await page.locator("article input, article textarea").count(), 0);
    const notice = page.getByTestId("form-notice");
    assert.ok(await notice.locator('a[href^="tel:"], a[href^="mailto:"]').count());
    await finish(page);
  });

  await check(`${label}: chính sách có văn bản liên quan`, async () => {
    await open(page, "PolicyPage");
    assert.match(await page.locator(".facts").innerText(), new RegExp(`Áp dụng từ\\s+${DATE.source.slice(1, -1)}`));
    assert.ok((await page.locator(".related .doc-list li").count()) > 0);
    await finish(page);
  });

  await check(`${label}: chuyên mục liệt kê trang con, phân trang`, async () => {
    await open(page, "SectionPage");
    const list = page.getByTestId("child-list").locator("li");
    assert.ok((await list.count()) > 0, "chuyên mục trống");
    await finish(page);
    // The news section of the demo has more than a page: next, then back.
    const response = await page.goto(`${base}/tin-tuc/`);
    assert.equal(response.status(), 200);
    const first = await page.getByTestId("child-list").locator("h3").allInnerTexts();
    assert.equal(first.length, 10);
    await page.getByRole("link", { name: "Trang sau ›" }).click();
    await page.waitForURL(/\?sau=/);
    const second = await page.getByTestId("child-list").locator("h3").allInnerTexts();
    assert.ok(second.length > 0 && !second.some((title) => first.includes(title)), "trang sau lặp lại trang đầu");
    await page.getByRole("link", { name: "‹ Trang trước" }).click();
    await page.waitForURL(/\?truoc=/);
    assert.deepEqual(await page.getByTestId("child-list").locator("h3").allInnerTexts(), first);
    await finish(page);
    // An edited cursor is a page that does not exist, not an outage.
    assert.equal((await page.goto(`${base}/tin-tuc/?sau=khong-hop-le`)).status(), 404);
  });
}
