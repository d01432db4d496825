// Workers' voice: a question refused without consent then sent, answered by a handler through
// the platform's own action, the answer read by code and secret; a misinformation report; a
// wrong secret refused; the same without JavaScript; the worker's address forwarded to the
// platform's per-address limit.
import assert from "node:assert/strict";

import { axeClean, base, djangoShell, noHorizontalScroll, viewports } from "../lib.mjs";

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const SECRET = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const ANSWER = "Theo Điều 98 Bộ luật Lao động 2019, làm thêm giờ vào ngày lễ được trả ít nhất 300%.";

// A handler of the case's organisation answers it with the handling action (voice tables are
// in the public schema).
const answerScript = (code) => `
from django.contrib.auth import get_user_model
from voice.actions.answer_case import AnswerCase
from voice.models import Case, Handler
case = Case.objects.get(code=${JSON.stringify(code)})
user, _ = get_user_model().objects.get_or_create(email="xuly-cong-thong-tin@hanoi.localhost")
Handler.objects.get_or_create(user=user, organization=case.organization)
AnswerCase(case, body=${JSON.stringify(ANSWER)}, actor=user).execute()
print("answered")
`;

function privateNoStore(response) {
  const value = response.headers()["cache-control"] ?? "";
  assert.ok(value.includes("private") && value.includes("no-store"), `Cache-Control: ${value}`);
}

/** The answer to a form post (a server action): Next.js sends `no-cache, no-store, …`. */
function noStore(response) {
  const value = response.headers()["cache-control"] ?? "";
  assert.ok(value.includes("no-store"), `Cache-Control: ${value}`);
}

/** No trace of the secret outside the page itself. */
async function secretNotKept(page, context, secret) {
  assert.ok(!page.url().includes(secret), page.url());
  const cookies = await context.cookies();
  assert.ok(!JSON.stringify(cookies).includes(secret), "mã bí mật nằm trong cookie");
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!stored.includes(secret), "mã bí mật nằm trong localStorage/sessionStorage");
}

async function receipt(page) {
  try {
    await page.locator(".v-receipt").waitFor({ timeout: 15_000 });
  } catch (error) {
    const refused = page.locator(".v-form .v-alert");
    if (await refused.count()) assert.fail(`không gửi được: ${await refused.innerText()}`);
    throw error;
  }
  const code = (await page.getByTestId("ma-vu-viec").innerText()).trim();
  const secret = (await page.getByTestId("ma-bi-mat").innerText()).trim();
  assert.match(code, CODE);
  assert.match(secret, SECRET);
  return { code, secret };
}

async function follow(page, code, secret) {
  const response = await page.goto(`${base}/tra-cuu/`);
  assert.equal(response.status(), 200);
  privateNoStore(response);
  await page.getByLabel("Mã vụ việc").fill(code);
  await page.getByLabel("Mã bí mật").fill(secret);
  await page.getByRole("button", { name: "Tra cứu" }).click();
}

/** A documentation address (TEST-NET) standing for one worker: the per-address limits of a
 * kept server never carry over from an earlier run. */
const someAddress = (prefix) => `${prefix}.${1 + Math.floor(Math.random() * 250)}`;

export async function perViewport({ check, page, context, label }) {
  // As a front proxy would send it; the portal forwards it to the platform.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": someAddress("198.18.0") });
  try {
    await journeys({ check, page, context, label });
  } finally {
    await page.setExtraHTTPHeaders({});
  }
}

