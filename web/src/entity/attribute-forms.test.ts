import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { englishKind, headNoun, japaneseKind, pastClause } from "./attribute-forms.js";
import { sentence, sentenceText } from "./sentences.js";

// Attribute statements of data/ (their roles, values and subjects as the data has them), each as its
// page wrote it before and as it writes it now: "The Korean Armistice Agreement's refused to sign: …",
// "武器貿易条約の国連総会で採択：2013年4月", "Japan's year Japan joined …", "日本の日本が…".
const ref = (id: string, kind: EntityRef["kind"], en: string, ja: string): EntityRef => ({ id, kind, name: { en, ja } });
const armistice = ref("korean-armistice-agreement", "agreement", "Korean Armistice Agreement", "朝鮮戦争休戦協定");
const att = ref("arms-trade-treaty", "agreement", "Arms Trade Treaty", "武器貿易条約");
const tpp = ref("trans-pacific-partnership", "agreement", "Trans-Pacific Partnership Agreement", "環太平洋パートナーシップ協定");
const ccm = ref("convention-on-cluster-munitions", "agreement", "Convention on Cluster Munitions", "クラスター弾に関する条約");
const bridge = ref("marco-polo-bridge", "place", "Marco Polo Bridge", "盧溝橋");
const tokyo = ref("tokyo", "place", "Tokyo", "東京");
const japan = ref("japan", "state", "Japan", "日本");
const chinaVisit = ref("abe-visit-to-china-2006", "event", "Abe's visit to China (2006)", "安倍首相の訪中（2006年）");
const tanegashima = ref("portuguese-arrival-at-tanegashima-1543", "event", "Portuguese arrival at Tanegashima", "ポルトガル人の種子島漂着");
const pyongyang = ref("japan-dprk-pyongyang-declaration", "agreement", "Japan–DPRK Pyongyang Declaration", "日朝平壌宣言");
const pearl = ref("attack-on-pearl-harbor", "event", "Attack on Pearl Harbor", "真珠湾攻撃");
const stockholm = ref("japan-dprk-stockholm-agreement-2014", "agreement", "Japan–DPRK Agreement in Stockholm (2014)", "日朝ストックホルム合意");
const china = ref("china", "state", "China", "中国");

function attr(subject: EntityRef, role: string, value: string | null, over: Partial<StatementView> = {}): StatementView {
  return {
    id: "x", p: "attribute", label: { en: "attribute", ja: "属性" }, subject, object: null, value, time: null, start: null, end: null, at: null, via: null,
    role, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [], ...over,
  } as StatementView;
}
const say = (s: StatementView, lang: "en" | "ja", self?: string) => sentenceText(sentence(s, lang, undefined, ROLE_TABLES, self), (e) => e.name[lang] ?? e.name.en);

