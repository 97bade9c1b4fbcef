/**
 * Small builders for frontmatter fields whose validation errors read as plain advice.
 *
 * Editors are not developers: a message like "Expected string, received undefined" tells them
 * nothing. Every builder here takes the field's name and returns a zod schema whose errors say
 * what is wrong and how to fix it, e.g. `"description" is missing. Add a one-sentence summary…`.
 * Astro prints these messages next to the file name when a build fails, and the content tests
 * print them the same way (see `formatContentError`).
 */
import { z } from "astro/zod";

type Issue = { code?: string; input?: unknown; minimum?: unknown; maximum?: unknown; values?: unknown };

export const showValue = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
};

/** Builds an error function: `missing` when the field is absent, `wrong` for anything else. */
const errorFor =
  (field: string, missing: string, wrong: string) =>
  (issue: Issue): string =>
    issue.input === undefined
      ? `"${field}" is missing. ${missing}`
      : `"${field}" is ${showValue(issue.input)}, but ${wrong}`;

/**
 * An object that rejects misspelled or unknown fields by name, instead of silently dropping
 * them (the editor would then be told a correctly named field is missing, which misleads).
 */
export const strict = <T extends z.ZodRawShape>(shape: T, whole?: { field: string; example: string }) =>
  z
    .object(shape, {
      error: whole
        ? errorFor(
            whole.field,
            `Write it as ${whole.example}.`,
            `it must be written as ${whole.example} (see the program template).`,
          )
        : undefined,
    })
    .catchall(
      z.undefined({ error: "this is not a known field. Check its spelling against the template in CONTRIBUTING.md." }),
    );

/** Text with a length range, trimmed. */
export const text = (field: string, opts: { min?: number; max?: number; hint: string }) => {
  const { min = 1, max = 10_000, hint } = opts;
  return z
    .string({ error: errorFor(field, hint, `it must be text. ${hint}`) })
    .trim()
    .min(min, {
      error: (iss) =>
        `"${field}" is ${String((iss.input as string)?.length ?? 0)} characters long; it must be at least ${min}. ${hint}`,
    })
    .max(max, {
      error: (iss) =>
        `"${field}" is ${String((iss.input as string)?.length ?? 0)} characters long; it must be at most ${max}. ${hint}`,
    });
};

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns an unquoted date into a Date;
 * a quoted one arrives as text. Both are accepted, anything else is explained.
 */
