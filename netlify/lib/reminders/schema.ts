/**
 * What the reminders function accepts: a browser's push subscription with a time (a quarter
 * hour), an IANA time zone and optionally the language of its words, or an endpoint to unsubscribe. zod is the single source of the
 * types; each message says what to fix.
 */
import { z } from "zod";
import { REMINDER_LANGS } from "../../../common/reminders/push-words";

const base64url = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} is missing.` })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: `${name} must be base64url text, as the browser gives it.` })
    .min(min, { error: `${name} is too short to be a browser's key.` })
    .max(max, { error: `${name} is too long to be a browser's key.` });

export const endpointSchema = z
  .url({ protocol: /^https$/, error: "endpoint must be the https address the browser's push service gave." })
  .max(1024, { error: "endpoint is longer than 1024 characters." });

export const subscriptionSchema = z.object({
  endpoint: endpointSchema,
  keys: z.object(
    {
      // An uncompressed P-256 public key is 65 bytes (87 base64url characters); auth is 16 bytes.
      p256dh: base64url("keys.p256dh", 80, 100),
      auth: base64url("keys.auth", 16, 32),
    },
    { error: "keys must hold p256dh and auth, as the browser gives them." },
  ),
});

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
};

export const subscribeSchema = z.object({
  subscription: subscriptionSchema,
  time: z.string({ error: "time is missing." }).regex(/^([01]\d|2[0-3]):(00|15|30|45)$/, {
    error: "time must be a quarter hour written HH:MM, e.g. 08:00 or 20:15.",
  }),
  timeZone: z
    .string({ error: "timeZone is missing." })
    .refine(isTimeZone, { error: "timeZone must be an IANA time zone such as America/Chicago." }),
  /**
   * The language of the notification's words: "es" for a subscription made from /es/. Left out
   * means English (and subscriptions stored before it existed read as English).
   */
  lang: z.enum(REMINDER_LANGS, { error: `lang must be one of ${REMINDER_LANGS.join(", ")}, or left out.` }).optional(),
});

export const unsubscribeSchema = z.object({ endpoint: endpointSchema });

export type PushSubscriptionInput = z.infer<typeof subscriptionSchema>;
export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** One stored reminder: only what sending it needs. */
export const storedReminderSchema = subscribeSchema;
export type StoredReminder = z.infer<typeof storedReminderSchema>;

/** GET /api/reminders: whether push reminders are offered, and the key to subscribe with. */
export type RemindersInfo = { enabled: false } | { enabled: true; publicKey: string };
