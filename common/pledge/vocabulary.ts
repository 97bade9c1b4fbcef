/**
 * The pledge vocabulary shared by the pledge functions and the browser: kinds, their words,
 * and the limits on what a visitor may type. Kept free of zod so the page's script stays small;
 * the API's zod schemas (common/pledge/schemas.ts) are built from these constants.
 */
export const PLEDGE_KINDS = ["recovery", "support", "self-care"] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/** The words of each pledge, as a visitor reads them. */
export const PLEDGE_WORDS: Record<PledgeKind, string> = {
  recovery: "Today I stay sober",
  support: "Today I support someone I love in recovery",
  "self-care": "Today I take care of myself",
};

/** Longest first name or nickname, in characters. */
export const NAME_MAX = 24;
/** Longest note, in characters. */
export const NOTE_MAX = 140;

/**
 * Problems a visitor can meet when pledging, by code. The pledge function answers with these
 * messages in JSON; for a plain HTML form post it redirects to `/#pledge-error-<code>`, and the
 * home page shows the matching message with CSS `:target`, so it works without JavaScript.
 */
export const PLEDGE_PROBLEMS = {
  kind_missing: "Choose one of the three pledges.",
  name_too_long: `A name can be at most ${NAME_MAX} characters.`,
  note_too_long: `A note can be at most ${NOTE_MAX} characters.`,
  name_contact:
    "Please leave links, e-mail addresses and phone numbers out of your name. The feed is public, and they could identify you.",
  note_contact:
    "Please leave links, e-mail addresses and phone numbers out of your note. The feed is public, and they could identify you.",
  date_out_of_range: "Your device's date is not today anywhere on Earth. Check its date and time, then try again.",
  invalid: "Something in the form was not right. Please check it and try again.",
  rate_limited: "There have been too many tries from your connection. Please wait a few minutes and try again.",
  store_unavailable: "We could not save your pledge just now. Please try again in a minute.",
} as const;
export type PledgeProblem = keyof typeof PLEDGE_PROBLEMS;
