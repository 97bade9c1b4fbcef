/**
 * Small text helpers for pages: reading time, slugs and dates. Free of `astro:content` so unit
 * tests can import them directly.
 */

/** Words a person reads in a minute, a common plain-reading estimate. */
const WORDS_PER_MINUTE = 200;

/**
 * Turns an MDX body into the words a reader sees: drops import/export lines, components,
 * HTML tags, link addresses and Markdown punctuation.
 */
export const plainText = (body: string): string =>
  body
    .replace(/^\s*(?:import|export)\s.*$/gm, " ")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|{}-]+/g, " ");

/** Minutes to read a body, rounded up, at least 1. */
export const readingMinutes = (body: string | undefined): number => {
  const words = plainText(body ?? "")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
};

export const readingTimeLabel = (minutes: number): string => `${minutes} min read`;

/** A URL- and id-safe slug: "Higher Power" → "higher-power", "Al-Anon" → "al-anon". */
export const slugify = (value: string): string =>
  value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/**
 * Content dates are calendar days stored as midnight UTC, so they are shown in UTC: the day an
 * editor wrote is the day a reader sees, whatever the reader's or the build machine's zone.
 */
const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export const formatDay = (date: Date): string => dayFormat.format(date);

/** `YYYY-MM-DD`, for `<time datetime>`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
