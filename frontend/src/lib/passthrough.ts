import http from "node:http";
import https from "node:https";

import { apiHost } from "@/lib/api";

/**
 * A plain GET of one of the platform's public non-GraphQL addresses (feeds, sitemaps) for
 * the tenant of the request's host: the same origin and Host header as the API calls
 * (CONGDOAN_API_ORIGIN, CONGDOAN_HOST_MAP). Conditional headers are passed on so the
 * platform's ETags keep working through the portal.
 */
export function platformGet(
  path: string,
  requestHeaders: Headers,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const origin = new URL(process.env.CONGDOAN_API_ORIGIN ?? "http://127.0.0.1:8000");
  const url = new URL(path, origin);
  const host = apiHost(requestHeaders.get("host"));
  const client = url.protocol === "https:" ? https : http;
  const headers: Record<string, string> = { Host: host };
  for (const name of ["if-none-match", "accept"]) {
    const value = requestHeaders.get(name);
    if (value) headers[name] = value;
  }
  const timeout = Number(process.env.CONGDOAN_API_TIMEOUT_MS ?? 10000);
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: "GET", headers, servername: url.protocol === "https:" ? host : undefined, timeout },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("hết thời gian chờ")));
    request.on("error", reject);
    request.end();
  });
}

/** The response headers worth passing back to the visitor (caching and content type). */
export function passedHeaders(source: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const name of ["content-type", "cache-control", "etag", "last-modified", "surrogate-key", "cache-tag", "retry-after"]) {
    const value = source[name];
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

export function unavailable(): Response {
  return new Response("Hệ thống đang bận, vui lòng thử lại sau ít phút.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "60" },
  });
}
