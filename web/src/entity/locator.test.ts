import { describe, expect, it } from "vitest";
import { formatLocator } from "./locator.js";

describe("locators the checker and the previews showed as the data wrote them", () => {
  it.each([
    ["paras 1–2", "en", "¶1–2"],
    ["paras 1-3", "ja", "¶1-3"],
    ["paragraphs 4–5", "en", "¶4–5"],
    ["header", "ja", "冒頭部"],
    ["table", "ja", "表"],
    ["table", "en", "table"],
    ["text (first shot at Port Arthur, night of 8 February 1904)", "en", "first shot at Port Arthur, night of 8 February 1904"],
  ] as const)("writes %s (%s) as %s", (raw, lang, want) => {
    expect(formatLocator(raw, lang).short).toBe(want);
  });
});
