/**
 * The finder's static filter pages (they work without JavaScript), one list used by the pages
 * themselves (src/pages/programs/[...filter].astro) and by the filter links (ProgramBrowser).
 * Each page is one finder choice, so it matches exactly as the instant filters do (finder.ts).
 */
import { type Choice, finderData, type Match, matchProgram, NO_CHOICE } from "./finder";
import { APPROACH_LABELS, FORMAT_LABELS, PROGRAM_AUDIENCE_LABELS, STANCE_LABELS } from "./labels";
import { APPROACHES, FORMATS, PROGRAM_AUDIENCES, type Program, STANCES } from "./schema";

export interface ProgramFilter {
  /** The page's path under /programs/, e.g. "family-meetings" or "stance/secular". */
  path: string;
  /** The page's title. */
  title: string;
  /** The group of links it is shown in, and its link text. */
  group: string;
  label: string;
  choice: Choice;
}

const FIRM_STANCES = STANCES.filter((s) => s !== "not-confirmed");

export const PROGRAM_FILTERS: ProgramFilter[] = [
  ...APPROACHES.map((v) => ({
    path: `approach/${v}`,
    title: `${APPROACH_LABELS[v]} programs`,
    group: "Approach",
    label: APPROACH_LABELS[v],
    choice: { ...NO_CHOICE, approach: v },
  })),
  ...FIRM_STANCES.map((v) => ({
    path: `stance/${v}`,
    title: `${STANCE_LABELS[v]} programs`,
    group: "Faith",
    label: STANCE_LABELS[v],
    choice: { ...NO_CHOICE, stance: v },
  })),
  ...FORMATS.map((v) => ({
    path: `format/${v}`,
    title: `Programs that meet ${v === "online" ? "online" : "in person"}`,
    group: "Online or in person",
    label: FORMAT_LABELS[v],
    choice: { ...NO_CHOICE, format: v },
  })),
  {
    path: "family-meetings",
    title: "Programs with meetings for family and friends",
    group: "Family and visitors",
    label: "Has meetings for family and friends",
    choice: { ...NO_CHOICE, family: true },
  },
  {
    path: "open-meetings",
    title: "Programs with open meetings visitors can attend",
    group: "Family and visitors",
    label: "Has open meetings visitors can attend",
    choice: { ...NO_CHOICE, open: true },
  },
  ...PROGRAM_AUDIENCES.map((v) => ({
    path: `for/${v}`,
    title: `Programs for ${PROGRAM_AUDIENCE_LABELS[v].toLowerCase()}`,
    group: "Who it is for",
    label: PROGRAM_AUDIENCE_LABELS[v],
    choice: { ...NO_CHOICE, audience: v },
  })),
];

/** Splits programs by how they match a choice: firm matches, maybes (unsure answers), and the rest. */
export const splitByMatch = <T extends { data: Program }>(entries: T[], choice: Choice): Record<Match, T[]> => {
  const out: Record<Match, T[]> = { yes: [], maybe: [], no: [] };
  for (const entry of entries) out[matchProgram(finderData(entry.data), choice)].push(entry);
  return out;
};
