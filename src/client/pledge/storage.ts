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
const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

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
export function history(): HistoryDay[] {
  return readList(KEY.history).filter((d): d is HistoryDay => isObject(d) && isDate(d.date) && isKind(d.kind));
}

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
export function outbox(): PledgeRequest[] {
  return readList(KEY.outbox).filter(
    (p): p is PledgeRequest => isObject(p) && isKind(p.kind) && isDate(p.localDate) && typeof p.deviceId === "string",
  );
}

export const saveOutbox = (items: readonly PledgeRequest[]): void => writeList(KEY.outbox, items);

/**
 * Recent answers kept for a couple of minutes, so a reload (or a second tab) does not show a
 * count or feed older than what this visitor already saw: the API's answers are cached for a
 * few seconds by the browser and the CDN. The counts are the same for everyone; the visitor's
 * own new pledge is kept in sessionStorage only (gone when the tab closes).
 */
const FRESH_MS = 120_000;

function readRecent(store: "local" | "session", key: string): unknown {
  try {
    const raw = (store === "local" ? localStorage : sessionStorage).getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!isObject(value) || typeof value.savedAt !== "number" || Date.now() - value.savedAt > FRESH_MS) return null;
    return value.data;
  } catch {
    return null;
  }
}

function writeRecent(store: "local" | "session", key: string, data: unknown): void {
  try {
    (store === "local" ? localStorage : sessionStorage).setItem(key, JSON.stringify({ savedAt: Date.now(), data }));
  } catch {
    // Nothing to do: this is only a nicety.
  }
}

export const recentStats = (): unknown => readRecent("local", KEY.stats);
export const keepStats = (stats: unknown): void => writeRecent("local", KEY.stats, stats);
export const recentOwnPledge = (): unknown => readRecent("session", KEY.own);
export const keepOwnPledge = (pledge: unknown): void => writeRecent("session", KEY.own, pledge);

/** Keys whose change in another tab should refresh this one. */
export const WATCHED_KEYS: readonly string[] = [KEY.history, KEY.outbox];
