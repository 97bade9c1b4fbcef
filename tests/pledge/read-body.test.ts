import { describe, expect, it } from "vitest";
import { HttpError, MAX_BODY_BYTES, readBody } from "../../netlify/lib/http";

/** A JSON request whose body arrives in the given pieces, as a stream (no Content-Length unless given). */
const streamed = (pieces: string[], headers: Record<string, string> = {}) =>
  new Request("http://x/api/pledge", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
        controller.close();
      },
    }),
    duplex: "half",
  } as RequestInit);

describe("readBody", () => {
  it("reads a body that arrives in pieces, with or without Content-Length", async () => {
    const pieces = ['{"kind":', '"recovery",', '"note":"día uno"}'];
    const expected = { type: "json", value: { kind: "recovery", note: "día uno" } };
    expect(await readBody(streamed(pieces))).toEqual(expected);
    const length = String(new TextEncoder().encode(pieces.join("")).byteLength);
    expect(await readBody(streamed(pieces, { "content-length": length }))).toEqual(expected);
  });

  it("reads on past an empty piece when no Content-Length was sent", async () => {
    expect(await readBody(streamed(["", '{"kind":"support"}']))).toEqual({ type: "json", value: { kind: "support" } });
  });

  it("stops a streamed body at the cap even when no Content-Length announced its size", async () => {
    const big = ['{"note":"', "x".repeat(MAX_BODY_BYTES), '"}'];
    const error = await readBody(streamed(big)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(413);
  });
});
