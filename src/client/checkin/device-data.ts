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
