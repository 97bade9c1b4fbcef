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
 * Redis answers that mean "not now" rather than "your command is wrong": busy with a script,
 * out of memory, a replica after failover, loading, or Upstash's quota and gateway errors.
 */
const UNAVAILABLE_REPLY =
  /\b(BUSY|OOM|READONLY|MASTERDOWN|LOADING|TRYAGAIN|CLUSTERDOWN)\b|max (daily|monthly) request limit|quota|rate limit|unauthorized|bad gateway|service unavailable|gateway time-?out/i;

/** True for errors that mean "the store could not be reached or cannot serve now", as opposed to a bug. */
export const isStoreUnavailable = (error: unknown): boolean => {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  // Upstash over fetch: an aborted request (timeout) or a network failure.
  if (error.name === "TimeoutError" || error.name === "AbortError") return true;
  if (error.name === "TypeError" && /fetch failed|network/i.test(error.message)) return true;
  // An HTML error page from a gateway instead of Upstash's JSON.
  if (error.name === "UpstashJSONParseError") return true;
  return UNAVAILABLE_REPLY.test(error.message);
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
