/**
 * The pledge's browser words (src/i18n/pledge-ui.ts): English repeats the server's own messages
 * exactly, Spanish has a message for every server problem, and the page's words fill in with the
 * page's plural rules.
 */
import { describe, expect, it } from "vitest";
import { PLEDGE_PROBLEMS } from "../../common/pledge/vocabulary";
import { rateLimited, storeUnavailable } from "../../netlify/lib/http";
import { hugWords } from "../../src/client/pledge/feed-machine";
import { streakText } from "../../src/client/pledge/pledge-machine";
import { fill, plural, setWords } from "../../src/client/pledge/words";
import { pledgeUi } from "../../src/i18n/pledge-ui";

describe("the pledge's words", () => {
  it("English repeats the server's messages word for word", () => {
    expect(pledgeUi.en.problems).toEqual(PLEDGE_PROBLEMS);
    expect(pledgeUi.en.codes.rate_limited).toBe(rateLimited(1).message);
    expect(pledgeUi.en.codes.store_unavailable).toBe(storeUnavailable().message);
  });

  it("Spanish shows every server problem in Spanish, found by the server's English message", () => {
    for (const [code, english] of Object.entries(PLEDGE_PROBLEMS)) {
      const spanish = pledgeUi.es.serverText[english];
      expect(spanish, `no Spanish for ${code}`).toBe(pledgeUi.es.problems[code as keyof typeof PLEDGE_PROBLEMS]);
      expect(spanish).not.toBe(english);
    }
  });

  it("fills in numbers and plurals in the page's language", () => {
    setWords(pledgeUi.es);
    expect(hugWords(1)).toBe("1 abrazo");
    expect(hugWords(3)).toBe("3 abrazos");
    expect(plural(pledgeUi.es.people, 1)).toBe("1 persona hizo su promesa hoy.");
    expect(streakText([], "2026-03-10")).toBe("Hoy es un buen día para empezar una nueva racha.");
    expect(fill(pledgeUi.es.donePledged, { kind: pledgeUi.es.kinds["self-care"] })).toBe(
      "Hoy prometió: «Hoy me cuido».",
    );
    setWords(pledgeUi.en);
    expect(hugWords(1)).toBe("1 hug");
    expect(plural(pledgeUi.en.people, 1234)).toBe("1,234 people pledged today.");
  });
});