describe("an attribute said as a sentence on its subject's page", () => {
  it.each([
    // a clause: a line headed by the role (it read "The Korean Armistice Agreement's refused to sign: …")
    [attr(armistice, "refused to sign", "Republic of Korea (South Korea)", { value_ja: "大韓民国（韓国）" }), "Refused to sign: Republic of Korea (South Korea)", "朝鮮戦争休戦協定の署名拒否：大韓民国（韓国）"],
    // a passive whose value is its date ("…'s adopted by the UN General Assembly: April 2013"; "…の国連総会で採択：2013年4月")
    [attr(att, "adopted by the UN General Assembly", "2013-04"), "The Arms Trade Treaty was adopted by the UN General Assembly in April 2013", "武器貿易条約は2013年4月に国連総会で採択された"],
    [attr(bridge, "built", "1192"), "Marco Polo Bridge was built in 1192", "盧溝橋の建設：1192年"],
    // a clause with its own subject, in the past tense ("…'s Japan concludes the convention: 14 July 2009"; "…の日本が条約を締結：…")
    [attr(ccm, "Japan concludes the convention", "2009-07-14", { time: "2009-07-14" }), "Japan concluded the convention on 14 July 2009", "2009年7月14日、日本が条約を締結した"],
    [attr(tpp, "United States withdraws", "2017-01"), "The United States withdrew in January 2017", "環太平洋パートナーシップ協定の米国の離脱：2017年1月"],
    [attr(stockholm, "announced by Prime Minister Abe, a day after the Stockholm talks ended", "2014-05-29"), "The Japan–DPRK Agreement in Stockholm (2014) was announced by Prime Minister Abe, a day after the Stockholm talks ended on 29 May 2014", "2014年5月29日、ストックホルム協議終了の翌日に安倍首相が発表した"],
    // something the subject was ("…'s first visit to China by a Japanese prime minister in five years: yes")
    [attr(chinaVisit, "first visit to China by a Japanese prime minister in five years", "yes", { value_ja: "はい" }), "Abe's visit to China (2006) was the first visit to China by a Japanese prime minister in five years", "安倍首相の訪中（2006年）は日本の首相として5年ぶりの中国訪問だった"],
    [attr(tokyo, "capital of Japan", "Tokyo", { value_ja: "東京", time: "1869-04-05/.." }), "Tokyo has been the capital of Japan since 5 April 1869", "東京は1869年4月5日から日本の首都である"],
    // … but a "yes" that is no thing of the subject's kind is said as a line, without "yes" (an arrival is no Europeans)
    [attr(tanegashima, "first documented Europeans to reach Japan", "yes", { value_ja: "はい" }), "First documented Europeans to reach Japan", "記録に残る最初の来日ヨーロッパ人"],
    // a role naming the subject itself ("Japan's year Japan joined …", "日本の日本が…")
    [attr(japan, "year Japan joined the International Telegraph Union (ITU)", null), "Year Japan joined the International Telegraph Union (ITU)", "日本が万国電信連合（ITU）に加盟した年"],
    // nouns stay the subject's: a count is no year, a plural noun before "to" is no verb
    [attr(pearl, "American deaths", "2403"), "American deaths: 2403", "真珠湾攻撃の米国側の死者：2403"],
    [attr(pyongyang, "normalisation talks to resume", "2002-10"), "The Japan–DPRK Pyongyang Declaration's normalisation talks to resume: October 2002", "日朝平壌宣言の国交正常化交渉の再開：2002年10月"],
    [attr(china, "capital (GGO)", "Beijing", { time: "1949" }), "China's capital: Beijing, 1949", "中国の首都：Beijing（1949年）"],
  ])("writes %# in English and Japanese", (s, en, ja) => {
    expect(say(s, "en", s.subject.id)).toBe(en);
    expect(say(s, "ja", s.subject.id)).toBe(ja);
  });

  it.each([
    [attr(armistice, "refused to sign", "Republic of Korea (South Korea)"), "The Korean Armistice Agreement — refused to sign: Republic of Korea (South Korea)"],
    [attr(ccm, "Japan concludes the convention", "2009-07-14"), "The Convention on Cluster Munitions: Japan concluded the convention on 14 July 2009"],
    [attr(att, "adopted by the UN General Assembly", "2013-04"), "The Arms Trade Treaty was adopted by the UN General Assembly in April 2013"],
  ])("names the subject off its own page (an attribute shows on its place's page too) %#", (s, en) => {
    expect(say(s, "en", "somewhere-else")).toBe(en);
  });

  it("says the role's date once where the value already writes it out", () => {
    const arrival = attr(ref("hirohito-tour", "event", "Crown Prince Hirohito's tour of Europe", "皇太子裕仁親王の欧州訪問"), "arrival in London", "9 May 1921", { time: "1921-05-09" });
    expect(say(arrival, "en")).toBe("Crown Prince Hirohito's tour of Europe — arrival in London: 9 May 1921");
    const extended = attr(ref("anti-comintern-pact", "agreement", "Anti-Comintern Pact", "日独防共協定"), "extended for five more years", "1941", { time: "1941" });
    expect(say(extended, "ja")).toBe("日独防共協定の5年間延長：1941年");
  });
});

