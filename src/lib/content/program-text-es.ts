/**
 * A guide's free text in Spanish (content/es/programs/<file-name>.yaml) against its English guide.
 * Both have the same free-text fields, so a Spanish panel never mixes a Spanish note with an
 * English one: `programTextProblems` names each field one file has and the other lacks, and
 * `withSpanishText` puts the Spanish words into the guide's data (facts, certainty and sources
 * untouched), ready for `programFactsEs`. Pure: the content tests and the pages both use it.
 */
import { isUnsure } from "./fields";
import type { Program } from "./schema";
import type { ProgramEs } from "./schema-es";

/**
 * Each free-text field, as an editor reads its name in a message, with its text in either file.
 * A cost of varies or not-confirmed is not free text: the site shows it in Spanish itself.
 */
const FIELDS: readonly [string, (p: Program) => string | undefined, (es: ProgramEs) => string | undefined][] = [
  ["description", (p) => p.description, (es) => es.description],
  ["faith → tradition", (p) => p.faith.tradition, (es) => es.faith?.tradition],
  ["formats → note", (p) => p.formats.note, (es) => es.formats?.note],
  ["familyMeetings → name", (p) => p.familyMeetings.name, (es) => es.familyMeetings?.name],
  ["familyMeetings → note", (p) => p.familyMeetings.note, (es) => es.familyMeetings?.note],
  ["openMeetings → note", (p) => p.openMeetings.note, (es) => es.openMeetings?.note],
  ["cost → value", (p) => (isUnsure(p.cost.value) ? undefined : p.cost.value), (es) => es.cost?.value],
  ["cost → note", (p) => p.cost.note, (es) => es.cost?.note],
  ["communities", (p) => p.communities, (es) => es.communities],
  ["findingMeetings", (p) => p.findingMeetings, (es) => es.findingMeetings],
];

/** The free-text fields a guide has, by name (e.g. "formats → note"), with their text. */
export const englishFreeText = (p: Program): Map<string, string> =>
  new Map(FIELDS.flatMap(([name, en]) => (en(p) === undefined ? [] : [[name, en(p) ?? ""] as const])));

/** The Spanish file's free-text fields, by the same names. */
export const spanishFreeText = (es: ProgramEs): Map<string, string> =>
  new Map(FIELDS.flatMap(([name, , sp]) => (sp(es) === undefined ? [] : [[name, sp(es) ?? ""] as const])));

/**
 * One line per field the English guide has and the Spanish file lacks, or the reverse, each
 * naming the Spanish file, the field and what to do.
 */
export const programTextProblems = (
  files: { spanish: string; english: string },
  en: Program,
  es: ProgramEs,
): string[] => {
  const english = englishFreeText(en);
  const spanish = spanishFreeText(es);
  const problems: string[] = [];
  for (const [name] of FIELDS) {
    if (english.has(name) && !spanish.has(name)) {
      problems.push(
        `${files.spanish}: ${name}: ${files.english} has this text in English, but the Spanish file does not. Add it in Spanish.`,
      );
    } else if (!english.has(name) && spanish.has(name)) {
      const unsure = name === "cost → value" && isUnsure(en.cost.value);
      problems.push(
        unsure
          ? `${files.spanish}: ${name}: the English cost is ${en.cost.value}, which the site shows in Spanish by itself. Remove "value" from the Spanish cost.`
          : `${files.spanish}: ${name}: ${files.english} has no such text, so there is nothing to translate. Remove it (or add it to the English guide first).`,
      );
    }
  }
  return problems;
};

/** Whether the Spanish file gives every free-text field the guide has, and no other. */
export const isComplete = (en: Program, es: ProgramEs): boolean =>
  programTextProblems({ spanish: "", english: "" }, en, es).length === 0;

/** A guide's free text for a Spanish page, and the language it is in. */
export interface ProgramTextEs {
  /** The language of the guide's free text below. */
  lang: "es" | "en";
  /** What to put in a lang attribute on each piece of free text: "en" for English, else nothing. */
  langAttr: "en" | undefined;
  /** The guide's data, its free text (description, notes, cost, findingMeetings…) in `lang`. */
  program: Program;
}

/**
 * The Spanish words when the Spanish file has them all, otherwise the English ones. All or
 * nothing, so one panel never mixes the two languages (and never leaves English unmarked).
 */
export const textForSpanishPage = (en: Program, es: ProgramEs | undefined): ProgramTextEs =>
  es && isComplete(en, es)
    ? { lang: "es", langAttr: undefined, program: withSpanishText(en, es) }
    : { lang: "en", langAttr: "en", program: en };

/**
 * The guide's data with its free text in Spanish. Only words change: each value, certainty and
 * source stays the English guide's, so the Spanish panel is exactly as sure as the English one.
 * (A copy set field by field: spreading the schema's strict objects loses their type.)
 */
export const withSpanishText = (p: Program, es: ProgramEs): Program => {
  const copy = structuredClone(p);
  copy.description = es.description;
  copy.faith.tradition = es.faith?.tradition ?? p.faith.tradition;
  copy.formats.note = es.formats?.note ?? p.formats.note;
  copy.familyMeetings.name = es.familyMeetings?.name ?? p.familyMeetings.name;
  copy.familyMeetings.note = es.familyMeetings?.note ?? p.familyMeetings.note;
  copy.openMeetings.note = es.openMeetings?.note ?? p.openMeetings.note;
  if (!isUnsure(p.cost.value)) copy.cost.value = es.cost?.value ?? p.cost.value;
  copy.cost.note = es.cost?.note ?? p.cost.note;
  copy.communities = es.communities ?? p.communities;
  copy.findingMeetings = es.findingMeetings ?? p.findingMeetings;
  return copy;
};
