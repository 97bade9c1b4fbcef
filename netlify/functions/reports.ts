/** Reports a feed entry; three distinct devices take it out of the feed. See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.reports;

export const config: Config = { path: "/api/reports" };
