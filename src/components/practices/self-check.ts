/**
 * The self-check's statements and its pure logic (no DOM), shared by `SelfCheck.astro`'s markup
 * and its client script. Nothing here talks to a server: answers live in the page's memory and,
 * only when the reader asks, in this device's localStorage under `SELF_CHECK_KEY`.
 */

/** The localStorage key, used only after the reader presses "Keep my answers on this device". */
export const SELF_CHECK_KEY = "dailypledge:self-check";

/** The three answers, in the order they appear. */
export const ANSWERS = ["never", "sometimes", "often"] as const;
export type Answer = (typeof ANSWERS)[number];

/** Words shown for each answer. */
export const ANSWER_WORDS: Record<Answer, string> = { never: "Never", sometimes: "Sometimes", often: "Often" };

/** One statement: a stable id (used as the form field name and storage key) and its text. */
export interface Statement {
  id: string;
  text: string;
}

/** How a loved one's substance use may touch a family member's life. Plain, first person. */
export const STATEMENTS: readonly Statement[] = [
  { id: "worry", text: "I worry about my loved one's substance use." },
  { id: "sleep", text: "I lose sleep because of what is going on with them." },
  { id: "isolation", text: "I have pulled away from friends, family or things I used to do." },
  { id: "anger", text: "I feel angry or resentful about their use." },
  { id: "covering", text: "I make excuses or cover up for them." },
  { id: "money", text: "Their use causes money stress for me or my family." },
  { id: "health", text: "My own health has suffered, like headaches, tiredness or stomach trouble." },
  { id: "joy", text: "I find less joy in things I used to enjoy." },
  { id: "responsible", text: "I feel responsible for their use or for fixing it." },
  { id: "eggshells", text: "I walk on eggshells at home so I don't upset them." },
];

export type Answers = Partial<Record<string, Answer>>;

/** Which summary fits the answers. */
export type Level = "empty" | "none" | "some" | "many";

/**
 * The gentle summaries, by level. Rendered into the page's markup (not the client script) so
 * the script stays small; it picks one by its level.
 */
export const MESSAGES: Record<Level, string> = {
  empty: "You have not chosen any answers yet. Pick Never, Sometimes or Often for the statements that fit you.",
  none: "You said none of these things happen to you right now. That is good to notice. If that changes, support is there for you too.",
  some: "Some of these things are part of your life right now. That is common for people who love someone who uses alcohol or other drugs. Support can help, even when things feel manageable.",
  many: "Many of these things happen to you often. That is a lot to carry, and it makes sense that you feel worn down. You deserve support of your own, whatever your loved one does next.",
};

/** Shown above every summary. */
export const NOT_A_TEST =
  "This is not a test or a diagnosis. There is no score. It is a way to notice how you are doing.";

/** The summary of a set of answers. Never a score, never a diagnosis. */
export interface Summary {
  answered: number;
  /** Ids answered "often", in statement order. */
  often: string[];
  /** Ids answered "sometimes", in statement order. */
  sometimes: string[];
  level: Level;
}

/** "Often" this many times or more gets the "many" summary. */
export const MANY_OFTEN = 3;

const isAnswer = (value: unknown): value is Answer => ANSWERS.includes(value as Answer);

/**
 * Keeps only the given statement ids with valid answers, whatever was stored or submitted.
 * The ids are passed in (the client reads them from the page) so the statements' wording does
 * not have to ship in the client script.
 */
export const cleanAnswers = (input: unknown, ids: readonly string[]): Answers => {
  const out: Answers = {};
  if (!input || typeof input !== "object") return out;
  for (const id of ids) {
    const value = (input as Record<string, unknown>)[id];
    if (isAnswer(value)) out[id] = value;
  }
  return out;
};

/** Reads answers saved on this device; anything unreadable counts as nothing saved. */
export const parseSaved = (raw: string | null, ids: readonly string[]): Answers => {
  if (!raw) return {};
  try {
    return cleanAnswers(JSON.parse(raw), ids);
  } catch {
    return {};
  }
};

export const summarize = (answers: Answers, ids: readonly string[]): Summary => {
  const clean = cleanAnswers(answers, ids);
  const often = ids.filter((id) => clean[id] === "often");
  const sometimes = ids.filter((id) => clean[id] === "sometimes");
  const answered = ids.filter((id) => clean[id] !== undefined).length;
  const level: Level =
    answered === 0
      ? "empty"
      : often.length >= MANY_OFTEN
        ? "many"
        : often.length + sometimes.length > 0
          ? "some"
          : "none";
  return { answered, often, sometimes, level };
};

/*
 * Safety. Three gentle questions after the ten statements. An answer of "Yes" or "Not sure"
 * shows the help that fits it. These answers are never kept on the device, even when the
 * reader keeps the others: on a shared phone, a saved "yes" could put them in danger.
 */

/** The answers to a safety question, in the order they appear. */
export const SAFETY_ANSWERS = ["no", "not-sure", "yes"] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

/** Words shown for each safety answer. */
export const SAFETY_ANSWER_WORDS: Record<SafetyAnswer, string> = { no: "No", "not-sure": "Not sure", yes: "Yes" };

/** The help a safety answer can call for: 911, the 988 Lifeline, the National Domestic Violence Hotline. */
export const SAFETY_HELP = ["emergency", "lifeline", "abuse"] as const;
export type SafetyHelp = (typeof SAFETY_HELP)[number];

/** A safety question: its form field name, its words, and the help a "Yes" or "Not sure" calls for. */
export interface SafetyQuestion {
  id: string;
  text: string;
  help: SafetyHelp;
}

export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
  {
    id: "safety-home",
    text: "Are you afraid that someone at home might hurt you, or has someone hurt or threatened you?",
    help: "abuse",
  },
  {
    id: "safety-self",
    text: "Have you had thoughts of hurting yourself, or of not wanting to be alive?",
    help: "lifeline",
  },
  { id: "safety-now", text: "Is anyone in danger right now?", help: "emergency" },
];

const isSafetyAnswer = (value: unknown): value is SafetyAnswer => SAFETY_ANSWERS.includes(value as SafetyAnswer);
const isSafetyHelp = (value: unknown): value is SafetyHelp => SAFETY_HELP.includes(value as SafetyHelp);

/**
 * The help to show for the safety answers, most urgent first (911, then 988, then the hotline),
 * each once. `questions` pairs each question's id with its help; the client reads it from the
 * page (`data-safety` and `data-help` on each question), so the wording stays out of its script.
 * Anything unknown is ignored; "No" and no answer call for nothing.
 */
export const safetyHelp = (
  answers: unknown,
  questions: readonly { id: string; help: string }[] = SAFETY_QUESTIONS,
): SafetyHelp[] => {
  if (!answers || typeof answers !== "object") return [];
  const given = answers as Record<string, unknown>;
  const needed = new Set<SafetyHelp>();
  for (const { id, help } of questions) {
    const answer = given[id];
    if (isSafetyHelp(help) && isSafetyAnswer(answer) && answer !== "no") needed.add(help);
  }
  return SAFETY_HELP.filter((help) => needed.has(help));
};
