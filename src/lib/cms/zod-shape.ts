/**
 * A read-only view of a zod schema's structure, enough to describe a form field: what kind of
 * value it takes, whether it may be left out, its allowed values, lengths, patterns and children.
 * Both the config generator (`config.ts`) and the checker (`check.ts`) read schemas through this
 * one view, so "what the schema says" is decided in one place.
 */
import type { z } from "astro/zod";

/** The parts of a zod 4 definition this view reads (zod's own types are internal). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  format?: string;
  defaultValue?: unknown;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);

export type Kind = "text" | "date" | "url" | "choice" | "choices" | "list" | "objects" | "object" | "yes-no" | "number";

export interface Shape {
  kind: Kind;
  /** The schema with optional/default wrappers removed, for probing messages. */
  core: z.ZodType;
  optional: boolean;
  defaultValue?: unknown;
  /** Allowed values (choice, choices; for a union, all its values). */
  options?: string[];
  /** Values that stand alone instead of a list (a fact's varies / not-confirmed). */
  aloneOptions?: string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  min?: number;
  max?: number;
  patterns: RegExp[];
  children?: Record<string, z.ZodType>;
  item?: z.ZodType;
}

/** Removes optional, default and pipe (preprocess/transform) wrappers; says what was removed. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let core = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    if ((def.type === "optional" || def.type === "default") && def.innerType) {
      optional = true;
      if (def.type === "default") defaultValue = def.defaultValue;
      core = def.innerType;
    } else if (def.type === "pipe" && def.in && def.out) {
      // z.preprocess(fn, inner) is pipe(transform, inner); inner.transform(fn) is pipe(inner, transform).
      core = defOf(def.in).type === "transform" ? def.out : def.in;
    } else return { core, optional, defaultValue };
  }
}

const enumValues = (schema: z.ZodType): string[] | undefined => {
  const entries = defOf(unwrap(schema).core).entries;
  return entries ? Object.values(entries) : undefined;
};

/** The shape of one field's schema. Fields that only exist to reject old names return undefined. */
export function shapeOf(schema: z.ZodType): Shape | undefined {
  const unwrapped = unwrap(schema);
  const { core, defaultValue } = unwrapped;
  // Asked of the schema itself, not only its wrappers: `seeAlso` has a default of [] but a
  // refinement that refuses an empty list, so leaving it out is refused too.
  const optional = unwrapped.optional && schema.safeParse(undefined).success;
  const def = defOf(core);
  const checks = checksOf(core);
  const base = { core, optional, defaultValue, patterns: [] as RegExp[] };
  for (const c of checks) if (c.check === "string_format" && c.pattern) base.patterns.push(c.pattern);
  const minLength = checks.find((c) => c.check === "min_length")?.minimum;
  const maxLength = checks.find((c) => c.check === "max_length")?.maximum;
  switch (def.type) {
    case "undefined":
      return undefined;
    case "string": {
      const isDate = base.patterns.some((p) => p.source === String.raw`^\d{4}-\d{2}-\d{2}$`);
      const kind: Kind = isDate ? "date" : def.format === "url" ? "url" : "text";
      return { ...base, kind, minLength, maxLength };
    }
    case "enum":
      return { ...base, kind: "choice", options: enumValues(core) };
    case "boolean":
      return { ...base, kind: "yes-no" };
    case "number": {
      const min = checks.find((c) => c.check === "greater_than")?.value;
      const max = checks.find((c) => c.check === "less_than")?.value;
      return { ...base, kind: "number", min, max };
    }
    case "object":
      return { ...base, kind: "object", children: def.shape };
    case "array": {
      const item = def.element;
      if (!item) throw new Error("An array schema without an element type.");
      const options = enumValues(item);
      const itemKind = defOf(unwrap(item).core).type;
      const kind: Kind = options ? "choices" : itemKind === "object" ? "objects" : "list";
      // A refinement can demand items without a min_length check (seeAlso): ask the schema.
      const minItems = minLength ?? (schema.safeParse([]).success ? undefined : 1);
      return { ...base, kind, options, item, minItems };
    }
    case "union": {
      // A fact's value: a list from a fixed set, or one of the unsure answers on its own.
      const parts = (def.options ?? []).map((o) => shapeOf(o));
      const list = parts.find((p) => p?.kind === "choices");
      const alone = parts.find((p) => p?.kind === "choice");
      if (!list?.options || !alone?.options) throw new Error("Only a list-or-unsure union can become a form field.");
      return {
        ...base,
        kind: "choices",
        options: [...list.options, ...alone.options],
        aloneOptions: alone.options,
        minItems: list.minItems,
      };
    }
    default:
      throw new Error(`A schema of type "${def.type}" has no form field yet: add it to src/lib/cms/zod-shape.ts.`);
  }
}

/** The first error message zod gives for `value`, or undefined when it is accepted. */
export function messageFor(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}
