/**
 * The frontmatter schemas of the site's content: the single source of truth for what an
 * article, a program guide and a glossary term must say. `src/content.config.ts` hands them
 * to Astro; the content tests and `npm run new` use them directly. Types come from here
 * (`z.infer`), never written twice.
 */
import { z } from "astro/zod";
import {
  answerFact,
  date,
  factSource,
  firmNeedsSource,
  listFact,
  oneOf,
  pageRefs,
  samePage,
  someOf,
  sources,
  strict,
  text,
  textFact,
  url,
  yesNo,
} from "./fields";

/** Topics a family resource can be filed under. Labels live in `labels.ts`. */
export const TOPICS = [
  "understanding-addiction",
  "treatment",
  "support-groups",
  "self-care",
  "communication",
  "emotions",
  "relapse-and-continuing-care",
  "family-recovery",
  "guided-practice",
] as const;

/** Who an article is written for. */
export const AUDIENCES = ["family", "recovery", "both"] as const;

/**
 * How a program describes its own method. A list: a program can be Twelve Step and Christian at
 * once (`[twelve-step, faith-based]`). Labels and one-line summaries live in `labels.ts`.
 */
export const APPROACHES = [
  "twelve-step",
  "skills-based",
  "mindfulness-based",
  "faith-based",
  "cultural",
  "body-and-mind",
  "peer-community",
] as const;
/**
 * Where a program stands on faith. A Buddhist-inspired program (which says you need not be
 * Buddhist) is its own stance, neither secular nor religious by default.
 */
export const STANCES = ["secular", "spiritual", "religious", "buddhist-inspired", "not-confirmed"] as const;
/** Stances that must name their tradition, e.g. Christian, Islamic, Buddhist. */
export const STANCES_WITH_TRADITION = ["religious", "buddhist-inspired"] as const;
/** Who runs the meetings. */
export const LEADERS = ["peers", "trained-facilitators"] as const;
/** Where meetings happen. */
export const FORMATS = ["online", "in-person"] as const;
/** Who the meetings are for. */
export const PROGRAM_AUDIENCES = ["everyone", "women", "families", "young-people", "particular-communities"] as const;
/** What the program helps with. */
export const FOCUS = [
  "alcohol",
  "drugs",
  "any-addiction",
  "gambling",
  "nicotine",
  "cannabis",
  "family-and-friends",
] as const;

/** An optional picture; alt text is required so screen-reader users get it too. */
const image = strict({
  /** Path of a file in `public/images/`, e.g. `/images/walking-together.jpg`. */
  src: z
    .string({
      error: '"image → src" is missing. Put the picture in public/images/ and write its path, e.g. /images/photo.jpg.',
    })
    .regex(/^\/images\/[\w./-]+\.(?:jpe?g|png|webp|avif|svg)$/i, {
      error:
        '"image → src" must be a path like /images/photo.jpg, to a .jpg, .png, .webp, .avif or .svg file in public/images/.',
    }),
  /** What the picture shows, in a short sentence, for people who cannot see it. */
  alt: text("image → alt", {
    min: 5,
    max: 200,
    hint: "Describe what the picture shows in a short sentence (alt text).",
  }),
});

/** Frontmatter of a family resource article: `content/resources/<file-name>.mdx`. */
export const resourceSchema = strict({
  /** The article's title, as it appears on the page and in search results. */
  title: text("title", { min: 3, max: 90, hint: "Give the article a short, plain title." }),
  /** A plain one- or two-sentence summary, used on cards, in search results and in link previews. */
  description: text("description", {
    min: 50,
    max: 160,
    hint: "Write a plain summary of 50 to 160 characters.",
  }),
  /** The day the article was first published. */
  published: date("published", "Give the day the article was first published."),
  /** The day the article was last changed in a meaningful way, if it was. */
  updated: date("updated", "Give the day the article was last changed.").optional(),
  /**
   * The day someone last checked the article's facts against its sources. Leave it out until
   * someone has; the page says "Facts checked on …" only when it is set.
   */
  lastReviewed: date(
    "lastReviewed",
    "Give the day someone last checked the article's facts against its sources.",
  ).optional(),
  /** One or more topics from the fixed list; they drive the filters on /resources/. */
  topics: someOf("topics", TOPICS, "Pick the topics this article covers."),
  /** Who the article is written for. */
  audience: oneOf("audience", AUDIENCES, "Say who the article is written for."),
  /** An optional picture shown at the top. */
  image: image.optional(),
  /** Other pages to suggest at the end, e.g. [resources/taking-care-of-yourself, programs/al-anon]. */
  related: pageRefs("related"),
  /** Where the facts come from: reputable, official pages. */
  sources: sources("sources"),
  /** true keeps the article out of the built site while it is being written. */
  draft: yesNo("draft", "Say whether this is still a draft.").default(false),
}).superRefine((r, ctx) => {
  // The dates a reader sees must tell a true story: nothing is updated before it was published.
  if (r.updated !== undefined && r.updated < r.published) {
    ctx.addIssue({
      code: "custom",
      path: ["updated"],
      message:
        '"updated" is before "published". "updated" is the last day the article changed in a way that matters to a reader, so it cannot come before the day it was first published.',
    });
  }
});

