import { describe, expect, it } from "vitest";
import { message, nameIn } from "./dict.js";

describe("message", () => {
  it.each([
    ["en", "nav.map", {}, "Map"],
    ["ja", "nav.map", {}, "地図"],
    ["en", "search.none", { q: "xyz" }, "Nothing found for “xyz”"],
    ["ja", "search.none", { q: "竹島" }, "「竹島」に一致するものはありません"],
    ["en", "network.nodes", { n: 3 }, "3 nodes, {m} ties"],
  ] as const)("gives %s %s", (lang, key, params, want) => {
    expect(message(lang, key, params)).toBe(want);
  });
});

describe("nameIn", () => {
  it("falls back to English where the Japanese name is unknown", () => {
    expect(nameIn("ja", { en: "Kosovo", ja: null })).toBe("Kosovo");
    expect(nameIn("ja", { en: "Japan", ja: "日本" })).toBe("日本");
    expect(nameIn("en", { en: "Japan", ja: "日本" })).toBe("Japan");
  });
});
