/**
 * netlify.toml: the editor's looser CSP applies to /admin/* alone, after the site-wide rule (the
 * last matching rule's value wins, on Netlify and in scripts/serve-site.ts), and the rest of the
 * site keeps its strict policy.
 */
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const toml = z.object({ headers: z.array(z.object({ for: z.string(), values: z.record(z.string(), z.string()) })) });
const rules = toml.parse(parse(readFileSync("netlify.toml", "utf8"))).headers;
const csp = (path: string) => rules.find((r) => r.for === path)?.values["Content-Security-Policy"] ?? "";

describe("Content-Security-Policy", () => {
  it("stays strict for the site: no eval, no inline scripts or styles", () => {
    expect(csp("/*")).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp("/*")).toMatch(/style-src 'self';/);
    expect(csp("/*")).not.toContain("unsafe-inline");
  });

  it("gives /admin/* what the editor needs, and comes after the site-wide rule", () => {
    expect(csp("/admin/*")).toContain("'unsafe-eval'");
    expect(csp("/admin/*")).toContain("https://api.github.com");
    expect(csp("/admin/*")).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const order = rules.map((r) => r.for);
    expect(order.indexOf("/admin/*")).toBeGreaterThan(order.indexOf("/*"));
  });
});