async function journeys({ check, page, context, label }) {
  let sent;
  const text = `Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không? (${label}, ${Date.now()})`;

  await check(`${label}: gửi câu hỏi bị từ chối khi chưa đồng ý, rồi nhận mã vụ việc`, async () => {
    const response = await page.goto(`${base}/gui-y-kien/`);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator("h1").innerText(), "Gửi câu hỏi, kiến nghị, tâm tư");
    const boxes = page.locator('input[name="consent"]');
    assert.ok((await boxes.count()) >= 2, "thiếu ô đồng ý");
    for (const box of await boxes.all()) assert.equal(await box.isChecked(), false, "ô đồng ý bị đánh dấu sẵn");
    assert.ok((await page.locator(".v-notice-text").first().innerText()).length > 40, "thiếu văn bản thông báo");
    // Anonymous by default: no contact fields until another identity mode is chosen.
    assert.equal(await page.locator("#contactName").isVisible(), false);
    await page.getByLabel("Ghi rõ danh tính").check();
    assert.equal(await page.locator("#contactName").isVisible(), true);
    await page.getByLabel("Ẩn danh hoàn toàn").check();
    await noHorizontalScroll(page);
    await axeClean(page);

    await page.getByLabel("Nội dung (bắt buộc)").fill(text);
    await page.getByRole("button", { name: "Gửi ý kiến" }).click();
    await page.locator("#loi-consents").waitFor();
    assert.match(await page.locator("#loi-consents").innerText(), /chưa đánh dấu ô đồng ý/);
    assert.equal(await page.getByLabel("Nội dung (bắt buộc)").inputValue(), text, "nội dung đã nhập bị mất");
    await axeClean(page);

    await page.locator("#dong-y-handle").check();
    await page.locator("#dong-y-publish_qa").check();
    await page.getByRole("button", { name: "Gửi ý kiến" }).click();
    sent = await receipt(page);
    await page.getByRole("heading", { name: "Công đoàn đã nhận ý kiến của bạn" }).waitFor();
    await secretNotKept(page, context, sent.secret);
    await noHorizontalScroll(page);
    await axeClean(page);
  });

  await check(`${label}: cán bộ trả lời, người gửi đọc câu trả lời bằng mã và mã bí mật`, async () => {
    assert.ok(sent, "chưa gửi được câu hỏi");
    await follow(page, sent.code, sent.secret);
    assert.equal(await page.getByTestId("tinh-trang").innerText(), "Mới tiếp nhận");
    assert.match(await page.getByTestId("han-phan-hoi").innerText(), /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    assert.match(djangoShell("public", answerScript(sent.code)), /answered/);

    await follow(page, sent.code, sent.secret);
    await page.getByTestId("tinh-trang").waitFor();
    assert.equal(await page.getByTestId("tinh-trang").innerText(), "Đã trả lời");
    assert.ok((await page.locator(".v-answer").innerText()).includes("Điều 98"), "không thấy câu trả lời");
    await secretNotKept(page, context, sent.secret);
    await noHorizontalScroll(page);
    await axeClean(page);

    // Withdraw the consent to publication, from the same page.
    const withdraw = page.locator('button[name="withdraw"][value="PUBLISH_QA"]');
    await withdraw.click();
    await page.locator(".v-ok").waitFor();
    assert.match(await page.locator(".v-ok").innerText(), /đã rút sự đồng ý/);
    assert.equal(await withdraw.count(), 0, "nút rút vẫn còn");
    assert.equal(await page.getByTestId("tinh-trang").innerText(), "Đã trả lời");
  });

  await check(`${label}: sai mã bí mật là thông báo rõ ràng`, async () => {
    assert.ok(sent, "chưa gửi được câu hỏi");
    await follow(page, sent.code, "AAAA-BBBB-CCCC-DDDD");
    await page.locator(".v-alert").waitFor();
    assert.match(await page.locator(".v-alert").innerText(), /Mã vụ việc hoặc mã bí mật không đúng/);
    assert.equal(await page.getByTestId("tinh-trang").count(), 0);
    await axeClean(page);
  });

  await check(`${label}: phản ánh thông tin sai có đường dẫn`, async () => {
    const response = await page.goto(`${base}/phan-anh-thong-tin-sai/`);
    assert.equal(response.status(), 200);
    await page.getByLabel("Đường dẫn đến thông tin sai (bắt buộc)").fill(`https://m.facebook.com/groups/x/posts/${Date.now()}/?fbclid=abc`);
    await page.getByLabel("Nội dung sai hoặc gây hiểu lầm là gì?").fill("Bài đăng nói công đoàn thu đoàn phí 5% lương, không đúng.");
    await page.getByRole("button", { name: "Gửi phản ánh" }).click();
    await page.locator("#loi-consents").waitFor();
    await page.locator("#dong-y-handle").check();
    await page.getByRole("button", { name: "Gửi phản ánh" }).click();
    await receipt(page);
    await noHorizontalScroll(page);
    await axeClean(page);
  });
}

