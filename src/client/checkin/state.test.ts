import { describe, expect, it } from "vitest";
import { checkinWords } from "../../i18n/companion";
import {
  CHECKIN_NOTE_MAX,
  CHECKINS_KEPT,
  calendar,
  checkinView,
  parseCheckins,
  record,
  reply,
  tally,
  tallyLine,
} from "./state";

const en = checkinWords("en");
const es = checkinWords("es");

const at = (h: number, m = 0) => new Date(2026, 2, 10, h, m);

describe("evening check-in", () => {
  it("asks only a device that pledged today, and only from 16:00 on its own clock", () => {
    const pledged = ["2026-03-09", "2026-03-10"];
    expect(checkinView(at(15, 59), pledged, [])).toEqual({ kind: "hidden" });
    expect(checkinView(at(16), pledged, [])).toEqual({ kind: "ask", today: "2026-03-10" });
    expect(checkinView(at(23, 59), pledged, [])).toEqual({ kind: "ask", today: "2026-03-10" });
    expect(checkinView(at(20), ["2026-03-09"], [])).toEqual({ kind: "hidden" });
  });

  it("shows the answer once given, and does not ask again", () => {
    const checkins = [{ date: "2026-03-10", answer: "hard" as const }];
    expect(checkinView(at(21), ["2026-03-10"], checkins)).toEqual({
      kind: "answered",
      today: "2026-03-10",
      checkin: checkins[0],
    });
    // Yesterday's answer does not answer today.
    expect(checkinView(at(21), ["2026-03-10"], [{ date: "2026-03-09", answer: "kept" }]).kind).toBe("ask");
  });

  it("keeps one answer per day, with a trimmed private note, and replaces a changed answer", () => {
    const first = record([], "2026-03-10", "kept", "  a good day  ", en);
    expect(first).toEqual({ ok: true, checkins: [{ date: "2026-03-10", answer: "kept", note: "a good day" }] });
    if (!first.ok) return;
    const changed = record(first.checkins, "2026-03-10", "missed", "", en);
    expect(changed).toEqual({ ok: true, checkins: [{ date: "2026-03-10", answer: "missed" }] });
  });

  it("refuses a note that is too long, saying how long it is", () => {
    const result = record([], "2026-03-10", "kept", "x".repeat(CHECKIN_NOTE_MAX + 1), en);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(`${CHECKIN_NOTE_MAX + 1} characters`);
    const spanish = record([], "2026-03-10", "kept", "x".repeat(CHECKIN_NOTE_MAX + 1), es);
    expect(spanish).toEqual({
      ok: false,
      problem: `Su nota tiene ${CHECKIN_NOTE_MAX + 1} caracteres. Por favor, acórtela a ${CHECKIN_NOTE_MAX} o menos.`,
    });
  });

  it("keeps a bounded history, oldest dropped first", () => {
    let list = parseCheckins([]);
    for (let d = 0; d < CHECKINS_KEPT + 5; d++) {
      const date = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
      const step = record(list, date, "kept", "", en);
      if (step.ok) list = step.checkins;
    }
    expect(list).toHaveLength(CHECKINS_KEPT);
    expect(list[0]?.date).toBe(new Date(Date.UTC(2025, 0, 6)).toISOString().slice(0, 10));
  });

  it("reads only well-formed answers from storage", () => {
    expect(
      parseCheckins([
        { date: "2026-03-10", answer: "kept", note: "ok" },
        { date: "2026-03-09", answer: "maybe" },
        { date: "yesterday", answer: "kept" },
        null,
        "kept",
        { date: "2026-03-08", answer: "missed", note: 5 },
      ]),
    ).toEqual([
      { date: "2026-03-08", answer: "missed" },
      { date: "2026-03-10", answer: "kept", note: "ok" },
    ]);
    expect(parseCheckins({ date: "2026-03-10" })).toEqual([]);
  });

  it("meets a day not kept with warmth, the pledged days intact and help at hand", () => {
    const words = reply("missed", 12, en);
    expect(words.help).toBe(true);
    expect(words.text).toContain("12 days");
    expect(words.text).toContain("Tomorrow is a new pledge");
    expect(`${words.title} ${words.text}`).not.toMatch(/fail|reset|lost|shame/i);
    expect(reply("missed", 1, en).text).toContain("1 day,");
    expect(reply("missed", 1234, en).text).toContain("1,234 days,");
    expect(reply("kept", 3, en).help).toBe(false);
    expect(reply("hard", 3, en).help).toBe(true);
  });

  it("answers in Spanish on the Spanish page, with the same warmth and help", () => {
    const words = reply("missed", 12, es);
    expect(words).toEqual({
      title: "Gracias por su honestidad.",
      text: expect.stringContaining(
        "Ha hecho su promesa en 12 días, y eso sigue siendo suyo. Mañana es una nueva promesa.",
      ),
      help: true,
    });
    expect(`${words.title} ${words.text}`).not.toMatch(/fracas|perdi|verg[üu]enza|culpa/i);
    expect(reply("missed", 1, es).text).toContain("en 1 día,");
    expect(reply("hard", 2, es)).toMatchObject({ title: "Sigue aquí, y eso importa.", help: true });
    expect(reply("kept", 2, es)).toMatchObject({ title: "Muy bien hecho.", help: false });
    expect(tallyLine({ pledged: 3, kept: 2, answered: 3 }, es)).toBe(
      "Días con promesa: 3. Días cumplidos: 2 de 3 con respuesta.",
    );
  });

  it("counts pledged and kept days apart: a day not kept takes no pledged day away", () => {
    const pledged = ["2026-03-08", "2026-03-09", "2026-03-10"];
    const answers = parseCheckins([
      { date: "2026-03-08", answer: "kept" },
      { date: "2026-03-09", answer: "hard" },
      { date: "2026-03-10", answer: "missed" },
    ]);
    expect(tally(pledged, answers)).toEqual({ pledged: 3, kept: 2, answered: 3 });
  });

  it("lays out the last 30 days, oldest first, each described in words", () => {
    const days = calendar("2026-03-10", ["2026-03-09", "2026-03-10"], [{ date: "2026-03-10", answer: "missed" }], en);
    expect(days).toHaveLength(30);
    expect(days[0]?.date).toBe("2026-02-09");
    expect(days.at(-1)).toMatchObject({ date: "2026-03-10", day: 10, weekday: 1, pledged: true, answer: "missed" });
    expect(days.at(-1)?.label).toBe("Tuesday, March 10: pledged, not kept");
    expect(days.at(-2)?.label).toBe("Monday, March 9: pledged");
    expect(days.at(-3)?.label).toBe("Sunday, March 8: no pledge");
    expect(tallyLine(tally(["2026-03-10"], []), en)).toBe("Days pledged: 1. Days kept: 0 of the 0 you checked in on.");
  });

  it("describes each day in Spanish, with the dates in the Spanish way", () => {
    const days = calendar("2026-03-10", ["2026-03-09", "2026-03-10"], [{ date: "2026-03-10", answer: "hard" }], es);
    expect(days.at(-1)?.label).toBe("martes, 10 de marzo: promesa hecha, difícil pero aquí");
    expect(days.at(-2)?.label).toBe("lunes, 9 de marzo: promesa hecha");
    expect(days.at(-3)?.label).toBe("domingo, 8 de marzo: sin promesa");
  });
});
