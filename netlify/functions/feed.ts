/** Recent pledges, newest first, with a cursor for older ones. See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.feed;

export const config: Config = { path: "/api/feed" };
