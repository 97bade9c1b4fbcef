/**
 * `npm run new -- resource "Title"`, `npm run new -- program "Name"`, `npm run new -- glossary "Term"`:
 * starts a new content file with every required field filled in, today's date, `draft: true`
 * and an outline of the body, then checks it against the site's schema so the draft starts valid.
 *
 * It never overwrites a file. Set NEW_CONTENT_DIR to write somewhere other than content/
 * (the tests do, so they never touch the real content).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  checkEntry,
  checkFile,
  displayPath,
  type Kind,
  parseYamlText,
  repoRoot,
  splitFrontmatter,
} from "./lib/content";

/** What people type after `npm run new --`, and the collection it writes to. */
export const KIND_WORDS: Record<string, Kind> = {
  resource: "resources",
  resources: "resources",
  article: "resources",
  program: "programs",
  programs: "programs",
  glossary: "glossary",
  term: "glossary",
};

export const USAGE = `Usage:
  npm run new -- resource "Title of the article"
  npm run new -- program "Full name of the program"
  npm run new -- glossary "Term"

It writes a draft to content/resources/, content/programs/ or content/glossary/ and never
overwrites a file that already exists.`;

/** A mistake in how the command was typed; the message says how to type it. */
export class UsageError extends Error {}

/** The command line, read: which collection and which title. */
export const parseArgs = (args: readonly string[]): { kind: Kind; title: string } => {
  const [kindWord, ...rest] = args.filter((arg) => arg !== "--");
  if (kindWord === undefined) throw new UsageError(`Say what to create: resource, program or glossary.\n\n${USAGE}`);
  const kind = KIND_WORDS[kindWord.toLowerCase()];
  if (kind === undefined) {
    throw new UsageError(
      `"${kindWord}" is not something this command can create. Use resource, program or glossary.\n\n${USAGE}`,
    );
  }
  const title = rest.join(" ").replace(/\s+/g, " ").trim();
  if (title === "") throw new UsageError(`Give the ${kindWord}'s title in quotes after "${kindWord}".\n\n${USAGE}`);
  return { kind, title };
};

/**
 * The file name (without extension) for a title: lowercase words joined by dashes, accents
 * and punctuation removed, e.g. "Loved One's First Week & After" → "loved-ones-first-week-and-after".
 */
export const slugify = (title: string, maxLength = 60): string => {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > maxLength && slug !== "") break;
    slug = next.slice(0, maxLength);
  }
  return slug;
};

/** Today's date as YYYY-MM-DD (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** A YAML double-quoted string (JSON strings are valid YAML). */
const quote = (value: string): string => JSON.stringify(value);

/**
 * A new program guide: content/programs/_template.mdx (one copy of the field notes, so the two
 * cannot drift apart) with the name filled in, `draft: true` and the template-only note removed.
 */
const programFromTemplate = (title: string): string => {
  const template = readFileSync(path.join(repoRoot, "content/programs/_template.mdx"), "utf8");
  const text = template
    .replace(/^name: .*$/m, `name: ${quote(title)}`)
    .replace(/^draft: false$/m, "draft: true")
    .replace(/\{\/\* TEMPLATE:[\s\S]*?\*\/\}\n\n/, "");
  if (!text.includes(`name: ${quote(title)}`) || !/^draft: true$/m.test(text)) {
    throw new Error("content/programs/_template.mdx must keep its name: and draft: false lines for npm run new.");
  }
  return text;
};

