/**
 * Lets the @upstash/redis client talk to something other than Upstash's REST API.
 *
 * The pledge logic is written once, against the @upstash/redis client. That client sends every
 * command through a `Requester`; this module builds one from any function that can run a single
 * Redis command (a TCP connection, or the embedded in-process store). Pipelines are run as a
 * series of commands on the same connection. Transactions (MULTI/EXEC) are refused: the service
 * uses Lua scripts for every multi-step operation, which are atomic on every transport.
 */
import type { Requester, UpstashRequest, UpstashResponse } from "@upstash/redis";

/** Runs one Redis command, e.g. `["SET", "k", "v", "NX"]`, resolving to its raw reply. */
export type CommandRunner = (command: string[]) => Promise<unknown>;

/** Raised when the store does not answer in time or cannot be reached. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

const asCommand = (body: unknown): string[] => {
  if (!Array.isArray(body) || body.length === 0) throw new TypeError("A Redis command must be a non-empty array");
  return body.map((part) => (typeof part === "string" ? part : String(part)));
};

/** Redis error replies become `{ error }`, as Upstash's REST API answers them. */
const settle = async (run: CommandRunner, command: string[]): Promise<UpstashResponse<unknown>> => {
  try {
    return { result: (await run(command)) ?? null };
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    if (error instanceof Error && isReplyError(error)) return { error: error.message };
    throw new StoreUnavailableError(error instanceof Error ? error.message : String(error));
  }
};

/**
 * A reply error is Redis saying no to a command (wrong type, NOSCRIPT, a script's error): the
 * store is working. Anything else (connection closed, timeout) means the store is unavailable.
 */
const isReplyError = (error: Error): boolean =>
  error.name === "ReplyError" || /^(ERR|NOSCRIPT|WRONGTYPE|EXECABORT|BUSY|NOPERM)\b/.test(error.message);

export const commandRequester = (run: CommandRunner): Requester => ({
  request: async <TResult>(req: UpstashRequest): Promise<UpstashResponse<TResult>> => {
    const path = req.path ?? [];
    if (path[0] === "multi-exec") {
      return { error: "ERR transactions are not supported by this transport; use a Lua script" };
    }
    if (path[0] === "pipeline") {
      if (!Array.isArray(req.body)) throw new TypeError("A pipeline body must be an array of commands");
      const replies: UpstashResponse<unknown>[] = [];
      for (const command of req.body) replies.push(await settle(run, asCommand(command)));
      // The pipeline endpoint answers an array of { result } / { error } objects.
      return replies as unknown as UpstashResponse<TResult>;
    }
    return (await settle(run, asCommand(req.body))) as UpstashResponse<TResult>;
  },
});

/** Rejects with `StoreUnavailableError` when `promise` takes longer than `ms`. */
export const withTimeout = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};
