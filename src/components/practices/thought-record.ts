/**
 * The thought record's steps and its pure logic (no DOM), shared by `ThoughtRecord.astro`'s
 * markup and its client script. What the reader writes is kept only in this device's
 * localStorage under `THOUGHT_RECORD_KEY`, and only when they press "Save on this device".
 */

/** The localStorage key. Namespaced so it never clashes with other parts of the site. */
export const THOUGHT_RECORD_KEY = "dailypledge:thought-record";

/** One step of the record: form field name, its label, a prompt that helps, and its kind. */
export interface Step {
  name: string;
  label: string;
  hint: string;
  kind: "text" | "strength";
}

/**
 * Each field's name and kind, in order. Kept apart from the wording in `STEPS` so the client
 * script's bundle carries only what it needs.
 */
export const FIELDS = {
  situation: "text",
  thought: "text",
  feelings: "text",
  strength: "strength",
  evidenceFor: "text",
  evidenceAgainst: "text",
  balanced: "text",
  now: "text",
  strengthNow: "strength",
} as const satisfies Record<string, Step["kind"]>;

/** The steps, in order. A `strength` step is a number from 0 to 100. */
export const STEPS: readonly Step[] = [
  {
    name: "situation",
    label: "The situation",
    hint: "What happened? Where were you, who was there, and when? Stick to the facts.",
    kind: "text",
  },
  {
    name: "thought",
    label: "My automatic thought",
    hint: "What went through your mind? Write the thought just as it came to you.",
    kind: "text",
  },
  {
    name: "feelings",
    label: "My feelings",
    hint: "Name each feeling in a word or two, like scared, sad, angry or ashamed.",
    kind: "text",
  },
  {
    name: "strength",
    label: "How strong were those feelings? (0 to 100)",
    hint: "0 means not at all. 100 means the strongest you have ever felt.",
    kind: "strength",
  },
  {
    name: "evidenceFor",
    label: "Evidence for the thought",
    hint: "What facts support the thought? Facts, not guesses or fears.",
    kind: "text",
  },
  {
    name: "evidenceAgainst",
    label: "Evidence against the thought",
    hint: "What facts do not fit the thought? What would you tell a friend who had it?",
    kind: "text",
  },
  {
    name: "balanced",
    label: "A more balanced thought",
    hint: "Taking all the facts into account, what is a fairer way to see it?",
    kind: "text",
  },
  {
    name: "now",
    label: "How I feel now",
    hint: "Name your feelings again. Have they changed, even a little?",
    kind: "text",
  },
  {
    name: "strengthNow",
    label: "How strong are those feelings now? (0 to 100)",
    hint: "Any change counts. It is fine if the number stays the same.",
    kind: "strength",
  },
];

export type Entry = Record<string, string>;

/** The longest text kept per field, so a stored record stays small. */
const MAX_LENGTH = 5000;

/** A 0 to 100 strength as text, or "" when the value is missing or out of range. */
export const cleanStrength = (value: string): string => {
  const trimmed = value.trim();
  if (trimmed === "") return "";
  const n = Number(trimmed);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? String(Math.round(n)) : "";
};

/** Keeps only known fields with text values, whatever was stored. */
export const cleanEntry = (input: unknown): Entry => {
  const out: Entry = {};
  if (!input || typeof input !== "object") return out;
  for (const [name, kind] of Object.entries(FIELDS)) {
    const value = (input as Record<string, unknown>)[name];
    if (typeof value !== "string") continue;
    out[name] = kind === "strength" ? cleanStrength(value) : value.slice(0, MAX_LENGTH);
  }
  return out;
};

/** Reads a record saved on this device; anything unreadable counts as nothing saved. */
export const parseSaved = (raw: string | null): Entry => {
  if (!raw) return {};
  try {
    return cleanEntry(JSON.parse(raw));
  } catch {
    return {};
  }
};

/** True when the reader has written nothing at all. */
export const isEmpty = (entry: Entry): boolean => Object.values(entry).every((v) => v.trim() === "");
