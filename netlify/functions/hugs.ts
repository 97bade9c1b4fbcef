/** Sends a hug to a feed entry: one per device per entry. See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.hugs;

export const config: Config = { path: "/api/hugs" };
