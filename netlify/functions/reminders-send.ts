/**
 * Netlify Scheduled Function: every quarter hour, sends the push reminders due now.
 * See netlify/lib/reminders/sender.ts.
 */
import type { Config } from "@netlify/functions";
import { sendReminders } from "../lib/reminders/runtime";

export default async (): Promise<Response> => {
  const report = await sendReminders();
  console.log("[reminders]", report ? JSON.stringify(report) : "VAPID keys not set: nothing sent");
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: "*/15 * * * *" };