/** The text of a new file of the given kind. */
export const buildFileText = (kind: Kind, title: string, date: string): string => {
  switch (kind) {
    case "resources":
      return `---
# The article's title, as it appears on the page and in search results.
title: ${quote(title)}
# A plain one- or two-sentence summary (50 to 160 characters), used on cards, in search results and in link previews.
description: "TODO: Say in one or two plain sentences what this article is about and who it helps."
# The day the article was first published (YYYY-MM-DD).
published: ${date}
# The day someone checked every fact against its sources (YYYY-MM-DD). Leave it out until someone has;
# the page then says "Facts checked on" that day.
# lastReviewed: ${date}
# One or more of: understanding-addiction, treatment, support-groups, self-care, communication, emotions,
# relapse-and-continuing-care, family-recovery, guided-practice
topics: [family-recovery]
# Who it is written for: family, recovery or both
audience: family
# Other pages to suggest at the end, e.g. [resources/mutual-support-groups, programs/al-anon]
related: []
# Where the facts come from: official or reputable pages you are sure of.
sources:
  - title: "SAMHSA: Substance Abuse and Mental Health Services Administration"
    url: https://www.samhsa.gov
# true keeps the article off the site while you write. Change it to false to publish.
draft: true
---

{/* Notes for you (readers never see them). Write plain words, short sentences (aim for grade 8).
    Use ## for section headings: the title above is the page's only top heading.
    Link other articles like [Mutual support groups](/resources/mutual-support-groups/).
    No invented quotes, statistics or people; link only official sites. Delete these notes when done. */}

## TODO: The first thing a reader needs to know

TODO: Start with what the reader is going through, in two or three short sentences.

## TODO: What you can do

- TODO: One small, concrete step.
- TODO: Another step.

## TODO: Where to find more help

TODO: Point to a program guide or an official site.
`;
    case "programs":
      return programFromTemplate(title);
    case "glossary":
      return `# The word or phrase, as a family member meets it.
term: ${quote(title)}
# One or two plain sentences saying what it means (20 to 400 characters).
definition: "TODO: Say in one or two plain sentences what this word means."
# Other spellings or names, e.g. [HP]. Leave [] if there are none.
aliases: []
# Pages that explain it further (at least one), e.g. [programs/al-anon]
seeAlso: [resources/mutual-support-groups]
`;
  }
};

/** Where a new file goes. Glossary terms have no draft field, so their drafts start with `_`. */
export const targetPath = (kind: Kind, title: string, contentDir: string): string => {
  const slug = slugify(title);
  if (slug === "") {
    throw new UsageError(`"${title}" has no letters or numbers to make a file name from. Give a title in words.`);
  }
  return kind === "glossary"
    ? path.join(contentDir, kind, `_${slug}.yaml`)
    : path.join(contentDir, kind, `${slug}.mdx`);
};

/** Checks a new file's text against the schema; returns the problems (empty when valid). */
export const validateText = (kind: Kind, text: string, file: string): string => {
  const parsed =
    kind === "glossary"
      ? { data: parseYamlText(text, file), body: "" }
      : (() => {
          const { frontmatter, body } = splitFrontmatter(text, file);
          return { data: parseYamlText(frontmatter, file), body };
        })();
  const result = checkEntry({ kind, file, slug: path.basename(file).replace(/\.(mdx|yaml)$/, ""), ...parsed });
  return result.ok ? "" : result.message;
};

/** Writes the new file; refuses to overwrite. Returns the path written. */
export const createEntry = (options: { kind: Kind; title: string; contentDir: string; date?: string }): string => {
  const { kind, title, contentDir } = options;
  const file = targetPath(kind, title, contentDir);
  if (existsSync(file)) {
    throw new UsageError(
      `${displayPath(file)} already exists, so nothing was written. Open that file, or choose another title.`,
    );
  }
  const text = buildFileText(kind, title, options.date ?? today());
  const problems = validateText(kind, text, displayPath(file));
  if (problems !== "") throw new Error(`The new file would not be valid, so nothing was written:\n${problems}`);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: "wx" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") {
      throw new UsageError(`${displayPath(file)} already exists, so nothing was written.`);
    }
    throw error;
  }
  // Read back what was written and check it the way the content tests do.
  const written = checkFile(file, kind);
  if (!written.ok)
    throw new Error(`${displayPath(file)} was written but does not pass the schema:\n${written.message}`);
  return file;
};

/** The command itself. Returns the exit code. */
export const main = (args: readonly string[], env: NodeJS.ProcessEnv = process.env): number => {
  try {
    const { kind, title } = parseArgs(args);
    const contentDir = env.NEW_CONTENT_DIR ? path.resolve(env.NEW_CONTENT_DIR) : path.join(repoRoot, "content");
    const file = createEntry({ kind, title, contentDir });
    const shown = displayPath(file);
    const page =
      kind === "glossary"
        ? `When it is ready, rename it without the "_" at the start; it will then show on /glossary/.`
        : `It is a draft (draft: true). When it is ready, set draft: false; it will then show at /${kind}/${path.basename(file, ".mdx")}/.`;
    console.log(`Created ${shown}\nReplace every TODO, then check it with: npx vitest run tests/content\n${page}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 1;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
