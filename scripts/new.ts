/**
 * `npm run new -- resource "Title"`, `npm run new -- program "Name"`, `npm run new -- glossary "Term"`:
 * starts a new content file from the collection's template (content/<kind>/_template.*) with the
 * title, today's date and `draft: true` filled in, then checks it against the site's schema so the
 * draft starts valid.
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

/** The template each kind starts from: the same file editors copy by hand (CONTRIBUTING.md). */
export const TEMPLATES: Record<Kind, string> = {
  resources: "resources/_template.mdx",
  programs: "programs/_template.mdx",
  glossary: "glossary/_template.yaml",
};

/** The field that holds the title. */
const TITLE_FIELD: Record<Kind, string> = { resources: "title", programs: "name", glossary: "term" };

/** The template's note on copying it by hand ("TEMPLATE: copy this file…"), which a draft does not need. */
const TEMPLATE_NOTE = /^\{\/\* TEMPLATE:[\s\S]*?\*\/\}\n+|^# TEMPLATE:.*\n(?:# Files whose names start with _.*\n)?/m;

/** Sets a top-level field the template must have; says which template to fix when it does not. */
const setField = (text: string, field: string, value: string, template: string): string => {
  const line = new RegExp(`^${field}:.*$`, "m");
  if (!line.test(text)) {
    throw new Error(
      `${template} has no "${field}:" line, and npm run new fills it in. Put the line back in the template.`,
    );
  }
  return text.replace(line, () => `${field}: ${value}`);
};

/**
 * The text of a new file of the given kind: its template (content/<kind>/_template.*) with the
 * title, today's date and `draft: true` filled in and the note on copying it by hand left out.
 */
export const buildFileText = (
  kind: Kind,
  title: string,
  date: string,
  contentDir: string = path.join(repoRoot, "content"),
): string => {
  const template = path.join(contentDir, TEMPLATES[kind]);
  const shown = displayPath(template);
  let text = readFileSync(template, "utf8").replace(TEMPLATE_NOTE, "");
  text = setField(text, TITLE_FIELD[kind], quote(title), shown);
  text = text.replace(/^(published|lastReviewed):.*$/gm, `$1: ${date}`);
  // Glossary terms have no draft field: their drafts are kept off the site by a leading "_".
  return kind === "glossary" ? text : setField(text, "draft", "true", shown);
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
