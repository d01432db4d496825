// Usage: node run.mjs <port> <examples.json>
// examples.json: [{"name", "host", "payload": {query, variables}, "headers": {...}}, ...]
// Fetches the standard introspection query (graphql-js's getIntrospectionQuery with every
// option GraphiQL uses), builds the client schema with buildClientSchema, then validates
// every example against it and runs it. Prints a JSON report; exits 1 on any failure.
import { readFileSync } from "node:fs";
import http from "node:http";
import {
  buildClientSchema,
  getIntrospectionQuery,
  parse,
  printSchema,
  validate,
} from "graphql";

const [port, examplesPath] = process.argv.slice(2);
const examples = JSON.parse(readFileSync(examplesPath, "utf8"));

function post(host, payload, headers = {}) {
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

function nonEmpty(value) {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && "edges" in value) return value.edges.length > 0;
  return true;
}

const report = { introspection: null, examples: [] };
let failed = false;
const host = examples.length ? examples[0].host : "hanoi.localhost";
const introspection = await post(host, {
  query: getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  }),
});
if (introspection.status !== 200 || introspection.body.errors) {
  console.log(JSON.stringify({ introspection }));
  process.exit(1);
}
const schema = buildClientSchema(introspection.body.data);
report.introspection = { status: introspection.status, types: printSchema(schema).length };

for (const example of examples) {
  const entry = { name: example.name };
  const document = parse(example.payload.query);
  entry.validationErrors = validate(schema, document).map((e) => e.message);
  const { status, body } = await post(example.host, example.payload, example.headers || {});
  entry.status = status;
  entry.errors = (body.errors || []).map((e) => e.message);
  entry.emptyFields = Object.entries(body.data || {})
    .filter(([, v]) => !nonEmpty(v))
    .map(([k]) => k);
  entry.ok =
    status === 200 &&
    entry.validationErrors.length === 0 &&
    entry.errors.length === 0 &&
    body.data &&
    Object.keys(body.data).length > 0 &&
    entry.emptyFields.length === 0;
  failed ||= !entry.ok;
  report.examples.push(entry);
}
console.log(JSON.stringify(report));
process.exit(failed ? 1 : 0);
