/** The real push: web-push encrypts the payload (aes128gcm) and signs a VAPID token per send. */
import type { Agent } from "node:https";
import webpush from "web-push";
import type { Vapid } from "./config";
import type { Push } from "./sender";

export const webPush =
  (vapid: Vapid, extra: { agent?: Agent } = {}): Push =>
  (subscription, payload) =>
    webpush.sendNotification(subscription, payload, {
      vapidDetails: vapid,
      // A reminder an hour late is no longer a reminder.
      TTL: 3600,
      timeout: 10_000,
      ...(extra.agent ? { agent: extra.agent } : {}),
    });
