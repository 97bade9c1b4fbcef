/**
 * Small fetch wrapper for the pledge API (same origin). Never throws: every call resolves to
 * either the data or a problem with a message meant for people (the server's own message when
 * it sent one). `status` 0 means the request never reached the server (offline, network error).
 */
import type {
  ApiErrorBody,
  FeedResponse,
  HugResponse,
  PledgeRequest,
  PledgeResponse,
  ReportResponse,
  Stats,
} from "./api-types";
import { w } from "./words";

export type Result<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fields: Record<string, string>; retryAfter: number };

/** The server writes English: the page shows a message it knows in its own language. */
const localize = (message: string): string => w().serverText[message] ?? message;

/**
 * The words for a problem, in the page's language: the page's own for a code it knows
 * (rate_limited, store_unavailable), else the server's message; when the server did not explain
 * (no answer, a proxy's page), the page's words for the status.
 */
function words(status: number, error?: ApiErrorBody["error"]): string {
  const codes: Record<string, string> = w().codes;
  const fallback: Record<string, string> = w().fallback;
  if (!error) return fallback[status] ?? w().fallback.other;
  return (Object.hasOwn(codes, error.code) ? codes[error.code] : undefined) ?? localize(error.message);
}

const TIMEOUT_MS = 20_000;

async function call<T>(path: string, body?: unknown): Promise<Result<T>> {
  let response: Response | undefined;
  let json: { error?: Partial<ApiErrorBody["error"]> } | null = null;
  try {
    response = await fetch(path, {
      // A request that hangs on a poor connection counts as not sent (a pledge then waits in the
      // outbox). Safari before 16 has no AbortSignal.timeout: there the request simply waits.
      signal: AbortSignal.timeout?.(TIMEOUT_MS),
      ...(body !== undefined && {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    });
    json = await response.json();
  } catch {
    // No answer at all (offline, a network error: status 0 below), or an empty or non-JSON body
    // (a proxy's error page, a cut connection): a problem without the server's words.
  }
  const status = response?.status ?? 0;
  const error = typeof json?.error?.message === "string" ? (json.error as ApiErrorBody["error"]) : undefined;
  if (response?.ok && json !== null && !error) return { ok: true, status, data: json as T };
  return {
    ok: false,
    status,
    message: words(status, error),
    fields: Object.fromEntries(Object.entries(error?.fields ?? {}).map(([field, text]) => [field, localize(text)])),
    // Retry-After in seconds; missing or unreadable is 0 (the pledge machine then picks its own wait).
    retryAfter: Math.max(Number(response?.headers.get("retry-after")), 0) || 0,
  };
}

export const getStats = () => call<Stats>("/api/stats");

/** 20 entries a page: the server's default. */
export const getFeed = (before?: string | null) =>
  call<FeedResponse>(`/api/feed${before ? `?before=${encodeURIComponent(before)}` : ""}`);

export const sendPledge = (pledge: PledgeRequest) => call<PledgeResponse>("/api/pledge", pledge);

export const sendHug = (entryId: string, deviceId: string) => call<HugResponse>("/api/hugs", { entryId, deviceId });

export const sendReport = (entryId: string, deviceId: string) =>
  call<ReportResponse>("/api/reports", { entryId, deviceId });
