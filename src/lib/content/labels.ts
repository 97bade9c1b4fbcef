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

/** The words one language shows a program's facts in (English here, Spanish in labels-es.ts). */
export interface FactWords {
  terms: Record<
    "approach" | "faith" | "ledBy" | "meetings" | "helpsWith" | "whoFor" | "family" | "open" | "cost" | "founded",
    string
  >;
  approaches: LabelsOf<typeof APPROACHES>;
  stances: LabelsOf<typeof STANCES>;
  leaders: LabelsOf<typeof LEADERS>;
  formats: LabelsOf<typeof FORMATS>;
  audiences: LabelsOf<typeof PROGRAM_AUDIENCES>;
  focus: LabelsOf<typeof FOCUS>;
  unsure: Record<Unsure, string>;
  /** "Yes: Al-Anon and Alateen". */
  yes: (what: string) => string;
  no: string;
  /** What "yes" means for family meetings when the guide names none. */
  familyMeetings: string;
  openYes: string;
  openNo: string;
}

/** One fact as shown: the term, the value in words, an optional note, and whether it is firm. */
export interface ShownFact {
  term: string;
  value: string;
  note?: string;
  firm: boolean;
}

const shown = (term: string, value: string, firm: boolean, note?: string): ShownFact =>
  note === undefined ? { term, value, firm } : { term, value, firm, note };

/** A program's stance on faith in words, with its tradition where it adds something: "Religious (Christian)". */
export const stanceIn =
  (w: FactWords) =>
  (p: Program): string => {
    const { stance, tradition } = p.faith;
    // "Buddhist-inspired" already names its tradition; an unconfirmed stance shows none.
    const showTradition = tradition && stance !== "buddhist-inspired" && stance !== "not-confirmed";
    return w.stances[stance] + (showTradition ? ` (${tradition})` : "");
  };

/**
 * The facts shown about a program, in order, in one language's words: the finder's cards show
 * the short list, a program's own page (`full`) adds what it helps with, open meetings and the
 * founding year. Unsure values read as "Varies: ask the group first" or "Not confirmed: ask
 * before you go", never as yes or no. Free text (a cost, a note, communities) is shown as given.
 */
export const factsIn = (w: FactWords) => {
  const stance = stanceIn(w);
  const answer = (value: "yes" | "no" | Unsure, yes: string, no: string): string =>
    isUnsure(value) ? w.unsure[value] : value === "yes" ? yes : no;
  return (p: Program, full = false): ShownFact[] => {
    const { formats, familyMeetings: family, openMeetings: open, cost } = p;
    const facts: (ShownFact | false)[] = [
      shown(w.terms.approach, labelList(w.approaches, p.approaches), true),
      shown(w.terms.faith, stance(p), p.faith.stance !== "not-confirmed"),
      shown(w.terms.ledBy, labelList(w.leaders, p.ledBy), true),
      shown(
        w.terms.meetings,
        isUnsure(formats.value) ? w.unsure[formats.value] : labelList(w.formats, formats.value),
        !isUnsure(formats.value),
        formats.note,
      ),
      full && shown(w.terms.helpsWith, labelList(w.focus, p.focus), true),
      shown(w.terms.whoFor, labelList(w.audiences, p.audiences) + (p.communities ? `: ${p.communities}` : ""), true),
      shown(
        w.terms.family,
        answer(family.value, w.yes(family.name ?? w.familyMeetings), w.no),
        !isUnsure(family.value),
        family.note ?? (family.value === "varies" && family.name ? family.name : undefined),
      ),
      full && shown(w.terms.open, answer(open.value, w.openYes, w.openNo), !isUnsure(open.value), open.note),
      shown(w.terms.cost, isUnsure(cost.value) ? w.unsure[cost.value] : cost.value, !isUnsure(cost.value), cost.note),
      full && p.founded !== undefined && shown(w.terms.founded, String(p.founded.year), true),
    ];
    return facts.filter((f): f is ShownFact => f !== false);
  };
};

const FACT_WORDS: FactWords = {
  terms: {
    approach: "Approach",
    faith: "Faith",
    ledBy: "Led by",
    meetings: "Meetings",
    helpsWith: "Helps with",
    whoFor: "Who it is for",
    family: "Family meetings",
    open: "Open meetings",
    cost: "Cost",
    founded: "Founded",
  },
  approaches: APPROACH_LABELS,
  stances: STANCE_LABELS,
  leaders: LEADER_LABELS,
  formats: FORMAT_LABELS,
  audiences: PROGRAM_AUDIENCE_LABELS,
  focus: FOCUS_LABELS,
  unsure: UNSURE_TEXT,
  yes: (what) => `Yes: ${what}`,
  no: "No",
  familyMeetings: "meetings for family and friends",
  openYes: "Yes: some meetings welcome visitors such as family members",
  openNo: "No: meetings are for members",
};

export const stanceText = stanceIn(FACT_WORDS);

/** The facts shown about a program, in English ("At a glance", the finder's cards). */
export const programFacts = factsIn(FACT_WORDS);
