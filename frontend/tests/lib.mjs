// Shared helpers of the portal's Playwright checks (tests/checks/*.mjs). The runner
// (tests/e2e.mjs) is started by tests/e2e.py, which sets the environment read here.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const port = process.env.PORTAL_PORT;
export const downPort = process.env.PORTAL_DOWN_PORT;
export const apiPort = process.env.E2E_API_PORT;
assert.ok(port && downPort, "PORTAL_PORT and PORTAL_DOWN_PORT are required (run tests/e2e.py)");

/** The portal's address for a tenant host (Chromium maps *.localhost to 127.0.0.1). */
export function portal(host = "hanoi.localhost", path = "/") {
  return `http://${host}:${port}${path}`;
}
export const base = portal("hanoi.localhost", "").replace(/\/$/, "");

export const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

export const viewports = {
  "điện thoại 390x844": { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  "máy tính 1280x800": { viewport: { width: 1280, height: 800 } },
};

export async function noHorizontalScroll(page) {
  const [scroll, inner] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  assert.ok(scroll <= inner, `trang rộng ${scroll}px > khung nhìn ${inner}px`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Run axe-core (WCAG 2.x A/AA rules) on the page as it is; fail on any violation of
 * serious or critical impact, naming the rule and the first offending elements. */
export async function axeClean(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  assert.deepEqual(violations, [], `axe: ${violations.join("; ")}`);
}

/** Run Python in a tenant schema of the platform with its own shell (manage.py
 * tenant_command shell), as an editor's action would; returns what it printed. */
export function djangoShell(schema, code) {
  const env = JSON.parse(process.env.E2E_DJANGO_ENV ?? "null");
  assert.ok(env && process.env.E2E_PYTHON && process.env.E2E_ROOT, "E2E_DJANGO_ENV is set by tests/e2e.py");
  return execFileSync(
    process.env.E2E_PYTHON,
    ["manage.py", "tenant_command", "shell", "-s", schema, "--no-imports", "-c", code],
    { cwd: process.env.E2E_ROOT, env, encoding: "utf8", timeout: 300_000 },
  );
}

/** Poll ``fn`` until it returns a truthy value (or throw its last error). */
export async function eventually(fn, { timeout = 30_000, interval = 500 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw last ?? new Error(`không đạt sau ${timeout} ms`);
}
