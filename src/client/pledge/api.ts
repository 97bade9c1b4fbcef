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
  | { ok: false; status: number; code: string; message: string; fields: Record<string, string>; retryAfter: number };

/** A message for a status the server did not explain, in the page's language. */
const fallback = (status: number): string => {
  const words = w().fallback;
  return status === 0 || status === 404 || status === 429 || status === 503 ? words[status] : words.other;
};

/**
 * The server writes its messages in English. The page shows a known one in its own language:
 * by problem code, or by the message (a field's message is a problem's message).
 */
const localize = (message: string): string => w().serverText[message] ?? message;

/** An error code the page has words for (rate_limited, store_unavailable). */
const byCode = (code: string | undefined): string | undefined => {
  const codes: Record<string, string> = w().codes;
  return code !== undefined && Object.hasOwn(codes, code) ? codes[code] : undefined;
};

const TIMEOUT_MS = 20_000;

const isErrorBody = (v: unknown): v is ApiErrorBody =>
  typeof v === "object" && v !== null && typeof (v as ApiErrorBody).error?.message === "string";

async function call<T>(path: string, body?: unknown): Promise<Result<T>> {
  let response: Response;
  // A request that hangs on a poor connection counts as not sent (a pledge then waits in the outbox).
  const signal = typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(TIMEOUT_MS) : null;
  try {
    response = await fetch(
      path,
      body === undefined
        ? { headers: { accept: "application/json" }, signal }
        : {
            method: "POST",
            headers: { accept: "application/json", "content-type": "application/json" },
            body: JSON.stringify(body),
            signal,
          },
    );
  } catch {
    return { ok: false, status: 0, code: "network", message: fallback(0), fields: {}, retryAfter: 0 };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // An empty or non-JSON body (a proxy's error page, a cut connection): handled below.
  }
  if (response.ok && json !== null && !isErrorBody(json)) return { ok: true, status: response.status, data: json as T };
  const error = isErrorBody(json) ? json.error : undefined;
  const retry = Number(response.headers.get("retry-after"));
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? `http_${response.status}`,
    message: byCode(error?.code) ?? (error ? localize(error.message) : fallback(response.status)),
    fields: Object.fromEntries(Object.entries(error?.fields ?? {}).map(([field, text]) => [field, localize(text)])),
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : 0,
  };
}

export const getStats = () => call<Stats>("/api/stats");

export const getFeed = (before?: string | null) =>
  call<FeedResponse>(`/api/feed?limit=20${before ? `&before=${encodeURIComponent(before)}` : ""}`);

export const sendPledge = (pledge: PledgeRequest) => call<PledgeResponse>("/api/pledge", pledge);

export const sendHug = (entryId: string, deviceId: string) => call<HugResponse>("/api/hugs", { entryId, deviceId });

export const sendReport = (entryId: string, deviceId: string) =>
  call<ReportResponse>("/api/reports", { entryId, deviceId });
