/** Hides, restores or removes a feed entry (Bearer MODERATION_TOKEN). See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.moderation;

export const config: Config = { path: "/api/moderation" };
