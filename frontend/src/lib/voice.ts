// The workers' voice calls of the portal's server (server actions only): persisted POSTs, the
// worker's address forwarded to the platform. Reads of public data stay persisted GETs
// (src/lib/api.ts); everything here carries a secret or writes, so it is never put in a URL
// and never cached.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";

import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

import { apiHost } from "./api";

type Persisted = { __meta__?: { hash?: string } };

type GraphQLError = { message: string; extensions?: { code?: string; retryAfter?: number } };

export const BUSY = "Hệ thống đang bận, chưa gửi được. Nội dung bạn nhập vẫn còn: vui lòng thử lại sau ít phút.";

export type VoiceOutcome<T> =
  | { ok: true; data: T }
  /** The platform's per-address limit (HTTP 429): its Vietnamese message names the wait. */
  | { ok: false; kind: "limited"; message: string; retryAfter: number }
  /** caseStatus/withdrawConsent: unknown code or wrong secret (the same answer for both). */
  | { ok: false; kind: "notFound"; message: string }
  | { ok: false; kind: "error"; message: string };

/**
 * The worker's address as the portal's own front proxy saw it: the entry
 * PORTAL_TRUSTED_PROXY_COUNT (default 1) from the right of the X-Forwarded-For the portal
 * received. Next.js fills that header with the socket's address when a request arrives
 * without one, so a portal reached directly (tests) gives the peer; in production a reverse
 * proxy in front of the portal must append the address it saw (nginx:
 * `$proxy_add_x_forwarded_for`), or a client could name its own. Null when the header has
 * fewer entries or the entry is not an IP address: the platform then counts the portal.
 */
export function workerAddress(forwardedFor: string | null): string | null {
  const count = Number(process.env.PORTAL_TRUSTED_PROXY_COUNT ?? 1);
  if (!Number.isInteger(count) || count < 1) return null;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length < count) return null;
  const address = hops[hops.length - count]!.replace(/^::ffff:(?=\d+\.)/, "");
  return isIP(address) ? address : null;
}

/**
 * One registered document sent by its SHA-256 in a POST body (`extensions.persistedQuery`):
 * accepted by a tenant that takes registered documents only, and the variables (a case's
 * secret) stay out of every URL and access log.
 */
export async function voicePost<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  request: { host: string | null; forwardedFor: string | null },
): Promise<VoiceOutcome<TResult>> {
  const hash = (document as unknown as Persisted).__meta__?.hash;
  const host = apiHost(request.host);
  if (!hash || !host) return { ok: false, kind: "error", message: BUSY };
  const body = JSON.stringify({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });
  const headers: Record<string, string> = {
    Host: host,
    Accept: "application/json",
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
  };
  const address = workerAddress(request.forwardedFor);
  if (address) headers["X-Forwarded-For"] = address;
  let status: number;
  let text: string;
  try {
    ({ status, body: text } = await post(body, headers));
  } catch (error) {
    console.error("voice: API không trả lời", error);
    return { ok: false, kind: "error", message: BUSY };
  }
  let payload: { data?: TResult | null; errors?: GraphQLError[] };
  try {
    payload = JSON.parse(text);
  } catch {
    console.error(`voice: API trả lời ${status} không phải JSON`);
    return { ok: false, kind: "error", message: BUSY };
  }
  const error = payload.errors?.[0];
  if (error?.extensions?.code === "RATE_LIMITED" || status === 429) {
    return {
      ok: false,
      kind: "limited",
      message: error?.message ?? "Bạn đã gửi quá nhiều lần. Vui lòng thử lại sau.",
      retryAfter: Number(error?.extensions?.retryAfter ?? 0),
    };
  }
  if (error?.extensions?.code === "NOT_FOUND") return { ok: false, kind: "notFound", message: error.message };
  if (status !== 200 || error || !payload.data) {
    console.error(`voice: API trả lời ${status}: ${payload.errors?.map((e) => e.message).join("; ")}`);
    return { ok: false, kind: "error", message: BUSY };
  }
  return { ok: true, data: payload.data };
}

function post(body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL("/graphql/", process.env.CONGDOAN_API_ORIGIN ?? "http://127.0.0.1:8000");
  const client = url.protocol === "https:" ? https : http;
  const timeout = Number(process.env.CONGDOAN_API_TIMEOUT_MS ?? 10000);
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: "POST", headers, servername: url.protocol === "https:" ? headers.Host : undefined, timeout },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("hết thời gian chờ")));
    request.on("error", reject);
    request.end(body);
  });
}
