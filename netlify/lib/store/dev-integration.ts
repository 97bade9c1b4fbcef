/**
 * An Astro integration for `astro dev`: when no Redis is configured, start the embedded store
 * server in the dev process and point the pledge functions at it (see embedded-server.ts).
 * Environment variables set here reach every function worker, which copies process.env.
 */
import { randomBytes } from "node:crypto";
import type { AstroIntegration } from "astro";
import { startEmbeddedStoreServer } from "./embedded-server";

export const EMBEDDED_URL_ENV = "PLEDGE_EMBEDDED_STORE_URL";
export const EMBEDDED_TOKEN_ENV = "PLEDGE_EMBEDDED_STORE_TOKEN";

export const pledgeDevStore = (): AstroIntegration => ({
  name: "daily-pledge:dev-store",
  hooks: {
    "astro:server:setup": async ({ logger, server }) => {
      const env = process.env;
      if (env.UPSTASH_REDIS_REST_URL || env.REDIS_URL || env[EMBEDDED_URL_ENV]) return;
      const store = await startEmbeddedStoreServer();
      env[EMBEDDED_URL_ENV] = store.url;
      env[EMBEDDED_TOKEN_ENV] = store.token;
      // One secret for the whole dev server, so a device hashes the same in every worker.
      env.PLEDGE_SECRET ??= randomBytes(32).toString("hex");
      server.httpServer?.once("close", () => void store.close());
      logger.info(`Pledges use the embedded in-memory store (${store.url}); they are not persisted.`);
    },
  },
});
