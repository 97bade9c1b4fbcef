/**
 * The pledge service's settings, read once from environment variables (all documented in
 * README.md). A wrong or missing value is a `ConfigError` whose message is one line naming the
 * variable and what to set: `npm run dev` and `npm run preview` stop with it at startup
 * (`checkConfigAtStartup`), and a deployed function answers 503 `not_configured` (runtime.ts).
 */
import { z } from "zod";
import { siteConfig } from "../../common/site";

const WHOLE = "must be a whole number above 0";
const positiveInt = (fallback: number) =>
  z.coerce
    .number({ error: `${WHOLE} (default ${fallback})` })
    .int({ error: `${WHOLE} (default ${fallback})` })
    .positive({ error: `${WHOLE} (default ${fallback})` })
    .default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  UPSTASH_REDIS_REST_URL: optionalText.refine((value) => value === undefined || /^https:\/\/./.test(value), {
    error: "UPSTASH_REDIS_REST_URL must be the database's https:// REST URL, from the Upstash console.",
  }),
  UPSTASH_REDIS_REST_TOKEN: optionalText,
  REDIS_URL: optionalText.refine((value) => value === undefined || /^rediss?:\/\/./.test(value), {
    error: "REDIS_URL must start with redis:// or rediss:// (e.g. redis://127.0.0.1:6379).",
  }),
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
    /** The embedded store, in this process (under `astro dev`: the dev server's process). */
    | { kind: "memory" };
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
    // Custom messages name the variable; zod's own ones (e.g. a number that is not one) get it prefixed.
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new ConfigError(lines.join(" "));
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
        : { kind: "memory" };
  if (store.kind !== "memory" && e.PLEDGE_SECRET === undefined) {
    // A per-process secret would give each function instance different hashes, so the same
    // device could be counted twice. With a persistent store the secret must be shared.
    throw new ConfigError(
      "PLEDGE_SECRET is required when a Redis store is configured: set it to 32 or more random characters (e.g. `openssl rand -hex 32`).",
    );
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

/**
 * For the local servers (`npm run dev`, `npm run preview`): reads the settings once, at startup.
 * With the embedded store and no PLEDGE_SECRET, the secret made for this process is written to
 * `env`, so the functions hash a device the same way however often they are reloaded. Throws a
 * `ConfigError` (one line saying what to set) for a wrong or missing value.
 */
export const prepareLocalConfig = (env: Record<string, string | undefined> = process.env) => {
  const config = readConfig(env);
  if (config.secretIsEphemeral) env["PLEDGE_SECRET"] = config.secret;
  return { config, madeSecret: config.secretIsEphemeral };
};
