import { describe, expect, it } from "vitest";
import { listCity, listDate, listEnded, listHolds, listMembershipRole, listOrigin, listSeparator, listStanding, listType, partiesThen } from "./list-cells.js";
import { missionTypeOptions, missionTypeWords } from "./mission-types.js";
import { ROLE_TABLES } from "../i18n/role-table.js";

describe("a list page's cells", () => {
  it.each([
    ["en", "1972-09-29", "29 Sep 1972"],
    ["ja", "1972-09-29", "1972年9月29日"],
    ["en", "1975-06", "Jun 1975"],
    ["ja", "1990-05-24/1990-05-26", "1990年5月24日〜1990年5月26日"],
    ["en", null, null],
  ] as const)("write the %s date %s as %s, not as an ISO string", (lang, date, want) => {
    expect(listDate(lang, date)).toBe(want);
  });

  it.each([
    ["en", "1899-07-17", "superseded", "17 Jul 1899 (superseded)"],
    ["ja", "1899-07-17", "superseded", "1899年7月17日（後継条約により失効）"],
    ["ja", "1945-08-15", null, "1945年8月15日"],
    ["en", null, "superseded", null],
  ] as const)("say when (%s) an agreement ended on %s and how (%s): %s", (lang, ended, how, want) => {
    expect(listEnded(lang, ended, how, ROLE_TABLES)).toBe(want);
  });

  it.each([
    ["en", "in-force", "in force"],
    ["ja", "in-force", "有効"],
    ["ja", "unknown", "状況不明"],
    ["ja", "not-yet", "未発効"],
  ] as const)("give the %s standing %s as words: %s", (lang, standing, want) => {
    expect(listStanding(lang, standing)).toBe(want);
  });

  // The engine's reason for "in force" beside an end before the list's date: the end is known only to the year.
  it.each([
    ["en", "in-force", false, "in force (uncertain)"],
    ["ja", "in-force", false, "有効（不確実）"],
    ["en", "in-force", true, "in force"],
    ["en", "unknown", false, "standing unknown"],
  ] as const)("give the %s standing %s (certain: %s) with the engine's doubt: %s", (lang, standing, certain, want) => {
    expect(listStanding(lang, standing, certain)).toBe(want);
  });

  it.each([
    ["ja", "observer", "オブザーバー"],
    ["ja", "member", "加盟国"],
    ["en", "observer", "observer"],
  ] as const)("give the %s membership role %s as %s (an organisation's member, not a summit's)", (lang, role, want) => {
    expect(listMembershipRole(lang, role)).toBe(want);
  });

  it.each([
    ["ja", "yes", "はい"],
    ["ja", "uncertain", "不確実"],
    ["en", "no", "no"],
  ] as const)("give the %s answer %s to 'holds' as %s", (lang, holds, want) => {
    expect(listHolds(lang, holds)).toBe(want);
  });

  it.each([
    ["en", "no", "unknown"],
    ["ja", "no", "不明"],
  ] as const)("give the %s answer %s to 'holds' as %s where the sources leave the day unknown (holdsKnown: false)", (lang, holds, want) => {
    expect(listHolds(lang, holds, false)).toBe(want);
  });

  it.each([
    ["ja", "friendship", "友好"],
    ["ja", "peace", "平和条約"],
    ["en", "arms-control", "arms control"],
    ["en", "other", null],
  ] as const)("give the %s type %s as %s", (lang, type, want) => {
    expect(listType(lang, type)).toBe(want);
  });
});

// The JA agreements list on a phone read "日本; アメリカ合衆国" and an English type placeholder (issue 15).
describe("a Japanese list page in Japanese", () => {
  it.each([
    ["en", "; "],
    ["ja", "、"],
  ] as const)("separates the names of a cell in %s with %j", (lang, want) => {
    expect(listSeparator(lang)).toBe(want);
  });

  it.each([
    ["ja", "Kyiv", true, { text: "キーウ", lang: "ja" }],
    ["ja", "Minato-ku", true, { text: "港区", lang: "ja" }],
    // Before the tables load, or where they lack the place, the data's spelling, marked English.
    ["ja", "Kyiv", false, { text: "Kyiv", lang: "en" }],
    ["ja", "Atlantis City", true, { text: "Atlantis City", lang: "en" }],
    ["en", "Kyiv", true, { text: "Kyiv", lang: "en" }],
    ["ja", null, true, null],
  ] as const)("write a mission's city on a %s page: %s (tables loaded: %s) as %j", (lang, city, loaded, want) => {
    expect(listCity(lang, city, loaded ? ROLE_TABLES : undefined)).toEqual(want);
  });

  it.each([
    ["en", "curated", "curated"],
    ["en", "dataset:embassies", "dataset (embassies)"],
    ["ja", "dataset:embassies", "データセット（embassies）"],
  ] as const)("say on a %s page where a mission row comes from (%s): %s", (lang, origin, want) => {
    expect(listOrigin(lang, origin)).toBe(want);
  });

  it.each([
    ["en", "consulate-general", "consulate-general"],
    ["ja", "consulate-general", "総領事館"],
    ["ja", "embassy", "大使館"],
    ["ja", "trading-post", "商館"],
    ["ja", "no-such-type", "no-such-type"],
  ] as const)("write a mission type on a %s page: %s as %s", (lang, type, want) => {
    expect(missionTypeWords(lang, type)).toBe(want);
  });

  it("offer the missions list's types as a choice in the page's language, values kept as the API's slugs", () => {
    expect(missionTypeOptions("ja").slice(0, 3)).toEqual([{ value: "", label: "すべて" }, { value: "embassy", label: "大使館" }, { value: "consulate-general", label: "総領事館" }]);
    expect(missionTypeOptions("en").every((o) => o.value === "" || /^[a-z-]+$/.test(o.value))).toBe(true);
    expect(missionTypeOptions("ja").some((o) => /^[a-z]/.test(o.label))).toBe(false);
    // An old link's value that is no type is kept as itself, not silently dropped.
    expect(missionTypeOptions("en", "embassies").at(-1)).toEqual({ value: "embassies", label: "embassies" });
  });
});

describe("an agreement's parties under the names of its signing day", () => {
  const ref = (id: string, en: string, ja: string) => ({ id, kind: "state" as const, name: { en, ja } });
  const parties = [ref("japan", "Japan", "日本"), ref("thailand", "Thailand", "タイ")];
  it.each([
    ["a party renamed since (Siam, 1887)", { parties, partyNamesThen: { thailand: { en: "Siam", ja: "シャム" } } }, ["日本", "シャム"], ["Japan", "Siam"]],
    ["no name of then given", { parties }, ["日本", "タイ"], ["Japan", "Thailand"]],
    ["a name of then without Japanese keeps today's Japanese", { parties, partyNamesThen: { thailand: { en: "Siam", ja: null } } }, ["日本", "タイ"], ["Japan", "Siam"]],
  ])("%s", (_, row, ja, en) => {
    const out = partiesThen(row);
    expect(out.map((p) => p.name.ja)).toEqual(ja);
    expect(out.map((p) => p.name.en)).toEqual(en);
    // Each still links to the entity it always was.
    expect(out.map((p) => p.id)).toEqual(["japan", "thailand"]);
  });
});
