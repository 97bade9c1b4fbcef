/**
 * Frontmatter of a Spanish article: `content/es/resources/<file-name>.mdx`. A Spanish entry
 * renders one English entry in Spanish: it names that entry (`translationOf`) and the English
 * file's fingerprint when it was written (`sourceHash`), so `npm run translations` can list
 * English articles that changed after their Spanish version. Topics, audience, dates and
 * related pages come from the English entry; the sources are the English entry's, plus any
 * Spanish-language page listed here.
 */
import { z } from "astro/zod";
import { date, sources, strict, text, yesNo } from "./fields";

/** `resources/<file-name>`: the English entry this Spanish entry renders. */
export const TRANSLATION_OF = /^resources\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The first 12 hex digits of the SHA-256 of the English file, as `npm run translations` prints it. */
export const SOURCE_HASH = /^[0-9a-f]{12}$/;

export const resourceEsSchema = strict({
  /** The Spanish title. */
  title: text("title", { min: 3, max: 90, hint: "Give the article a short, plain title in Spanish." }),
  /** A plain one- or two-sentence summary in Spanish. */
  description: text("description", {
    min: 50,
    max: 180,
    hint: "Write a plain summary of 50 to 180 characters in Spanish.",
  }),
  /** The English entry this renders, e.g. resources/healthy-communication. */
  translationOf: z.string().regex(TRANSLATION_OF, {
    error: (iss) =>
      `"translationOf" has ${JSON.stringify(iss.input)}; write the English article as resources/<file-name>, in lowercase with dashes, without .mdx.`,
  }),
  /** Fingerprint of the English file this version was made from. */
  sourceHash: z
    .string({
      error:
        '"sourceHash" must be written in quotes, e.g. sourceHash: "3f2a9c0d1b7e" (unquoted digits read as a number).',
    })
    .regex(SOURCE_HASH, {
      error: (iss) =>
        `"sourceHash" has ${JSON.stringify(iss.input)}; write the 12 hex digits \`npm run translations\` prints for the English file.`,
    }),
  /** The day the Spanish version was written or last brought up to date. */
  translated: date("translated", "Give the day the Spanish version was written or last brought up to date."),
  /** Spanish-language pages that state the same facts, shown before the English entry's sources. */
  sourcesEs: sources("sourcesEs").optional(),
  /** true keeps the article out of the built site while it is being written. */
  draft: yesNo("draft", "Say whether this is still a draft.").default(false),
});
export type ResourceEs = z.infer<typeof resourceEsSchema>;
