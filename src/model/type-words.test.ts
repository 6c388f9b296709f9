import { describe, expect, it } from "vitest";
import { TYPES, typeWords } from "./type-words.js";

describe("an entity's type in words", () => {
  it.each([
    ["trade", "en", "trade agreement"],
    ["trade", "ja", "貿易協定"],
    ["commerce", "ja", "通商"],
    ["peace", "ja", "平和条約"],
    ["other", "ja", null],
    ["some-new-type", "en", "some new type"],
  ] as const)("%s in %s: %s", (type, lang, words) => {
    expect(typeWords(type, lang)).toBe(words);
  });

  // The agreements list's type filter offered 通商 (commerce) and 通商協定 (trade agreement) side by side.
  it("gives no two types words that differ only by a generic 協定 or 条約 in Japanese, or that are the same", () => {
    const ja = Object.entries(TYPES).map(([type, [, words]]) => [type, words] as const);
    const alike = ja.flatMap(([a, wa]) => ja.filter(([b, wb]) => a < b && (wa === wb || ["協定", "条約"].some((s) => wa === wb + s || wb === wa + s))).map(([b]) => `${a} ~ ${b}`));
    expect(alike).toEqual([]);
  });
});
