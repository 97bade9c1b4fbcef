/**
 * How the program finder decides what matches, shared by the static filter pages (no JavaScript)
 * and the instant filters (src/client/program-finder.ts), so both give the same answer. The words
 * that say so, in each language, are src/i18n/finder.ts.
 *
 * A filter treats certainty honestly: "has family meetings" lists only programs whose answer is a
 * firm yes. Those whose answer varies by group or is not confirmed are a "maybe": left out of the
 * matches, counted, and shown on request with the reason. This module is sent to the browser, so it
 * imports only types (no zod).
 */
import type { Program } from "./schema";

/** What the finder needs to know about one program; the card carries it as JSON in data-finder. */
export interface FinderData {
  approaches: string[];
  stance: string;
  /** Where meetings happen, or ["varies"] / ["not-confirmed"]. */
  formats: string[];
  family: string;
  open: string;
  audiences: string[];
}

/** The finder's choices; an empty string or false means "any". */
export interface Choice {
  approach: string;
  stance: string;
  format: string;
  audience: string;
  family: boolean;
  open: boolean;
}

export const NO_CHOICE: Choice = { approach: "", stance: "", format: "", audience: "", family: false, open: false };

export type Match = "yes" | "maybe" | "no";

const unsure = (value: string): boolean => value === "varies" || value === "not-confirmed";

export const finderData = (p: Program): FinderData => ({
  approaches: [...p.approaches],
  stance: p.faith.stance,
  formats: typeof p.formats.value === "string" ? [p.formats.value] : [...p.formats.value],
  family: p.familyMeetings.value,
  open: p.openMeetings.value,
  audiences: [...p.audiences],
});

/** One yes/no fact against a ticked box: a firm yes matches, an unsure answer is a maybe. */
const answer = (value: string): Match => (value === "yes" ? "yes" : unsure(value) ? "maybe" : "no");

/** How each active choice matches; choices left at "any" are not listed. */
const perChoice = (d: FinderData, c: Choice): [keyof Choice, Match][] => {
  const out: [keyof Choice, Match][] = [];
  if (c.approach) out.push(["approach", d.approaches.includes(c.approach) ? "yes" : "no"]);
  if (c.stance) out.push(["stance", d.stance === c.stance ? "yes" : d.stance === "not-confirmed" ? "maybe" : "no"]);
  if (c.format) {
    const f = d.formats[0] ?? "";
    out.push(["format", d.formats.includes(c.format) ? "yes" : unsure(f) ? "maybe" : "no"]);
  }
  if (c.audience) out.push(["audience", d.audiences.includes(c.audience) ? "yes" : "no"]);
  if (c.family) out.push(["family", answer(d.family)]);
  if (c.open) out.push(["open", answer(d.open)]);
  return out;
};

/** A program matches when every choice is a firm yes; any "no" rules it out; otherwise it is a maybe. */
export const matchProgram = (d: FinderData, c: Choice): Match => {
  const results = perChoice(d, c).map(([, m]) => m);
  if (results.includes("no")) return "no";
  return results.includes("maybe") ? "maybe" : "yes";
};
