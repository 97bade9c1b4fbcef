/**
 * Keyed hashes, so no raw device id or IP address is ever written to the store.
 *
 * Device ids are hashed with HMAC-SHA-256 under the server secret. IP addresses are hashed under
 * a salt derived from the secret and the UTC date, so the salt changes every day and yesterday's
 * hashes cannot be matched against today's.
 */
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";

const DAY_MS = 86_400_000;

const hmac = (key: KeyObject, value: string): string =>
  createHmac("sha256", key).update(value).digest("base64url").slice(0, 27);

export interface Hasher {
  /** Stable for a device id (with one secret). */
  device: (deviceId: string) => string;
  /** An IP address under today's salt, for rate limits. */
  ip: (ip: string, instant: Date) => string;
  /** IP address and user agent under today's salt, to deduplicate pledges sent without a device id. */
  visitor: (ip: string, userAgent: string, instant: Date) => string;
}

export const createHasher = (secret: string): Hasher => {
  // Keys are imported once (a KeyObject), not from text on every hash: the same HMACs, a fifth
  // cheaper each. The day's salt is one HMAC a day, not one per request (the profile found it a
  // third of the hashing time), and its day is told by a number, not a formatted date.
  const secretKey = createSecretKey(Buffer.from(secret, "utf8"));
  const saltOf = (day: number): KeyObject => {
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    return createSecretKey(Buffer.from(hmac(secretKey, `ip-salt:${date}`), "utf8"));
  };
  let salt = { day: Number.NaN, key: secretKey };
  const dailySalt = (instant: Date): KeyObject => {
    const day = Math.floor(instant.getTime() / DAY_MS);
    if (salt.day !== day) salt = { day, key: saltOf(day) };
    return salt.key;
  };
  return {
    device: (deviceId) => hmac(secretKey, `device:${deviceId.toLowerCase()}`),
    ip: (ip, instant) => hmac(dailySalt(instant), `ip:${ip}`),
    visitor: (ip, userAgent, instant) => hmac(dailySalt(instant), `visitor:${ip}\n${userAgent}`),
  };
};
