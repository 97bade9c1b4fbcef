/**
 * HTTP plumbing shared by the pledge functions: JSON answers with the functions' own security
 * headers (netlify.toml headers do not reach functions), errors in one shape, and request
 * bodies read with a size cap and a content-type check.
 */
import type { z } from "zod";
import type { ApiErrorBody } from "../../common/pledge/schemas";

/** Bodies are tiny (a pledge is under 500 bytes); anything bigger is refused unread. */
export const MAX_BODY_BYTES = 4096;

const SECURITY_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains; preload",
  "Cross-Origin-Resource-Policy": "same-origin",
} as const;

export const NO_STORE = { "Cache-Control": "no-store" } as const;

/**
 * Public, briefly cached reads: Netlify's CDN serves them for 60 s and keeps serving the last
 * answer while it refreshes in the background, so Redis reads do not grow with visitors.
 */
export const SHARED_CACHE = {
  "Cache-Control": "public, max-age=5",
  "Netlify-CDN-Cache-Control": "public, durable, max-age=60, stale-while-revalidate=300",
} as const;

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...SECURITY_HEADERS, ...NO_STORE, ...headers },
  });

export const redirect = (location: string): Response =>
  new Response(null, { status: 303, headers: { Location: location, ...SECURITY_HEADERS, ...NO_STORE } });

/** An answer that is an error: thrown anywhere in a handler, turned into JSON by `route`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toResponse(): Response {
    const body: ApiErrorBody = { error: { code: this.code, message: this.message } };
    if (this.fields) body.error.fields = this.fields;
    return json(this.status, body, this.headers);
  }
}

export const rateLimited = (retryAfterSeconds: number): HttpError =>
  new HttpError(
    429,
    "rate_limited",
    "There have been too many tries from your connection. Please wait a few minutes and try again.",
    undefined,
    { "Retry-After": String(Math.max(1, retryAfterSeconds)) },
  );

export const storeUnavailable = (): HttpError =>
  new HttpError(
    503,
    "store_unavailable",
    "The pledge service is briefly unavailable. Please try again in a minute.",
    undefined,
    {
      "Retry-After": "30",
    },
  );

/** One message per field, from a zod error, for `{ error: { fields } }`. */
export const fieldMessages = (error: z.ZodError): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "body";
    fields[field] ??= issue.message;
  }
  return fields;
};

export const validationFailed = (error: z.ZodError): HttpError => {
  const fields = fieldMessages(error);
  const first = Object.values(fields)[0] ?? "Some values are not valid.";
  return new HttpError(422, "validation_failed", first, fields);
};

export type Body = { type: "json"; value: unknown } | { type: "form"; value: Record<string, string> };

/** One decoder for every body (it keeps no state between whole-buffer calls). */
const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Reads a JSON or (when `allowForm`) URL-encoded body, enforcing type and size. */
export const readBody = async (req: Request, options: { allowForm?: boolean } = {}): Promise<Body> => {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const isJson = type === "application/json";
  const isForm = options.allowForm === true && type === "application/x-www-form-urlencoded";
  if (!isJson && !isForm) {
    throw new HttpError(
      415,
      "unsupported_media_type",
      options.allowForm
        ? "Send the body as application/json or application/x-www-form-urlencoded."
        : "Send the body as application/json.",
    );
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  // Only a length that was sent (and says there is a body) can end the reading early.
  const length = Number.isInteger(declared) && declared > 0 ? declared : undefined;
  const text = utf8.decode(await readCapped(req, length));
  if (isForm) return { type: "form", value: Object.fromEntries(new URLSearchParams(text)) };
  if (text.trim() === "") throw new HttpError(400, "invalid_json", "The request body is empty; send a JSON object.");
  try {
    return { type: "json", value: JSON.parse(text) as unknown };
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON.");
  }
};

const tooLarge = () =>
  new HttpError(413, "payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes.`);

/**
 * Reads the body stream, stopping as soon as it passes the cap (Content-Length can lie), or once
 * it has all the bytes a Content-Length announced: HTTP frames a body by that length and sends no
 * more, so the read that would only say "done" is skipped. Without the header it reads to the end.
 */
const readCapped = async (req: Request, length: number | undefined): Promise<Uint8Array> => {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
    if (size === length) break;
  }
  // A body that is already a complete buffer (as Netlify hands it over) comes as one chunk.
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
};

/** Refuses POSTs that a browser marks as coming from another site (forged form posts). */
export const assertSameSite = (req: Request): void => {
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    throw new HttpError(403, "cross_site", "Requests from other websites are not accepted.");
  }
};

export const assertMethod = (req: Request, allowed: readonly string[]): void => {
  if (!allowed.includes(req.method)) {
    throw new HttpError(405, "method_not_allowed", `Use ${allowed.join(" or ")} for this address.`, undefined, {
      Allow: allowed.join(", "),
    });
  }
};
