/**
 * The pledge service's settings, read once from environment variables (all documented in
 * README.md). Invalid values stop the function with a message naming the variable.
 */
import { z } from "zod";
import { siteConfig } from "../../common/site";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  UPSTASH_REDIS_REST_URL: optionalText,
  UPSTASH_REDIS_REST_TOKEN: optionalText,
  REDIS_URL: optionalText,
  /** Set by `astro dev` (netlify/lib/store/dev-integration.ts), not by people. */
  PLEDGE_EMBEDDED_STORE_URL: optionalText,
  PLEDGE_EMBEDDED_STORE_TOKEN: optionalText,
  /** Secret for the keyed hashes of device ids and IP addresses. Required with a persistent store. */
  PLEDGE_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, {
    error: "PLEDGE_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`).",
  }),
  MODERATION_TOKEN: optionalText.refine((value) => value === undefined || value.length >= 24, {
    error: "MODERATION_TOKEN must be at least 24 characters.",
  }),
  SITE_TIME_ZONE: z
    .string()
    .trim()
    .default(siteConfig.timeZone)
    .refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { error: "SITE_TIME_ZONE must be an IANA time zone such as America/Chicago." },
    ),
  /** Prefix of every Redis key, so several sites or test runs can share one database. */
  PLEDGE_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,40}$/, { error: "PLEDGE_KEY_PREFIX may use letters, digits, _ : . - (at most 40)." })
    .default("dp"),
  RATE_LIMIT_PLEDGES: positiveInt(30),
  RATE_LIMIT_HUGS: positiveInt(300),
  RATE_LIMIT_REPORTS: positiveInt(30),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(3600).refine((seconds) => seconds <= 172_800, {
    error: "RATE_LIMIT_WINDOW_SECONDS must be at most 172800 (48 hours): keys about an address never outlive that.",
  }),
  FEED_HISTORY: positiveInt(500),
  STORE_TIMEOUT_MS: positiveInt(1500).refine((ms) => ms <= 1800, {
    error: "STORE_TIMEOUT_MS must be at most 1800, so a request fails within 2 seconds.",
  }),
});

export type StoreKind = "upstash" | "redis" | "memory";

export interface ServiceConfig {
  store:
    | { kind: "upstash"; url: string; token: string }
    | { kind: "redis"; url: string }
    /** The embedded store: in this process, or shared by `astro dev` over loopback HTTP. */
    | { kind: "memory"; shared?: { url: string; token: string } };
  /** HMAC key for device ids and IP addresses; random per process with the embedded store. */
  secret: string;
  secretIsEphemeral: boolean;
  moderationToken: string | undefined;
  timeZone: string;
  keyPrefix: string;
  limits: { pledges: number; hugs: number; reports: number; windowSeconds: number };
  feedHistory: number;
  storeTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const readConfig = (env: Record<string, string | undefined> = process.env): ServiceConfig => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid pledge service settings:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if ((e.UPSTASH_REDIS_REST_URL === undefined) !== (e.UPSTASH_REDIS_REST_TOKEN === undefined)) {
    throw new ConfigError("Set both UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN, or neither.");
  }
  const store: ServiceConfig["store"] =
    e.UPSTASH_REDIS_REST_URL && e.UPSTASH_REDIS_REST_TOKEN
      ? { kind: "upstash", url: e.UPSTASH_REDIS_REST_URL, token: e.UPSTASH_REDIS_REST_TOKEN }
      : e.REDIS_URL
        ? { kind: "redis", url: e.REDIS_URL }
        : e.PLEDGE_EMBEDDED_STORE_URL && e.PLEDGE_EMBEDDED_STORE_TOKEN
          ? { kind: "memory", shared: { url: e.PLEDGE_EMBEDDED_STORE_URL, token: e.PLEDGE_EMBEDDED_STORE_TOKEN } }
          : { kind: "memory" };
  if (store.kind !== "memory" && e.PLEDGE_SECRET === undefined) {
    // A per-process secret would give each function instance different hashes, so the same
    // device could be counted twice. With a persistent store the secret must be shared.
    throw new ConfigError("PLEDGE_SECRET is required when a Redis store is configured (e.g. `openssl rand -hex 32`).");
  }
  const ephemeral = e.PLEDGE_SECRET === undefined;
  return {
    store,
    secret: e.PLEDGE_SECRET ?? crypto.randomUUID() + crypto.randomUUID(),
    secretIsEphemeral: ephemeral,
    moderationToken: e.MODERATION_TOKEN,
    timeZone: e.SITE_TIME_ZONE,
    keyPrefix: e.PLEDGE_KEY_PREFIX,
    limits: {
      pledges: e.RATE_LIMIT_PLEDGES,
      hugs: e.RATE_LIMIT_HUGS,
      reports: e.RATE_LIMIT_REPORTS,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
    },
    feedHistory: e.FEED_HISTORY,
    storeTimeoutMs: e.STORE_TIMEOUT_MS,
  };
};
