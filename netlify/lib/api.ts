/**
 * The pledge API's handlers, built around one PledgeService. The files in netlify/functions/
 * are one line each: they pick their handler from the API built once per process in
 * `runtime.ts`. Tests build their own API around a service on each store transport.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "@netlify/functions";
import type { z } from "zod";
import {
  type FeedResponse,
  feedQuerySchema,
  type HealthResponse,
  type HugResponse,
  hugSchema,
  type ModerationResponse,
  moderationSchema,
  type PledgeInput,
  type PledgeResponse,
  pledgeFormSchema,
  pledgeJsonSchema,
  type ReportResponse,
  reportSchema,
  type Stats,
} from "../../common/pledge/schemas";
import { PLEDGE_PROBLEMS, type PledgeProblem } from "../../common/pledge/vocabulary";
import { crisisResources } from "../../common/site";
import type { StoreKind } from "./config";
import {
  assertMethod,
  assertSameSite,
  HttpError,
  json,
  rateLimited,
  readBody,
  redirect,
  SHARED_CACHE,
  storeUnavailable,
  validationFailed,
} from "./http";
import type { PledgeService } from "./pledge/service";
import { describeError, isStoreUnavailable, logStoreProblem } from "./store";

/** What a handler needs of Netlify's context. */
export type RequestContext = Pick<Context, "ip">;
export type Handler = (req: Request, context: RequestContext) => Promise<Response>;

export interface ApiDeps {
  service: PledgeService;
  storeKind: StoreKind;
  /** Answers when the store is reachable; used by the health check. */
  ping: () => Promise<unknown>;
  moderationToken: string | undefined;
  /**
   * Drops the CDN's cached feed, so a hidden or removed entry leaves it at once instead of
   * after the cache's minute. On Netlify, `purgeCache` from @netlify/functions.
   */
  purgeFeedCache?: () => Promise<void>;
}

/** Cache tag on every feed answer, for `purgeFeedCache`. */
export const FEED_CACHE_TAG = "pledge-feed";

/** A failed purge only delays the change until the cache expires: log it, answer anyway. */
const purge = async (deps: ApiDeps): Promise<void> => {
  try {
    await deps.purgeFeedCache?.();
  } catch (error) {
    console.warn("[pledge] feed cache not purged:", describeError(error));
  }
};

/** Wraps a handler: errors become JSON answers; a store that cannot be reached becomes 503. */
const route =
  (methods: readonly string[], handle: Handler): Handler =>
  async (req, context) => {
    try {
      assertMethod(req, methods);
      return await handle(req, context);
    } catch (error) {
      return errorResponse(error);
    }
  };

const errorResponse = (error: unknown): Response => {
  if (error instanceof HttpError) return error.toResponse();
  if (isStoreUnavailable(error)) {
    logStoreProblem(error);
    return storeUnavailable().toResponse();
  }
  console.error("[pledge] unexpected error:", describeError(error));
  return new HttpError(500, "internal_error", "Something went wrong on our side. Please try again.").toResponse();
};

const visitorOf = (req: Request, context: RequestContext) => ({
  ip: context.ip || "unknown",
  userAgent: req.headers.get("user-agent") ?? "",
});

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(result.error);
  return result.data;
};

/** The PLEDGE_PROBLEMS code for a failed form post, so the page can show the right message. */
const problemOf = (error: z.ZodError): PledgeProblem => {
  for (const issue of error.issues) {
    const params = "params" in issue ? (issue.params as { problem?: string } | undefined) : undefined;
    const code = params?.problem;
    if (code && code in PLEDGE_PROBLEMS) return code as PledgeProblem;
    if (issue.path[0] === "kind") return "kind_missing";
    if (issue.path[0] === "localDate") return "date_out_of_range";
  }
  return "invalid";
};

/**
 * A failed form post goes back to the page with the problem's code. A module function, not a
 * closure made on every pledge (the bundler's keep-names wrapper made that cost showed up in
 * the profile).
 */
