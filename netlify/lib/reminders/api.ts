/**
 * /api/reminders: GET says whether push reminders are offered (and the VAPID public key),
 * POST subscribes (or changes the time), DELETE unsubscribes at once. Same error shape,
 * same-site check and body rules as the pledge functions (netlify/lib/http.ts); nothing is
 * stored when a request fails.
 */
import { createHmac } from "node:crypto";
import type { z } from "zod";
import type { Handler } from "../api";
import {
  assertMethod,
  assertSameSite,
  HttpError,
  json,
  rateLimited,
  readBody,
  storeUnavailable,
  validationFailed,
} from "../http";
import { describeError, isStoreUnavailable } from "../store";
import { type RemindersInfo, subscribeSchema, unsubscribeSchema } from "./schema";
import type { ReminderStore } from "./store";

export interface ReminderApiDeps {
  store: ReminderStore;
  /** VAPID public key; without it push reminders are not offered. */
  publicKey: string | undefined;
  secret: string;
  keyPrefix: string;
  /**
   * Hosts a push endpoint may be on (a host or a ".suffix"). Only the browsers' push services:
   * otherwise anyone could store any https address and have the scheduled sender call it daily.
   */
  pushHosts?: readonly string[];
  /** Subscribe/unsubscribe requests per connection per window. */
  limit: number;
  windowSeconds: number;
  now?: () => number;
}

const parse = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(result.error);
  return result.data;
};

/** The browsers' push services (Chrome/Edge via FCM and WNS, Firefox, Safari). */
export const PUSH_HOSTS = [
  "fcm.googleapis.com",
  "android.googleapis.com",
  ".push.services.mozilla.com",
  ".notify.windows.com",
  "web.push.apple.com",
] as const;

const isPushHost = (endpoint: string, hosts: readonly string[]): boolean => {
  const host = new URL(endpoint).hostname;
  return hosts.some((h) => (h.startsWith(".") ? host.endsWith(h) : host === h));
};

/** Counts a request in a fixed window per connection (keyed hash of the IP and the window); one script, so the expiry is never lost. */
const RATE_LUA =
  "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end return n";

/** A fixed-window counter per connection (keyed hash of the IP and the window), one command sent. */
async function checkRate(deps: ReminderApiDeps, ip: string, now: number): Promise<void> {
  const window = Math.floor(now / 1000 / deps.windowSeconds);
  const who = createHmac("sha256", deps.secret).update(`reminder-rate\0${ip}\0${window}`).digest("hex");
  const key = `${deps.keyPrefix}:rem:rl:${who}`;
  const count = Number(await deps.store.redis.eval(RATE_LUA, [key], [String(deps.windowSeconds)]));
  if (count > deps.limit) throw rateLimited(deps.windowSeconds - (Math.floor(now / 1000) % deps.windowSeconds));
}

export function createReminderApi(deps: ReminderApiDeps): { reminders: Handler } {
  const now = deps.now ?? Date.now;
  const handle: Handler = async (req, context) => {
    assertMethod(req, ["GET", "POST", "DELETE"]);
    if (req.method === "GET") {
      const info: RemindersInfo = deps.publicKey ? { enabled: true, publicKey: deps.publicKey } : { enabled: false };
      return json(200, info);
    }
    assertSameSite(req);
    if (!deps.publicKey) {
      throw new HttpError(404, "reminders_off", "Push reminders are not offered on this site. Use the calendar file.");
    }
    const body = await readBody(req);
    if (req.method === "POST") {
      const input = parse(subscribeSchema, body.value);
      if (!isPushHost(input.subscription.endpoint, deps.pushHosts ?? PUSH_HOSTS)) {
        throw new HttpError(422, "validation_failed", "endpoint must be the address of a browser's push service.", {
          "subscription.endpoint": "endpoint must be the address of a browser's push service.",
        });
      }
      await checkRate(deps, context.ip || "unknown", now());
      await deps.store.save(input, now());
      return json(201, { subscribed: true, time: input.time, timeZone: input.timeZone });
    }
    const { endpoint } = parse(unsubscribeSchema, body.value);
    await checkRate(deps, context.ip || "unknown", now());
    const removed = await deps.store.remove(endpoint);
    return json(200, { unsubscribed: true, removed });
  };
  return {
    reminders: async (req, context) => {
      try {
        return await handle(req, context);
      } catch (error) {
        if (error instanceof HttpError) return error.toResponse();
        if (isStoreUnavailable(error)) return storeUnavailable().toResponse();
        console.error("[reminders] unexpected error:", describeError(error));
        return new HttpError(500, "internal_error", "Something went wrong on our side. Please try again.").toResponse();
      }
    },
  };
}
