/**
 * The doc comments of the content schemas, read from their source files: the editor's help text.
 *
 * zod keeps no comments at run time, so the `/** … *\/` above each field in `schema.ts` and
 * `fields.ts` is read here with the TypeScript parser. Each comment is keyed by where it sits:
 * the name of the declaration it is in, then the chain of property names, e.g.
 * `resourceSchema.title`, `programSchema.familyMeetings.name`, `faith.stance`, `fact.note`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** The files whose comments document the schemas, relative to the project root. */
export const SCHEMA_FILES = ["src/lib/content/schema.ts", "src/lib/content/fields.ts"] as const;

function propertyName(node: ts.PropertyAssignment, source: ts.SourceFile): string | undefined {
  const name = node.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return name.getText(source);
}

/** The text of the last JSDoc comment right above `node`, on one line. */
function docOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs.at(-1);
  if (last === undefined) return undefined;
  const comment = typeof last.comment === "string" ? last.comment : ts.getTextOfJSDocComment(last.comment);
  return comment?.replace(/\s+/g, " ").trim() || undefined;
}

/** Every documented property inside `root`, keyed by `prefix.path.to.property`. */
function collect(root: ts.Node, prefix: string, source: ts.SourceFile, out: Map<string, string>): void {
  const visit = (node: ts.Node, path: string[]) => {
    if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node, source);
      if (name === undefined) return;
      const here = [...path, name];
      const doc = docOf(node);
      if (doc !== undefined) out.set([prefix, ...here].join("."), doc);
      ts.forEachChild(node.initializer, (child) => visit(child, here));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, path));
  };
  visit(root, []);
}

/** Reads the doc comments of one source text; `fileName` only names it in parser errors. */
export function docsFromSource(text: string, fileName = "schema.ts"): Map<string, string> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.initializer) collect(decl.initializer, decl.name.text, source, out);
    }
  }
  return out;
}

/** The doc comments of every schema file, from the project root `root` (default: the working directory). */
export function schemaDocs(root = process.cwd()): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of SCHEMA_FILES) {
    for (const [key, doc] of docsFromSource(readFileSync(join(root, file), "utf8"), file)) out.set(key, doc);
  }
  return out;
}