export async function once({ check, browser }) {
  const phone = viewports["điện thoại 390x844"];

  await check("không JavaScript: gửi câu hỏi và tra cứu bằng biểu mẫu thường (POST, no-store)", async () => {
    const context = await browser.newContext({
      ...phone,
      javaScriptEnabled: false,
      locale: "vi-VN",
      extraHTTPHeaders: { "X-Forwarded-For": someAddress("198.18.1") },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/gui-y-kien/`);
      assert.equal(await page.locator("#contactName").isVisible(), false, "ô liên hệ hiện khi ẩn danh");
      await page.getByLabel("Ghi rõ danh tính").check();
      await page.locator("#contactName").fill("");
      await page.locator("#contactPhone").fill("12345");
      await page.getByLabel("Nội dung (bắt buộc)").fill(`Hỏi về tiền ăn ca khi làm đêm (không JavaScript, ${Date.now()})`);
      await page.locator("#dong-y-handle").check();
      await page.getByRole("button", { name: "Gửi ý kiến" }).click();
      // The platform's own field errors, next to the fields, what was typed kept.
      await page.locator("#loi-contactName").waitFor();
      await page.locator("#loi-contactPhone").waitFor();
      assert.equal(await page.locator("#contactPhone").inputValue(), "12345");
      await page.locator("#contactName").fill("Nguyễn Văn Thử");
      await page.locator("#contactPhone").fill(`091 ${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`);
      const [posted] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Gửi ý kiến" }).click(),
      ]);
      noStore(posted);
      const { code, secret } = await receipt(page);

      await page.goto(`${base}/tra-cuu/`);
      await page.getByLabel("Mã vụ việc").fill(code.toLowerCase());
      await page.getByLabel("Mã bí mật").fill(secret);
      const [lookedUp] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.getByRole("button", { name: "Tra cứu" }).click(),
      ]);
      noStore(lookedUp);
      assert.ok(!lookedUp.url().includes(secret) && !page.url().includes(secret), "mã bí mật nằm trong URL");
      assert.equal(await page.getByTestId("tinh-trang").innerText(), "Mới tiếp nhận");
    } finally {
      await context.close();
    }
  });

  await check("gửi quá nhiều từ một địa chỉ: thông báo có thời gian chờ, nội dung còn nguyên", async () => {
    // The platform's per-address intake limit (VOICE_INTAKE_IP_RATE, 20 an hour by default),
    // counted for the worker's forwarded address; the form keeps what was typed.
    const worker = someAddress("192.0.2");
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": worker } });
    try {
      const page = await context.newPage();
      let message = "";
      for (let attempt = 0; attempt < 25 && !message; attempt += 1) {
        await page.goto(`${base}/gui-y-kien/`);
        await page.getByLabel("Nội dung (bắt buộc)").fill(`Ý kiến số ${attempt + 1} về giờ làm thêm (${worker})`);
        await page.locator("#dong-y-handle").check();
        await page.getByRole("button", { name: "Gửi ý kiến" }).click();
        await page.locator(".v-receipt, .v-form .v-alert").first().waitFor();
        if (await page.locator(".v-form .v-alert").count()) message = await page.locator(".v-form .v-alert").innerText();
      }
      assert.match(message, /quá nhiều ý kiến.*Vui lòng thử lại sau \d+ (phút|giây|giờ)/s);
      assert.match(await page.getByLabel("Nội dung (bắt buộc)").inputValue(), /^Ý kiến số 21 /);
    } finally {
      await context.close();
    }
  });

  await check("địa chỉ người lao động được chuyển cho nền tảng: giới hạn tra cứu sai tính theo từng người", async () => {
    // A front proxy's X-Forwarded-For (simulated by the browser): the platform counts wrong
    // look-ups per worker, not per portal. 30 wrong look-ups an hour by default, then 429.
    const worker = someAddress("203.0.113");
    const other = someAddress("198.51.100");
    const open = async (address) => {
      const context = await browser.newContext({
        ...phone,
        javaScriptEnabled: false,
        extraHTTPHeaders: { "X-Forwarded-For": address },
      });
      return [context, await context.newPage()];
    };
    const [context, page] = await open(worker);
    const [otherContext, otherPage] = await open(other);
    try {
      let message = "";
      for (let attempt = 0; attempt < 40; attempt += 1) {
        await follow(page, "ZZZZ-ZZZZ", "AAAA-BBBB-CCCC-DDDD");
        message = await page.locator(".v-alert").innerText();
        if (!message.includes("không đúng")) break;
      }
      assert.match(message, /quá nhiều lần.*Vui lòng thử lại sau \d+ (phút|giây|giờ)/s);
      await follow(otherPage, "ZZZZ-ZZZZ", "AAAA-BBBB-CCCC-DDDD");
      assert.match(await otherPage.locator(".v-alert").innerText(), /Mã vụ việc hoặc mã bí mật không đúng/);
    } finally {
      await context.close();
      await otherContext.close();
    }
  });
}
