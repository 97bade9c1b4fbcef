/**
 * A TCP Redis (self-hosting, tests and CI) behind the @upstash/redis client, through ioredis.
 *
 * Tuned to fail fast: commands are not queued while disconnected and each has a deadline, so a
 * request fails within the store timeout when Redis is down, and the connection comes back by
 * itself when Redis does.
 */
import { Redis as IORedis } from "ioredis";
import { type CommandRunner, StoreUnavailableError, withTimeout } from "./requester";

export interface TcpStore {
  run: CommandRunner;
  close: () => Promise<void>;
}

export const connectTcp = (url: string, timeoutMs: number): TcpStore => {
  const client = new IORedis(url, {
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    // Keep trying to reconnect in the background, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
  // Without a listener ioredis prints every failed reconnect as an unhandled error. The last one
  // is kept as the cause of "not connected" (e.g. WRONGPASS: a configuration problem, logged as such).
  let lastError = "";
  client.on("error", (error: Error) => {
    lastError = (error.message.split("\n")[0] ?? "").slice(0, 200);
  });
  client.on("ready", () => {
    lastError = "";
  });
  // Every request waiting for a reconnect listens for "ready": as many as requests in flight.
  client.setMaxListeners(0);

  /** Waits for the connection (first use, or a reconnect under way), within the deadline. */
  const ready = (): Promise<void> =>
    client.status === "ready"
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            client.off("ready", onReady);
            const cause = lastError ? `: ${lastError}` : "";
            reject(new StoreUnavailableError(`Redis is not connected (${client.status})${cause}`));
          }, timeoutMs);
          const onReady = () => {
            clearTimeout(timer);
            resolve();
          };
          client.once("ready", onReady);
        });

  const run: CommandRunner = async ([name, ...args]) => {
    if (!name) throw new TypeError("Empty Redis command");
    const started = Date.now();
    await ready();
    const left = Math.max(1, timeoutMs - (Date.now() - started));
    return withTimeout(client.call(name, ...args), left, "Redis");
  };

  return {
    run,
    close: async () => {
      client.disconnect();
    },
  };
};
