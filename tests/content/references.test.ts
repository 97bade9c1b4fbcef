/**
 * Links between pages: every `related`/`seeAlso` reference and every in-body link to
 * /resources/… or /programs/… points to a published page; programs rest on their official
 * site; resources have sources; pictures exist and have alt text; no TODO is published.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/content";
import { checkContentLinks } from "../../scripts/lib/references";

describe("real content", () => {
  it("has no broken references, links, pictures or placeholders", () => {
    const problems = checkContentLinks();
    expect(problems, `Fix these:\n${problems.join("\n")}`).toEqual([]);
  });
});

describe("the checks catch each mistake (fixtures in tests/fixtures/content/references/)", () => {
  const dir = path.join(repoRoot, "tests/fixtures/content/references");
  const problems = checkContentLinks({ contentDir: dir, publicDir: path.join(dir, "public") });
  const about = (file: string): string[] =>
    problems.filter((p) => p.startsWith(`tests/fixtures/content/references/${file}:`));

  it("accepts the good files", () => {
    expect(about("resources/good-article.mdx")).toEqual([]);
    expect(about("resources/other-article.mdx")).toEqual([]);
    expect(about("programs/good-program.mdx")).toEqual([]);
  });

  it("ignores drafts, which are not published", () => {
    expect(about("resources/a-draft.mdx")).toEqual([]);
  });

  it.each([
    ["resources/broken-links.mdx", 'related: "resources/missing-page" points to a page that does not exist'],
    ["resources/broken-links.mdx", 'related: "resources/a-draft" points to'],
    ["resources/broken-links.mdx", 'link "/resources/nowhere/" points to a page that does not exist'],
    ["resources/broken-links.mdx", 'link "/programs/gone-program/" points to a page that does not exist'],
    ["resources/broken-links.mdx", 'link "/resources/a-draft/" points to'],
    ["resources/broken-links.mdx", 'link "http://www.samhsa.gov" must start with https://'],
    ["resources/broken-links.mdx", 'link "../other-article/" must start with a slash'],
    ["resources/broken-links.mdx", 'link "/glossary/#no-such-word" points to a glossary word that does not exist'],
    ["resources/broken-links.mdx", 'picture "/images/calm-lake.svg" has no alt text'],
    ["resources/broken-links.mdx", 'picture "/images/not-there.jpg" does not exist'],
    ["resources/broken-links.mdx", 'still contains "TODO"'],
    [
      "programs/off-site-sources.mdx",
      "sources: none of the sources is on the program's official site (fellowship.test)",
    ],
    ["programs/off-site-sources.mdx", 'related: "programs/off-site-sources" is this page itself'],
    ["glossary/sponsor.yaml", 'seeAlso: "programs/nowhere-program" points to a page that does not exist'],
  ])("%s: %s", (file, expected) => {
    expect(about(file).join("\n")).toContain(expected);
  });

  it("accepts a link to an existing glossary word", () => {
    expect(about("resources/broken-links.mdx").join("\n")).not.toContain("#sponsor");
  });

  describe("links to glossary words (resources/glossary-links.mdx)", () => {
    const glossaryProblems = about("resources/glossary-links.mdx");
    const linkProblems = (link: string): string[] => glossaryProblems.filter((p) => p.includes(`link "${link}"`));

    it("accepts existing words and the glossary page itself", () => {
      expect(linkProblems("/glossary/#sponsor")).toEqual([]);
      expect(linkProblems("/glossary/#continuing-care")).toEqual([]);
      expect(linkProblems("/glossary/")).toEqual([]);
    });

    it("names the file and the missing word, and says how to add it", () => {
      expect(linkProblems("/glossary/#detachment")).toEqual([
        'tests/fixtures/content/references/resources/glossary-links.mdx: link "/glossary/#detachment" points to a glossary word that does not exist: there is no file content/glossary/detachment.yaml. Check the spelling, or add the word: npm run new -- glossary "Your word".',
      ]);
    });

    it.each([
      [
        "/glossary/#aftercare",
        '"aftercare" is another name for "Continuing care": link /glossary/#continuing-care instead.',
      ],
      ["/glossary/#boundaries", "content/glossary/_boundaries.yaml is a draft: rename it without the _"],
      [
        "/glossary/enabling/",
        'glossary words have no page of their own; each is a line on /glossary/. Link the word "enabling" as /glossary/#enabling.',
      ],
      ["/glossary/#", "names no glossary word"],
    ])("%s: %s", (link, expected) => {
      const found = linkProblems(link);
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(expected);
    });

    it("reports nothing else on that page", () => {
      expect(glossaryProblems).toHaveLength(5);
    });
  });

  it("says which draft a reference points to", () => {
    expect(about("resources/broken-links.mdx").join("\n")).toContain("a-draft.mdx, which is a draft (draft: true)");
  });
});
