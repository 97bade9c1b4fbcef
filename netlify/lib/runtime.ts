/**
 * The process-wide pledge API, created once per function instance (module level), from the
 * environment. Each file in netlify/functions/ takes its handler from here.
 */
import { purgeCache } from "@netlify/functions";
import { createApi, FEED_CACHE_TAG } from "./api";
import { readConfig } from "./config";
import { PledgeService } from "./pledge/service";
import { createStore } from "./store";

const config = readConfig();
const store = createStore(config);

if (config.store.kind === "memory" && !config.store.shared) {
  console.warn(
    "[pledge] No Redis configured (UPSTASH_REDIS_REST_URL/TOKEN or REDIS_URL): using the embedded in-memory store. Pledges are not persisted.",
  );
}

export const api = createApi({
  service: new PledgeService(store.redis, config),
  storeKind: store.kind,
  ping: () => store.redis.ping(),
  moderationToken: config.moderationToken,
  purgeFeedCache: () => purgeCache({ tags: [FEED_CACHE_TAG] }),
});
