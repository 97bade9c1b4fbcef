/**
 * The editor's configuration (Decap CMS, served at /admin/), generated from the same zod schemas
 * the build uses: a field the schema requires is required in the form, its help text is the
 * schema's doc comment, lists of choices have the schema's values, and a text the build would
 * refuse for its length or pattern is refused in the form with the build's own advice.
 * `src/pages/admin/config.yml.ts` writes it at build time; `check.ts` compares any config with
 * the schemas (tests/cms/config.test.ts).
 */
import type { z } from "astro/zod";
import { glossarySchema, programSchema, resourceSchema } from "../content/schema";
import { messageFor, type Shape, shapeOf } from "./zod-shape";

export interface CmsField {
  label: string;
  name: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  pattern?: [string, string];
  default?: unknown;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: string[];
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: CmsField[];
}

/** The collections the editor offers, with the schema that checks each one's files. */
export const COLLECTIONS = [
  {
    name: "resources",
    label: "Articles",
    label_singular: "Article",
    description: "Articles for families and people in recovery (content/resources/).",
    folder: "content/resources",
    extension: "mdx",
    format: "frontmatter",
    identifier_field: "title",
    schema: resourceSchema,
    decl: "resourceSchema",
    body: true,
  },
  {
    name: "programs",
    label: "Program guides",
    label_singular: "Program guide",
    description: "Guides to mutual support programs (content/programs/). Every firm fact needs its source page.",
    folder: "content/programs",
    extension: "mdx",
    format: "frontmatter",
    identifier_field: "name",
    schema: programSchema,
    decl: "programSchema",
    body: true,
  },
  {
    name: "glossary",
    label: "Glossary",
    label_singular: "Glossary word",
    description: "Words families meet in treatment and recovery (content/glossary/).",
    folder: "content/glossary",
    extension: "yaml",
    format: "yaml",
    identifier_field: "term",
    schema: glossarySchema,
    decl: "glossarySchema",
    body: false,
  },
] as const;

/** The fields of an object schema; the schemas are `strict(...)` objects, possibly refined. */
export function shapeFields(schema: z.ZodType): Record<string, z.ZodType> {
  const shape = shapeOf(schema);
  if (shape?.kind !== "object" || !shape.children) throw new Error("Expected an object schema.");
  return shape.children;
}

/** "shortName" → "Short name", "seeAlso" → "See also". */
export const labelFor = (name: string): string => {
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Where a field's doc comment lives: inline in its declaration (`programSchema.familyMeetings.name`),
 * or in the separate declaration its parent is built from (`faith.stance`, `sources.title`).
 */
export function docKeys(decl: string, path: readonly string[]): string[] {
  const keys = [[decl, ...path].join(".")];
  if (path.length >= 2) keys.push(path.slice(-2).join("."));
  return keys;
}

export const docFor = (docs: ReadonlyMap<string, string>, decl: string, path: readonly string[]) =>
  docKeys(decl, path)
    .map((key) => docs.get(key))
    .find((doc) => doc !== undefined);

/** The build's advice for a text of the wrong length, without the count it was given. */
export function lengthMessage(shape: Shape, name: string): string | undefined {
  const { minLength = 1, maxLength } = shape;
  const probe = minLength > 1 ? "x".repeat(minLength - 1) : maxLength ? "x".repeat(maxLength + 1) : undefined;
  const message = probe === undefined ? undefined : messageFor(shape.core, probe);
  if (message === undefined) return undefined;
  const field = /^"[^"]+"/.exec(message)?.[0] ?? `"${name}"`;
  const advice = message.replace(/^.*?must be at (?:least|most) \d+\.\s*/, "");
  const range = maxLength ? `${minLength} to ${maxLength}` : `at least ${minLength}`;
  return `${field} must be ${range} characters long.${advice ? ` ${advice}` : ""}`;
}

/** The build's message for a text its pattern refuses, probed with a value every pattern here refuses. */
export const PATTERN_PROBE = "Not valid!";
export const patternMessage = (shape: Shape): string | undefined =>
  messageFor(shape.core, PATTERN_PROBE)?.replace(`"${PATTERN_PROBE}"`, "this value");

/** The form pattern for a text: its schema pattern, or its length range when it has none. */
export function patternFor(shape: Shape, name: string): [string, string] | undefined {
  const pattern = shape.patterns[0];
  if (pattern) return [pattern.source, patternMessage(shape) ?? `"${name}" is not written the expected way.`];
  if (shape.minLength !== undefined && (shape.minLength > 1 || shape.maxLength !== undefined)) {
    const max = shape.maxLength ?? "";
    return [`^\\s*[\\s\\S]{${shape.minLength},${max}}\\s*$`, lengthMessage(shape, name) ?? ""];
  }
  return undefined;
}

