/**
 * The frontmatter schemas of the site's content: the single source of truth for what an
 * article, a program guide and a glossary term must say. `src/content.config.ts` hands them
 * to Astro; the content tests and `npm run new` use them directly. Types come from here
 * (`z.infer`), never written twice.
 */
import { z } from "astro/zod";
import { date, oneOf, pageRefs, someOf, sources, text, url, yesNo } from "./fields";

/**
 * An object that rejects misspelled or unknown fields by name, instead of silently dropping
 * them (the editor would then be told a correctly named field is missing, which misleads).
 */
const strict = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object(shape)
    .catchall(
      z.undefined({ error: "this is not a known field. Check its spelling against the template in CONTRIBUTING.md." }),
    );

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

/** How a program works. */
export const APPROACHES = ["twelve-step", "self-directed", "faith-based", "body-and-mind"] as const;
/** Where a program stands on spirituality. */
export const STANCES = ["secular", "spiritual", "religious"] as const;
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
  /** The day a reviewer last checked the facts and links. */
  lastReviewed: date("lastReviewed", "Give the day someone last checked the article's facts and links."),
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
});

/** Frontmatter of a mutual support program guide: `content/programs/<file-name>.mdx`. */
export const programSchema = strict({
  /** The program's full name, e.g. "Alcoholics Anonymous". */
  name: text("name", { min: 2, max: 80, hint: "Give the program's full name." }),
  /** A short name or initials, e.g. "AA". */
  shortName: text("shortName", { min: 2, max: 30, hint: "Give the short name or initials people use." }),
  /** A plain summary of 50 to 160 characters for cards, the finder and link previews. */
  description: text("description", { min: 50, max: 160, hint: "Write a plain summary of 50 to 160 characters." }),
  /** How the program works. */
  approach: oneOf("approach", APPROACHES, "Say how the program works."),
  /** Where the program stands on spirituality and religion. */
  spirituality: strict({
    /** secular (no spiritual content), spiritual (a Higher Power of one's own understanding), or religious. */
    stance: oneOf("spirituality → stance", STANCES, "Say where the program stands on spirituality."),
    /** For a religious or tradition-based program: which tradition, e.g. "Christian", "Islamic", "Buddhist". */
    tradition: text("spirituality → tradition", { max: 60, hint: "Name the tradition, e.g. Christian." }).optional(),
  }).refine((s) => s.stance !== "religious" || s.tradition !== undefined, {
    error:
      '"spirituality → tradition" is missing. A religious program must name its tradition, e.g. tradition: Christian.',
    path: ["tradition"],
  }),
  /** Who leads the meetings. */
  ledBy: someOf("ledBy", LEADERS, "Say who leads the meetings."),
  /** Where meetings happen. */
  formats: someOf("formats", FORMATS, "Say where meetings happen."),
  /** What the program helps with. */
  focus: someOf("focus", FOCUS, "Say what the program helps with."),
  /** Meetings for family and friends: whether the program has them, and what they are called. */
  familyMeetings: strict({
    /** true when the program (or its sister fellowship) holds meetings for family and friends. */
    available: yesNo("familyMeetings → available", "Say whether there are meetings for family and friends."),
    /** Their name, e.g. "Al-Anon and Alateen" or "SMART Recovery Family & Friends". */
    name: text("familyMeetings → name", { max: 80, hint: "Name the family meetings." }).optional(),
  }).refine((f) => !f.available || f.name !== undefined, {
    error: '"familyMeetings → name" is missing. When family meetings are available, say what they are called.',
    path: ["name"],
  }),
  /** Who the meetings are for. */
  audiences: someOf("audiences", PROGRAM_AUDIENCES, "Say who the meetings are for."),
  /** For audiences that include particular-communities: which ones, in a few words. */
  communities: text("communities", {
    max: 120,
    hint: "Name the communities, e.g. Native American communities.",
  }).optional(),
  /** true when some meetings are open to visitors such as family members. */
  openMeetings: yesNo("openMeetings", "Say whether visitors can attend some meetings."),
  /** What it costs, in a few words, e.g. "Free; donations welcome". */
  cost: text("cost", { max: 80, hint: 'Say what it costs, e.g. "Free; donations welcome".' }),
  /** The program's official home page. Official sites only. */
  website: url("website", "Give the program's official home page."),
  /** The official meeting finder, when it has one. Official sites only, no guessed deep links. */
  meetingFinder: url("meetingFinder", "Give the official meeting finder's address, or leave the field out.").optional(),
  /** Other program guides to suggest, e.g. [programs/al-anon]. */
  related: pageRefs("related"),
  /** Where the facts come from: the program's own pages first. */
  sources: sources("sources"),
  /** The day a reviewer last checked the facts and links. */
  lastReviewed: date("lastReviewed", "Give the day someone last checked the guide's facts and links."),
  /** true keeps the guide out of the built site while it is being written. */
  draft: yesNo("draft", "Say whether this is still a draft.").default(false),
}).refine((p) => !p.audiences.includes("particular-communities") || p.communities !== undefined, {
  error: '"communities" is missing. When audiences include particular-communities, name them in a few words.',
  path: ["communities"],
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
