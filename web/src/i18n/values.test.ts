import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { sentence, sentenceText } from "../entity/sentences.js";
import { ROLE_TABLES } from "./role-table.js";
import { codedValueJa } from "./values.js";

const NUCLEAR = "nuclear weapons status (Bleek; NTI)";

describe("a dataset's coded values in Japanese", () => {
  it.each([
    ["not considering", NUCLEAR, "保有を検討せず"],
    ["considering", NUCLEAR, "保有を検討"],
    ["pursuing", NUCLEAR, "開発を追求"],
    ["possessing", NUCLEAR, "保有"],
    // Only for the attribute whose code list it is; free text is not a code.
    ["possessing", "capital (GGO)", null],
    ["Beijing", NUCLEAR, null],
    ["constructor", NUCLEAR, null],
  ])("writes %j (%s) as %j", (value, role, ja) => {
    expect(codedValueJa(value, role)).toBe(ja);
  });

  it("writes China's nuclear status in the entity page's Japanese sentence, and keeps it English in English", () => {
    const china: EntityRef = { id: "china", kind: "state", name: { en: "China", ja: "中華人民共和国" } };
    const s: StatementView = {
      id: "x", p: "attribute", label: { en: "attribute", ja: "属性" }, subject: china, object: null, value: "possessing", time: "1964/2022",
      start: null, end: null, at: null, via: null, role: NUCLEAR, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [],
    };
    const text = (lang: "en" | "ja") => sentenceText(sentence(s, lang, undefined, ROLE_TABLES), (e) => (lang === "ja" ? e.name.ja! : e.name.en));
    expect(text("ja")).toBe("中華人民共和国の核兵器の保有状況：保有（1964年から2022年まで）");
    expect(text("en")).toBe("China's nuclear weapons status: possessing, from 1964 to 2022");
  });
});