/** One form field for the schema `schema` of the field at `path` in declaration `decl`. */
export function fieldFor(
  docs: ReadonlyMap<string, string>,
  decl: string,
  path: readonly string[],
  schema: z.ZodType,
  inOptional = false,
): CmsField | undefined {
  const shape = shapeOf(schema);
  if (shape === undefined) return undefined;
  const name = path.at(-1) ?? "";
  const hint = docFor(docs, decl, path);
  const field: CmsField = { label: labelFor(name), name, widget: "string" };
  // Inside an optional object (image, founded) the form cannot say "required only if the object
  // is filled in": Decap would demand them even when the object is left out. The build's own
  // check before saving (admin.ts) still refuses a half-filled object with the build's words.
  if (shape.optional || inOptional) field.required = false;
  if (hint) field.hint = hint;
  if (shape.defaultValue !== undefined && !Array.isArray(shape.defaultValue)) field.default = shape.defaultValue;
  switch (shape.kind) {
    case "text":
    case "url": {
      if ((shape.maxLength ?? 0) > 120) field.widget = "text";
      const pattern = shape.kind === "url" ? urlPattern(shape) : patternFor(shape, name);
      if (pattern) field.pattern = pattern;
      return field;
    }
    case "date":
      return {
        ...field,
        widget: "datetime",
        format: "YYYY-MM-DD",
        date_format: "YYYY-MM-DD",
        time_format: false,
        picker_utc: true,
      };
    case "choice":
      return { ...field, widget: "select", options: shape.options ?? [] };
    case "choices":
      return { ...field, widget: "select", multiple: true, options: shape.options ?? [], min: shape.minItems };
    case "yes-no":
      return { ...field, widget: "boolean" };
    case "number":
      return { ...field, widget: "number", value_type: "int", min: shape.min, max: shape.max };
    case "object":
      return {
        ...field,
        widget: "object",
        collapsed: shape.optional,
        fields: childFields(docs, decl, path, shape, inOptional || shape.optional),
      };
    case "objects": {
      const item = shape.item ? shapeOf(shape.item) : undefined;
      const fields = item ? childFields(docs, decl, path, item, inOptional) : [];
      return { ...field, widget: "list", min: shape.minItems, fields };
    }
    case "list": {
      const item = shape.item ? fieldFor(docs, decl, path, shape.item, inOptional) : undefined;
      if (item) delete item.hint;
      return { ...field, widget: "list", min: shape.minItems, ...(item ? { field: item } : {}) };
    }
  }
}

function childFields(
  docs: ReadonlyMap<string, string>,
  decl: string,
  path: readonly string[],
  shape: Shape,
  inOptional: boolean,
) {
  return Object.entries(shape.children ?? {}).flatMap(
    ([key, child]) => fieldFor(docs, decl, [...path, key], child, inOptional) ?? [],
  );
}

/** An https:// address; the message is the build's own. */
function urlPattern(shape: Shape): [string, string] {
  return ["^https://[^\\s]+$", patternMessage(shape) ?? "Write a full web address starting with https://."];
}

/** The editor's collections, each field generated from its schema. */
export function cmsCollections(docs: ReadonlyMap<string, string>): CmsCollection[] {
  return COLLECTIONS.map((c) => {
    const fields = Object.entries(shapeFields(c.schema)).flatMap(
      ([key, schema]) => fieldFor(docs, c.decl, [key], schema) ?? [],
    );
    if (c.body) fields.push({ label: "Body", name: "body", widget: "markdown", modes: ["raw", "rich_text"] });
    return {
      name: c.name,
      label: c.label,
      label_singular: c.label_singular,
      description: c.description,
      folder: c.folder,
      extension: c.extension,
      format: c.format,
      create: true,
      slug: "{{slug}}",
      identifier_field: c.identifier_field,
      summary: `{{${c.identifier_field}}}`,
      fields,
    };
  });
}

/** `owner/name` from a GitHub address such as Netlify's REPOSITORY_URL. */
export const repoFromUrl = (href: string | undefined): string | undefined =>
  href ? /github\.com[/:]([^/]+\/[^/.]+?)(?:\.git)?\/?$/.exec(href)?.[1] : undefined;

/**
 * The whole editor configuration. Sign-in: GitHub through Netlify's OAuth provider
 * (api.netlify.com); the repository is CMS_GITHUB_REPO, else the one Netlify builds from
 * (REPOSITORY_URL). Saving opens a pull request (editorial workflow). On localhost the editor
 * uses `decap-server` (`npm run cms`) and writes to the working copy instead.
 */
export function cmsConfig(docs: ReadonlyMap<string, string>, env: Record<string, string | undefined>, siteUrl: string) {
  const repo = env.CMS_GITHUB_REPO?.trim() || repoFromUrl(env.REPOSITORY_URL);
  return {
    backend: {
      name: "github",
      ...(repo ? { repo } : {}),
      branch: env.CMS_BRANCH?.trim() || "main",
      base_url: "https://api.netlify.com",
      auth_endpoint: "auth",
      squash_merges: true,
    },
    publish_mode: "editorial_workflow",
    local_backend: true,
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: "public/images",
    public_folder: "/images",
    collections: cmsCollections(docs),
  };
}
