/**
 * Everything the site keeps on this device, for the check-in's download and clear buttons. Kept
 * out of src/client/pledge/storage.ts so the pledge's own script (issue 10's budget) does not carry it.
 */
import { memory } from "../pledge/storage";

/** Every key this site keeps in the browser starts with this. */
const PREFIX = "dailypledge:";

function siteKeys(store: Storage): string[] {
  return Array.from({ length: store.length }, (_, i) => store.key(i) ?? "").filter((k) => k.startsWith(PREFIX));
}

function parsed(raw: string | null): unknown {
  try {
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return raw; // The device id is a plain string.
  }
}

/** Everything this site keeps on the device, key by key, for the visitor to download. */
export function deviceData(): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of memory) if (key.startsWith(PREFIX)) data[key] = parsed(value);
  for (const store of ["localStorage", "sessionStorage"] as const) {
    try {
      const s = window[store];
      for (const key of siteKeys(s)) data[key] = parsed(s.getItem(key));
    } catch {
      // Storage unavailable: only the memory copy exists.
    }
  }
  return data;
}

/** Removes everything this site keeps on the device (pledges already sent stay counted on the server). */
export function forgetDevice(): void {
  for (const key of [...memory.keys()]) if (key.startsWith(PREFIX)) memory.delete(key);
  for (const store of ["localStorage", "sessionStorage"] as const) {
    try {
      const s = window[store];
      for (const key of siteKeys(s)) s.removeItem(key);
    } catch {
      // Storage unavailable: nothing was kept there.
    }
  }
}

/**
 * Turns off daily notifications, if they are on: the server's copy is deleted first (so no
 * reminder comes after "clear everything"), then the browser's subscription. Also drops the
 * copies of pages the visitor opened (the list of pages read is their own business). Best
 * effort: offline, the browser's subscription is still removed, and the server deletes the
 * copy at the next send, when the push service reports it gone.
 */
export async function forgetReminders(): Promise<void> {
  try {
    if ("caches" in window) await caches.delete("pages");
    if (!("serviceWorker" in navigator) || !("PushManager" in window)) return;
    const registration = await navigator.serviceWorker.getRegistration();
    const subscription = await registration?.pushManager.getSubscription();
    if (!subscription) return;
    await fetch("/api/reminders", {
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoint: subscription.endpoint }),
    }).catch(() => undefined);
    await subscription.unsubscribe();
  } catch {
    // Nothing more can be done from the page; the storage is already cleared.
  }
}
