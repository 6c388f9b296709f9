import { describe, expect, it } from "vitest";
import { message, nameIn } from "./dict.js";

describe("message", () => {
  it.each([
    ["en", "nav.map", {}, "Map"],
    ["ja", "nav.map", {}, "地図"],
    ["en", "search.none", { q: "xyz" }, "Nothing found for “xyz”"],
    ["ja", "search.none", { q: "竹島" }, "「竹島」に一致するものはありません"],
    ["en", "network.nodes", { n: 3 }, "3 nodes, {m} ties"],
    // Nauru's fact box said "Leaders: none" and "Shared memberships: none" (both are UN members):
    // an empty row says the data holds nothing, not that there is nothing.
    ["en", "entity.none", {}, "none recorded"],
    ["ja", "entity.none", {}, "記録なし"],
    // A person's box lists birth and death with the offices (Shinzo Abe's was headed "Offices").
    ["en", "entity.offices", {}, "Life and offices"],
    ["ja", "entity.offices", {}, "経歴・役職"],
    // A list page's sort field said "Sort (-key descends)".
    ["en", "list.filter.sort", {}, "Sort by"],
    // The Khmer Rouge, the Diet (国会) and the Self-Defense Forces were each labelled 国際機関 (an international
    // organisation) on the Japanese check page and entity pages: the kind holds every organisation.
    ["ja", "entity.kind.organization", {}, "組織"],
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
