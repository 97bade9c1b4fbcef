/**
 * Everything the pledge keeps on this device, in localStorage. Nothing here leaves the device
 * except the random device id and a pledge waiting in the outbox. When storage is unavailable
 * (private modes, blocked storage) it falls back to memory for this page view.
 */
import { PLEDGE_KINDS, type PledgeKind } from "../../../common/pledge/vocabulary";
import type { PledgeRequest } from "./api-types";
import type { HistoryDay } from "./pledge-machine";

const KEY = {
  device: "dailypledge:device",
  outbox: "dailypledge:outbox",
  history: "dailypledge:history",
  hugged: "dailypledge:hugged",
  stats: "dailypledge:stats",
  own: "dailypledge:own",
} as const;

/** Storage's stand-in when it is unavailable; also read by src/client/checkin/device-data.ts. */
export const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    if (value === null) memory.delete(key);
    else memory.set(key, value);
  }
}

function readList(key: string): unknown[] {
  try {
    const value: unknown = JSON.parse(read(key) ?? "[]");
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** An empty list removes the key. */
const writeList = (key: string, items: readonly unknown[]): void =>
  write(key, items.length > 0 ? JSON.stringify(items) : null);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
export const isKind = (v: unknown): v is PledgeKind => PLEDGE_KINDS.includes(v as PledgeKind);

/**
 * The entries of a stored list with a kind and a day (`date` in the history, `localDate` in the
 * outbox). Anything else (an older version's shape, a hand edit) is left out: the server checks
 * the rest of what is sent.
 */
const days = <T>(key: string, date: "date" | "localDate"): T[] =>
  readList(key).filter((d): d is T => isObject(d) && /^\d{4}-\d{2}-\d{2}$/.test(String(d[date])) && isKind(d.kind));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A random id for this browser, so the same device is not counted twice on one day.
 * crypto.randomUUID needs a secure context: the site is served over HTTPS only (HSTS, and
 * upgrade-insecure-requests in netlify.toml), and localhost counts as secure for development.
 */
export function deviceId(): string {
  const existing = read(KEY.device);
  if (existing && UUID.test(existing)) return existing;
  const id = crypto.randomUUID();
  write(KEY.device, id);
  return id;
}

/** The days this device pledged, oldest first (only ever kept here). */
export const history = (): HistoryDay[] => days(KEY.history, "date");

/** Fired on window when this tab saves the history (other tabs get a "storage" event). */
export const HISTORY_SAVED = "dailypledge:history-saved";

export function saveHistory(days: readonly HistoryDay[]): void {
  writeList(KEY.history, days);
  window.dispatchEvent(new Event(HISTORY_SAVED));
}

/** Forget the hugs and own pledge of this device (its history is cleared with saveHistory). */
export function forgetHugs(): void {
  write(KEY.hugged, null);
  try {
    sessionStorage.removeItem(KEY.own);
  } catch {
    // Storage unavailable: nothing was kept there.
  }
}

export function hugged(): Set<string> {
  return new Set(readList(KEY.hugged).filter((id): id is string => typeof id === "string"));
}

export function rememberHug(id: string, on: boolean): void {
  const ids = hugged();
  if (on) ids.add(id);
  else ids.delete(id);
  write(KEY.hugged, JSON.stringify([...ids].slice(-500)));
}

/** Pledges waiting to be sent, at most one per calendar day. */
export const outbox = (): PledgeRequest[] => days(KEY.outbox, "localDate");

export const saveOutbox = (items: readonly PledgeRequest[]): void => writeList(KEY.outbox, items);

/**
 * Recent answers kept for a couple of minutes, so a reload (or a second tab) does not show a
 * count or feed older than what this visitor already saw: the API's answers are cached for a
 * few seconds by the browser and the CDN. The counts are the same for everyone; the visitor's
 * own new pledge is kept in sessionStorage only (gone when the tab closes).
 */
const FRESH_MS = 120_000;

type Store = "localStorage" | "sessionStorage";

function readRecent(store: Store, key: string): unknown {
  try {
    const value: unknown = JSON.parse(window[store].getItem(key) ?? "null");
    if (!isObject(value) || typeof value.savedAt !== "number" || Date.now() - value.savedAt > FRESH_MS) return null;
    return value.data;
  } catch {
    return null;
  }
}

function writeRecent(store: Store, key: string, data: unknown): void {
  try {
    window[store].setItem(key, JSON.stringify({ savedAt: Date.now(), data }));
  } catch {
    // Nothing to do: this is only a nicety.
  }
}

export const recentStats = (): unknown => readRecent("localStorage", KEY.stats);
export const keepStats = (stats: unknown): void => writeRecent("localStorage", KEY.stats, stats);
export const recentOwnPledge = (): unknown => readRecent("sessionStorage", KEY.own);
export const keepOwnPledge = (pledge: unknown): void => writeRecent("sessionStorage", KEY.own, pledge);

/** Keys whose change in another tab should refresh this one. */
export const WATCHED_KEYS: readonly string[] = [KEY.history, KEY.outbox];
