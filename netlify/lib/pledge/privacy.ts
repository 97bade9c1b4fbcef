/**
 * Keyed hashes, so no raw device id or IP address is ever written to the store.
 *
 * Device ids are hashed with HMAC-SHA-256 under the server secret. IP addresses are hashed under
 * a salt derived from the secret and the UTC date, so the salt changes every day and yesterday's
 * hashes cannot be matched against today's.
 */
import { hash } from "node:crypto";

const DAY_MS = 86_400_000;
/** SHA-256's block size: an HMAC key is padded (or first hashed) to it (RFC 2104). */
const BLOCK = 64;

/**
 * HMAC-SHA-256 under one key, written from its definition (RFC 2104) with Node's one-shot
 * `crypto.hash`: H((K ^ opad) || H((K ^ ipad) || message)). The bytes are `createHmac`'s (a test
 * holds them to it: stored keys are made of them), but no Hmac object is made per call. Under
 * load, `createHmac` looked its algorithm up in OpenSSL's provider store on every call (perf:
 * about 4 % of a pledge's server CPU), while `crypto.hash` keeps the digest it found.
 *
 * The inner digest comes back as a "binary" string (Node's name for latin1: one character per
 * byte) and is written into the outer block, written once: no Buffer is made per call (each is
 * memory outside the JS heap, allocated and swept one by one). A call runs to its end before
 * another can start (nothing in it waits), so the outer block is never shared.
 */
const hmacWith = (key: Buffer) => {
  const block = Buffer.alloc(BLOCK);
  (key.length > BLOCK ? hash("sha256", key, "buffer") : key).copy(block);
  // The outer block: K ^ opad, then room for the inner digest's 32 bytes.
  const outer = Buffer.alloc(BLOCK + 32);
  padded(block, 0x5c).copy(outer);
  const innerDigest = innerHash(block);
  return (value: string): string => {
    outer.write(innerDigest(value), BLOCK, "binary");
    return hash("sha256", outer, "base64url").slice(0, 27);
  };
};

/** The key block with every byte XORed with `pad` (RFC 2104's ipad 0x36, opad 0x5c). */
const padded = (block: Buffer, pad: number): Buffer => Buffer.from(block.map((byte) => byte ^ pad));

/** Whether every byte is below 0x80: then the bytes are the same read as latin1 or as UTF-8. */
const isAscii = (bytes: Buffer): boolean => bytes.every((byte) => byte < 0x80);

/**
 * H((K ^ ipad) || message), as a "binary" string. A key of ASCII bytes (a secret written as text,
 * and every day's salt, which is base64url) gives an ASCII padded block, so the block and the
 * message go to `crypto.hash` as one string, which it encodes as UTF-8: the same bytes, with no
 * buffer to fill. That string is garbage like the request's own copies of the address. Any other
 * key has its padded block and the message's UTF-8 bytes written into a buffer kept for the
 * process's life, so the message is wiped from it after use: no address stays in it.
 */
const innerHash = (block: Buffer): ((value: string) => string) => {
  const ipadBlock = padded(block, 0x36);
  if (isAscii(ipadBlock)) {
    const prefix = ipadBlock.toString("latin1");
    return (value) => hash("sha256", prefix + value, "binary");
  }
  let inner = Buffer.alloc(BLOCK + 256);
  ipadBlock.copy(inner);
  return (value) => {
    const end = BLOCK + Buffer.byteLength(value, "utf8");
    if (end > inner.length) {
      const grown = Buffer.alloc(Math.max(end, 2 * inner.length));
      inner.copy(grown, 0, 0, BLOCK);
      inner = grown;
    }
    inner.write(value, BLOCK, "utf8");
    const digest = hash("sha256", inner.subarray(0, end), "binary");
    inner.fill(0, BLOCK, end);
    return digest;
  };
};

export interface Hasher {
  /** Stable for a device id (with one secret). */
  device: (deviceId: string) => string;
  /** An IP address under today's salt, for rate limits. */
  ip: (ip: string, instant: Date) => string;
  /** IP address and user agent under today's salt, to deduplicate pledges sent without a device id. */
  visitor: (ip: string, userAgent: string, instant: Date) => string;
}

export const createHasher = (secret: string): Hasher => {
  // The day's salt is one HMAC a day, not one per request, and its day is told by a number, not
  // a formatted date.
  const underSecret = hmacWith(Buffer.from(secret, "utf8"));
  const saltOf = (day: number) => {
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    return hmacWith(Buffer.from(underSecret(`ip-salt:${date}`), "utf8"));
  };
  let salt = { day: Number.NaN, hmac: underSecret };
  const underDailySalt = (instant: Date) => {
    const day = Math.floor(instant.getTime() / DAY_MS);
    if (salt.day !== day) salt = { day, hmac: saltOf(day) };
    return salt.hmac;
  };
  return {
    device: (deviceId) => underSecret(`device:${deviceId.toLowerCase()}`),
    ip: (ip, instant) => underDailySalt(instant)(`ip:${ip}`),
    visitor: (ip, userAgent, instant) => underDailySalt(instant)(`visitor:${ip}\n${userAgent}`),
  };
};
