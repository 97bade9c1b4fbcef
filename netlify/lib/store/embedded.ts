/**
 * The embedded in-process store, used when no Redis is configured, so `npm run dev` works with
 * nothing else installed. It is ioredis-mock (an in-memory Redis with Lua scripting), shared by
 * every function in the process. Nothing is persisted: a restart forgets every pledge.
 */
import { createHash } from "node:crypto";
import RedisMock from "ioredis-mock";
import type { CommandRunner } from "./requester";

type MockMethod = (...args: string[]) => Promise<unknown>;

interface EmbeddedState {
  mock: InstanceType<typeof RedisMock>;
  /** Scripts seen through EVAL, by SHA-1, so EVALSHA behaves as on a real server. */
  scripts: Map<string, string>;
  /**
   * The end of the queue of commands. ioredis-mock's Lua scripts are not safe to interleave
   * (concurrent EVALs corrupt each other's replies), so commands run one at a time, as on a
   * real Redis, which also makes every script atomic here.
   */
  tail: Promise<unknown>;
}

/**
 * One store per process. Under `astro dev` each function module may be loaded separately, so
 * the store lives on `globalThis`, not in this module's scope.
 */
const STATE = Symbol.for("daily-pledge.embedded-store");
const globalState = globalThis as typeof globalThis & { [STATE]?: EmbeddedState };

const state = (): EmbeddedState => {
  globalState[STATE] ??= { mock: new RedisMock(), scripts: new Map(), tail: Promise.resolve() };
  return globalState[STATE];
};

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex");

/** A fresh, empty embedded store (tests use this to start clean). */
export const resetEmbeddedStore = (): void => {
  globalState[STATE] = { mock: new RedisMock(), scripts: new Map(), tail: Promise.resolve() };
};

export const embeddedRunner = (): CommandRunner => (command) => {
  const current = state();
  const reply = current.tail.then(() => execute(current, command));
  current.tail = reply.catch(() => {});
  return reply;
};

const execute = async ({ mock, scripts }: EmbeddedState, command: string[]): Promise<unknown> => {
  const [rawName, ...args] = command;
  if (!rawName) throw new TypeError("Empty Redis command");
  let name = rawName.toLowerCase();
  // Read-only script variants behave the same in a single-process store.
  if (name === "eval_ro") name = "eval";
  if (name === "evalsha_ro") name = "evalsha";

  if (name === "eval") {
    const [source = ""] = args;
    scripts.set(sha1(source), source);
  }
  if (name === "evalsha") {
    const [sha = "", ...rest] = args;
    const source = scripts.get(sha.toLowerCase());
    if (source === undefined) {
      const error = new Error("NOSCRIPT No matching script. Please use EVAL.");
      error.name = "ReplyError";
      throw error;
    }
    return (mock.eval as unknown as MockMethod)(source, ...rest);
  }

  const method = (mock as unknown as Record<string, MockMethod | undefined>)[name];
  if (typeof method !== "function") {
    const error = new Error(`ERR unknown command '${rawName}' in the embedded store`);
    error.name = "ReplyError";
    throw error;
  }
  try {
    return await method.apply(mock, args);
  } catch (error) {
    // ioredis-mock throws plain errors for what Redis answers as error replies.
    if (error instanceof Error && error.name === "Error") error.name = "ReplyError";
    throw error;
  }
};
