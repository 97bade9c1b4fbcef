/**
 * The editor's form (/admin/config.yml) agrees with the content schemas, and a form that drifts
 * from them fails: each deliberately broken copy below must be caught, naming the field.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readEntry, repoRoot } from "../../scripts/lib/content";
import { configProblems } from "../../src/lib/cms/check";
import { type CmsCollection, type CmsField, cmsCollections, cmsConfig, repoFromUrl } from "../../src/lib/cms/config";
import { schemaDocs } from "../../src/lib/cms/docs";
import { checkEntry, normalise, normaliseEdits } from "../../src/lib/cms/normalise";
import { programSchema } from "../../src/lib/content/schema";

const docs = schemaDocs();
const generated = () => cmsCollections(docs);

/** A copy of the generated collections with one field changed by `edit`. */
function broken(collection: string, fieldPath: string[], edit: (field: CmsField, siblings: CmsField[]) => void) {
  const collections: CmsCollection[] = structuredClone(generated());
  let fields = collections.find((c) => c.name === collection)?.fields ?? [];
  for (const [i, name] of fieldPath.entries()) {
    const field = fields.find((f) => f.name === name);
    if (!field) throw new Error(`No field ${fieldPath.join(" → ")} in ${collection}`);
    if (i === fieldPath.length - 1) edit(field, fields);
    else fields = field.fields ?? [];
  }
  return collections;
}

describe("help text comes from the schemas' doc comments", () => {
  it("reads the comment above each field, including nested ones", () => {
    expect(docs.get("resourceSchema.title")).toBe(
      "The article's title, as it appears on the page and in search results.",
    );
    expect(docs.get("faith.stance")).toBe("secular, spiritual, religious, buddhist-inspired, or not-confirmed.");
    expect(docs.get("programSchema.familyMeetings.name")).toBe(
      'Their name, e.g. "Al-Anon and Alateen". Required when the value is yes.',
    );
    expect(docs.get("sources.url")).toBe("Its full https:// address; official or reputable sites only.");
  });
});

describe("the generated editor configuration", () => {
  it("agrees with the schemas field by field", () => {
    expect(configProblems(generated(), docs)).toEqual([]);
  });

  it("refuses a text the build refuses, with the build's advice", () => {
    const description = generated()[0]?.fields.find((f) => f.name === "description");
    expect(description?.pattern?.[1]).toBe(
      '"description" must be 50 to 160 characters long. Write a plain summary of 50 to 160 characters.',
    );
    const related = generated()[0]?.fields.find((f) => f.name === "related")?.field;
    expect(related?.pattern?.[1]).toContain("write another page as resources/<file-name> or programs/<file-name>");
  });

  it("signs in through Netlify's GitHub provider and saves as pull requests", () => {
    const config = cmsConfig(docs, { REPOSITORY_URL: "https://github.com/someone/the-daily-pledge" }, "https://x.test");
    expect(config.backend).toMatchObject({
      name: "github",
      repo: "someone/the-daily-pledge",
      base_url: "https://api.netlify.com",
    });
    expect(config.publish_mode).toBe("editorial_workflow");
    expect(cmsConfig(docs, { CMS_GITHUB_REPO: "a/b" }, "https://x.test").backend.repo).toBe("a/b");
    expect(repoFromUrl("git@github.com:someone/site.git")).toBe("someone/site");
  });
});

describe("a form that disagrees with its schema fails", () => {
  const cases: [string, CmsCollection[], RegExp][] = [
    [
      "a required field made optional",
      broken("resources", ["title"], (f) => {
        f.required = false;
      }),
      /resources → title: the schema requires it but the form does not/,
    ],
    [
      "a choice missing from a list",
      broken("resources", ["topics"], (f) => {
        f.options = f.options?.filter((o) => o !== "self-care");
      }),
      /resources → topics: the form's choices/,
    ],
    [
      "help text that is not the doc comment",
      broken("glossary", ["definition"], (f) => {
        f.hint = "Explain the word.";
      }),
      /glossary → definition: the help text is not the schema's doc comment/,
    ],
    [
      "a nested choice list that differs",
      broken("programs", ["faith", "stance"], (f) => {
        f.options = [...(f.options ?? []), "agnostic"];
      }),
      /programs → faith → stance: the form's choices/,
    ],
    [
      "a fact's list that allows one value only",
      broken("programs", ["formats", "value"], (f) => {
        f.multiple = false;
      }),
      /programs → formats → value: the schema takes a list/,
    ],
    [
      "a pattern looser than the build",
      broken("resources", ["description"], (f) => {
        f.pattern = ["^[\\s\\S]*$", "Anything goes."];
      }),
      /resources → description: for "x{49}" the build refuses but the form does not[\s\S]*does not give the build.s advice/,
    ],
    [
      "a list with no minimum",
      broken("resources", ["sources"], (f) => {
        delete f.min;
      }),
      /resources → sources: the schema needs at least 1/,
    ],
    [
      "a list the build needs (by a refinement) made optional",
      broken("glossary", ["seeAlso"], (f) => {
        f.required = false;
        delete f.min;
      }),
      /glossary → seeAlso: the schema requires it but the form does not[\s\S]*glossary → seeAlso: the schema needs at least 1/,
    ],
    [
      "a field the form lacks",
      broken("glossary", ["seeAlso"], (_f, siblings) => {
        siblings.splice(
          siblings.findIndex((s) => s.name === "seeAlso"),
          1,
        );
      }),
      /glossary → seeAlso: the schema has this field but the form does not/,
    ],
    [
      "a field the schema lacks",
      broken("glossary", ["term"], (_f, siblings) => {
        siblings.push({ label: "Colour", name: "colour", widget: "string" });
      }),
      /glossary → colour: the form has this field but the schema does not/,
    ],
    [
      "a year range that differs",
      broken("programs", ["founded", "year"], (f) => {
        f.min = 1900;
      }),
      /programs → founded → year: the form's range/,
    ],
  ];
  for (const [name, collections, expected] of cases) {
    it(name, () => {
      const problems = configProblems(collections, docs);
      expect(problems.join("\n")).toMatch(expected);
    });
  }
});

describe("the check before saving is the build's own", () => {
  const entry = readEntry(path.join(repoRoot, "tests/fixtures/content/programs/good-program.mdx"), "programs");
  const good = { data: z.record(z.string(), z.unknown()).parse(entry.data), body: entry.body };

  it("accepts a good program guide", () => {
    expect(checkEntry(programSchema, "good.mdx", { ...good.data, body: good.body })).toMatchObject({ ok: true });
  });

  it("refuses a firm answer without a source with the build's words", () => {
    const data = { ...structuredClone(good.data), openMeetings: { value: "yes" } };
    const result = checkEntry(programSchema, "content/programs/x.mdx", data);
    const build = programSchema.safeParse(data);
    expect(build.success).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok && !build.success) {
      expect(result.message).toContain(build.error.issues[0]?.message ?? "?");
      expect(result.message).toContain("content/programs/x.mdx: openMeetings → source:");
    }
  });

  it("leaves out what the form left blank, and writes a lone unsure answer as itself", () => {
    const data = { title: "T", updated: "", image: { src: "", alt: null }, formats: { value: ["varies"] }, tags: [""] };
    expect(normalise(data)).toEqual({ title: "T", formats: { value: "varies" }, tags: [] });
    expect(normaliseEdits(data)).toEqual({
      remove: [["tags", 0], ["image"], ["updated"]],
      set: [[["formats", "value"], "varies"]],
    });
  });
});
