/**
 * Plain-language labels for the fixed vocabularies in `schema.ts`. Every table, here and in
 * labels-es.ts, has the type `LabelsOf<typeof LIST>` over the schema's own list, so adding a
 * value there without a label in each language fails `astro check`.
 */

import { isUnsure, type Unsure } from "./fields";
import type {
  APPROACHES,
  AUDIENCES,
  FOCUS,
  FORMATS,
  LEADERS,
  PROGRAM_AUDIENCES,
  Program,
  STANCES,
  TOPICS,
} from "./schema";

type Of<T extends readonly string[]> = T[number];

/** A label for each value of one of the schema's lists: the one key type of every label table. */
export type LabelsOf<T extends readonly string[]> = Record<Of<T>, string>;

export const TOPIC_LABELS: LabelsOf<typeof TOPICS> = {
  "understanding-addiction": "Understanding addiction",
  treatment: "Treatment",
  "support-groups": "Support groups",
  "self-care": "Taking care of yourself",
  communication: "Communication",
  emotions: "Feelings",
  "relapse-and-continuing-care": "Relapse and continuing care",
  "family-recovery": "Family recovery",
  "guided-practice": "Guided practice",
};

/** Article audiences, as filter chips say them. */
export const AUDIENCE_LABELS: LabelsOf<typeof AUDIENCES> = {
  family: "For families",
  recovery: "For people in recovery",
  both: "For everyone",
};

export const APPROACH_LABELS: LabelsOf<typeof APPROACHES> = {
  "twelve-step": "Twelve Step",
  "skills-based": "Skills-based",
  "mindfulness-based": "Mindfulness and meditation",
  "faith-based": "Faith-based",
  cultural: "Rooted in a culture",
  "body-and-mind": "Body and mind",
  "peer-community": "Peer support, any path",
};

/** One line about each approach, for the home page and the finder. */
export const APPROACH_SUMMARIES: LabelsOf<typeof APPROACHES> = {
  "twelve-step": "Peers share experience and work through twelve steps together, often with a sponsor.",
  "skills-based": "Practical tools and exercises you choose for yourself, often based on research.",
  "mindfulness-based": "Meditation and mindfulness practice, often drawn from Buddhist teaching, with peer support.",
  "faith-based": "Recovery rooted in a religious faith and its community, sometimes alongside the Twelve Steps.",
  cultural: "Recovery grounded in a community's own culture, teachings and traditions.",
  "body-and-mind": "Movement, yoga or exercise joined with peer support.",
  "peer-community": "People support each other through sharing, whatever path to recovery each one takes.",
};

export const STANCE_LABELS: LabelsOf<typeof STANCES> = {
  secular: "Secular",
  spiritual: "Spiritual",
  religious: "Religious",
  "buddhist-inspired": "Buddhist-inspired",
  "not-confirmed": "Not confirmed: ask before you go",
};

/** How the unsure answers read wherever a fact is shown. */
export const UNSURE_TEXT: Record<Unsure, string> = {
  varies: "Varies: ask the group first",
  "not-confirmed": "Not confirmed: ask before you go",
};

export const LEADER_LABELS: LabelsOf<typeof LEADERS> = {
  peers: "Peers",
  "trained-facilitators": "Trained facilitators",
};

export const FORMAT_LABELS: LabelsOf<typeof FORMATS> = {
  online: "Online",
  "in-person": "In person",
};

export const PROGRAM_AUDIENCE_LABELS: LabelsOf<typeof PROGRAM_AUDIENCES> = {
  everyone: "Everyone",
  women: "Women",
  families: "Families and friends",
  "young-people": "Young people",
  "particular-communities": "Particular communities",
};

export const FOCUS_LABELS: LabelsOf<typeof FOCUS> = {
  alcohol: "Alcohol",
  drugs: "Drugs",
  "any-addiction": "Any addiction",
  gambling: "Gambling",
  nicotine: "Nicotine",
  cannabis: "Cannabis",
  "family-and-friends": "Family and friends",
};

/** Joins labels for a list of values: ["online", "in-person"] → "Online, In person". */
export const labelList = <K extends string>(labels: Record<K, string>, values: readonly K[]): string =>
  values.map((value) => labels[value]).join(", ");

/** Audience filter pages; "family" and "recovery" also list articles written for both. */
export const FILTER_AUDIENCES = ["family", "recovery"] as const;

/** Does an article written for `audience` belong on the filter page for `filter`? */
export const matchesAudience = (audience: Of<typeof AUDIENCES>, filter: (typeof FILTER_AUDIENCES)[number]): boolean =>
  audience === filter || audience === "both";

/** A program's stance on faith in words, with its tradition where it adds something: "Religious (Christian)". */
export const stanceText = (p: Program): string => {
  const { stance, tradition } = p.faith;
  // "Buddhist-inspired" already names its tradition; an unconfirmed stance shows none.
  const showTradition = tradition && stance !== "buddhist-inspired" && stance !== "not-confirmed";
  return STANCE_LABELS[stance] + (showTradition ? ` (${tradition})` : "");
};

/** One fact as shown: the term, the value in words, an optional note, and whether it is firm. */
export interface ShownFact {
  term: string;
  value: string;
  note?: string;
  firm: boolean;
}

/** A yes/no fact in words: "Yes: Al-Anon and Alateen", "No", or the unsure wording. */
const answerText = (value: "yes" | "no" | Unsure, yes: string, no: string): string =>
  isUnsure(value) ? UNSURE_TEXT[value] : value === "yes" ? yes : no;

const shown = (term: string, value: string, firm: boolean, note?: string): ShownFact =>
  note === undefined ? { term, value, firm } : { term, value, firm, note };

/**
 * The facts shown about a program, in order: the finder's cards show the short list, a program's
 * own page (`full`) adds what it helps with, open meetings and the founding year. Unsure values
 * read as "Varies: ask the group first" or "Not confirmed: ask before you go", never as yes or no.
 */
export const programFacts = (p: Program, full = false): ShownFact[] => {
  const { formats, familyMeetings: family, openMeetings: open, cost } = p;
  const facts: (ShownFact | false)[] = [
    shown("Approach", labelList(APPROACH_LABELS, p.approaches), true),
    shown("Faith", stanceText(p), p.faith.stance !== "not-confirmed"),
    shown("Led by", labelList(LEADER_LABELS, p.ledBy), true),
    shown(
      "Meetings",
      isUnsure(formats.value) ? UNSURE_TEXT[formats.value] : labelList(FORMAT_LABELS, formats.value),
      !isUnsure(formats.value),
      formats.note,
    ),
    full && shown("Helps with", labelList(FOCUS_LABELS, p.focus), true),
    shown(
      "Who it is for",
      labelList(PROGRAM_AUDIENCE_LABELS, p.audiences) + (p.communities ? `: ${p.communities}` : ""),
      true,
    ),
    shown(
      "Family meetings",
      answerText(family.value, `Yes: ${family.name ?? "meetings for family and friends"}`, "No"),
      !isUnsure(family.value),
      family.note ?? (family.value === "varies" && family.name ? family.name : undefined),
    ),
    full &&
      shown(
        "Open meetings",
        answerText(
          open.value,
          "Yes: some meetings welcome visitors such as family members",
          "No: meetings are for members",
        ),
        !isUnsure(open.value),
        open.note,
      ),
    shown("Cost", isUnsure(cost.value) ? UNSURE_TEXT[cost.value] : cost.value, !isUnsure(cost.value), cost.note),
    full && p.founded !== undefined && shown("Founded", String(p.founded.year), true),
  ];
  return facts.filter((f): f is ShownFact => f !== false);
};
