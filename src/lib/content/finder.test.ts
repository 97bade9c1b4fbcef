import { describe, expect, it } from "vitest";
import { maybeSentence } from "../../i18n/finder";
import { type FinderData, matchProgram, NO_CHOICE } from "./finder";

const program = (over: Partial<FinderData>): FinderData => ({
  approaches: ["twelve-step"],
  stance: "spiritual",
  formats: ["online", "in-person"],
  family: "no",
  open: "yes",
  audiences: ["everyone"],
  ...over,
});

describe("matchProgram: only firm answers match", () => {
  it("a firm yes matches, varies and not-confirmed are maybes, no is out", () => {
    const choice = { ...NO_CHOICE, family: true };
    expect(matchProgram(program({ family: "yes" }), choice)).toBe("yes");
    expect(matchProgram(program({ family: "varies" }), choice)).toBe("maybe");
    expect(matchProgram(program({ family: "not-confirmed" }), choice)).toBe("maybe");
    expect(matchProgram(program({ family: "no" }), choice)).toBe("no");
  });

  it("a program in several approaches matches each of them", () => {
    const both = program({ approaches: ["twelve-step", "faith-based"] });
    expect(matchProgram(both, { ...NO_CHOICE, approach: "twelve-step" })).toBe("yes");
    expect(matchProgram(both, { ...NO_CHOICE, approach: "faith-based" })).toBe("yes");
    expect(matchProgram(both, { ...NO_CHOICE, approach: "skills-based" })).toBe("no");
  });

  it("an unconfirmed stance or format is a maybe, a different one is out", () => {
    expect(matchProgram(program({ stance: "not-confirmed" }), { ...NO_CHOICE, stance: "secular" })).toBe("maybe");
    expect(matchProgram(program({ stance: "religious" }), { ...NO_CHOICE, stance: "secular" })).toBe("no");
    expect(matchProgram(program({ formats: ["varies"] }), { ...NO_CHOICE, format: "online" })).toBe("maybe");
    expect(matchProgram(program({ formats: ["in-person"] }), { ...NO_CHOICE, format: "online" })).toBe("no");
  });

  it("any firm no rules a program out, even if another choice is a maybe", () => {
    const choice = { ...NO_CHOICE, family: true, open: true };
    expect(matchProgram(program({ family: "varies", open: "no" }), choice)).toBe("no");
    expect(matchProgram(program({ family: "varies", open: "yes" }), choice)).toBe("maybe");
  });
});

describe("maybeSentence", () => {
  it("says how many were left out and why, and what to do", () => {
    expect(maybeSentence("en", { ...NO_CHOICE, family: true }, 3)).toBe(
      "3 more programs may have meetings for family and friends: it varies by group or is not confirmed, so ask the group first.",
    );
    expect(maybeSentence("en", { ...NO_CHOICE, open: true, format: "online" }, 1)).toBe(
      "1 more program may fit these choices: it varies by group or is not confirmed, so ask the group first.",
    );
  });

  it("says the same in Spanish, agreeing with the count", () => {
    expect(maybeSentence("es", { ...NO_CHOICE, family: true }, 3)).toBe(
      "3 programas más podrían tener reuniones para familias y amigos: varía según el grupo o no está confirmado, así que pregunte al grupo primero.",
    );
    expect(maybeSentence("es", { ...NO_CHOICE, stance: "secular" }, 1)).toBe(
      "1 programa más podría tener un enfoque laico (su postura sobre la fe no está confirmada): varía según el grupo o no está confirmado, así que pregunte al grupo primero.",
    );
    expect(maybeSentence("es", { ...NO_CHOICE, open: true, format: "online" }, 2)).toBe(
      "2 programas más podrían encajar con estas opciones: varía según el grupo o no está confirmado, así que pregunte al grupo primero.",
    );
  });
});
