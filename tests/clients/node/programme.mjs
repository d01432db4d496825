// Usage: node programme.mjs <port> <host> <token> <org code>
// A portal's build and page, with graphql-js: the developer's API token introspects the
// schema (buildClientSchema), every document is validated against it, then the portal asks
// without any credential, as a public page does:
//   the organisation's public figures for 2026 and for its first quarter,
//   the same narrowed to keys it did not publish (must come back without them),
//   an unknown organisation (must be refused with a clear error).
// Prints one JSON report; exits 1 on a validation failure or an unexpected answer.
import http from "node:http";
import { buildClientSchema, getIntrospectionQuery, parse, validate } from "graphql";

const [port, host, token, code] = process.argv.slice(2);

function post(payload, headers = {}) {
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
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: res.statusCode, body: JSON.parse(text) });
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

const introspection = await post(
  { query: getIntrospectionQuery({ descriptions: true }) },
  { Authorization: `Bearer ${token}` },
);
if (introspection.status !== 200 || introspection.body.errors) fail({ introspection });
const schema = buildClientSchema(introspection.body.data);

const FIGURES = `query Figures($org: String!, $year: Int!, $quarter: Int, $filter: ProgrammeFilter) {
  programme(org: $org, year: $year, quarter: $quarter, filter: $filter) {
    organization { code name }
    periodLabel
    indicators { key label unit value target periodTarget targetSetBy status statusLabel
                 trend { month value } }
  }
}`;

async function ask(variables) {
  const errors = validate(schema, parse(FIGURES));
  if (errors.length) fail({ validation: errors.map((e) => e.message) });
  const answer = await post({ query: FIGURES, variables });
  return { status: answer.status, ...answer.body };
}

const year = await ask({ org: code, year: 2026 });
const quarter = await ask({ org: code, year: 2026, quarter: 1 });
const narrowed = await ask({ org: code, year: 2026, filter: { keys: ["channels", "campaigns"] } });
const unknown = await ask({ org: "KHONG-CO", year: 2026 });
const hasProgramme = schema.getQueryType().getFields().programme !== undefined;
console.log(JSON.stringify({ hasProgramme, year, quarter, narrowed, unknown }));
