/**
 * Plain-language labels for the fixed vocabularies in `schema.ts`. Typed as `Record<…>` over
 * the schema's own lists, so adding a value there without a label here fails `astro check`.
 */
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

export const TOPIC_LABELS: Record<Of<typeof TOPICS>, string> = {
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
export const AUDIENCE_LABELS: Record<Of<typeof AUDIENCES>, string> = {
  family: "For families",
  recovery: "For people in recovery",
  both: "For everyone",
};

export const APPROACH_LABELS: Record<Of<typeof APPROACHES>, string> = {
  "twelve-step": "Twelve Step",
  "self-directed": "Self-directed (skills-based)",
  "faith-based": "Faith-based",
  "body-and-mind": "Body and mind",
};

/** One line about each approach, for the home page and the finder. */
export const APPROACH_SUMMARIES: Record<Of<typeof APPROACHES>, string> = {
  "twelve-step": "Peers share experience and work through twelve steps together, often with a sponsor.",
  "self-directed": "Practical tools and exercises you choose for yourself, often based on research.",
  "faith-based": "Recovery grounded in a religious faith and its community.",
  "body-and-mind": "Recovery that joins meditation, movement or mindfulness with peer support.",
};

export const STANCE_LABELS: Record<Of<typeof STANCES>, string> = {
  secular: "Secular",
  spiritual: "Spiritual",
  religious: "Religious",
};

export const LEADER_LABELS: Record<Of<typeof LEADERS>, string> = {
  peers: "Peers",
  "trained-facilitators": "Trained facilitators",
};

export const FORMAT_LABELS: Record<Of<typeof FORMATS>, string> = {
  online: "Online",
  "in-person": "In person",
};

export const PROGRAM_AUDIENCE_LABELS: Record<Of<typeof PROGRAM_AUDIENCES>, string> = {
  everyone: "Everyone",
  women: "Women",
  families: "Families and friends",
  "young-people": "Young people",
  "particular-communities": "Particular communities",
};

export const FOCUS_LABELS: Record<Of<typeof FOCUS>, string> = {
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

/** A program's stance in words, with its tradition when it names one: "Spiritual (Buddhist)". */
export const stanceText = (p: Program): string =>
  STANCE_LABELS[p.spirituality.stance] + (p.spirituality.tradition ? ` (${p.spirituality.tradition})` : "");

/**
 * The facts shown about a program, in order, as [term, description] pairs: the finder's cards
 * show the short list, a program's own page (`full`) adds what it helps with and open meetings.
 */
export const programFacts = (p: Program, full = false): Array<[string, string]> => [
  ["Approach", APPROACH_LABELS[p.approach]],
  ["Spirituality", stanceText(p)],
  ["Led by", labelList(LEADER_LABELS, p.ledBy)],
  ["Meetings", labelList(FORMAT_LABELS, p.formats)],
  ...(full ? [["Helps with", labelList(FOCUS_LABELS, p.focus)] as [string, string]] : []),
  ["Who it is for", labelList(PROGRAM_AUDIENCE_LABELS, p.audiences) + (p.communities ? `: ${p.communities}` : "")],
  ["Family meetings", p.familyMeetings.available ? `Yes: ${p.familyMeetings.name}` : "No"],
  ...(full
    ? [
        [
          "Open meetings",
          p.openMeetings
            ? "Yes, some meetings welcome visitors such as family members"
            : "No, meetings are for members",
        ] as [string, string],
      ]
    : []),
  ["Cost", p.cost],
];
