/**
 * Daily notifications by Web Push, where the browser supports them and the site has VAPID
 * keys (the page is built with the public key; without it this block is not in the page).
 * The subscription is sent to /api/reminders with the chosen quarter hour, the device's time
 * zone and the page's language code (so the notification comes in that language); turning it
 * off deletes it on the server at once.
 */
import type { ReminderWords } from "../../i18n/companion";
import { fill } from "../page-words";
import { atTime } from "./time";

const PUSH_TIME_KEY = "dailypledge:push-time";

/** Push services accept a quarter hour: the nearest one to the chosen time. */
export function quarterHour(time: string): string {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const total = (Math.round((h * 60 + m) / 15) * 15) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** Undefined when it worked, else the problem in the page's words (the server answers in English). */
async function call(method: "POST" | "DELETE", body: unknown, words: ReminderWords): Promise<string | undefined> {
  try {
    const res = await fetch("/api/reminders", {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (res.ok) return undefined;
    const answer = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    return answer?.error?.code === "rate_limited" ? words.rateLimited : words.failed;
  } catch {
    return words.offline;
  }
}

export async function startPush(
  block: HTMLElement,
  publicKey: string,
  timeInput: HTMLInputElement,
  words: ReminderWords,
): Promise<void> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  const on = block.querySelector<HTMLButtonElement>("[data-push-on]");
  const off = block.querySelector<HTMLButtonElement>("[data-push-off]");
  const status = block.querySelector<HTMLElement>("[data-push-status]");
  if (!on || !off || !status) return;
  const registration = await navigator.serviceWorker.ready;
  const render = (subscribed: boolean, message: string) => {
    on.hidden = subscribed;
    off.hidden = !subscribed;
    status.textContent = message;
  };
  const current = await registration.pushManager.getSubscription();
  const savedTime = localStorage.getItem(PUSH_TIME_KEY);
  const onAt = (time: string) => fill(words.pushOnAt, { at: atTime(time, words) }, words.locale);
  render(Boolean(current), current && savedTime ? onAt(savedTime) : "");
  block.hidden = false;

  on.addEventListener("click", async () => {
    if ((await Notification.requestPermission()) !== "granted") {
      render(false, words.blocked);
      return;
    }
    const time = quarterHour(timeInput.value || "08:00");
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: publicKey,
    });
    const problem = await call(
      "POST",
      {
        subscription: subscription.toJSON(),
        time,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        lang: words.lang,
      },
      words,
    );
    if (problem) {
      await subscription.unsubscribe();
      render(false, problem);
      return;
    }
    localStorage.setItem(PUSH_TIME_KEY, time);
    render(true, onAt(time));
  });

  off.addEventListener("click", async () => {
    const subscription = await registration.pushManager.getSubscription();
    if (subscription) {
      const problem = await call("DELETE", { endpoint: subscription.endpoint }, words);
      if (problem) {
        render(true, problem);
        return;
      }
      await subscription.unsubscribe();
    }
    localStorage.removeItem(PUSH_TIME_KEY);
    render(false, words.off);
  });
}
