/** Push reminder subscriptions. See netlify/lib/reminders/api.ts. */
import type { Config } from "@netlify/functions";
import { reminderApi } from "../lib/reminders/runtime";

export default reminderApi.reminders;

export const config: Config = { path: "/api/reminders" };