const back = (home: string, problem: PledgeProblem) => redirect(`${home}#pledge-error-${problem}`);

const createPledgeHandler =
  ({ service }: ApiDeps): Handler =>
  async (req, context) => {
    assertSameSite(req);
    const body = await readBody(req, { allowForm: true });
    const isForm = body.type === "form";
    // The Spanish page's form sends lang=es, so its visitor lands on the Spanish pages (issue 12).
    const home = body.type === "form" && body.value.lang === "es" ? "/es/" : "/";

    let input: PledgeInput;
    if (isForm) {
      const result = pledgeFormSchema.safeParse(body.value);
      if (!result.success) return back(home, problemOf(result.error));
      input = result.data;
    } else {
      input = parse(pledgeJsonSchema, body.value);
    }

    // A filled honeypot is a bot: answer as if it worked, store nothing.
    if (input.website) {
      if (isForm) return redirect(`${home}thank-you/`);
      const answer: PledgeResponse = {
        pledge: { id: "0", kind: input.kind, name: input.name, note: input.note, createdAt: new Date().toISOString() },
        alreadyPledged: false,
        noteHeld: false,
        stats: await service.stats(),
      };
      return json(201, answer);
    }

    let outcome: Awaited<ReturnType<PledgeService["pledge"]>>;
    try {
      outcome = await service.pledge(input, { ...visitorOf(req, context), deviceId: input.deviceId });
    } catch (error) {
      if (isForm && isStoreUnavailable(error)) {
        logStoreProblem(error);
        return back(home, "store_unavailable");
      }
      throw error;
    }

    switch (outcome.status) {
      case "date_out_of_range":
        if (isForm) return back(home, "date_out_of_range");
        throw new HttpError(422, "validation_failed", PLEDGE_PROBLEMS.date_out_of_range, {
          localDate: PLEDGE_PROBLEMS.date_out_of_range,
        });
      case "limited":
        if (isForm) return back(home, "rate_limited");
        throw rateLimited(outcome.retryAfterSeconds);
      case "already": {
        if (isForm) return redirect(`${home}thank-you/#already`);
        const answer: PledgeResponse = {
          pledge: outcome.pledge,
          alreadyPledged: true,
          noteHeld: false,
          stats: outcome.stats,
        };
        return json(200, answer);
      }
      case "created": {
        if (isForm) return redirect(`${home}thank-you/${outcome.noteHeld ? "#held" : ""}`);
        const answer: PledgeResponse = {
          pledge: outcome.pledge,
          alreadyPledged: false,
          noteHeld: outcome.noteHeld,
          stats: outcome.stats,
        };
        if (outcome.noteHeld) answer.crisisResources = crisisResources;
        return json(201, answer);
      }
    }
  };

const createStatsHandler =
  ({ service }: ApiDeps): Handler =>
  async () => {
    const stats: Stats = await service.stats();
    return json(200, stats, SHARED_CACHE);
  };

const createFeedHandler =
  ({ service }: ApiDeps): Handler =>
  async (req) => {
    const params = new URL(req.url).searchParams;
    const query = parse(feedQuerySchema, {
      limit: params.get("limit") ?? undefined,
      before: params.get("before") ?? undefined,
    });
    const feed: FeedResponse = await service.feed(query);
    // Only these two parameters change the answer; other query strings share its cache entry.
    return json(200, feed, {
      ...SHARED_CACHE,
      "Netlify-Vary": "query=limit|before",
      "Netlify-Cache-Tag": FEED_CACHE_TAG,
    });
  };

const createHugsHandler =
  ({ service }: ApiDeps): Handler =>
  async (req, context) => {
    assertSameSite(req);
    const { entryId, deviceId } = parse(hugSchema, (await readBody(req)).value);
    const outcome = await service.hug(entryId, { ...visitorOf(req, context), deviceId });
    if (outcome.status === "limited") throw rateLimited(outcome.retryAfterSeconds);
    if (outcome.status === "missing") throw notFound();
    const answer: HugResponse = outcome.value;
    return json(200, answer);
  };

