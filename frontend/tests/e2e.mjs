// Playwright (playwright-core, Debian's Chromium, no browser download) against the built
// portal pointed at the seeded Django demo. Started by tests/e2e.py.
//
// Every file in tests/checks/ (in name order) exports any of:
//   perViewport(t)  run once per viewport (phone 390x844 and desktop), t = { check, page,
//                   context, label, viewport }
//   once(t)         run once, t = { check, browser, newPage(viewportLabel) }
//   report()        text printed after the checks' results (e.g. the performance budget's table)
// `check(name, fn)` records one named check. E2E_ONLY=<substring> runs only the check files
// whose name contains it (while working on one page).
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

import { viewports } from "./lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.env.E2E_ONLY ?? "";
const files = readdirSync(join(here, "checks"))
  .filter((name) => name.endsWith(".mjs") && name.includes(only))
  .sort();
const modules = [];
for (const name of files) modules.push([name, await import(pathToFileURL(join(here, "checks", name)).href)]);

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

async function newContext(label) {
  return browser.newContext({ ...viewports[label], locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
}

try {
  for (const [label] of Object.entries(viewports)) {
    const context = await newContext(label);
    const page = await context.newPage();
    for (const [, mod] of modules) {
      if (mod.perViewport) await mod.perViewport({ check, page, context, label, viewport: viewports[label] });
    }
    await context.close();
  }
  for (const [, mod] of modules) {
    if (mod.once) {
      const opened = [];
      const newPage = async (label = Object.keys(viewports)[0]) => {
        const context = await newContext(label);
        opened.push(context);
        return context.newPage();
      };
      try {
        await mod.once({ check, browser, newPage });
      } finally {
        for (const context of opened) await context.close();
      }
    }
  }
} finally {
  await browser.close();
}

for (const result of results) {
  console.log(`${result.ok ? "ok  " : "FAIL"} ${result.name} (${result.ms} ms)`);
  if (!result.ok) console.log(`     ${result.error?.stack ?? result.error}`);
}
for (const [, mod] of modules) if (mod.report) console.log(await mod.report());
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed || !results.length ? 1 : 0);
