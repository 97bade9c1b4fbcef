/** `npm run new`: slugs, the text it writes, usage errors, no overwrites, and a valid draft every time. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkFile, type Kind, repoRoot } from "../../scripts/lib/content";
import { buildFileText, createEntry, parseArgs, slugify, UsageError, validateText } from "../../scripts/new";

describe("slugify", () => {
  it.each([
    ["Healthy Communication", "healthy-communication"],
    ["Loved One’s First Week & After", "loved-ones-first-week-and-after"],
    ["  SMART Recovery: Family & Friends!  ", "smart-recovery-family-and-friends"],
    ["Café con Leche", "cafe-con-leche"],
    ["12 Steps, 12 Traditions", "12-steps-12-traditions"],
    ["!!!", ""],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("keeps long titles to whole words within 60 characters", () => {
    const slug = slugify("What to expect when your loved one comes home from a long stay in residential treatment");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^what-to-expect-when-your-loved-one-comes-home-from-a-long(-[a-z]+)?$/);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("parseArgs", () => {
  it("reads the kind and the title", () => {
    expect(parseArgs(["resource", "Setting Boundaries"])).toEqual({ kind: "resources", title: "Setting Boundaries" });
    expect(parseArgs(["--", "program", "SMART", "Recovery"])).toEqual({ kind: "programs", title: "SMART Recovery" });
    expect(parseArgs(["glossary", "Sponsor"])).toEqual({ kind: "glossary", title: "Sponsor" });
  });
  it("explains a missing kind", () => {
    expect(() => parseArgs([])).toThrow(/Say what to create: resource, program or glossary/);
  });
  it("explains an unknown kind", () => {
    expect(() => parseArgs(["blog", "Title"])).toThrow(/"blog" is not something this command can create/);
  });
  it("explains an empty title", () => {
    expect(() => parseArgs(["resource", "   "])).toThrow(/Give the resource's title in quotes/);
    expect(() => parseArgs(["program"])).toThrow(UsageError);
  });
});

describe("buildFileText", () => {
  it.each(["resources", "programs", "glossary"] as const)("writes a %s file that passes the schema", (kind: Kind) => {
    const text = buildFileText(kind, 'Talking: With "Quotes" & Colons', "2026-03-04");
    expect(validateText(kind, text, `new-${kind}`)).toBe("");
  });
  it("fills in today's date, draft: true and a body outline with ## headings", () => {
    const text = buildFileText("resources", "A Title", "2026-03-04");
    expect(text).toContain("published: 2026-03-04");
    // A new draft has not had its facts checked yet, so lastReviewed starts commented out.
    expect(text).toContain("# lastReviewed: 2026-03-04");
    expect(text).not.toMatch(/^lastReviewed:/m);
    expect(text).toMatch(/^draft: true$/m);
    const body = text.split(/^---$/m)[2] ?? "";
    expect(body).toMatch(/^## /m);
    expect(body).not.toMatch(/^# /m);
    expect(buildFileText("programs", "A Program", "2026-03-04")).toMatch(/^draft: true$/m);
  });
  it("the validation it relies on does reject a broken file", () => {
    const broken = buildFileText("resources", "A Title", "2026-03-04").replace(
      /^audience: family$/m,
      "audience: teachers",
    );
    expect(validateText("resources", broken, "broken.mdx")).toContain('broken.mdx: audience: "audience" is "teachers"');
  });
});

describe("createEntry and the command", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "daily-pledge-new-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a valid draft resource named after the title", () => {
    const file = createEntry({
      kind: "resources",
      title: "Setting Healthy Boundaries",
      contentDir: dir,
      date: "2026-05-06",
    });
    expect(file).toBe(path.join(dir, "resources", "setting-healthy-boundaries.mdx"));
    const result = checkFile(file, "resources");
    expect(result.ok ? result.entry.data : result.message).toMatchObject({
      title: "Setting Healthy Boundaries",
      draft: true,
      published: new Date("2026-05-06T00:00:00Z"),
    });
  });

  it("writes a valid draft program and a glossary draft starting with _", () => {
    const program = createEntry({ kind: "programs", title: "LifeRing Secular Recovery", contentDir: dir });
    const programResult = checkFile(program, "programs");
    expect(programResult.ok ? "valid" : programResult.message).toBe("valid");
    const term = createEntry({ kind: "glossary", title: "Higher Power", contentDir: dir });
    expect(path.basename(term)).toBe("_higher-power.yaml");
    const termResult = checkFile(term, "glossary");
    expect(termResult.ok ? termResult.entry.data.term : termResult.message).toBe("Higher Power");
  });

  it("refuses to overwrite an existing file", () => {
    const file = path.join(dir, "resources", "already-here.mdx");
    createEntry({ kind: "resources", title: "Already Here", contentDir: dir });
    writeFileSync(file, "my work");
    expect(() => createEntry({ kind: "resources", title: "Already here", contentDir: dir })).toThrow(
      /already-here\.mdx already exists, so nothing was written/,
    );
    expect(readFileSync(file, "utf8")).toBe("my work");
  });

  it("refuses a title with no letters", () => {
    expect(() => createEntry({ kind: "resources", title: "???", contentDir: dir })).toThrow(/no letters or numbers/);
  });

  it("runs from the command line, writing only to NEW_CONTENT_DIR", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/new.ts"), ...args], {
        cwd: repoRoot,
        env: { ...process.env, NEW_CONTENT_DIR: dir },
        encoding: "utf8",
      });
    const ok = run("resource", "Coming Home After Treatment");
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("coming-home-after-treatment.mdx");
    const written = checkFile(path.join(dir, "resources", "coming-home-after-treatment.mdx"), "resources");
    expect(written.ok ? "valid" : written.message).toBe("valid");

    const again = run("resource", "Coming Home After Treatment");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");

    const unknown = run("podcast", "Episode One");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"podcast" is not something this command can create');
    expect(unknown.stderr).toContain('npm run new -- resource "Title of the article"');

    const empty = run("program");
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain("Give the program's title");
  });
});
