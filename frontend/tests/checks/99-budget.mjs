// Performance budget (docs/portal.md "Performance budget"): every page of tests/pages.mjs is
// loaded in a fresh browser context (cold cache) at each viewport of lib.mjs and on the phone
// at a device pixel ratio of 2, scrolled to its end so lazy images load too, and measured
// from the browser's network log:
//   JS       every script the page downloads until the network is quiet (framework,
//            route chunks, Link prefetches), body bytes as served (gzip from next start);
//   images   every image response: the largest (bytes, URL: the rendition the browser
//            picked from srcset at that width) and the total;
//   HTML     the document's body bytes as served;
// and once per page from Node: time to first byte, the median of E2E_TTFB_RUNS (7) requests
// after a warm-up. Limits come from budget.json; a page over any of them fails its check.
// Every image must also load (no failed request, no broken <img>). The table is printed
// after the checks (report()).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import http from "node:http";

import { port, viewports } from "../lib.mjs";
import { pages } from "../pages.mjs";

const budget = JSON.parse(readFileSync(new URL("../../budget.json", import.meta.url), "utf8"));
const KEYS = ["jsBytes", "largestImageBytes", "imageBytes", "htmlBytes", "ttfbMs"];
const rows = [];

// The checks' two viewports, and the phone again at a device pixel ratio of 2 (most phones
// members use have 2 to 3): srcset then asks for twice the width.
const [phoneLabel, phone] = Object.entries(viewports).find(([, v]) => v.isMobile);
const profiles = { ...viewports, [`${phoneLabel} ×2`]: { ...phone, deviceScaleFactor: 2 } };

function limitsFor(id, kind) {
  const page = budget.pages?.[id] ?? {};
  const merged = { ...budget.default, ...budget.viewports?.[kind], ...page, ...page.viewports?.[kind] };
  return Object.fromEntries(KEYS.map((key) => [key, merged[key]]));
}

function pathOf(entry) {
  return typeof entry.path === "function" ? entry.path() : entry.path;
}

/** Milliseconds until the response headers arrive (the first bytes), body read and dropped. */
function firstByte(path, host) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(
      { host: "127.0.0.1", port, path, headers: { Host: `${host}:${port}`, "Accept-Encoding": "gzip" } },
      (response) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        response.resume();
        response.on("end", () => resolve({ ms, status: response.statusCode }));
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error("hết thời gian chờ")));
    request.on("error", reject);
  });
}

