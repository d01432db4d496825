import http from "node:http";
import https from "node:https";

import type { TypedDocumentNode } from "@graphql-typed-document-node/core";

import { tagRender } from "@/lib/cache";

/** The request's host has no tenant, or the API answered 404 for it. */
export class NotFoundError extends Error {}

/** The API cannot be reached or answered with an error: the error page offers a retry. */
export class ApiError extends Error {}

type Persisted = { __meta__?: { hash?: string } };

/**
 * The Django host a request's Host header is forwarded to. CONGDOAN_HOST_MAP maps portal
 * hosts to tenant hosts ("portal.example.vn=hanoi.congdoan.vn,localhost=hanoi.localhost");
 * a host that is not in the map is forwarded as it is (one deployment, tenant hosts
 * pointed at the portal).
 */
export function apiHost(requestHost: string | null): string {
  const host = (requestHost ?? "").split(":")[0]!.toLowerCase();
  for (const pair of (process.env.CONGDOAN_HOST_MAP ?? "").split(",")) {
    const [from, to] = pair.split("=").map((part) => part.trim().toLowerCase());
    if (from && to && from === host) return to;
  }
  return host;
}

function apiOrigin(): URL {
  return new URL(process.env.CONGDOAN_API_ORIGIN ?? "http://127.0.0.1:8000");
}

/**
 * One persisted query over GET (`/graphql/persisted/<sha256>/`), the Host header set to the
 * tenant's host: the only way the portal talks to the platform. The answer's cache tags
 * (`Surrogate-Key`) tag the page being rendered (`tagRender`) unless `tag` is false.
 */
export async function query<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  requestHost: string | null,
  { tag = true }: { tag?: boolean } = {},
): Promise<TResult> {
  const hash = (document as unknown as Persisted).__meta__?.hash;
  if (!hash) throw new ApiError("Tài liệu GraphQL chưa được sinh mã băm (npm run codegen).");
  const host = apiHost(requestHost);
  if (!host) throw new NotFoundError("Không có tên miền.");
  const origin = apiOrigin();
  const params = new URLSearchParams({ variables: JSON.stringify(variables ?? {}) });
  const url = new URL(`/graphql/persisted/${hash}/?${params}`, origin);
  const { status, body, tags } = await get(url, host);
  if (status === 404) throw new NotFoundError(`Không có trang cho ${host}.`);
  let payload: { data?: TResult | null; errors?: { message: string }[] };
  try {
    payload = JSON.parse(body);
  } catch {
    throw new ApiError(`API trả lời ${status} không phải JSON.`);
  }
  if (status !== 200 || payload.errors?.length || !payload.data) {
    const message = payload.errors?.map((error) => error.message).join("; ");
    throw new ApiError(`API trả lời ${status}: ${message ?? "không có dữ liệu"}`);
  }
  if (tag) await tagRender(tags);
  return payload.data;
}

/**
 * CONGDOAN_API_FORWARDED_PROTO=https when the API is reached over plain HTTP inside the
 * deployment (compose: http://web:8000) while members use HTTPS: the platform's production
 * settings would otherwise redirect the request to https and build http:// media URLs.
 */
function forwardedProto(): Record<string, string> {
  const proto = process.env.CONGDOAN_API_FORWARDED_PROTO;
  return proto ? { "X-Forwarded-Proto": proto } : {};
}

function get(url: URL, host: string): Promise<{ status: number; body: string; tags: string[] }> {
  const client = url.protocol === "https:" ? https : http;
  const timeout = Number(process.env.CONGDOAN_API_TIMEOUT_MS ?? 10000);
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        headers: { Host: host, Accept: "application/json", ...forwardedProto() },
        servername: url.protocol === "https:" ? host : undefined,
        timeout,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            tags: String(response.headers["surrogate-key"] ?? "").split(" ").filter(Boolean),
          }),
        );
        response.on("error", (error) => reject(new ApiError(error.message)));
      },
    );
    request.on("timeout", () => request.destroy(new Error("hết thời gian chờ")));
    request.on("error", (error) => reject(new ApiError(`Không kết nối được API: ${error.message}`)));
    request.end();
  });
}
