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

/**
 * The two fields every Spanish entry starts with: the English entry it renders (`translationOf`,
 * matching `pattern`, e.g. resources/<file-name>) and that file's fingerprint (`sourceHash`).
 * `what` names the English entry in the messages ("article", "guide").
 */
const translationFields = (pattern: RegExp, folder: string, what: string) => ({
  /** The English entry this renders, e.g. resources/healthy-communication or programs/al-anon. */
  translationOf: z.string().regex(pattern, {
    error: (iss) =>
      `"translationOf" has ${JSON.stringify(iss.input)}; write the English ${what} as ${folder}/<file-name>, in lowercase with dashes, without .mdx.`,
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
});

export const resourceEsSchema = strict({
  /** The Spanish title. */
  title: text("title", { min: 3, max: 90, hint: "Give the article a short, plain title in Spanish." }),
  /** A plain one- or two-sentence summary in Spanish. */
  description: text("description", {
    min: 50,
    max: 180,
    hint: "Write a plain summary of 50 to 180 characters in Spanish.",
  }),
  ...translationFields(TRANSLATION_OF, "resources", "article"),
  /** The day the Spanish version was written or last brought up to date. */
  translated: date("translated", "Give the day the Spanish version was written or last brought up to date."),
  /** Spanish-language pages that state the same facts, shown before the English entry's sources. */
  sourcesEs: sources("sourcesEs").optional(),
  /** true keeps the article out of the built site while it is being written. */
  draft: yesNo("draft", "Say whether this is still a draft.").default(false),
});
export type ResourceEs = z.infer<typeof resourceEsSchema>;

/*
 * A guide's "At a glance" panel in Spanish: `content/es/programs/<file-name>.yaml`. The labels and
 * the yes/no/varies answers come from labels-es.ts; this file holds the guide's own free text in
 * Spanish, one field for each free-text field of the English guide (same names, same nesting),
 * so the panel, the card and the finder read in one language. Facts, sources and links stay on
 * the English guide: only words are translated here. `program-text-es.ts` checks that the two
 * files have the same free-text fields.
 */

/** `programs/<file-name>`: the English guide whose panel this translates. */
export const PROGRAM_TRANSLATION_OF = /^programs\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

const NOTE_HINT = "Write the English note's sentence in plain Spanish.";

/** The Spanish text of one fact: its note, and for some facts a name or a written value. */
const factText = <E extends z.ZodRawShape>(field: string, extra: E) =>
  strict(
    { note: text(`${field} → note`, { max: 240, hint: NOTE_HINT }).optional(), ...extra },
    { field, example: "note: (and the other texts the English guide has) on their own lines below it" },
  );

export const programEsSchema = strict({
  ...translationFields(PROGRAM_TRANSLATION_OF, "programs", "guide"),
  /** The day the Spanish text was written or last brought up to date. */
  translated: date("translated", "Give the day the Spanish text was written or last brought up to date."),
  /** The English `description` in Spanish, for the card, the finder and the guide page. */
  description: text("description", {
    min: 50,
    max: 180,
    hint: "Write the guide's summary in plain Spanish, 50 to 180 characters.",
  }),
  /** The English `faith → tradition` in Spanish, e.g. Christian → cristiana. */
  faith: strict(
    { tradition: text("faith → tradition", { max: 60, hint: "Name the tradition in Spanish, e.g. cristiana." }) },
    { field: "faith", example: "tradition: on its own line below it" },
  ).optional(),
  formats: factText("formats", {}).optional(),
  familyMeetings: factText("familyMeetings", {
    /** The English `familyMeetings → name` in Spanish; names of fellowships stay as they are. */
    name: text("familyMeetings → name", {
      max: 100,
      hint: "Name the family meetings in Spanish; keep the names of fellowships as they are.",
    }).optional(),
  }).optional(),
  openMeetings: factText("openMeetings", {}).optional(),
  cost: factText("cost", {
    /** The English cost in Spanish, e.g. "Free; donations welcome" → "Gratis; se aceptan donativos". */
    value: text("cost → value", { max: 100, hint: "Write the English cost in plain Spanish." }).optional(),
  }).optional(),
  /** The English `communities` in Spanish. */
  communities: text("communities", { max: 150, hint: "Name the communities in Spanish." }).optional(),
  /** The English `findingMeetings` sentence in Spanish. */
  findingMeetings: text("findingMeetings", {
    min: 20,
    max: 280,
    hint: "Say in one Spanish sentence how people find a meeting.",
  }).optional(),
});
export type ProgramEs = z.infer<typeof programEsSchema>;