async function medianTtfb(path, host) {
  const runs = Number(process.env.E2E_TTFB_RUNS ?? 7);
  await firstByte(path, host); // warm-up: first compilation of the route, connections
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push((await firstByte(path, host)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Load the page, scroll to its end, wait until no response has arrived for 700 ms. */
async function load(page, url) {
  const responses = [];
  const failed = [];
  let last = Date.now();
  page.on("response", (response) => {
    responses.push(response);
    last = Date.now();
  });
  page.on("requestfailed", (request) => {
    // Link prefetches (fetch) may be cancelled by navigation: only what the page needs counts
    if (["document", "script", "stylesheet", "image"].includes(request.resourceType()))
      failed.push(`${request.resourceType()} ${request.url()} (${request.failure()?.errorText})`);
    last = Date.now();
  });
  const main = await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), null, { timeout: 30_000 });
  while (Date.now() - last < 700) await new Promise((resolve) => setTimeout(resolve, 100));
  return { main, responses, failed };
}

async function bodyBytes(response) {
  const sizes = await response.request().sizes();
  return sizes.responseBodySize;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export async function once({ check, browser }) {
  for (const entry of pages) {
    const host = entry.host ?? "hanoi.localhost";
    const path = pathOf(entry);
    if (!path) {
      await check(`${entry.name}: có đường dẫn để đo`, async () => assert.fail(`tests/pages.mjs: ${entry.id} không có path`));
      continue;
    }
    let ttfb = null;
    await check(`${entry.name}: thời gian đến byte đầu (trung vị)`, async () => {
      ttfb = await medianTtfb(path, host);
      const limit = limitsFor(entry.id, "mobile").ttfbMs;
      assert.ok(ttfb <= limit, `TTFB ${ttfb.toFixed(0)} ms > ${limit} ms`);
    });
    for (const [label, viewport] of Object.entries(profiles)) {
      const kind = viewport.isMobile ? "mobile" : "desktop";
      const limits = limitsFor(entry.id, kind);
      const row = { page: entry.name, id: entry.id, label, kind, ttfb, limits, over: [] };
      rows.push(row);
      await check(`${label}: ${entry.name} nằm trong ngân sách hiệu năng, ảnh tải được`, async () => {
        const context = await browser.newContext({ ...viewport, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
        try {
          await measurePage(context.newPage(), row, entry, `http://${host}:${port}${path}`);
        } finally {
          await context.close();
        }
      });
    }
  }
}

/** Measure one page in a fresh context into ``row``; fail on a broken image or a limit. */
async function measurePage(pagePromise, row, entry, url) {
  const page = await pagePromise;
  const { main, responses, failed } = await load(page, url);
  assert.equal(main?.status(), entry.status ?? 200);
  const scripts = responses.filter((r) => r.request().resourceType() === "script");
  const images = responses.filter((r) => r.request().resourceType() === "image");
  row.js = 0;
  for (const response of scripts) row.js += await bodyBytes(response);
  row.scripts = scripts.length;
  row.images = 0;
  row.imageCount = images.length;
  row.largest = { bytes: 0, url: "" };
  for (const response of images) {
    const bytes = await bodyBytes(response);
    row.images += bytes;
    if (bytes > row.largest.bytes) row.largest = { bytes, url: response.url() };
  }
  row.html = await bodyBytes(main);
  const broken = await page.evaluate(() =>
    [...document.images].filter((img) => !img.naturalWidth).map((img) => img.currentSrc || img.src),
  );
  // How many times wider than needed the widest-served image is (its file's width over
  // its width on screen in device pixels): which rendition srcset made the browser pick.
  row.fit = await page.evaluate(() => {
    let worst = null;
    for (const img of document.images) {
      const shown = img.getBoundingClientRect().width * window.devicePixelRatio;
      if (!img.naturalWidth || !shown) continue;
      const ratio = img.naturalWidth / shown;
      if (!worst || ratio > worst.ratio) {
        worst = { ratio, natural: img.naturalWidth, shown: Math.round(shown), src: img.currentSrc };
      }
    }
    return worst;
  });
  const badImages = images.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`);
  const measured = {
    jsBytes: row.js,
    largestImageBytes: row.largest.bytes,
    imageBytes: row.images,
    htmlBytes: row.html,
    ttfbMs: row.ttfb ?? 0,
  };
  for (const key of KEYS) if (measured[key] > row.limits[key]) row.over.push(key);
  assert.deepEqual([...failed, ...badImages, ...broken.map((src) => `ảnh hỏng ${src}`)], []);
  assert.deepEqual(
    // TTFB is marked in the table here but fails its own check (once per page)
    row.over.filter((key) => key !== "ttfbMs").map((key) => `${key} ${measured[key]} > ${row.limits[key]}`),
    [],
    "vượt ngân sách",
  );
}

/** The table printed after the checks (Markdown, to paste into docs/portal.md). */
export function report() {
  const mark = (row, key, text) => (row.over.includes(key) ? `**${text} ✗**` : text);
  const lines = [
    "",
    "Ngân sách hiệu năng (budget.json; byte như máy chủ gửi, gzip; kB = 1000 byte)",
    "",
    "| trang | khung nhìn | JS tải đầu | ảnh lớn nhất | tổng ảnh | HTML | TTFB (trung vị) | ảnh thừa nhất: tệp / trên màn hình | ảnh lớn nhất: URL |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const row of rows) {
    if (row.js === undefined) {
      lines.push(`| ${row.page} | ${row.label} | (không đo được) | | | | | | |`);
      continue;
    }
    const url = row.largest.url ? new URL(row.largest.url).pathname : "—";
    const fit = row.fit ? `${row.fit.natural} / ${row.fit.shown} px (×${row.fit.ratio.toFixed(1)})` : "—";
    lines.push(
      `| ${row.page} | ${row.label} | ${mark(row, "jsBytes", `${kb(row.js)} (${row.scripts} tệp)`)} / ${kb(row.limits.jsBytes)}` +
        ` | ${mark(row, "largestImageBytes", kb(row.largest.bytes))} / ${kb(row.limits.largestImageBytes)}` +
        ` | ${mark(row, "imageBytes", `${kb(row.images)} (${row.imageCount} ảnh)`)} / ${kb(row.limits.imageBytes)}` +
        ` | ${mark(row, "htmlBytes", kb(row.html))} / ${kb(row.limits.htmlBytes)}` +
        ` | ${row.ttfb === null ? "—" : mark(row, "ttfbMs", `${row.ttfb.toFixed(0)} ms`)} / ${row.limits.ttfbMs} ms` +
        ` | ${fit} | ${url} |`,
    );
  }
  return lines.join("\n");
}