export const date = (field: string, hint: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({
        error: errorFor(
          field,
          `${hint} Write it as YYYY-MM-DD, for example 2026-01-31.`,
          "it must be a date written as YYYY-MM-DD, for example 2026-01-31.",
        ),
      })
      .regex(/^\d{4}-\d{2}-\d{2}$/, {
        error: `"${field}" must be a date written as YYYY-MM-DD, for example 2026-01-31.`,
      })
      // Date.parse rolls 2026-02-31 over to March; a real date survives the round trip.
      .refine(
        (day) => {
          const date = new Date(`${day}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
        },
        {
          error: `"${field}" is not a real calendar date.`,
        },
      )
      .transform((day) => new Date(`${day}T00:00:00Z`)),
  );

/** One value out of a fixed list; the error lists every allowed value. */
export const oneOf = <const T extends readonly [string, ...string[]]>(field: string, values: T, hint: string) =>
  z.enum(values, {
    error: errorFor(field, `${hint} Use one of: ${values.join(", ")}.`, `it must be one of: ${values.join(", ")}.`),
  });

/** A list of values out of a fixed list, at least `min` of them, no repeats. */
export const someOf = <const T extends readonly [string, ...string[]]>(
  field: string,
  values: T,
  hint: string,
  min = 1,
) =>
  z
    .array(oneOf(field, values, hint), {
      error: errorFor(field, `${hint} Write a list, e.g. [${values[0]}].`, `it must be a list, e.g. [${values[0]}].`),
    })
    .min(min, {
      error: `"${field}" needs at least ${min} value${min === 1 ? "" : "s"}. ${hint} Use any of: ${values.join(", ")}.`,
    })
    .refine((list) => new Set(list).size === list.length, { error: `"${field}" lists the same value twice.` });

/** Yes or no. */
export const yesNo = (field: string, hint: string) =>
  z.boolean({ error: errorFor(field, `${hint} Write true or false.`, "it must be true or false (no quotes).") });

/** A full https:// address. */
export const url = (field: string, hint: string) =>
  z.url({
    protocol: /^https$/,
    error: errorFor(field, hint, `it must be a full web address starting with https://. ${hint}`),
  });

/**
 * A reference to another page of the site, written `resources/<file name>` or
 * `programs/<file name>` (the file name without `.mdx`). The content tests check that the
 * page exists, since a schema only sees one file at a time.
 */
export const pageRef = (field: string) =>
  z
    .string({ error: errorFor(field, "", 'each item must be text like "resources/healthy-communication".') })
    .regex(/^(resources|programs)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: (iss) =>
        `"${field}" has ${showValue(iss.input)}; write another page as resources/<file-name> or programs/<file-name>, in lowercase with dashes, without .mdx.`,
    });

export const pageRefs = (field: string) =>
  z
    .array(pageRef(field), {
      error: `"${field}" must be a list, e.g. [resources/healthy-communication, programs/al-anon].`,
    })
    .default([]);

/** A reputable source: its title and address. */
export const sources = (field: string) =>
  z
    .array(
      z.object({
        /** What the source is called, e.g. "SAMHSA: Recovery and Recovery Support". */
        title: text(`${field} → title`, { max: 200, hint: "Give the name of the page or publication." }),
        /** Its full https:// address; official or reputable sites only. */
        url: url(`${field} → url`, "Link only official or reputable sites you are sure of."),
      }),
      { error: `"${field}" must be a list of { title, url } items.` },
    )
    .min(1, { error: `"${field}" needs at least one source: the reputable page where the facts come from.` });

/**
 * Turns a zod error into plain lines naming the file and the field. Used by the content tests
 * and the `new` script; Astro prints the same messages in its own build error.
 */
export const formatContentError = (file: string, error: z.ZodError): string =>
  error.issues
    .map((issue) => {
      const where = issue.path.length ? issue.path.join(" → ") : "frontmatter";
      return `${file}: ${where}: ${issue.message}`;
    })
    .join("\n");

/*
 * Facts that say how sure they are (issue 8). A program guide's panel states facts a family acts
 * on ("open meetings: yes"). A firm value must rest on a page that states it; when no page does,
 * the honest value is `not-confirmed`, and where each group decides, `varies`.
 */

/** The answers that are not firm: shown as "Varies: ask the group first" / "Not confirmed: ask before you go". */
export const UNSURE = ["varies", "not-confirmed"] as const;
export type Unsure = (typeof UNSURE)[number];
export const isUnsure = (value: unknown): value is Unsure => value === "varies" || value === "not-confirmed";

/** A firm yes/no answer, or one of the unsure ones. */
export const ANSWERS = ["yes", "no", ...UNSURE] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * A home page (nothing after the domain) states almost nothing specific, so it cannot back a firm
 * value: the source must be the page that says it. A query that names a page (a blog's ?p=123)
 * makes it a specific page.
 */
export const isHomePage = (href: string): boolean => {
  try {
    const { pathname, search } = new URL(href);
    return (pathname === "" || pathname === "/") && search === "";
  } catch {
    return false;
  }
};

/** Two addresses are the same page even if one has a trailing slash or a #section. */
export const samePage = (a: string, b: string): boolean => {
  const norm = (href: string) => href.replace(/#.*$/, "").replace(/\/+$/, "").toLowerCase();
  return norm(a) === norm(b);
};

/** The source of one fact: a specific https:// page, never a home page. */
export const factSource = (field: string) =>
  url(`${field} → source`, "Give the page that states this fact (not a home page), and list it in sources.").refine(
    (href) => !isHomePage(href),
    {
      error: (iss) =>
        `"${field} → source" is ${showValue(iss.input)}, a home page. Link the specific page that states the fact (for example its "About" or "Meetings" page), and list it in sources.`,
    },
  );

/** How a firm value reads in an error message: yes → "yes", [online, in-person] → [online, in-person]. */
const showFirm = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(String).join(", ")}]`
    : typeof value === "number"
      ? String(value)
      : showValue(value);

/** The message for a firm value without a source; `field` is e.g. "openMeetings". */
export const firmNeedsSource = (field: string, value: unknown): string =>
  `"${field}" is ${showFirm(value)}, a firm answer, so it needs a source: the page that says so (not a home page). If no page says so, write value: not-confirmed.`;

/**
 * A fact with a certainty: `{ value, source?, note?, …extra }`. `value` is the schema of the value
 * (it must accept "varies" and "not-confirmed" too); a firm value (anything else) needs `source`.
 * `note` is one optional plain sentence shown under the value, e.g. which meetings are open.
 */
export const fact = <V extends z.ZodType, E extends z.ZodRawShape>(
  field: string,
  value: V,
  extra: E,
  example = "value: yes and source: https://… on their own lines below it",
) =>
  strict(
    {
      value,
      source: factSource(field).optional(),
      note: text(`${field} → note`, {
        max: 200,
        hint: "Write one plain sentence a reader can act on, e.g. which meetings are open.",
      }).optional(),
      ...extra,
    },
    { field, example },
  ).superRefine((f, ctx) => {
    const v: unknown = f.value;
    if (!isUnsure(v) && f.source === undefined) {
      ctx.addIssue({ code: "custom", path: ["source"], message: firmNeedsSource(field, v) });
    }
  });

/** A yes/no fact: yes, no, varies or not-confirmed. */
export const answerFact = <E extends z.ZodRawShape>(field: string, hint: string, extra: E) =>
  fact(
    field,
    oneOf(`${field} → value`, ANSWERS, hint),
    extra,
    "value: (yes, no, varies or not-confirmed) on its own line below it, plus source: https://… for yes or no",
  );

/**
 * A fact whose firm value is a list from a fixed set (e.g. formats: [online, in-person]), or
 * "varies" / "not-confirmed".
 */
export const listFact = <const T extends readonly [string, ...string[]]>(field: string, values: T, hint: string) => {
  const firm = someOf(`${field} → value`, values, hint);
  const unsure = oneOf(`${field} → value`, UNSURE, hint);
  return fact(
    field,
    z.union([firm, unsure], {
      error: (iss) =>
        `"${field} → value" is ${showValue(iss.input)}, but it must be a list of ${values.join(", ")} (e.g. [${values[0]}]), or varies, or not-confirmed.`,
    }),
    {},
    `value: [${values.join(", ")}] (or varies, or not-confirmed) on its own line below it, plus source: https://… for a list`,
  );
};

/** A fact whose firm value is free text (e.g. a cost), or "varies" / "not-confirmed". */
export const textFact = (field: string, hint: string) => fact(field, text(`${field} → value`, { max: 80, hint }), {});
