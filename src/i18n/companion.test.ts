import { describe, expect, it } from "vitest";
import { PUSH_MESSAGES, REMINDER_LANGS } from "../../common/reminders/push-words";
import { checkinWords, dataBlock, reminderWords } from "./companion";
import { LANGS, localePath } from "./index";

describe("the check-in's and reminder's word sets", () => {
  it("exist for every language, name it, and link back to its own home page", () => {
    for (const lang of LANGS) {
      expect(checkinWords(lang)).toMatchObject({ lang, locale: lang });
      const words = reminderWords(lang);
      expect(words.home).toBe(localePath(lang, "/"));
      // The server sends a subscription from this page the same home page, in the same language.
      expect(REMINDER_LANGS).toContain(lang);
      expect(PUSH_MESSAGES[lang].url).toBe(`${words.home}#pledge`);
      expect(PUSH_MESSAGES[lang].title).toBe(words.summary);
    }
  });

  it("cannot close its data block", () => {
    expect(dataBlock({ text: "</script><script>alert(1)</script>" })).not.toContain("<");
    expect(JSON.parse(dataBlock({ text: "a</b" }))).toEqual({ text: "a</b" });
  });
});
