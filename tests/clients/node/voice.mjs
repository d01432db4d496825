// Usage: node voice.mjs submit <port> <host>
//        node voice.mjs follow <port> <host> <code> <secret>
// The workers' voice journey of a portal, with graphql-js: build the client schema from the
// live server's introspection, validate every document against it, then
//   submit: read the consent notices, submit a question with the HANDLE consent (plain POST:
//           no cookie, no CSRF token, as a portal's server or a chat mini-app sends it),
//           then follow it once; prints {receipt, status}.
//   follow: read the case by code and secret; prints {status}.
// Exits 1 (with a JSON report) on any GraphQL error or validation failure.
import http from "node:http";
import { buildClientSchema, getIntrospectionQuery, parse, validate } from "graphql";

const [mode, port, host, code, secret] = process.argv.slice(2);

function post(payload) {
  const body = Buffer.from(JSON.stringify(payload));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: Number(port),
        path: "/graphql/",
        method: "POST",
        headers: {
          Host: `${host}:${port}`,
          "Content-Type": "application/json",
          "Content-Length": body.length,
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: res.statusCode, headers: res.headers, body: JSON.parse(text) });
          } catch (e) {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function fail(report) {
  console.log(JSON.stringify(report));
  process.exit(1);
}

const introspection = await post({ query: getIntrospectionQuery({ descriptions: true }) });
if (introspection.status !== 200 || introspection.body.errors) fail({ introspection });
const schema = buildClientSchema(introspection.body.data);

async function run(query, variables = {}) {
  const errors = validate(schema, parse(query));
  if (errors.length) fail({ query, validation: errors.map((e) => e.message) });
  const answer = await post({ query, variables });
  if (answer.status !== 200 || answer.body.errors) fail({ query, answer: answer.body });
  return { data: answer.body.data, cacheControl: answer.headers["cache-control"] };
}

const FOLLOW = `query Follow($code: String!, $secret: String!) {
  caseStatus(code: $code, secret: $secret) {
    code status statusLabel kindLabel organization { name } firstResponseDue
    messages { kind kindLabel body createdAt organization { name } }
    consents { purpose active noticeVersion }
  }
}`;

if (mode === "submit") {
  const notices = await run("{ consentNotices { purpose version text sha256 } }");
  const handle = notices.data.consentNotices.find((n) => n.purpose === "HANDLE");
  const submitted = await run(
    `mutation Submit($input: SubmitCaseInput!) {
      submitCase(input: $input) {
        __typename
        ... on CaseReceipt { code secret status statusLabel firstResponseDue organization { name } }
        ... on VoiceErrors { errors { field message } }
      }
    }`,
    {
      input: {
        kind: "QUESTION",
        title: "Tiền lương làm thêm giờ ngày lễ",
        body: "Công ty tôi trả lương làm thêm giờ ngày lễ như ngày thường, như vậy có đúng không?",
        identityMode: "ANONYMOUS",
        consents: [{ purpose: "HANDLE", noticeVersion: handle.version }],
      },
    },
  );
  const receipt = submitted.data.submitCase;
  if (receipt.__typename !== "CaseReceipt") fail({ receipt });
  const status = await run(FOLLOW, { code: receipt.code, secret: receipt.secret });
  console.log(JSON.stringify({ receipt, status: status.data.caseStatus, cacheControl: status.cacheControl }));
} else if (mode === "follow") {
  const status = await run(FOLLOW, { code, secret });
  console.log(JSON.stringify({ status: status.data.caseStatus, cacheControl: status.cacheControl }));
} else {
  fail({ usage: "node voice.mjs submit|follow <port> <host> [code secret]" });
}
