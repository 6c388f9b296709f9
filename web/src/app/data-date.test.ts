import { describe, expect, it } from "vitest";
import { dataAsOf, releaseTitle } from "./data-date.js";

describe("the data's date for a reader", () => {
  it.each([
    ["en", "2026-12-07T11:48:42.092Z", "data as of 7 December 2026"],
    ["ja", "2026-12-07T11:48:42.092Z", "2026年12月7日時点のデータ"],
    ["en", "unknown", "date of the data unknown"],
    ["ja", "unknown", "データの日付不明"],
  ] as const)("in %s from %s: %s", (lang, builtAt, want) => {
    expect(dataAsOf(builtAt, lang)).toBe(want);
    expect(dataAsOf(builtAt, lang)).not.toMatch(/[0-9a-f]{16}/);
  });

  it("keeps the release hash for a title attribute", () => {
    expect(releaseTitle("96babf4848e361c8", "en")).toBe("release 96babf4848e361c8");
    expect(releaseTitle("96babf4848e361c8", "ja")).toBe("リリース 96babf4848e361c8");
  });
});