describe("the kind of words a role is", () => {
  it.each([
    ["capital (GGO)", "China", "Beijing", "noun"],
    ["core terms", "Anglo-Japanese Alliance", "neutrality …", "noun"],
    ["refused to sign", "Korean Armistice Agreement", "Republic of Korea", "label"],
    ["adopted at COP21", "Paris Agreement", "2015-12-12", "passive"],
    ["provisionally applied in large part from", "Strategic Partnership Agreement", "2019-02-01", "passive"],
    ["revised agreement in force", "Agreement for a New-Age Economic Partnership", "2007-09-02", "label"],
    ["amending protocol signed in Tokyo", "Agreement for a New-Age Economic Partnership", "2007-03-19", "clause"],
    ["Japan announces acceptance of its terms", "Potsdam Declaration", "1945-08-15", "clause"],
    ["ministerial meeting decided the acquisition", "Japanese government purchase of three Senkaku Islands", "2012-09-10", "clause"],
    ["Japanese negotiator", "Japan–DPRK agreement", "Akitaka Saiki", "label"],
    ["Japanese patrols", "Senkaku Islands", "at least one ship", "label"],
    ["first prime-ministerial visit since", "Hashimoto's visit to Yasukuni Shrine", "1985 (11 years)", "label"],
    ["terms as a non-permanent member of the UN Security Council", "Japan", "11", "noun"],
    ["seed wording", "Takeshima dispute", "Japan acknowledges …", "noun"],
    ["first equal treaty of Japan with a non-Asian country", "Treaty of Amity and Commerce", "yes", "holder"],
    ["first equal treaty of Japan with a non-Asian country", "Signing of the Japan–Mexico Treaty", "yes", "label"],
  ] as const)("reads %j on %j (value %j) as %s", (role, subject, value, want) => {
    expect(englishKind(role, subject, value)).toBe(want);
  });

  it.each([
    ["国連総会で採択", "passive", true, "passive"],
    ["日本が条約を締結", "clause", true, "clause"],
    ["日本の批准", "passive", true, "noun"],
    ["署名拒否", "label", false, "noun"],
    ["日本が拒否した要求", "label", false, "label"],
    ["徳川家康の許可を得て仙台城を築いた", "label", false, "label"],
    ["沖縄県知事による埋め立て承認", "noun", false, "noun"],
    ["首都", "noun", false, "noun"],
    ["包括的核実験禁止条約への日本の批准", "noun", false, "label"],
  ] as const)("reads the Japanese %s (English %s, dated %s) as %s", (role, english, dated, want) => {
    expect(japaneseKind(role, english, "包括的核実験禁止条約", dated)).toBe(want);
  });

  it.each([
    ["Japan concludes the treaty", "Japan concluded the treaty"],
    ["Japan notifies the depositary of completed ratification", "Japan notified the depositary of completed ratification"],
    ["United States gives notice of termination", "The United States gave notice of termination"],
    ["United States withdraws", "The United States withdrew"],
    ["India terminated the state of war", "India terminated the state of war"],
    ["Japan completes destruction of its stockpile", "Japan completed destruction of its stockpile"],
  ])("puts %j in the past tense", (role, want) => {
    expect(pastClause(role)).toBe(want);
  });

  it.each([
    ["Jiang Zemin's state visit to Japan (1998)", "visit"],
    ["first official Japanese embassy to Europe", "embassy"],
    ["Treaty of Amity and Commerce between Japan and the United Mexican States", "treaty"],
    ["Signing of the Japan–India civil nuclear cooperation agreement", "signing"],
    ["first TICAD held in Africa", "ticad"],
  ])("finds the head noun of %j", (name, want) => {
    expect(headNoun(name)).toBe(want);
  });
});
