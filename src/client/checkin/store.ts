/**
 * The check-in answers on this device (localStorage, key "dailypledge:checkins"). They never
 * leave the device. Without storage (private modes) they last for this page view only.
 */
import { type Checkin, parseCheckins } from "./state";

export const CHECKINS_KEY = "dailypledge:checkins";
let memory: string | null = null;

export function loadCheckins(): Checkin[] {
  let raw: string | null;
  try {
    raw = localStorage.getItem(CHECKINS_KEY);
  } catch {
    raw = memory;
  }
  try {
    return parseCheckins(JSON.parse(raw ?? "[]"));
  } catch {
    return [];
  }
}

export function saveCheckins(checkins: readonly Checkin[]): void {
  const raw = checkins.length > 0 ? JSON.stringify(checkins) : null;
  try {
    if (raw === null) localStorage.removeItem(CHECKINS_KEY);
    else localStorage.setItem(CHECKINS_KEY, raw);
  } catch {
    memory = raw;
  }
}
