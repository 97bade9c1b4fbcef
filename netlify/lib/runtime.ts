/**
 * The process-wide pledge API, created once per function instance (module level), from the
 * environment. Each file in netlify/functions/ takes its handler from here.
 *
 * Wrong or missing settings do not crash the module (that would answer every request with a
 * 500 and a stack trace): the reason is logged once here, and every endpoint answers 503
 * `not_configured` (createNotConfiguredApi). Local servers check the settings before they start.
 */
import { purgeCache } from "@netlify/functions";
import { type Api, createApi, createNotConfiguredApi, FEED_CACHE_TAG } from "./api";
import { ConfigError, readConfig, type ServiceConfig } from "./config";
import { PledgeService } from "./pledge/service";
import { createStore } from "./store";

const start = (): { api: Api; close: () => Promise<void> } => {
  let config: ServiceConfig;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[pledge] not configured: ${error.message}`);
    return { api: createNotConfiguredApi(error.message), close: async () => {} };
  }
  const store = createStore(config);
  if (config.store.kind === "memory") {
    console.warn(
      "[pledge] No Redis configured (UPSTASH_REDIS_REST_URL/TOKEN or REDIS_URL): using the embedded in-memory store. Pledges are not persisted.",
    );
  }
  const api = createApi({
    service: new PledgeService(store.redis, config),
    storeKind: store.kind,
    ping: () => store.redis.ping(),
    moderationToken: config.moderationToken,
    purgeFeedCache: () => purgeCache({ tags: [FEED_CACHE_TAG] }),
  });
  return { api, close: store.close };
};

const runtime = start();

export const api: Api = runtime.api;

/** Closes the store connection: the dev server calls it when it reloads these modules. */
export const closeRuntime = runtime.close;
