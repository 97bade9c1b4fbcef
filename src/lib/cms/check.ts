/**
 * Compares an editor configuration with the content schemas and lists every disagreement, so a
 * test fails when a form field and its schema drift apart (tests/cms/config.test.ts). It reads
 * the schemas directly and probes their behaviour (what they refuse, and with which words)
 * rather than trusting the generator in config.ts.
 */
import type { z } from "astro/zod";
import { type CmsCollection, type CmsField, COLLECTIONS, docFor, PATTERN_PROBE, shapeFields } from "./config";
import { messageFor, type Shape, shapeOf } from "./zod-shape";

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((v) => b.includes(v));

/** Texts that test a form pattern against the build: too short, too long, just right, malformed. */
function probes(shape: Shape): string[] {
  const min = shape.minLength ?? 1;
  const out = [PATTERN_PROBE, "x".repeat(Math.max(min, 1))];
  if (min > 1) out.push("x".repeat(min - 1));
  if (shape.maxLength !== undefined) out.push("x".repeat(shape.maxLength + 1), "x".repeat(shape.maxLength));
  return out;
}

function checkPattern(where: string, shape: Shape, field: CmsField, problems: string[]): void {
  if (shape.kind !== "text" && shape.kind !== "url") return;
  const refuses = probes(shape).filter((p) => messageFor(shape.core, p) !== undefined);
  if (refuses.length === 0) return;
  if (!field.pattern) {
    problems.push(`${where}: the build refuses some texts (e.g. "${refuses[0]}") but the form has no pattern.`);
    return;
  }
  const [source, message] = field.pattern;
  const regex = new RegExp(source);
  for (const probe of probes(shape)) {
    const buildRefuses = messageFor(shape.core, probe) !== undefined;
    if (buildRefuses === regex.test(probe)) {
      problems.push(
        `${where}: for "${probe}" the build ${buildRefuses ? "refuses" : "accepts"} but the form does not.`,
      );
    }
  }
  // The form's message carries the build's advice: the last sentence of the build's message.
  const buildMessage = messageFor(shape.core, refuses[0]) ?? "";
  const advice = buildMessage.split(/(?<=[.;])\s+/).at(-1) ?? buildMessage;
  if (!message.includes(advice))
    problems.push(`${where}: the form's message does not give the build's advice "${advice}".`);
}

function checkField(ctx: Ctx, path: string[], schema: z.ZodType, field: CmsField, problems: string[]): void {
  const where = `${ctx.collection} → ${path.join(" → ")}`;
  const shape = shapeOf(schema);
  if (!shape) return;
  // A field inside an optional object is required only once the object is filled in, which the
  // form cannot say: there it is optional in the form, and the check before saving decides.
  const optional = shape.optional || ctx.inOptional;
  if ((field.required !== false) !== !optional) {
    problems.push(`${where}: the schema ${optional ? "allows leaving it out" : "requires it"} but the form does not.`);
  }
  const doc = docFor(ctx.docs, ctx.decl, path);
  if (doc !== undefined && field.hint !== doc)
    problems.push(`${where}: the help text is not the schema's doc comment "${doc}".`);
  if (shape.options && (!sameSet(field.options, shape.options) || field.widget !== "select")) {
    problems.push(
      `${where}: the form's choices (${(field.options ?? []).join(", ")}) are not the schema's (${shape.options.join(", ")}).`,
    );
  }
  if (shape.kind === "choice" && field.multiple)
    problems.push(`${where}: the schema takes one value but the form allows several.`);
  if (shape.kind === "choices" && !field.multiple)
    problems.push(`${where}: the schema takes a list but the form allows one value.`);
  if (shape.minItems !== undefined && field.min !== shape.minItems) {
    problems.push(
      `${where}: the schema needs at least ${shape.minItems} but the form asks for ${field.min ?? "none"}.`,
    );
  }
  if (shape.kind === "number" && (field.min !== shape.min || field.max !== shape.max)) {
    problems.push(
      `${where}: the form's range ${field.min}–${field.max} is not the schema's ${shape.min}–${shape.max}.`,
    );
  }
  if (shape.kind === "date" && field.widget !== "datetime") problems.push(`${where}: a date needs the date picker.`);
  checkPattern(where, shape, field, problems);
  const inner = { ...ctx, inOptional: optional };
  if (shape.kind === "object" && shape.children) checkFields(inner, path, shape.children, field.fields ?? [], problems);
  if (shape.kind === "objects" && shape.item) {
    checkFields(inner, path, shapeOf(shape.item)?.children ?? {}, field.fields ?? [], problems);
  }
  if (shape.kind === "list" && shape.item) {
    if (!field.field) problems.push(`${where}: a list of texts needs its item field.`);
    else checkPattern(`${where} (each item)`, shapeOf(shape.item) ?? shape, field.field, problems);
  }
}

interface Ctx {
  collection: string;
  inOptional: boolean;
  decl: string;
  docs: ReadonlyMap<string, string>;
}

function checkFields(
  ctx: Ctx,
  path: string[],
  schemaFields: Record<string, z.ZodType>,
  fields: CmsField[],
  problems: string[],
) {
  for (const [name, schema] of Object.entries(schemaFields)) {
    if (shapeOf(schema) === undefined) continue;
    const field = fields.find((f) => f.name === name);
    if (!field)
      problems.push(
        `${ctx.collection} → ${[...path, name].join(" → ")}: the schema has this field but the form does not.`,
      );
    else checkField(ctx, [...path, name], schema, field, problems);
  }
  for (const field of fields) {
    const known = field.name in schemaFields || (path.length === 0 && field.name === "body");
    if (!known)
      problems.push(
        `${ctx.collection} → ${[...path, field.name].join(" → ")}: the form has this field but the schema does not.`,
      );
  }
}

/** Every way `collections` disagrees with the content schemas; empty when they agree. */
export function configProblems(collections: readonly CmsCollection[], docs: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const c of COLLECTIONS) {
    const found = collections.find((x) => x.name === c.name);
    if (!found) {
      problems.push(`${c.name}: the editor has no such collection.`);
      continue;
    }
    if (found.folder !== c.folder || found.extension !== c.extension) {
      problems.push(
        `${c.name}: the editor writes ${found.folder}/*.${found.extension}, not ${c.folder}/*.${c.extension}.`,
      );
    }
    checkFields(
      { collection: c.name, decl: c.decl, docs, inOptional: false },
      [],
      shapeFields(c.schema),
      found.fields,
      problems,
    );
  }
  return problems;
}
