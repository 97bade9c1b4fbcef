/**
 * What the editor hands over before saving, made into what the build expects, then checked with
 * the build's own schema. Runs in the browser (Decap's preSave event, admin.ts) and in tests.
 */
import type { z } from "astro/zod";
import { formatContentError, UNSURE } from "../content/fields";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Leaves out what the form left empty: a blank optional text, an empty date, an optional object
 * whose fields are all blank (Decap keeps them as "" or null, which the build would refuse as a
 * 0-character value). A list of choices that holds only `varies` or `not-confirmed` becomes that
 * answer on its own, as a fact's value is written.
 */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalise).filter((v) => v !== undefined);
    const only = items.length === 1 ? items[0] : undefined;
    return typeof only === "string" && (UNSURE as readonly string[]).includes(only) ? only : items;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const kept = normalise(v);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  if (value === null || value === "" || (typeof value === "string" && value.trim() === "")) return undefined;
  return value;
}

export type Path = (string | number)[];

/**
 * The same clean-up as `normalise`, as edits to apply to the editor's own (Immutable) data:
 * paths to delete, deepest and last first so list indexes stay right, and paths to set.
 */
export function normaliseEdits(value: unknown, path: Path = []): { remove: Path[]; set: [Path, string][] } {
  const edits: { remove: Path[]; set: [Path, string][] } = { remove: [], set: [] };
  if (path.length > 0 && normalise(value) === undefined) {
    edits.remove.push(path);
    return edits;
  }
  const normalised = normalise(value);
  if (Array.isArray(value) && typeof normalised === "string") {
    edits.set.push([path, normalised]);
    return edits;
  }
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i): [number, unknown] => [i, v])
    : isPlainObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children.reverse()) {
    const inner = normaliseEdits(child, [...path, key]);
    edits.remove.push(...inner.remove);
    edits.set.push(...inner.set);
  }
  return edits;
}

/** The frontmatter of an entry (everything but its body), normalised and checked. */
export function checkEntry(
  schema: z.ZodType,
  file: string,
  data: Record<string, unknown>,
): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  const { body: _body, ...frontmatter } = data;
  const cleaned = (normalise(frontmatter) ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(cleaned);
  if (result.success) return { ok: true, data: cleaned };
  return { ok: false, message: formatContentError(file, result.error) };
}
