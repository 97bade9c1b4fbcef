/**
 * `npx tsx scripts/readability.ts`: prints the words, Flesch-Kincaid grade and Flesch reading
 * ease of every resource article and program guide. The aim is grade 8; entries above it are
 * marked, and entries above grade 10 fail the content tests (tests/content/readability.test.ts).
 */
import { formatTable, MAX_GRADE, scoreAll, TARGET_GRADE } from "./lib/readability";

const scores = scoreAll();
if (scores.length === 0) {
  console.log("No resources or program guides found in content/.");
} else {
  console.log(formatTable(scores));
  const above = scores.filter((s) => s.grade > TARGET_GRADE).length;
  const failing = scores.filter((s) => s.grade > MAX_GRADE).length;
  console.log(
    `\n${scores.length} files; ${above} above the grade-${TARGET_GRADE} aim; ${failing} above grade ${MAX_GRADE} (these fail the content tests).`,
  );
}
