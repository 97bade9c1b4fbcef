/**
 * One site configuration, used by every page, the feeds, the sitemap and the pledge functions.
 * Values that differ per deployment come from environment variables (documented in README.md).
 */
const env = (name: string): string | undefined => {
  const value = typeof process === "object" ? process.env[name] : undefined;
  return value && value.trim() !== "" ? value.trim() : undefined;
};

export const siteConfig = {
  /** The site's name, shown in the header, titles and feeds. */
  name: "The Daily Pledge",
  /** A one-sentence description for search engines and link previews. */
  description:
    "Plain, warm help for families and people in recovery from addiction: a reading library, a guide to mutual support programs, and an anonymous daily pledge.",
  /** The public address of the site, without a trailing slash. `SITE_URL` overrides it. */
  url: env("SITE_URL") ?? "https://thedailypledge.netlify.app",
  /**
   * The IANA time zone that decides when the community's "today" starts and ends.
   * `SITE_TIME_ZONE` overrides it.
   */
  timeZone: env("SITE_TIME_ZONE") ?? "America/Chicago",
  /** Language of every page. */
  lang: "en",
} as const;

/** Where to get help right now. Shown on every page; the pledge service returns it too. */
export const crisisResources = [
  {
    name: "988 Suicide & Crisis Lifeline",
    action: "Call or text 988",
    href: "tel:988",
    detail: "Free, confidential, 24 hours a day, in the United States.",
    website: "https://988lifeline.org",
  },
  {
    name: "SAMHSA's National Helpline",
    action: "Call 1-800-662-4357",
    href: "tel:+18006624357",
    detail:
      "Free, confidential treatment referral and information, in English and Spanish, 24 hours a day, every day of the year.",
    website: "https://www.samhsa.gov/find-help/national-helpline",
  },
] as const;
