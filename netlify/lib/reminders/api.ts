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

/** A fixed-window counter per connection (keyed hash of the IP and the window), two commands. */
async function checkRate(deps: ReminderApiDeps, ip: string, now: number): Promise<void> {
  const window = Math.floor(now / 1000 / deps.windowSeconds);
  const who = createHmac("sha256", deps.secret).update(`reminder-rate\0${ip}\0${window}`).digest("hex");
  const key = `${deps.keyPrefix}:rem:rl:${who}`;
  const count = await deps.store.redis.incr(key);
  if (count === 1) await deps.store.redis.expire(key, deps.windowSeconds);
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
