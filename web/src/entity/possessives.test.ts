import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { possessive, sentence, sentenceText } from "./sentences.js";

// Sentences from statements on event, agreement, person, state, place and dispute pages, taken from the
// data: English once wrote "Signing of the Japan–Australia Agreement on Commerce's Kishi's visit to
// Australia", "Kuril Islands's Japan's position" and "… Ministers' Meeting (2+2)'s Japan's 2+2 partners".
const ref = (id: string, kind: EntityRef["kind"], en: string, ja: string): EntityRef => ({ id, kind, name: { en, ja } });
const signing = ref("japan-australia-commerce-agreement-signing-1957", "event", "Signing of the Japan–Australia Agreement on Commerce", "日豪通商協定の署名");
const twoPlusTwo = ref("first-japan-uk-2plus2-2015", "event", "First Japan–UK Foreign and Defence Ministers' Meeting (2+2)", "第1回日英外務・防衛閣僚会合（2+2）");
const iranVisit = ref("abe-visit-to-iran-2019", "event", "Abe's visit to Iran", "安倍総理のイラン訪問");
const comfort = ref("japan-south-korea-comfort-women-agreement-2015", "agreement", "Japan–Republic of Korea Agreement on the Comfort Women Issue", "慰安婦問題に関する日韓合意");
const paris = ref("paris-peace-agreements-1991", "agreement", "Paris Peace Agreements", "カンボジア和平パリ協定");
const abe = ref("shinzo-abe", "person", "Shinzo Abe", "安倍晋三");
const japan = ref("japan", "state", "Japan", "日本");
const us = ref("united-states", "state", "United States", "アメリカ合衆国");
const southKorea = ref("south-korea", "state", "South Korea", "大韓民国");
const kurils = ref("kuril-islands", "place", "Kuril Islands", "千島列島");
const senkakus = ref("senkaku-islands", "place", "Senkaku Islands", "尖閣諸島");
const kurilDispute = ref("kuril-islands-dispute", "dispute", "Kuril Islands dispute", "北方領土問題");
const takeshima = ref("takeshima-dispute", "dispute", "Takeshima dispute", "竹島問題");

function st(p: StatementView["p"], subject: EntityRef, object: EntityRef | null, over: Partial<StatementView>): StatementView {
  return { id: "x", p, label: { en: p, ja: p }, subject, object, value: null, time: null, start: null, end: null, at: null, via: null, role: null, status: "accepted", assertedBy: [], note: null, sources: [], ...over } as StatementView;
}
const attr = (subject: EntityRef, role: string, value: string, time: string | null = null) => st("attribute", subject, null, { role, value, time });
const text = (s: StatementView, lang: "en" | "ja") => sentenceText(sentence(s, lang, undefined, ROLE_TABLES), (e) => e.name[lang] ?? e.name.en);

/** Two possessive words in a row: "Commerce's Kishi's", "Islands's Japan's", "Ministers' Meeting's". */
const TWO_IN_A_ROW = /(?:['’]s|s['’])\s+\S+(?:['’]s|s['’])(?=\s|$)/;

