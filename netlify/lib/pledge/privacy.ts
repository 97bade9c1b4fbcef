/**
 * Keyed hashes, so no raw device id or IP address is ever written to the store.
 *
 * Device ids are hashed with HMAC-SHA-256 under the server secret. IP addresses are hashed under
 * a salt derived from the secret and the UTC date, so the salt changes every day and yesterday's
 * hashes cannot be matched against today's.
 */
import { createHmac } from "node:crypto";

const hmac = (key: string, value: string): string =>
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
  // The day's salt is one HMAC a day, not one per request (the profile found it a third of the
  // hashing time).
  let salt = { day: "", value: "" };
  const dailySalt = (instant: Date) => {
    const day = instant.toISOString().slice(0, 10);
    if (salt.day !== day) salt = { day, value: hmac(secret, `ip-salt:${day}`) };
    return salt.value;
  };
  return {
    device: (deviceId) => hmac(secret, `device:${deviceId.toLowerCase()}`),
    ip: (ip, instant) => hmac(dailySalt(instant), `ip:${ip}`),
    visitor: (ip, userAgent, instant) => hmac(dailySalt(instant), `visitor:${ip}\n${userAgent}`),
  };
};
