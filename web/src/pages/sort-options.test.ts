import { describe, expect, it } from "vitest";
import { message, type MessageKey } from "../i18n/dict.js";
import { LIST_KINDS } from "./list-query.js";
import { sortOptions, sortValue } from "./sort-options.js";

const t = (lang: "en" | "ja") => (key: MessageKey) => message(lang, key);

describe("sortOptions", () => {
  it("gives the agreements' default order first, then each key both ways, in words", () => {
    expect(sortOptions("agreements", "en", t("en")).slice(0, 4)).toEqual([
      { value: "", label: "Signed, earliest first" },
      { value: "-signed", label: "Signed, latest first" },
      { value: "in-force", label: "In force, earliest first" },
      { value: "-in-force", label: "In force, latest first" },
    ]);
  });

  it("says in Japanese that names sort by their English spelling", () => {
    expect(sortOptions("disputes", "ja", t("ja"))[0]).toEqual({ value: "", label: "紛争（英語表記のA→Z順）" });
    expect(sortOptions("events", "ja", t("ja"))[1]).toEqual({ value: "-date", label: "日付（新しい順）" });
  });

  it.each(LIST_KINDS)("offers every %s order once, with no key shown bare in Japanese", (kind) => {
    const options = sortOptions(kind, "ja", t("ja"));
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(options.filter((o) => /^[a-z-]+$/.test(o.label))).toEqual([]);
  });

  it("keeps a value from an old link that is no option, and reads the default key written out as the default", () => {
    expect(sortOptions("events", "en", t("en"), "banana").at(-1)).toEqual({ value: "banana", label: "banana" });
    expect(sortOptions("events", "en", t("en"), "date").some((o) => o.value === "date")).toBe(false);
    expect(sortValue("events", "date")).toBe("");
    expect(sortValue("events", "-date")).toBe("-date");
  });
});
