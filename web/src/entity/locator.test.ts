import { describe, expect, it } from "vitest";
import { formatLocator, splitLocators } from "./locator.js";

describe("locators the checker and the previews showed as the data wrote them", () => {
  it.each([
    ["paras 1–2", "en", "¶1–2"],
    ["paras 1-3", "ja", "¶1-3"],
    ["paragraphs 4–5", "en", "¶4–5"],
    ["header", "ja", "冒頭部"],
    ["table", "ja", "表"],
    ["table", "en", "table"],
    ["lead: PRC as sole government of China", "ja", "冒頭: PRC as sole government of China"],
    ["text (first shot at Port Arthur, night of 8 February 1904)", "en", "first shot at Port Arthur, night of 8 February 1904"],
  ] as const)("writes %s (%s) as %s", (raw, lang, want) => {
    expect(formatLocator(raw, lang).short).toBe(want);
  });
});

describe("a locator string that names several places", () => {
  it.each([
    ["lead; infobox", ["lead", "infobox"]],
    ["¶1; ¶3–4; ¶6", ["¶1", "¶3–4", "¶6"]],
    ["text (outbreak July 1894; section 2: declaration of war)", ["text (outbreak July 1894; section 2: declaration of war)"]],
    ["", []],
  ])("splits %j into %j", (raw, want) => {
    expect(splitLocators(raw)).toEqual(want);
  });
});
