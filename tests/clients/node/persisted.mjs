// Usage: node persisted.mjs <port> <host> <query>
// A frontend's persisted read with graphql-js: the document is normalised with
// print(parse(query)), hashed with SHA-256 and sent over GET in Apollo's format; the ETag
// is sent back with If-None-Match. Prints a JSON report of the three answers.
import { createHash } from "node:crypto";
import http from "node:http";
import { parse, print } from "graphql";

const [port, host, text] = process.argv.slice(2);
const query = print(parse(text));
const sha256Hash = createHash("sha256").update(query, "utf8").digest("hex");
const params = new URLSearchParams({
  extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
  variables: JSON.stringify({ first: 2 }),
});

function get(headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: Number(port),
        path: `/graphql/?${params}`,
        method: "GET",
        headers: { Host: host, ...headers },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode,
            etag: res.headers.etag ?? null,
            cache: res.headers["x-cache"] ?? null,
            cacheControl: res.headers["cache-control"] ?? null,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const first = await get();
const second = await get();
const third = await get({ "If-None-Match": second.etag ?? '"none"' });
console.log(JSON.stringify({ sha256Hash, query, answers: [first, second, third] }));
