/**
 * The reminders' process-wide pieces, built once per function instance from the environment:
 * the store (same Redis and key prefix as the pledge, its own keys), the API and the sender.
 */
import { siteConfig } from "../../../common/site";
import { readConfig } from "../config";
import { createStore } from "../store";
import { createReminderApi } from "./api";
import { readVapid } from "./config";
import { webPush } from "./push";
import { sendDue } from "./sender";
import { ReminderStore } from "./store";

const config = readConfig();
const vapid = readVapid(process.env, siteConfig.url);
const store = new ReminderStore(createStore(config).redis, { secret: config.secret, keyPrefix: config.keyPrefix });

export const reminderApi = createReminderApi({
  store,
  publicKey: vapid?.publicKey,
  secret: config.secret,
  keyPrefix: config.keyPrefix,
  limit: 20,
  windowSeconds: 3600,
});

/** Sends the reminders of the current quarter hour; a no-op without VAPID keys. */
export async function sendReminders(now = Date.now()) {
  if (!vapid) return undefined;
  return sendDue(store, webPush(vapid), now);
}
