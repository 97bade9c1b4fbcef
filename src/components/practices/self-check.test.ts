import { describe, expect, it } from "vitest";
import {
  cleanAnswers,
  parseSaved,
  SAFETY_ANSWERS,
  SAFETY_QUESTIONS,
  STATEMENTS,
  safetyHelp,
  summarize,
} from "./self-check";

const ids = STATEMENTS.map((s) => s.id);

describe("the ten statements", () => {
  it("summarise without a score: empty, none, some, many", () => {
    expect(summarize({}, ids).level).toBe("empty");
    expect(summarize({ worry: "never" }, ids).level).toBe("none");
    expect(summarize({ worry: "sometimes" }, ids).level).toBe("some");
    expect(summarize({ worry: "often", sleep: "often", money: "often" }, ids)).toMatchObject({
      level: "many",
      often: ["worry", "sleep", "money"],
      answered: 3,
    });
  });

  it("keep only known statements with known answers", () => {
    expect(cleanAnswers({ worry: "often", "safety-self": "yes", sleep: "always" }, ids)).toEqual({ worry: "often" });
    expect(parseSaved('{"worry":"sometimes","safety-home":"yes"}', ids)).toEqual({ worry: "sometimes" });
    expect(parseSaved("not json", ids)).toEqual({});
  });
});

describe("the safety questions", () => {
  it("ask about fear at home, thoughts of self-harm and danger right now, each with Yes, No and Not sure", () => {
    expect(SAFETY_QUESTIONS.map((q) => q.help).sort()).toEqual(["abuse", "emergency", "lifeline"]);
    expect([...SAFETY_ANSWERS].sort()).toEqual(["no", "not-sure", "yes"]);
    // Their ids never clash with a statement's, so a kept answer can never be a safety answer.
    for (const q of SAFETY_QUESTIONS) expect(ids).not.toContain(q.id);
  });

  it("call for nothing when unanswered or answered No", () => {
    expect(safetyHelp({})).toEqual([]);
    expect(safetyHelp({ "safety-home": "no", "safety-self": "no", "safety-now": "no" })).toEqual([]);
    expect(safetyHelp(null)).toEqual([]);
  });

  it("show the hotline for fear at home, 988 for thoughts of self-harm, 911 for danger now", () => {
    expect(safetyHelp({ "safety-home": "yes" })).toEqual(["abuse"]);
    expect(safetyHelp({ "safety-self": "yes" })).toEqual(["lifeline"]);
    expect(safetyHelp({ "safety-now": "yes" })).toEqual(["emergency"]);
  });

  it("treat Not sure as a reason to show help", () => {
    expect(safetyHelp({ "safety-self": "not-sure" })).toEqual(["lifeline"]);
  });

  it("put the most urgent help first, each once", () => {
    expect(safetyHelp({ "safety-home": "yes", "safety-self": "not-sure", "safety-now": "yes" })).toEqual([
      "emergency",
      "lifeline",
      "abuse",
    ]);
    const twice = [
      { id: "a", help: "lifeline" },
      { id: "b", help: "lifeline" },
    ];
    expect(safetyHelp({ a: "yes", b: "yes" }, twice)).toEqual(["lifeline"]);
  });

  it("ignore unknown answers and unknown kinds of help read from the page", () => {
    expect(safetyHelp({ "safety-home": "maybe" })).toEqual([]);
    expect(safetyHelp({ x: "yes" }, [{ id: "x", help: "police" }])).toEqual([]);
  });
});
