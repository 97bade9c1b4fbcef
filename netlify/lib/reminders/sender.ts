/**
 * The scheduled sender: sends the reminders filed under the current quarter hour, deletes a
 * subscription the push service reports gone (404 or 410), and re-files a reminder whose next
 * day falls in another UTC bucket (a daylight-saving change).
 */
import { PUSH_MESSAGES, type ReminderLang } from "../../../common/reminders/push-words";
import { bucketOf, nextBucket } from "./buckets";
import type { PushSubscriptionInput } from "./schema";
import type { ReminderStore } from "./store";

/** Sends one push message; rejects with an error carrying the push service's `statusCode`. */
export type Push = (subscription: PushSubscriptionInput, payload: string) => Promise<unknown>;

export interface SendReport {
  bucket: number;
  sent: number;
  gone: number;
  failed: number;
  moved: number;
}

/** The notification in the subscriber's language (shown by public/sw-push.js). */
export const reminderPayload = (lang: ReminderLang = "en"): string => JSON.stringify(PUSH_MESSAGES[lang]);

const statusOf = (error: unknown): number | undefined => {
  if (typeof error === "object" && error !== null && "statusCode" in error) {
    const code = (error as { statusCode: unknown }).statusCode;
    return typeof code === "number" ? code : undefined;
  }
  return undefined;
};

/** Reminders sent at once: a popular quarter hour must not open thousands of connections together. */
const BATCH = 50;

type Due = Awaited<ReturnType<ReminderStore["due"]>>[number];

async function sendOne(store: ReminderStore, push: Push, entry: Due, now: number, report: SendReport): Promise<void> {
  const { bucket } = report;
  try {
    await push(entry.reminder.subscription, reminderPayload(entry.reminder.lang));
    report.sent += 1;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 410) {
      await store.removeId(entry.id, bucket);
      report.gone += 1;
      return;
    }
    // Anything else (the push service busy, a network error): try again tomorrow.
    report.failed += 1;
  }
  const next = nextBucket(now, entry.reminder.time, entry.reminder.timeZone);
  if (next !== bucket) {
    await store.move(entry, bucket, next);
    report.moved += 1;
  }
}

export async function sendDue(store: ReminderStore, push: Push, now: number): Promise<SendReport> {
  const bucket = bucketOf(now);
  const report: SendReport = { bucket, sent: 0, gone: 0, failed: 0, moved: 0 };
  const due = await store.due(bucket);
  for (let i = 0; i < due.length; i += BATCH) {
    await Promise.all(due.slice(i, i + BATCH).map((entry) => sendOne(store, push, entry, now, report)));
  }
  return report;
}
