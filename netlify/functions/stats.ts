/** Today's, yesterday's and all-time pledge counts. See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.stats;

export const config: Config = { path: "/api/stats" };