/** Where a program stands on faith, and the page that says so. */
const faith = strict(
  {
    /** secular, spiritual, religious, buddhist-inspired, or not-confirmed. */
    stance: oneOf("faith → stance", STANCES, "Say where the program stands on faith."),
    /** For a religious or Buddhist-inspired program: which tradition, e.g. "Christian", "Islamic", "Buddhist". */
    tradition: text("faith → tradition", { max: 60, hint: "Name the tradition, e.g. Christian." }).optional(),
    /** The page where the program says where it stands (required unless the stance is not-confirmed). */
    source: factSource("faith").optional(),
  },
  { field: "faith", example: "stance: (and tradition: and source:) on their own lines below it" },
).superRefine((f, ctx) => {
  if ((STANCES_WITH_TRADITION as readonly string[]).includes(f.stance) && f.tradition === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["tradition"],
      message: `"faith → tradition" is missing. A ${f.stance} program must name its tradition, e.g. tradition: ${f.stance === "religious" ? "Christian" : "Buddhist"}.`,
    });
  }
  if (f.stance !== "not-confirmed" && f.source === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["source"],
      message: firmNeedsSource("faith → stance", f.stance).replace("value: not-confirmed", "stance: not-confirmed"),
    });
  }
});

/** The year a program began, and the page that says so. */
const founded = strict(
  {
    year: z
      .number({ error: '"founded → year" must be a year written as a number, e.g. 1935.' })
      .int({ error: '"founded → year" must be a whole year, e.g. 1935.' })
      .min(1800, { error: '"founded → year" must be a year after 1800.' })
      .max(2100, { error: '"founded → year" must be a real year, e.g. 1935.' }),
    source: factSource("founded"),
  },
  { field: "founded", example: "year: 1935 and source: https://… on their own lines below it" },
);

/** The fields whose `source` must be one of the guide's `sources`, so readers can see it. */
const FACT_FIELDS = ["openMeetings", "familyMeetings", "formats", "cost", "faith", "founded"] as const;