describe("sentences with no two possessives in a row", () => {
  it.each([
    ["an event's attribute whose role has its own possessive", attr(signing, "Kishi's visit to Australia", "laid a wreath at the Australian War Memorial, Canberra", "1957"),
      "The Signing of the Japan–Australia Agreement on Commerce — Kishi's visit to Australia: laid a wreath at the Australian War Memorial, Canberra, 1957",
      "日豪通商協定の署名の岸首相のオーストラリア訪問：laid a wreath at the Australian War Memorial, Canberra（1957年）"],
    ["an event named with a possessive and a bracket", attr(twoPlusTwo, "Japan's 2+2 partners before the UK", "United States, Australia, Russia and France"),
      "The First Japan–UK Foreign and Defence Ministers' Meeting (2+2) — Japan's 2+2 partners before the UK: United States, Australia, Russia and France",
      "第1回日英外務・防衛閣僚会合（2+2）の英国より前に日本と2+2を開いた国：United States, Australia, Russia and France"],
    ["an event named with a possessive", attr(iranVisit, "previous visit to Iran by a Japanese prime minister", "Fukuda Takeo, 1978"),
      "Abe's visit to Iran — previous visit to Iran by a Japanese prime minister: Fukuda Takeo, 1978",
      "安倍総理のイラン訪問の日本の首相による前回のイラン訪問：Fukuda Takeo, 1978"],
    ["an agreement's attribute whose role has its own possessive", attr(comfort, "Japan's contribution to the foundation", "1 billion yen"),
      "The Japan–Republic of Korea Agreement on the Comfort Women Issue — Japan's contribution to the foundation: 1 billion yen",
      "慰安婦問題に関する日韓合意の財団への日本の拠出：1 billion yen"],
    ["an agreement named in the plural", attr(paris, "number of signatory countries", "19"),
      "The Paris Peace Agreements' number of signatory countries: 19",
      "カンボジア和平パリ協定の署名国数：19"],
    ["a person taking part in an event named with a possessive", st("participant", iranVisit, abe, { role: "Prime Minister of Japan", time: "2019-06-12" }),
      "Shinzo Abe took part in Abe's visit to Iran (Prime Minister of Japan)",
      "安倍晋三は安倍総理のイラン訪問に参加した（内閣総理大臣）"],
    ["a state's attribute", attr(japan, "capital (GGO)", "Tokyo", "1868-10-23"),
      "Japan's capital: Tokyo, 23 October 1868",
      "日本の首都：Tokyo（1868年10月23日）"],
    ["a state named in the plural, since a date", attr(us, "capital (GGO)", "Washington DC", "1776-07-04/.."),
      "The United States' capital: Washington DC, since 4 July 1776",
      "アメリカ合衆国の首都：Washington DC（1776年7月4日から）"],
    ["a state's position in a dispute", st("claims", southKorea, takeshima, { note: "no dispute exists", time: "1952/.." }),
      "South Korea's position in the Takeshima dispute since 1952: no dispute exists",
      "竹島問題における大韓民国の立場（1952年から）：no dispute exists"],
    ["a plural state's position in a dispute", st("claims", us, kurilDispute, { note: "recognises Japanese sovereignty", time: "1956" }),
      "The United States' position in the Kuril Islands dispute, 1956: recognises Japanese sovereignty",
      "北方領土問題におけるアメリカ合衆国の立場（1956年）：recognises Japanese sovereignty"],
    ["the position of a state named with a possessive", st("claims", ref("laos", "state", "Lao People's Democratic Republic", "ラオス人民民主共和国"), kurilDispute, { note: "none stated", time: "1956" }),
      "The position of Lao People's Democratic Republic in the Kuril Islands dispute, 1956: none stated",
      "北方領土問題におけるラオス人民民主共和国の立場（1956年）：none stated"],
    ["a place's attribute whose role has its own possessive", attr(kurils, "Japan's position", "the four Northern Territories are not part of the Kurile Islands renounced in 1951"),
      "The Kuril Islands — Japan's position: the four Northern Territories are not part of the Kurile Islands renounced in 1951",
      "千島列島の日本の立場：the four Northern Territories are not part of the Kurile Islands renounced in 1951"],
    ["a place named in the plural", attr(senkakus, "land area", "about 7 km²"),
      "The Senkaku Islands' land area: about 7 km²",
      "尖閣諸島の面積：about 7 km²"],
    ["a dispute's attribute over years", attr(kurilDispute, "China's position", "none taken", "2004/.."),
      "China's position in the Kuril Islands dispute: none taken, since 2004",
      "北方領土問題におけるChina's position：none taken（2004年から）"],
  ])("writes %s", (_, s, en, ja) => {
    expect(text(s, "en")).toBe(en);
    expect(text(s, "en")).not.toMatch(TWO_IN_A_ROW);
    expect(text(s, "ja")).toBe(ja);
  });
});

describe("the possessive of a name", () => {
  it.each([
    ["Japan", "'s"],
    ["Congress", "'s"],
    ["Senkaku Islands", "'"],
    ["United States", "'"],
    ["Abe's visit to Iran", null],
    ["APEC Economic Leaders' Meeting, Osaka (1995)", null],
    ["Japan–Korea Treaty of Amity (1876)", null],
    ["Côte d'Ivoire", "'s"],
  ])("of %j is %j", (name, want) => {
    expect(possessive(name)).toBe(want);
  });
});
