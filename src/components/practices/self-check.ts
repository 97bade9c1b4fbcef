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

/** The gentle summary shown on "See my results". Never a score, never a diagnosis. */
export interface Summary {
  answered: number;
  often: string[];
  sometimes: string[];
  /** One short paragraph that fits the answers. */
  message: string;
}

const isAnswer = (value: unknown): value is Answer => ANSWERS.includes(value as Answer);

/** Keeps only known statement ids with valid answers, whatever was stored or submitted. */
export const cleanAnswers = (input: unknown): Answers => {
  const out: Answers = {};
  if (!input || typeof input !== "object") return out;
  for (const { id } of STATEMENTS) {
    const value = (input as Record<string, unknown>)[id];
    if (isAnswer(value)) out[id] = value;
  }
  return out;
};

/** Reads answers saved on this device; anything unreadable counts as nothing saved. */
export const parseSaved = (raw: string | null): Answers => {
  if (!raw) return {};
  try {
    return cleanAnswers(JSON.parse(raw));
  } catch {
    return {};
  }
};

export const summarize = (answers: Answers): Summary => {
  const clean = cleanAnswers(answers);
  const ids = STATEMENTS.map((s) => s.id);
  const often = ids.filter((id) => clean[id] === "often");
  const sometimes = ids.filter((id) => clean[id] === "sometimes");
  const answered = ids.filter((id) => clean[id] !== undefined).length;
  let message: string;
  if (answered === 0) {
    message = "You have not chosen any answers yet. Pick Never, Sometimes or Often for the statements that fit you.";
  } else if (often.length >= 3) {
    message =
      "Many of these things happen to you often. That is a lot to carry, and it makes sense that you feel worn down. You deserve support of your own, whatever your loved one does next.";
  } else if (often.length > 0 || sometimes.length > 0) {
    message =
      "Some of these things are part of your life right now. That is common for people who love someone who uses alcohol or other drugs. Support can help, even when things feel manageable.";
  } else {
    message =
      "You said none of these things happen to you right now. That is good to notice. If that changes, support is there for you too.";
  }
  return { answered, often, sometimes, message };
};
