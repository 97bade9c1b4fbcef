import { describe, expect, it } from "vitest";
import { englishPath, langOf, localePath, normalPath, pathIn } from "./index";

describe("language paths", () => {
  it("reads the language from the address", () => {
    expect(langOf("/es/")).toBe("es");
    expect(langOf("/es")).toBe("es");
    expect(langOf("/es/resources/healthy-communication/")).toBe("es");
    expect(langOf("/")).toBe("en");
    // A page whose own name starts with "es" is English.
    expect(langOf("/essays/")).toBe("en");
  });

  it("finds the same page in the other language by adding or removing /es", () => {
    expect(localePath("es", "/about/")).toBe("/es/about/");
    expect(localePath("en", "/about/")).toBe("/about/");
    expect(englishPath("/es/")).toBe("/");
    expect(englishPath("/es/get-help/")).toBe("/get-help/");
    expect(englishPath("/essays/")).toBe("/essays/");
    expect(pathIn("es", "/")).toBe("/es/");
    expect(pathIn("en", "/es/programs/al-anon/")).toBe("/programs/al-anon/");
  });

  it("compares dev and build addresses alike", () => {
    expect(normalPath("/about")).toBe("/about/");
    expect(normalPath("/about/index.html")).toBe("/about/");
    expect(normalPath("/es/")).toBe("/es/");
  });
});
