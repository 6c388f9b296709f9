import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { lineText, timelineLine, type LineToken } from "./line.js";

const ref = (id: string, en: string, ja: string | null, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en, ja } });
const japan = ref("japan", "Japan", "日本");
const china = ref("china", "China", "中華人民共和国");
const zhou = ref("zhou-enlai", "Zhou Enlai", "周恩来", "person");
const sakhalin = ref("sakhalin", "Sakhalin", "サハリン", "place");
const beijing = ref("beijing", "Beijing", "北京", "place");
const communique = ref("japan-china-joint-communique-1972", "Japan–China Joint Communiqué", "日中共同声明", "agreement");
const tanakaVisit = ref("tanaka-visit-china-1972", "Tanaka's visit to China", "田中角栄首相の訪中", "event");
const mutsuhito = ref("mutsuhito-emperor-archigos-jpn-1868", "Mutsuhito (Emperor) (leader of Japan from 1868)", null, "person");

const LABELS: Record<string, [string, string]> = {
  "diplomatic-relations": ["diplomatic relations", "外交関係"],
  attribute: ["attribute", "属性"],
  "holds-office": ["holds office", "在任"],
  signed: ["signed", "署名"],
  participant: ["participant", "参加者"],
  "diplomatic-mission": ["diplomatic mission", "在外公館"],
};

function st(p: StatementView["p"], subject: EntityRef, object: EntityRef | null, over: Partial<StatementView> = {}): StatementView {
  const [en, ja] = LABELS[p] ?? [p, p];
  return {
    id: "x", p, label: { en, ja }, subject, object, value: null, time: null, start: null, end: null, at: null, via: null,
    role: null, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [], ...over,
  };
}

const line = (s: StatementView, lang: Lang) => lineText(timelineLine(s, lang, undefined, ROLE_TABLES), lang, lang === "ja" ? "英語のみ" : "English only");
/** The text of the parts in Latin letters that the page does not mark English-only. */
const unmarkedLatin = (tokens: readonly LineToken[]) =>
  tokens.filter((t) => !("entity" in t) && t.lang !== "en" && /[A-Za-z]/.test(t.text)).map((t) => ("entity" in t ? "" : t.text));

const nuclear = st("attribute", china, null, { value: "possessing", role: "nuclear weapons status (Bleek; NTI)", time: "1964/2022" });
const taken = st("attribute", sakhalin, null, { value: "taken by the Soviet Union at the end of the Second World War", role: "southern part", time: "1945" });
const office = st("holds-office", zhou, china, { role: "foreign-minister", time: "1949-10-01/1958-02-11" });
const leader = st("holds-office", mutsuhito, japan, { role: "effective-leader", time: "1868-01-03/1885-12-22" });
const signedAt = st("signed", communique, null, { at: beijing, time: "1972-09-29" });
const host = st("participant", tanakaVisit, china, { role: "host", time: "1972-09" });
const relations = st("diplomatic-relations", china, japan, { time: "1972-09-29/.." });
const mission = st("diplomatic-mission", japan, china, { role: "consulate general, Shinan District", time: "1985/.." });
const mixed = st("attribute", tanakaVisit, null, { value: "official working visit (公式実務訪問賓客)", role: "reception category", time: "2018-03" });
const signature = st("attribute", tanakaVisit, null, { value: "29 September 1972, by Tanaka and Premier Zhou Enlai", role: "communique signed", time: "1972-09-29" });
// Attributes from data/ that the line once wrote 「Xの<role>：<value>」 or "X attribute <value> (<role>)".
const att = ref("arms-trade-treaty", "Arms Trade Treaty", "武器貿易条約", "agreement");
const sfTreaty = ref("treaty-of-san-francisco", "Treaty of Peace with Japan", "日本国との平和条約", "agreement");
const akihitoChina = ref("emperor-akihito-visit-to-china-1992", "Emperor Akihito's visit to China (1992)", "天皇明仁の中国訪問（1992年）", "event");
const tokyo = ref("tokyo", "Tokyo", "東京", "place");
const jtea = ref("japan-taiwan-exchange-association", "Japan–Taiwan Exchange Association", "日本台湾交流協会", "organization");
const aseanSummit = ref("first-asean-japan-summit-1977", "First ASEAN–Japan Summit", "第1回日・ASEAN首脳会議", "event");
const kualaLumpur = ref("kuala-lumpur", "Kuala Lumpur", "クアラルンプール", "place");
const senkaku = ref("senkaku-islands-dispute", "Senkaku Islands dispute", "尖閣諸島問題", "dispute");
const adopted = st("attribute", att, null, { value: "2013-04", role: "adopted by the UN General Assembly", time: "2013-04" });
const ccm = ref("convention-on-cluster-munitions", "Convention on Cluster Munitions", "クラスター弾に関する条約", "agreement");
const concludedCcm = st("attribute", ccm, null, { value: "2009-07-14", role: "Japan concludes the convention", time: "2009-07-14" });
const concluded = st("attribute", att, null, { value: "2014-05-09", role: "Japan concludes the treaty", time: "2014-05-09" });
const refused = st("attribute", sfTreaty, null, { value: "Soviet Union, Poland, Czechoslovakia", value_ja: "ソ連、ポーランド、チェコスロバキア", role: "refused to sign" });
const firstVisit = st("attribute", akihitoChina, null, { value: "yes", role: "first visit to China by a Japanese emperor" });
const capital = st("attribute", tokyo, null, { value: "Tokyo", role: "capital of Japan", time: "1869-04-05/.." });
const named = st("attribute", jtea, null, { value: "Japan–Taiwan Exchange Association", value_ja: "日本台湾交流協会", role: "name", time: "2017-01/.." });
const venue = st("attribute", aseanSummit, null, { value: "Kuala Lumpur", value_ja: "クアラルンプール", role: "venue", at: kualaLumpur });
const position = st("attribute", senkaku, null, { value: "no issue of territorial sovereignty exists", value_ja: "領有権の問題はそもそも存在しない", role: "Japan's position" });

