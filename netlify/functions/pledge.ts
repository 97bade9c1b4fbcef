/** Records today's pledge (JSON or a plain HTML form post). See netlify/lib/api.ts. */
import type { Config } from "@netlify/functions";
import { api } from "../lib/runtime";

export default api.pledge;

export const config: Config = { path: "/api/pledge" };
