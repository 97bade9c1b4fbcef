/**
 * Sentence length, the plain-language check used for Spanish text. The grade formulas of
 * text-readability (Flesch-Kincaid and the rest) count English syllables and mean nothing for
 * Spanish; short sentences are the one measure that holds in both languages.
 */
import { countWords, mdxToProse } from "./prose";

/** Average words per sentence allowed (the English articles average about 10 to 12). */
export const MAX_AVERAGE_WORDS = 15;
/** The longest sentence allowed, in words. */
export const MAX_SENTENCE_WORDS = 40;

/** Words in each sentence of an MDX body. */
export const sentenceLengths = (body: string): number[] =>
  mdxToProse(body)
    .split(/(?<=[.!?…])\s+|\n+/)
    .map(countWords)
    .filter((n) => n > 0);

/** What is too long in an MDX body, or nothing. */
export const sentenceProblems = (file: string, body: string): string[] => {
  const lengths = sentenceLengths(body);
  if (lengths.length === 0) return [`${file}: has no sentences to check.`];
  const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  const longest = Math.max(...lengths);
  const problems: string[] = [];
  if (average > MAX_AVERAGE_WORDS) {
    problems.push(
      `${file}: sentences average ${average.toFixed(1)} words (limit ${MAX_AVERAGE_WORDS}). Split long sentences.`,
    );
  }
  if (longest > MAX_SENTENCE_WORDS) {
    problems.push(
      `${file}: one sentence has ${longest} words (limit ${MAX_SENTENCE_WORDS}). Split it in two or three.`,
    );
  }
  return problems;
};
