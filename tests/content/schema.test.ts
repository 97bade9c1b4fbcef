/**
 * Every content file passes its schema, and every kind of editor mistake is caught with a
 * message that names the file and the field (bad fixtures in tests/fixtures/content/).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkEntry,
  checkFile,
  KINDS,
  type Kind,
  listFiles,
  parseYamlText,
  repoRoot,
  strayFiles,
} from "../../scripts/lib/content";
import { glossarySchema, programSchema, resourceSchema } from "../../src/lib/content/schema";

const fixtures = path.join(repoRoot, "tests/fixtures/content");
const fixture = (kind: Kind, name: string): string =>
  path.join(fixtures, kind, `${name}${kind === "glossary" ? ".yaml" : ".mdx"}`);

/** The message for a bad fixture; fails the test if the fixture is (wrongly) accepted. */
const messageFor = (kind: Kind, name: string): string => {
  const result = checkFile(fixture(kind, name), kind);
  if (result.ok) throw new Error(`${kind}/${name} should have been rejected, but it passed the schema`);
  return result.message;
};

describe("real content in content/", () => {
  for (const kind of KINDS) {
    const files = listFiles(kind);
    it(`every file in content/${kind}/ passes its schema`, () => {
      const problems = files.flatMap((file) => {
        const result = checkFile(file, kind);
        return result.ok ? [] : [result.message];
      });
      expect(problems.join("\n\n"), `Fix these fields:\n${problems.join("\n\n")}`).toBe("");
    });
  }

  it("has at least one resource and one program guide to check", () => {
    expect(listFiles("resources").length).toBeGreaterThan(0);
    expect(listFiles("programs").length).toBeGreaterThan(0);
  });

  it("keeps the editors' templates valid (they start with _ so the build ignores them)", () => {
    const templates: [Kind, string][] = [
      ["resources", "content/resources/_template.mdx"],
      ["programs", "content/programs/_template.mdx"],
      ["glossary", "content/glossary/_template.yaml"],
    ];
    for (const [kind, file] of templates) {
      const result = checkFile(path.join(repoRoot, file), kind);
      expect(result.ok ? "valid" : result.message).toBe("valid");
    }
  });

  it("has no file the build would skip (wrong extension) and only lowercase-with-dashes names", () => {
    const problems = strayFiles();
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

describe("impossible dates are caught", () => {
  it("the schema names the file and the field of a date that does not exist (2026-02-31)", () => {
    expect(messageFor("resources", "impossible-date")).toBe(
      'tests/fixtures/content/resources/impossible-date.mdx: published: "published" is not a real calendar date.',
    );
  });
});

describe("stray files are caught", () => {
  it("names a wrong extension and a file name with capitals and spaces", () => {
    const problems = strayFiles({ contentDir: path.join(fixtures, "stray") });
    expect(problems).toEqual([
      "tests/fixtures/content/stray/resources/Talking With Teens.mdx: the file name becomes the page address, so use lowercase letters, numbers and dashes only, e.g. talking-with-teens.mdx.",
      "tests/fixtures/content/stray/resources/wrong-extension.md: the build ignores this file because it does not end in .mdx. Rename it to wrong-extension.mdx.",
      "tests/fixtures/content/stray/glossary/sponsor.yml: the build ignores this file because it does not end in .yaml. Rename it to sponsor.yaml.",
    ]);
  });
});

describe("good fixtures pass", () => {
  it.each([
    ["resources", "good-resource"],
    ["programs", "good-program"],
    ["glossary", "good-term"],
  ] as const)("%s/%s", (kind, name) => {
    const result = checkFile(fixture(kind, name), kind);
    expect(result.ok ? "valid" : result.message).toBe("valid");
  });
});

describe("each kind of mistake is caught, naming the file and the field", () => {
  const cases: [Kind, string, string][] = [
    ["resources", "missing-title", 'title: "title" is missing.'],
    ["resources", "description-too-short", 'description: "description" is 8 characters long; it must be at least 50.'],
    ["resources", "description-too-long", "it must be at most 160"],
    ["resources", "bad-date", '"published" must be a date written as YYYY-MM-DD'],
    ["resources", "updated-before-published", 'updated: "updated" is before "published".'],
    ["resources", "unknown-topic", '"topics" is "cooking", but it must be one of:'],
    ["resources", "unknown-audience", '"audience" is "teachers", but it must be one of: family, recovery, both.'],
    ["resources", "misspelled-field", "titel: this is not a known field."],
    ["resources", "missing-sources", 'sources: "sources" must be a list'],
    ["resources", "empty-sources", '"sources" needs at least one source'],
    ["resources", "image-without-alt", 'image → alt: "image → alt" is missing.'],
    ["resources", "bad-image-path", '"image → src" must be a path like /images/photo.jpg'],
    [
      "resources",
      "bad-reference",
      '"related" has "resources/Healthy_Communication.mdx"; write another page as resources/<file-name>',
    ],
    ["resources", "broken-yaml", "frontmatter: the fields are not written correctly"],
    ["programs", "missing-website", 'website: "website" is missing.'],
    ["programs", "http-website", "it must be a full web address starting with https://"],
    ["programs", "missing-sources", 'sources: "sources" must be a list'],
    ["programs", "religious-without-tradition", 'faith → tradition: "faith → tradition" is missing.'],
    ["programs", "buddhist-inspired-without-tradition", "A buddhist-inspired program must name its tradition"],
    ["programs", "family-meetings-without-name", '"familyMeetings → name" is missing.'],
    ["programs", "communities-missing", '"communities" is missing.'],
    // Facts that say how sure they are: a firm value needs a specific page that says it.
    [
      "programs",
      "firm-without-source",
      'openMeetings → source: "openMeetings" is "yes", a firm answer, so it needs a source: the page that says so (not a home page). If no page says so, write value: not-confirmed.',
    ],
    [
      "programs",
      "firm-list-without-source",
      'formats → source: "formats" is [online, in-person], a firm answer, so it needs a source',
    ],
    [
      "programs",
      "stance-without-source",
      'faith → source: "faith → stance" is "religious", a firm answer, so it needs a source: the page that says so (not a home page). If no page says so, write stance: not-confirmed.',
    ],
    ["programs", "founded-without-source", 'founded → source: "founded → source" is missing.'],
    [
      "programs",
      "home-page-source",
      'openMeetings → source: "openMeetings → source" is "https://example.org/", a home page. Link the specific page that states the fact',
    ],
    [
      "programs",
      "source-not-listed",
      'cost → source: "cost → source" (https://example.org/costs/) is not in "sources". Add it there with its title',
    ],
    // The taxonomy: unknown values are named, with the allowed ones.
    [
      "programs",
      "unknown-approach",
      'approaches → 1: "approaches" is "christian", but it must be one of: twelve-step, skills-based, mindfulness-based, faith-based, cultural, body-and-mind, peer-community.',
    ],
    [
      "programs",
      "unknown-stance",
      '"faith → stance" is "agnostic", but it must be one of: secular, spiritual, religious, buddhist-inspired, not-confirmed.',
    ],
    [
      "programs",
      "unknown-answer",
      '"openMeetings → value" is "sometimes", but it must be one of: yes, no, varies, not-confirmed.',
    ],
    ["programs", "unknown-format", '"formats → value" is a list, but it must be a list of online, in-person'],
    ["programs", "old-approach-field", 'approach: "approach" is now "approaches", a list'],
    ["programs", "finding-meetings-missing", '"findingMeetings" is missing. Give the official meeting finder'],
    ["programs", "checked-without-approach-source", '"approachSource" is missing. A guide whose facts were checked'],
    ["glossary", "definition-missing", '"definition" is missing.'],
    ["glossary", "see-also-empty", '"seeAlso" needs at least one page'],
  ];
  it.each(cases)("%s/%s", (kind, name, expected) => {
    const message = messageFor(kind, name);
    expect(message).toContain(`tests/fixtures/content/${kind}/${name}`);
    expect(message).toContain(expected);
  });
});

describe("CONTRIBUTING.md", () => {
  const guide = readFileSync(path.join(repoRoot, "CONTRIBUTING.md"), "utf8");
  const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

  it.each([
    ["resources", "an article", "title:"],
    ["programs", "a program guide", "shortName:"],
    ["glossary", "a glossary word", "term:"],
  ] as const)("its example of %s (%s) passes the schema", (kind, _label, marker) => {
    const block = yamlBlocks.find((b) => b.includes(marker) && (kind === "glossary" || b.startsWith("---")));
    if (block === undefined) throw new Error(`CONTRIBUTING.md has no full example with ${marker}`);
    const yamlText = kind === "glossary" ? block : block.replace(/^---\n/, "").replace(/---\n?$/, "");
    const result = checkEntry({
      kind,
      file: `CONTRIBUTING.md (${kind} example)`,
      slug: "example",
      data: parseYamlText(yamlText, "CONTRIBUTING.md"),
      body: "",
    });
    expect(result.ok ? "valid" : result.message).toBe("valid");
  });

  it("documents every field of every schema", () => {
    const fields = [
      ...Object.keys(resourceSchema.shape),
      ...Object.keys(programSchema.shape),
      ...Object.keys(glossarySchema.shape),
    ];
    const missing = fields.filter((field) => !guide.includes(`\`${field}\``));
    expect(missing, `CONTRIBUTING.md does not explain: ${missing.join(", ")}`).toEqual([]);
  });
});
