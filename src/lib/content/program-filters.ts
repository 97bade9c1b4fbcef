/**
 * The finder's static filter pages (they work without JavaScript), one list used by the pages
 * themselves (src/pages/programs/[...filter].astro and its Spanish twin under src/pages/es/) and
 * by the filter links (ProgramBrowser). Each page is one finder choice, so it matches exactly as
 * the instant filters do (finder.ts). The paths are the same in both languages, after /es.
 */
import { finderWords } from "../../i18n/finder";
import type { Lang } from "../../i18n/index";
import { type Choice, finderData, type Match, matchProgram, NO_CHOICE } from "./finder";
import { APPROACH_LABELS, FORMAT_LABELS, PROGRAM_AUDIENCE_LABELS, programFacts, STANCE_LABELS } from "./labels";
import {
  APPROACH_LABELS_ES,
  FORMAT_LABELS_ES,
  PROGRAM_AUDIENCE_LABELS_ES,
  programFactsEs,
  STANCE_LABELS_ES,
} from "./labels-es";
import { APPROACHES, FORMATS, PROGRAM_AUDIENCES, type Program, STANCES } from "./schema";

/** The schema's labels and the program facts in one language. */
export const programLabels = (lang: Lang) =>
  lang === "es"
    ? {
        approach: APPROACH_LABELS_ES,
        stance: STANCE_LABELS_ES,
        format: FORMAT_LABELS_ES,
        audience: PROGRAM_AUDIENCE_LABELS_ES,
        facts: programFactsEs,
      }
    : {
        approach: APPROACH_LABELS,
        stance: STANCE_LABELS,
        format: FORMAT_LABELS,
        audience: PROGRAM_AUDIENCE_LABELS,
        facts: programFacts,
      };

export interface ProgramFilter {
  /** The page's path under /programs/ (or /es/programs/), e.g. "family-meetings" or "stance/secular". */
  path: string;
  /** The page's title. */
  title: string;
  /** The group of links it is shown in, and its link text. */
  group: string;
  label: string;
  choice: Choice;
}

export const FIRM_STANCES = STANCES.filter((s) => s !== "not-confirmed");

/** The finder's lists of values, each with its folder in the filter pages' paths. */
const FOLDERS = { approach: "approach", stance: "stance", format: "format", audience: "for" } as const;
type ListChoice = keyof typeof FOLDERS;

/** One filter page per value of a list: /programs/<folder>/<value>/. */
const pagesFor = <K extends string>(
  key: ListChoice,
  values: readonly K[],
  labels: Record<K, string>,
  group: string,
  title: (value: K, label: string) => string,
): ProgramFilter[] =>
  values.map((v) => ({
    path: `${FOLDERS[key]}/${v}`,
    title: title(v, labels[v]),
    group,
    label: labels[v],
    choice: { ...NO_CHOICE, [key]: v },
  }));

/** Every filter page in one language, in the order the links are shown. */
export const programFilters = (lang: Lang): ProgramFilter[] => {
  const w = finderWords[lang];
  const labels = programLabels(lang);
  return [
    ...pagesFor("approach", APPROACHES, labels.approach, w.groups.approach, w.approachTitle),
    ...pagesFor("stance", FIRM_STANCES, labels.stance, w.groups.stance, w.stanceTitle),
    ...pagesFor("format", FORMATS, labels.format, w.groups.format, w.formatTitle),
    { path: "family-meetings", ...w.family, group: w.groups.family, choice: { ...NO_CHOICE, family: true } },
    { path: "open-meetings", ...w.open, group: w.groups.family, choice: { ...NO_CHOICE, open: true } },
    ...pagesFor("audience", PROGRAM_AUDIENCES, labels.audience, w.groups.audience, w.audienceTitle),
  ];
};

/** Splits programs by how they match a choice: firm matches, maybes (unsure answers), and the rest. */
export const splitByMatch = <T extends { data: Program }>(entries: T[], choice: Choice): Record<Match, T[]> => {
  const out: Record<Match, T[]> = { yes: [], maybe: [], no: [] };
  for (const entry of entries) out[matchProgram(finderData(entry.data), choice)].push(entry);
  return out;
};

/** The static paths of the filter pages in one language ([...filter].astro). */
export const filterPaths = (lang: Lang) =>
  programFilters(lang).map((filter) => ({ params: { filter: filter.path }, props: { filter } }));
