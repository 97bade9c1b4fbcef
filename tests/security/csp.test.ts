/**
 * The Content-Security-Policy in its two parts (src/lib/security/csp.ts): the pages' strict policy
 * in a <meta>, and header rules in netlify.toml that cannot loosen a page or tighten the editor
 * whichever way Netlify combines two rules that match the same path.
 */
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PAGE_POLICY, SHARED_HEADER_DIRECTIVES } from "../../src/lib/security/csp";

const toml = z.object({ headers: z.array(z.object({ for: z.string(), values: z.record(z.string(), z.string()) })) });
const rules = toml.parse(parse(readFileSync("netlify.toml", "utf8"))).headers;
const csp = (path: string) => rules.find((r) => r.for === path)?.values["Content-Security-Policy"] ?? "";
const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...values]) => [name, values.join(" ")]),
  );

describe("Content-Security-Policy", () => {
  it("keeps the pages strict: no eval, no inline scripts or styles", () => {
    const page = directives(PAGE_POLICY);
    expect(page.get("script-src")).toBe("'self' 'wasm-unsafe-eval'");
    expect(page.get("style-src")).toBe("'self'");
    expect(page.get("default-src")).toBe("'self'");
    expect(PAGE_POLICY).not.toContain("unsafe-inline");
    expect(PAGE_POLICY).not.toContain("'unsafe-eval'");
    // Browsers ignore these in a <meta>; they belong to the header.
    for (const headerOnly of ["frame-ancestors", "report-uri", "sandbox"]) expect(page.has(headerOnly)).toBe(false);
  });

  it("sends on every path only the directives every page, /admin/ included, shares", () => {
    expect(csp("/*")).toBe(SHARED_HEADER_DIRECTIVES.join("; "));
    const site = directives(csp("/*"));
    expect(site.get("frame-ancestors")).toBe("'none'");
    // Nothing about what a page may load: sent beside the editor's policy, it would break it.
    for (const name of ["default-src", "script-src", "style-src", "connect-src", "img-src"]) {
      expect(site.has(name), name).toBe(false);
    }
  });

  it("gives /admin/* what the editor needs, and the same value for each shared directive", () => {
    const admin = directives(csp("/admin/*"));
    expect(admin.get("script-src")).toContain("'unsafe-eval'");
    expect(admin.get("script-src")).not.toContain("'unsafe-inline'");
    expect(admin.get("connect-src")).toContain("https://api.github.com");
    // Either way Netlify combines the two rules (the last one, or both enforced), /admin/ ends up
    // with exactly its own policy.
    for (const [name, value] of directives(csp("/*"))) expect(admin.get(name), name).toBe(value);
  });

  it("gives the service worker the pages' policy (a worker takes its CSP from its own response)", () => {
    expect(csp("/sw.js")).toBe(PAGE_POLICY);
  });
});