describe("the timeline's line of a statement", () => {
  it.each([
    ["a coded value and its role", nuclear, "China's nuclear weapons status: possessing", "中華人民共和国の核兵器の保有状況：保有"],
    ["an English value with a role", taken, "Sakhalin's southern part: taken by the Soviet Union at the end of the Second World War", "サハリンの南部：taken by the Soviet Union at the end of the Second World War［英語のみ］"],
    ["an office", office, "Zhou Enlai holds office China (Foreign Minister)", "周恩来 在任 中華人民共和国（外務大臣）"],
    ["a leader the data names in English only", leader, "Mutsuhito (Emperor) (leader of Japan from 1868) holds office Japan (effective leader)", "Mutsuhito（天皇、1868年から日本の指導者）［英語のみ］ 在任 日本（実質的指導者）"],
    ["a signature and its place", signedAt, "Japan–China Joint Communiqué signed in Beijing", "日中共同声明 署名（場所：北京）"],
    ["a visit's host", host, "Tanaka's visit to China participant China (host)", "田中角栄首相の訪中 参加者 中華人民共和国（受入国）"],
    ["a relation between two states", relations, "China diplomatic relations Japan", "中華人民共和国 外交関係 日本"],
    ["a mission and its city, named in Japanese by the role tables", mission, "Japan diplomatic mission China (consulate general in Shinan District)", "日本 在外公館 中華人民共和国（総領事館（市南区））"],
    ["an English value the data also gives in Japanese (value_ja)", { ...taken, value_ja: "第二次世界大戦末期にソ連が奪取" }, "Sakhalin's southern part: taken by the Soviet Union at the end of the Second World War", "サハリンの南部：第二次世界大戦末期にソ連が奪取"],
    ["a value in both languages", mixed, "Tanaka's visit to China — reception category: official working visit (公式実務訪問賓客)", "reception category［英語のみ］（田中角栄首相の訪中）：official working visit［英語のみ］ (公式実務訪問賓客)"],
    ["free English prose as the value", signature, "Tanaka's visit to China — communique signed: 29 September 1972, by Tanaka and Premier Zhou Enlai", "田中角栄首相の訪中の共同声明の署名：29 September 1972, by Tanaka and Premier Zhou Enlai［英語のみ］"],
    ["a passive whose value is its date", adopted, "The Arms Trade Treaty was adopted by the UN General Assembly in April 2013", "武器貿易条約は2013年4月に国連総会で採択された"],
    ["a clause whose value is its date", concluded, "The Arms Trade Treaty: Japan concluded the treaty on 9 May 2014", "武器貿易条約の日本の締結：2014年5月9日"],
    ["a clause whose value is its date, a clause in Japanese too", concludedCcm, "The Convention on Cluster Munitions: Japan concluded the convention on 14 July 2009", "2009年7月14日、日本が条約を締結した（クラスター弾に関する条約）"],
    ["a role that is no noun the subject owns", refused, "The Treaty of Peace with Japan — refused to sign: Soviet Union, Poland, Czechoslovakia", "日本国との平和条約の署名拒否：ソ連、ポーランド、チェコスロバキア"],
    ["a 'yes' that makes the subject the first of its kind", firstVisit, "Emperor Akihito's visit to China (1992) was the first visit to China by a Japanese emperor", "天皇明仁の中国訪問（1992年）は天皇として初の中国訪問だった"],
    ["a role that holds the subject's name", capital, "Tokyo has been the capital of Japan", "東京は日本の首都である"],
    ["a name that is the subject's own", named, "The Japan–Taiwan Exchange Association's name: Japan–Taiwan Exchange Association", "日本台湾交流協会の名称：日本台湾交流協会"],
    ["a value that is the place named after it", venue, "The First ASEAN–Japan Summit's venue: Kuala Lumpur", "第1回日・ASEAN首脳会議の開催地：クアラルンプール"],
    ["an attribute of a dispute", position, "Japan's position in the Senkaku Islands dispute: no issue of territorial sovereignty exists", "尖閣諸島問題における日本の立場：領有権の問題はそもそも存在しない"],
  ])("writes %s in English and in Japanese", (_, s, en, ja) => {
    expect(line(s, "en")).toBe(en);
    expect(line(s, "ja")).toBe(ja);
  });

  it.each([nuclear, taken, office, leader, signedAt, host, relations, mission, mixed, signature, adopted, concluded, concludedCcm, refused, firstVisit, capital, named, venue, position])("leaves no unmarked Latin text in a Japanese line: %#", (s) => {
    expect(unmarkedLatin(timelineLine(s, "ja", undefined, ROLE_TABLES))).toEqual([]);
  });

  it("keeps a role no table gives in English, whole and marked, with Japanese brackets", () => {
    const tokens = timelineLine(st("participant", tanakaVisit, china, { role: "inspected a unit no table has words for" }), "ja", undefined, ROLE_TABLES);
    expect(tokens).toContainEqual({ text: "inspected a unit no table has words for", lang: "en", part: "role" });
    expect(lineText(tokens, "ja", "英語のみ")).toBe("田中角栄首相の訪中 参加者 中華人民共和国（inspected a unit no table has words for［英語のみ］）");
  });

  it("heads an attribute whose role has no Japanese yet with its English words, not 「Xのrole」", () => {
    // Before the role tables load, "southern part" has no Japanese: no の before English words (as entity pages say it).
    expect(lineText(timelineLine(taken, "ja"), "ja", "英語のみ")).toBe("southern part［英語のみ］（サハリン）：taken by the Soviet Union at the end of the Second World War［英語のみ］");
  });

  it("marks an attribute's value and role as the rest of the list does, and keeps no date that is beside the line", () => {
    const tokens = timelineLine(nuclear, "en", undefined, ROLE_TABLES);
    expect(tokens).toContainEqual({ text: "possessing", part: "value" });
    expect(tokens).toContainEqual({ text: "nuclear weapons status", lang: "en", part: "role" });
    expect(line(nuclear, "en")).not.toMatch(/1964|2022/);
    expect(line(capital, "ja")).not.toMatch(/1869/);
  });
});

describe("a timeline line names its states as they were named then", () => {
  it("writes 中華民国, not 台湾, for the China seat on the Security Council from 1945 (the id stays Taiwan's)", () => {
    const taiwan = ref("taiwan", "Taiwan", "台湾");
    const unsc = ref("un-security-council", "UN Security Council", "国連安全保障理事会", "organization");
    const seat = st("member-of", taiwan, unsc, { time: "1945-10-24/1971-10-25", label: { en: "member of", ja: "加盟" }, subjectThen: { en: "Republic of China", ja: "中華民国" } });
    expect(line(seat, "ja")).toBe("中華民国 加盟 国連安全保障理事会");
    expect(line(seat, "en")).toBe("Republic of China member of UN Security Council");
    expect(timelineLine(seat, "ja")[0]).toEqual({ entity: { ...taiwan, name: { en: "Republic of China", ja: "中華民国" } } });
  });
});
