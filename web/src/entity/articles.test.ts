import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { takesThe } from "./articles.js";
import { sentence, sentenceText } from "./sentences.js";

const ref = (kind: EntityRef["kind"], en: string, ja = en): EntityRef => ({ id: en.toLowerCase().replace(/\W+/g, "-"), kind, name: { en, ja } });

describe("which names English writes with 'the'", () => {
  it.each([
    ["agreement", "Treaty of Peace with Japan", true],
    ["agreement", "Japan–China Trade Agreement (1974)", true],
    ["agreement", "CITES", false],
    ["state", "United Kingdom", true],
    ["state", "United States", true],
    ["state", "Netherlands", true],
    ["state", "Russian Empire", true],
    ["state", "Ottoman Empire", true],
    ["state", "China", false],
    ["state", "Qing China", false],
    ["state", "South Korea", false],
    ["organization", "United Nations", true],
    ["organization", "World Bank", true],
    ["organization", "APEC", false],
    ["organization", "ASEAN Plus Three", false],
    ["place", "Senkaku Islands", true],
    ["place", "East China Sea", true],
    ["place", "Sea of Japan", true],
    ["place", "Northern Territories", true],
    ["place", "Dejima", false],
    ["dispute", "Kuril Islands dispute", true],
    ["event", "Korean War", true],
    ["event", "Abe's visit to China (2006)", false],
    ["event", "Foreign Minister Kōno's visit to China (August 2000)", false],
    ["policy", "Fukuda Doctrine", true],
    ["policy", "Article 9", false],
    ["policy", "Sakoku", false],
    ["person", "Shinzo Abe", false],
  ] as const)("%s %s → %s", (kind, name, want) => {
    expect(takesThe(ref(kind, name))).toBe(want);
  });
});

function st(p: StatementView["p"], subject: EntityRef, object: EntityRef | null, time: string | null): StatementView {
  return { id: "x", p, label: { en: p, ja: p }, subject, object, value: null, time, start: null, end: null, at: null, via: null, role: null, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [] };
}
const text = (s: StatementView, lang: "en" | "ja") => sentenceText(sentence(s, lang, undefined, ROLE_TABLES), (e) => e.name[lang] ?? e.name.en);
const japan = ref("state", "Japan", "日本");

// What the screenshots of Japan's, China's and the San Francisco treaty's pages read (issue 15).
describe("sentences with the article English needs", () => {
  it.each([
    [st("party-to", japan, ref("agreement", "Treaty of Peace with Japan", "日本国との平和条約"), "1952-04-28/.."), "Japan has been a party to the Treaty of Peace with Japan since 28 April 1952", "日本は1952年4月28日から日本国との平和条約の締約国である"],
    [st("alliance", japan, ref("state", "United Kingdom", "英国"), "1902-01-31/1923"), "Japan and the United Kingdom were allies from 31 January 1902 to 1923", "日本と英国は1902年1月31日から1923年まで同盟関係にあった"],
    [st("diplomatic-relations", ref("state", "United States", "アメリカ合衆国"), japan, "1952-04-28/.."), "The United States and Japan established diplomatic relations on 28 April 1952", "アメリカ合衆国と日本は1952年4月28日に外交関係を樹立した"],
    [st("claims", ref("state", "China", "中国"), ref("place", "Senkaku Islands", "尖閣諸島"), "1971/.."), "China has claimed the Senkaku Islands since 1971", "中国は1971年から尖閣諸島の領有権を主張している"],
    [st("claims", ref("state", "India", "インド"), ref("dispute", "Kashmir dispute", "カシミール問題"), null), "India has been a party to the Kashmir dispute", "インドはカシミール問題の当事国である"],
  ])("writes %# in English and Japanese", (s, en, ja) => {
    expect(text(s, "en")).toBe(en);
    expect(text(s, "ja")).toBe(ja);
  });
});
