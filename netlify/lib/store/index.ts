/**
 * Picks the store transport from the configuration and wraps it in the @upstash/redis client,
 * so the pledge logic has one code path whatever sits behind it:
 * - Upstash over REST (production on Netlify),
 * - a TCP Redis through a custom requester (self-hosting, tests, CI),
 * - the embedded in-process store (development with nothing installed).
 */
import { Redis } from "@upstash/redis";
import type { ServiceConfig, StoreKind } from "../config";
import { embeddedRunner } from "./embedded";
import { commandRequester, StoreUnavailableError } from "./requester";
import { connectTcp } from "./tcp";

export interface Store {
  redis: Redis;
  kind: StoreKind;
  close: () => Promise<void>;
}

export const createStore = (config: Pick<ServiceConfig, "store" | "storeTimeoutMs">): Store => {
  const { store, storeTimeoutMs } = config;
  switch (store.kind) {
    case "upstash":
      return {
        kind: "upstash",
        redis: new Redis({
          url: store.url,
          token: store.token,
          // No retries and a deadline per request, so a slow Upstash fails within 2 s.
          retry: false,
          signal: () => AbortSignal.timeout(storeTimeoutMs),
          enableTelemetry: false,
        }),
        close: async () => {},
      };
    case "redis": {
      const tcp = connectTcp(store.url, storeTimeoutMs);
      return { kind: "redis", redis: new Redis(commandRequester(tcp.run)), close: tcp.close };
    }
    case "memory":
      return { kind: "memory", redis: new Redis(commandRequester(embeddedRunner())), close: async () => {} };
  }
};

/**
 * Answers that mean the store's configuration is wrong: credentials refused (Upstash answers
 * "WRONGPASS invalid or missing auth token"; a TCP Redis WRONGPASS or NOAUTH), a user without
 * permission, or the plan's quota used up ("ERR max requests limit exceeded", "max daily request
 * limit"). Requests fail until the operator acts, so they are logged as errors.
 */
const CONFIGURATION_REPLY =
  /\b(WRONGPASS|NOAUTH|NOPERM)\b|unauthori[sz]ed|max (daily |monthly )?requests? limit|quota|limit exceeded/i;

/**
 * Redis answers that mean "not now" rather than "your command is wrong": busy with a script,
 * out of memory, a replica after failover, loading, or a gateway error.
 */
const UNAVAILABLE_REPLY =
  /\b(BUSY|OOM|READONLY|MASTERDOWN|LOADING|TRYAGAIN|CLUSTERDOWN)\b|rate limit|bad gateway|service unavailable|gateway time-?out/i;

const isTimeout = (error: Error): boolean =>
  error.name === "TimeoutError" ||
  error.name === "AbortError" ||
  (error instanceof StoreUnavailableError && /did not answer|not connected/i.test(error.message));

/**
 * Why the store failed a request: its configuration (credentials, quota), a timeout, or another
 * outage; null for errors that are not the store's (a bug).
 */
export type StoreProblem = "configuration" | "timeout" | "unavailable";

export const storeProblem = (error: unknown): StoreProblem | null => {
  if (!(error instanceof Error)) return null;
  if (CONFIGURATION_REPLY.test(error.message)) return "configuration";
  if (isTimeout(error)) return "timeout";
  if (error instanceof StoreUnavailableError) return "unavailable";
  // Upstash over fetch: a network failure, or an HTML error page from a gateway instead of JSON.
  if (error.name === "TypeError" && /fetch failed|network/i.test(error.message)) return "unavailable";
  if (error.name === "UpstashJSONParseError") return "unavailable";
  return UNAVAILABLE_REPLY.test(error.message) ? "unavailable" : null;
};

/** True for errors that mean "the store could not be reached or cannot serve now", as opposed to a bug. */
export const isStoreUnavailable = (error: unknown): boolean => storeProblem(error) !== null;

/**
 * Logs a store failure at the level it deserves: a configuration problem is an error (nothing
 * works until the operator fixes it), a timeout or an outage a warning. Never the command's
 * arguments (see describeError).
 */
export const logStoreProblem = (error: unknown): void => {
  const problem = storeProblem(error);
  if (problem === "configuration") {
    console.error(
      `[pledge] store configuration problem: check the store's URL, token or password, and its plan's quota. Cause: ${describeError(error)}`,
    );
  } else if (problem === "timeout") {
    console.warn(`[pledge] store timed out: ${describeError(error)}`);
  } else if (problem === "unavailable") {
    console.warn(`[pledge] store unavailable: ${describeError(error)}`);
  }
};

/**
 * What may be logged of an error: its kind and the first line of its message, without the
 * command (Upstash appends "command was: [...]", which would put names and notes in the logs).
 */
export const describeError = (error: unknown): string => {
  if (!(error instanceof Error)) return typeof error;
  const message = (error.message.split("\n")[0] ?? "").replace(/,?\s*command was:.*$/s, "");
  return `${error.name}: ${message.slice(0, 200)}`;
};

export { StoreUnavailableError };