/** Frontmatter of a mutual support program guide: `content/programs/<file-name>.mdx`. */
export const programSchema = strict({
  /** The program's full name, e.g. "Alcoholics Anonymous". */
  name: text("name", { min: 2, max: 80, hint: "Give the program's full name." }),
  /** A short name or initials, e.g. "AA". */
  shortName: text("shortName", { min: 2, max: 30, hint: "Give the short name or initials people use." }),
  /** A plain summary of 50 to 160 characters for cards, the finder and link previews. */
  description: text("description", { min: 50, max: 160, hint: "Write a plain summary of 50 to 160 characters." }),
  /** How the program describes its own method: one or more approaches. */
  approaches: someOf("approaches", APPROACHES, "Say how the program works, as it describes itself."),
  /** The page where the program describes its own method: the reason for the filing. */
  approachSource: factSource("approachSource").optional(),
  /** Where the program stands on faith, and the page that says so. */
  faith,
  /** Who leads the meetings. */
  ledBy: someOf("ledBy", LEADERS, "Say who leads the meetings."),
  /** Where meetings happen: a list, or varies / not-confirmed. */
  formats: listFact("formats", FORMATS, "Say where meetings happen."),
  /** What the program helps with. */
  focus: someOf("focus", FOCUS, "Say what the program helps with."),
  /** Meetings for family and friends (the program's own or a sister fellowship's). */
  familyMeetings: answerFact("familyMeetings", "Say whether there are meetings for family and friends.", {
    /** Their name, e.g. "Al-Anon and Alateen". Required when the value is yes. */
    name: text("familyMeetings → name", { max: 80, hint: "Name the family meetings." }).optional(),
  }).superRefine((f, ctx) => {
    if (f.value === "yes" && f.name === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: '"familyMeetings → name" is missing. When the value is yes, say what the family meetings are called.',
      });
    }
  }),
  /** Who the meetings are for. */
  audiences: someOf("audiences", PROGRAM_AUDIENCES, "Say who the meetings are for."),
  /** For audiences that include particular-communities: which ones, in a few words. */
  communities: text("communities", {
    max: 120,
    hint: "Name the communities, e.g. Native American communities.",
  }).optional(),
  /** Whether some meetings are open to visitors such as family members. */
  openMeetings: answerFact("openMeetings", "Say whether visitors can attend some meetings.", {}),
  /** What it costs, in a few words, e.g. "Free; donations welcome", or varies / not-confirmed. */
  cost: textFact("cost", 'Say what it costs, e.g. "Free; donations welcome".'),
  /** The year the program began (optional; needs a source). */
  founded: founded.optional(),
  /** The program's official home page. Official sites only. */
  website: url("website", "Give the program's official home page."),
  /** The official meeting finder, when it has one and you have seen it. Shown as "Find a meeting". */
  meetingFinder: url("meetingFinder", "Give the official meeting finder's address, or leave the field out.").optional(),
  /** Without a meeting finder: one sentence saying how people find a meeting. */
  findingMeetings: text("findingMeetings", {
    min: 20,
    max: 240,
    hint: "Say in one sentence how people find a meeting.",
  }).optional(),
  /** Other program guides to suggest, e.g. [programs/al-anon]. */
  related: pageRefs("related"),
  /** Where the facts come from: the program's own pages first. Every fact's source is listed here. */
  sources: sources("sources"),
  /** The day someone last checked the guide's facts against their sources; leave it out until someone has. */
  lastReviewed: date(
    "lastReviewed",
    "Give the day someone last checked the guide's facts against their sources.",
  ).optional(),
  /** true keeps the guide out of the built site while it is being written. */
  draft: yesNo("draft", "Say whether this is still a draft.").default(false),
  /** Renamed fields (issue 8): named here so an old guide is told what to write instead. */
  approach: z
    .undefined({
      error:
        '"approach" is now "approaches", a list, e.g. approaches: [twelve-step, faith-based], with approachSource.',
    })
    .optional(),
  spirituality: z
    .undefined({
      error: '"spirituality" is now "faith", with stance, tradition and source (see the program template).',
    })
    .optional(),
}).superRefine((p, ctx) => {
  if (p.audiences.includes("particular-communities") && p.communities === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["communities"],
      message: '"communities" is missing. When audiences include particular-communities, name them in a few words.',
    });
  }
  if (p.meetingFinder === undefined && p.findingMeetings === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["findingMeetings"],
      message:
        '"findingMeetings" is missing. Give the official meeting finder as meetingFinder: https://…, or say in one sentence how people find a meeting.',
    });
  }
  if (p.lastReviewed !== undefined && p.approachSource === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["approachSource"],
      message:
        '"approachSource" is missing. A guide whose facts were checked (lastReviewed) gives the page where the program describes its own method.',
    });
  }
  const listed = (href: string) => p.sources.some((s) => samePage(s.url, href));
  const factSources: [string, string | undefined][] = [
    ...FACT_FIELDS.map((field): [string, string | undefined] => [field, p[field]?.source]),
    ["approachSource", p.approachSource],
  ];
  for (const [field, href] of factSources) {
    if (href !== undefined && !listed(href)) {
      ctx.addIssue({
        code: "custom",
        path: field === "approachSource" ? [field] : [field, "source"],
        message: `"${field === "approachSource" ? field : `${field} → source`}" (${href}) is not in "sources". Add it there with its title, so readers can see where the fact comes from.`,
      });
    }
  }
});

/** A glossary term: `content/glossary/<file-name>.yaml`. */
export const glossarySchema = strict({
  /** The word or phrase as a family member meets it, e.g. "Higher Power". */
  term: text("term", { max: 60, hint: "Write the word or phrase." }),
  /** One or two plain sentences saying what it means. */
  definition: text("definition", { min: 20, max: 400, hint: "Define the term in one or two plain sentences." }),
  /** Other spellings or names, so search and the page's index find them. */
  aliases: z.array(text("aliases", { max: 60, hint: "Other names for the term." })).default([]),
  /** The pages that explain it further, e.g. [programs/smart-recovery]. At least one. */
  seeAlso: pageRefs("seeAlso").refine((list) => list.length > 0, {
    error: '"seeAlso" needs at least one page that explains the term, e.g. [programs/alcoholics-anonymous].',
  }),
});

export type Resource = z.infer<typeof resourceSchema>;
export type Program = z.infer<typeof programSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Topic = (typeof TOPICS)[number];
export type Approach = (typeof APPROACHES)[number];
export type Stance = (typeof STANCES)[number];
