/**
 * `npm run translations`: lists the Spanish articles and guide panels, errors (a Spanish file naming a missing
 * English entry, a bad field) and the English entries that changed after their Spanish version
 * ("needs review"). Exits 1 on an error; `--strict` also exits 1 when something needs review.
 * `npm run translations -- hash resources/<slug>` (or programs/<slug>) prints the fingerprint to write as sourceHash.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "./lib/content";
import { checkTranslations, formatReport, sourceHash } from "./lib/translations";

const { values, positionals } = parseArgs({
  options: { strict: { type: "boolean", default: false } },
  allowPositionals: true,
});

if (positionals[0] === "hash") {
  const ref = positionals[1];
  if (!ref || !/^(?:resources|programs)\/[a-z0-9-]+$/.test(ref)) {
    console.error("Usage: npm run translations -- hash resources/<file-name> (or programs/<file-name>)");
    process.exit(2);
  }
  console.log(`sourceHash: "${sourceHash(path.join(repoRoot, "content", `${ref}.mdx`))}"`);
} else {
  const report = checkTranslations();
  console.log(formatReport(report));
  if (report.problems.length > 0 || (values.strict && report.needsReview.length > 0)) process.exitCode = 1;
}
