/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of the benchmark server: where its busy time
 * went, in microseconds per request, by part of the pledge path. `npm run bench -- --profile`
 * prints it, so "where does the time go" is answered by a measurement anyone can repeat.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Parts of a request, recognised by the files their functions live in (first match wins). */
const PARTS: Array<[part: string, test: (url: string, fn: string) => boolean]> = [
  ["validation (zod, text checks)", (url) => url.includes("/zod/") || url.includes("pledge/text")],
  ["keyed hashes (HMAC)", (url, fn) => url.includes("pledge/privacy") || fn === "createHmac" || fn === "Hmac"],
  ["dates and time zone", (url) => url.includes("pledge/time")],
  [
    "store client (@upstash/redis, requester, ioredis, socket writes)",
    (url) => /@upstash|store\/|ioredis|redis-parser/.test(url),
  ],
  [
    "HTTP (node:http, Request/Response, body)",
    (url) => /_http_|undici|webstreams|lib\/http\.ts|bench\/server/.test(url),
  ],
  ["pledge service and handlers", (url) => url.includes("lib/api.ts") || url.includes("pledge/")],
  ["garbage collection", (_, fn) => fn === "(garbage collector)"],
];

/** Busy microseconds per request by part, attributing each sample to the innermost part on its stack. */
export const summariseProfile = (file: string, requests: number): Array<[string, number]> => {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((sample, i) => {
    const leaf = byId.get(sample);
    if (!leaf || leaf.callFrame.functionName === "(idle)") return;
    let part = "other (event loop, module loading, …)";
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      const match = frame && PARTS.find(([, test]) => test(frame.url, frame.functionName));
      if (match) {
        part = match[0];
        break;
      }
    }
    totals.set(part, (totals.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...totals].map(([part, us]): [string, number] => [part, us / requests]).sort((a, b) => b[1] - a[1]);
};