const createReportsHandler =
  (deps: ApiDeps): Handler =>
  async (req, context) => {
    assertSameSite(req);
    const { entryId, deviceId, reason } = parse(reportSchema, (await readBody(req)).value);
    const outcome = await deps.service.report(entryId, { ...visitorOf(req, context), deviceId }, reason || null);
    if (outcome.status === "limited") throw rateLimited(outcome.retryAfterSeconds);
    if (outcome.status === "missing") throw notFound();
    if (outcome.value.hidden) await purge(deps);
    const answer: ReportResponse = { received: true };
    return json(202, answer);
  };

const notFound = () => new HttpError(404, "not_found", "That feed entry does not exist (it may have been removed).");

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time: compares fixed-length digests, so timing reveals nothing about the token. */
export const tokenMatches = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected));

const createModerationHandler =
  (deps: ApiDeps): Handler =>
  async (req) => {
    const { moderationToken } = deps;
    if (moderationToken === undefined) {
      throw new HttpError(403, "moderation_disabled", "Moderation is turned off: set MODERATION_TOKEN to enable it.");
    }
    const header = req.headers.get("authorization") ?? "";
    const given = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
    if (!tokenMatches(given, moderationToken)) {
      throw new HttpError(401, "unauthorized", "A valid moderation token is required.", undefined, {
        "WWW-Authenticate": 'Bearer realm="moderation"',
      });
    }
    const { entryId, action } = parse(moderationSchema, (await readBody(req)).value);
    const outcome = await deps.service.moderate(entryId, action);
    if (outcome.status === "missing") throw notFound();
    if (action !== "restore") await purge(deps);
    const answer: ModerationResponse = { entryId, status: outcome.value.status };
    return json(200, answer);
  };

const createHealthHandler =
  ({ ping, storeKind }: ApiDeps): Handler =>
  async () => {
    try {
      await ping();
      const answer: HealthResponse = { ok: true, store: storeKind };
      return json(200, answer);
    } catch (error) {
      if (isStoreUnavailable(error)) logStoreProblem(error);
      else console.error("[pledge] health check failed:", describeError(error));
      const answer: HealthResponse = { ok: false, store: storeKind };
      return json(503, answer, { "Retry-After": "30" });
    }
  };

export const createApi = (deps: ApiDeps) => ({
  pledge: route(["POST"], createPledgeHandler(deps)),
  stats: route(["GET", "HEAD"], createStatsHandler(deps)),
  feed: route(["GET", "HEAD"], createFeedHandler(deps)),
  hugs: route(["POST"], createHugsHandler(deps)),
  reports: route(["POST"], createReportsHandler(deps)),
  moderation: route(["POST"], createModerationHandler(deps)),
  health: route(["GET", "HEAD"], createHealthHandler(deps)),
});

export type Api = ReturnType<typeof createApi>;

/**
 * The API of a deployment whose settings are wrong or missing (see config.ts): every endpoint
 * answers 503 `not_configured` in the usual JSON shape, the health check says so too, and the
 * reason (which variable to set) goes to the function log, never to visitors.
 */
export const createNotConfiguredApi = (reason: string): Api => {
  const message = "The pledge service is not set up on this site yet. Please try again later.";
  const answer: Handler = async (req) => {
    if (new URL(req.url).pathname.endsWith("/health")) console.error(`[pledge] not configured: ${reason}`);
    return json(503, { ok: false, error: { code: "not_configured", message } }, { "Retry-After": "300" });
  };
  return {
    pledge: answer,
    stats: answer,
    feed: answer,
    hugs: answer,
    reports: answer,
    moderation: answer,
    health: answer,
  };
};
