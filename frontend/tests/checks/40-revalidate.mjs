// Static pages revalidated by the platform's signed webhooks: a directive the Tổng Liên đoàn
// shares down to a grassroots microsite appears on the (cached) microsite page and vanishes
// after its retraction; a forged, unsigned or stale webhook is refused and changes nothing.
import assert from "node:assert/strict";
import crypto from "node:crypto";
import http from "node:http";

import { djangoShell, eventually, port } from "../lib.mjs";

const SLUG = process.env.E2E_MICROSITE_SLUG;
const CODE = process.env.E2E_MICROSITE_CODE;
const SECRET = process.env.E2E_WEBHOOK_SECRET;

/** GET a portal page as a browser on hanoi.localhost would (Host header set). */
function getPage(path) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, path, method: "GET", headers: { Host: `hanoi.localhost:${port}` } },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode, cache: response.headers["x-nextjs-cache"], body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

function signature(secret, id, timestamp, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${crypto.createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

async function postWebhook(body, headers) {
  const response = await fetch(`http://127.0.0.1:${port}/api/revalidate/`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, json: await response.json() };
}

const feedTitles = (html) => [...html.matchAll(/data-testid="feed-item"[\s\S]*?<h2>(?:<a[^>]*>)?([^<]*)</g)].map((m) => m[1]);

const PICK = (code) => `
from cms.models import ArticlePage
from hierarchy.models import Organization
from sharing.actions import RetractShare
from sharing.models import Share, ShareStatus
org = Organization.objects.get(code=${JSON.stringify(code)})
page = ArticlePage.objects.live().public().order_by("first_published_at").first()
for old in Share.objects.filter(source_page_id=page.pk, scope_root=org, status=ShareStatus.ACTIVE):
    RetractShare(old, reason="Dọn lần chạy trước", actor=None).execute()
print(page.pk)
`;
const SHARE = (code, pageId) => `
from cms.models import ArticlePage
from hierarchy.models import Organization
from sharing.actions.share_page import SharePage
from sharing.scope import ScopeSpec
org = Organization.objects.get(code=${JSON.stringify(code)})
share = SharePage(ArticlePage.objects.get(pk=${pageId}), ScopeSpec(root=org), actor=None, mandatory=True).execute()
print(share.pk, share.title, sep="\\t")
`;
const RETRACT = (shareId) => `
from sharing.actions import RetractShare
from sharing.models import Share
RetractShare(Share.objects.get(pk=${shareId}), reason="Thu hồi để sửa nội dung", actor=None).execute()
print("đã thu hồi")
`;

const lastLine = (out) => out.trim().split("\n").at(-1);

export async function once({ check, newPage }) {
  await check("chỉ đạo cấp trên chia sẻ xuống trang con hiện ra rồi biến mất khi thu hồi (webhook)", async () => {
    const pageId = lastLine(djangoShell("tld", PICK(CODE)));
    const path = `/${SLUG}/`;
    // Cached (ISR) before the share: a second request is a cache hit.
    await eventually(async () => (await getPage(path)).cache === "HIT", { timeout: 15_000 });
    const [shareId, title] = lastLine(djangoShell("tld", SHARE(CODE, pageId))).split("\t");
    const page = await newPage();
    const started = Date.now();
    await eventually(
      async () => {
        await page.goto(`http://hanoi.localhost:${port}${path}`);
        return (await page.getByTestId("feed-item").locator("h2").allInnerTexts()).includes(title);
      },
      { timeout: 30_000, interval: 500 },
    );
    console.log(`     chia sẻ → hiện trên trang con sau ${Date.now() - started} ms`);
    const item = page.locator('[data-testid="feed-item"]', { has: page.getByRole("heading", { name: title }) });
    assert.equal(await item.getAttribute("data-mandatory"), "true");
    assert.equal(await item.getAttribute("data-origin"), "INHERITED");
    djangoShell("tld", RETRACT(shareId));
    const retracted = Date.now();
    await eventually(
      async () => {
        await page.goto(`http://hanoi.localhost:${port}${path}`);
        return !(await page.getByTestId("feed-item").locator("h2").allInnerTexts()).includes(title);
      },
      { timeout: 30_000, interval: 500 },
    );
    console.log(`     thu hồi → biến mất sau ${Date.now() - retracted} ms`);
  });

  await check("webhook giả mạo, không ký hoặc quá hạn bị từ chối 401, trang giữ nguyên", async () => {
    assert.ok(SECRET, "E2E_WEBHOOK_SECRET do tests/e2e.py đặt");
    const path = `/${SLUG}/`;
    await eventually(async () => (await getPage(path)).cache === "HIT", { timeout: 15_000 });
    const before = await getPage(path);
    // Every answer of the tenant carries its tag: accepted, this would drop the whole cache.
    const body = JSON.stringify({ type: "page.published", cache_tags: ["t:ldld_hanoi", "t:tld"] });
    const now = Math.floor(Date.now() / 1000);
    const forged = "whsec_" + crypto.randomBytes(32).toString("base64");
    const attempts = {
      "không có chữ ký": {},
      "khóa giả": { "webhook-id": "msg_gia", "webhook-timestamp": String(now), "webhook-signature": signature(forged, "msg_gia", now, body) },
      "quá hạn": {
        "webhook-id": "msg_cu",
        "webhook-timestamp": String(now - 600),
        "webhook-signature": signature(SECRET, "msg_cu", now - 600, body),
      },
      "nội dung bị sửa": {
        "webhook-id": "msg_sua",
        "webhook-timestamp": String(now),
        "webhook-signature": signature(SECRET, "msg_sua", now, body.replace("page.published", "page.deleted")),
      },
    };
    for (const [name, headers] of Object.entries(attempts)) {
      const { status, json } = await postWebhook(body, headers);
      assert.equal(status, 401, `${name}: ${JSON.stringify(json)}`);
      assert.ok(json.error, name);
    }
    const after = await getPage(path);
    assert.equal(after.cache, "HIT");
    assert.equal(after.body, before.body);
    assert.deepEqual(feedTitles(after.body), feedTitles(before.body));

    // The same message correctly signed is accepted and does revalidate.
    const id = `msg_${crypto.randomUUID()}`;
    const good = await postWebhook(body, {
      "webhook-id": id,
      "webhook-timestamp": String(now),
      "webhook-signature": signature(SECRET, id, now, body),
    });
    assert.equal(good.status, 200);
    assert.deepEqual(good.json.revalidated, ["t:ldld_hanoi", "t:tld"]);
    assert.notEqual((await getPage(path)).cache, "HIT");
  });
}
