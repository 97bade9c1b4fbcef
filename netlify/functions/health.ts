/** Says whether the store answers. See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.health;

export const config: Config = { path: "/api/health" };
