import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { formatLocator } from "./locator.js";
import { longDate, sentence, sentenceText, valueInLanguage, valueToken } from "./sentences.js";
import { datasetLine } from "./words.js";
import { roleWords } from "../i18n/roles.js";
import { ROLE_TABLES } from "../i18n/role-table.js";

const ref = (id: string, en: string, ja: string, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en, ja } });
const japan = ref("japan", "Japan", "日本");
const china = ref("china", "China", "中国");
const taiwan = ref("taiwan", "Taiwan", "台湾");
const yoshida = ref("shigeru-yoshida", "Shigeru Yoshida", "吉田茂", "person");
const sf = ref("treaty-of-san-francisco", "Treaty of San Francisco", "サンフランシスコ平和条約", "agreement");

function st(p: StatementView["p"], subject: EntityRef, object: EntityRef | null, time: string | null, over: Partial<StatementView> = {}): StatementView {
  return {
    id: "x", p, label: { en: p, ja: p }, subject, object, value: null, time, start: null, end: null, at: null, via: null,
    role: null, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [], ...over,
  };
}

const text = (s: StatementView, lang: "en" | "ja") => sentenceText(sentence(s, lang, undefined, ROLE_TABLES), (e) => (lang === "ja" ? e.name.ja! : e.name.en));

describe("statements as sentences", () => {
  it.each([
    [st("diplomatic-relations", japan, china, "1972-09-29/.."), "Japan and China established diplomatic relations on 29 September 1972", "日本と中国は1972年9月29日に外交関係を樹立した"],
    [st("diplomatic-relations", japan, taiwan, "1952-04-28/1972-09-29"), "Japan and Taiwan had diplomatic relations from 28 April 1952 to 29 September 1972", "日本と台湾は1952年4月28日から1972年9月29日まで外交関係にあった"],
    [st("holds-office", yoshida, japan, "1948-10-15/1954-12-10", { role: "prime-minister" }), "Shigeru Yoshida was Prime Minister of Japan from 15 October 1948 to 10 December 1954", "吉田茂は1948年10月15日から1954年12月10日まで日本の内閣総理大臣を務めた"],
    // A party office names the party: no "of the Soviet Union" after "…Communist Party of the Soviet Union".
    [st("holds-office", ref("joseph-stalin", "Joseph Stalin", "ヨシフ・スターリン", "person"), ref("ussr", "Soviet Union", "ソビエト連邦"), "1922-12-30/1953-03-05", { role: "General Secretary of the Communist Party of the Soviet Union" }), "Joseph Stalin was General Secretary of the Communist Party of the Soviet Union from 30 December 1922 to 5 March 1953", "ヨシフ・スターリンは1922年12月30日から1953年3月5日までソ連共産党書記長を務めた"],
    [st("holds-office", ref("mao-zedong", "Mao Zedong", "毛沢東", "person"), china, "1949-10-01/1976-09-09", { role: "Chairman of the Chinese Communist Party" }), "Mao Zedong was Chairman of the Chinese Communist Party from 1 October 1949 to 9 September 1976", "毛沢東は1949年10月1日から1976年9月9日まで中国共産党中央委員会主席を務めた"],
    // A value that is the statement's own date is said once, written out (it read "…: 1952-04-28, 28 April 1952"),
    // and a role that is a passive says it as one (it read "The Treaty of San Francisco's ratified by Japan: …").
    [st("attribute", sf, null, "1951-11-18", { value: "1951-11-18", role: "ratified by Japan" }), "The Treaty of San Francisco was ratified by Japan on 18 November 1951", "サンフランシスコ平和条約の日本の批准：1951年11月18日"],
    [st("attribute", sf, null, null, { value: "1951-11", role: "ratified by Japan" }), "The Treaty of San Francisco was ratified by Japan in November 1951", "サンフランシスコ平和条約の日本の批准：1951年11月"],
    [st("signed", sf, null, "1951-09-08"), "The Treaty of San Francisco was signed on 8 September 1951", "サンフランシスコ平和条約は1951年9月8日に署名された"],
    [st("in-force", sf, null, "1952-04-28/.."), "The Treaty of San Francisco has been in force since 28 April 1952", "サンフランシスコ平和条約は1952年4月28日に発効した"],
    [st("attribute", china, null, "1949", { value: "Beijing", role: "capital (GGO)" }), "China's capital: Beijing, 1949", "中国の首都：Beijing（1949年）"],
    // A related-to role that is a relation of its own: the Cambodian civil war's page said "… is related to the 1970 Cambodian coup (began with)".
    [st("related-to", ref("cambodian-civil-war-1970", "Cambodian civil war", "カンボジア内戦", "event"), ref("cambodian-coup-1970", "1970 Cambodian coup", "1970年カンボジア・クーデター", "event"), null, { role: "began with" }), "The Cambodian civil war began with the 1970 Cambodian coup", "カンボジア内戦は1970年カンボジア・クーデターに始まった"],
    [st("related-to", ref("cambodian-civil-war-1970", "Cambodian civil war", "カンボジア内戦", "event"), ref("paris-peace-agreements-1991", "Paris Peace Agreements", "カンボジア和平パリ協定", "agreement"), null, { role: "ended by" }), "The Cambodian civil war was ended by the Paris Peace Agreements", "カンボジア内戦はカンボジア和平パリ協定により終わった"],
    [st("related-to", ref("vietnamese-invasion-of-cambodia-1978", "Vietnamese invasion of Cambodia", "ベトナムのカンボジア侵攻", "event"), ref("cambodian-civil-war-1970", "Cambodian civil war", "カンボジア内戦", "event"), null, { role: "part of" }), "The Vietnamese invasion of Cambodia was part of the Cambodian civil war", "ベトナムのカンボジア侵攻はカンボジア内戦の一部だった"],
    // A place named in the plural: the Habomai Islands' page said "The Habomai Islands is in the Northern Territories".
    [st("located-in", ref("habomai-islands", "Habomai Islands", "歯舞群島", "place"), ref("northern-territories", "Northern Territories", "北方領土", "place"), null), "The Habomai Islands are in the Northern Territories", "歯舞群島は北方領土にある"],
    [st("located-in", ref("etorofu", "Etorofu", "択捉島", "place"), ref("northern-territories", "Northern Territories", "北方領土", "place"), null), "Etorofu is in the Northern Territories", "択捉島は北方領土にある"],
    // How a territory was held reads as Japanese in the sentence: Timor-Leste's page said 占領下保有した.
    [st("holds-territory", ref("indonesia", "Indonesia", "インドネシア"), ref("timor-leste", "Timor-Leste", "東ティモール"), "1975/1999", { role: "occupation" }), "Indonesia held the territory of Timor-Leste under occupation from 1975 to 1999", "インドネシアは1975年から1999年まで東ティモールの領域を占領により保有した"],
    // An attribute without a role (data/organizations/khmer-rouge.yaml) read "The Khmer Rouge's : ruled …".
    [st("attribute", ref("khmer-rouge", "Khmer Rouge", "クメール・ルージュ", "organization"), null, "1975-04-17/1979-01-07", { value: "ruled Cambodia as Democratic Kampuchea", value_ja: "民主カンボジアとしてカンボジアを統治" }), "The Khmer Rouge: ruled Cambodia as Democratic Kampuchea, from 17 April 1975 to 7 January 1979", "クメール・ルージュ：民主カンボジアとしてカンボジアを統治（1975年4月17日から1979年1月7日まで）"],
    [st("member-of", china, ref("un", "United Nations", "国際連合", "organization"), null), "China has been a member of the United Nations", "中国は国際連合に加盟している"],
    [st("party-to", japan, sf, "1952-04-28/", { role: "superseded" }), "Japan was a party to the Treaty of San Francisco from 28 April 1952 to an unknown date (superseded)", "日本は1952年4月28日から不明な時期までサンフランシスコ平和条約の締約国だった（後継条約により失効）"],
    // An imported GGO row still in force ends on the data's open end, 9999-12-31.
    [st("party-to", japan, sf, "1951-05-16/9999-12-31"), "Japan has been a party to the Treaty of San Francisco since 16 May 1951", "日本は1951年5月16日からサンフランシスコ平和条約の締約国である"],
  ])("writes %# in English and Japanese", (s, en, ja) => {
    expect(text(s, "en")).toBe(en);
    expect(text(s, "ja")).toBe(ja);
  });

  it.each([
    ["1951/..", "Venezuela and Japan established diplomatic relations in 1951"],
    ["1951-03/..", "Venezuela and Japan established diplomatic relations in March 1951"],
    ["1951-03-02/..", "Venezuela and Japan established diplomatic relations on 2 March 1951"],
  ])("says 'in' for a date less precise than a day (%s)", (time, want) => {
    expect(text(st("diplomatic-relations", ref("venezuela", "Venezuela", "ベネズエラ"), japan, time), "en")).toBe(want);
  });

  it("never shows a role slug or a raw id", () => {
    const s = st("holds-office", yoshida, japan, "1954/..", { role: "effective-leader" });
    expect(text(s, "en")).not.toMatch(/effective-leader|shigeru-yoshida/);
    expect(text(s, "ja")).toContain("実質的指導者");
  });

  it.each([
    ["1972-09-29", "29 September 1972", "1972年9月29日"],
    ["1972-09", "September 1972", "1972年9月"],
    ["1590", "1590", "1590年"],
    ["1945~", "about 1945", "1945年頃"],
  ])("writes %s at its own precision", (d, en, ja) => {
    expect(longDate(d, "en")).toBe(en);
    expect(longDate(d, "ja")).toBe(ja);
  });
});

describe("statements about a dispute", () => {
  const ecs = ref("east-china-sea-dispute", "East China Sea maritime boundary dispute", "東シナ海の境界画定問題", "dispute");
  const kashmir = ref("kashmir-dispute", "Kashmir dispute", "カシミール問題", "dispute");
  const kurils = ref("kuril-islands-dispute", "Kuril Islands dispute", "北方領土問題", "dispute");
  const icow = ref("icow-claim-203201", "Canada-Japan Pacific Coast (ICOW claim 203201)", "カナダ・日本太平洋岸（ICOW主張203201）", "dispute");
  const india = ref("india", "India", "インド");
  const canada = ref("canada", "Canada", "カナダ");
  const note = "Japan holds that a boundary based on the median line would be the equitable solution.";
  // The shapes of data/disputes/*.yaml: claims on the dispute itself (with a note or without), attributes of the dispute.
  it.each([
    [st("claims", japan, ecs, null, { note, status: "contested" }), `Japan's position in the East China Sea maritime boundary dispute: ${note}`, `東シナ海の境界画定問題における日本の立場：${note}`],
    [st("claims", japan, ecs, "2008/..", { note }), `Japan's position in the East China Sea maritime boundary dispute since 2008: ${note}`, `東シナ海の境界画定問題における日本の立場（2008年から）：${note}`],
    [st("claims", india, kashmir, null), "India has been a party to the Kashmir dispute", "インドはカシミール問題の当事国である"],
    [st("claims", canada, icow, "1938-01/1938-02"), "Canada claimed Canada-Japan Pacific Coast (ICOW claim 203201) from January 1938 to February 1938", "カナダは1938年1月から1938年2月までカナダ・日本太平洋岸（ICOW主張203201）の領有権を主張した"],
    [st("attribute", ecs, null, null, { role: "Japan's position on the EEZ boundary", value: "median line between the two coasts" }), "Japan's position on the EEZ boundary in the East China Sea maritime boundary dispute: median line between the two coasts", "東シナ海の境界画定問題におけるEEZ境界に関する日本の立場：median line between the two coasts"],
    [st("attribute", kurils, null, "1956", { role: "core issue", value: "attribution of the four islands" }), "Core issue in the Kuril Islands dispute: attribution of the four islands, 1956", "北方領土問題における核心的問題：attribution of the four islands（1956年）"],
  ])("writes %# as a sentence about the dispute", (s, en, ja) => {
    expect(text(s, "en")).toBe(en);
    expect(text(s, "ja")).toBe(ja);
  });

  it("never claims a dispute named as one nor doubles a possessive", () => {
    const said = [st("claims", japan, ecs, null, { note }), st("claims", india, kashmir, "1947/.."), st("attribute", ecs, null, null, { role: "China's position on the EEZ boundary", value: "edge of the shelf" })].map((s) => text(s, "en"));
    for (const x of said) expect(x).not.toMatch(/claimed|dispute's|'s [^ ]+'s /);
  });

  it("marks the English note on a Japanese page as English", () => {
    const tokens = sentence(st("claims", japan, ecs, null, { note }), "ja");
    expect(tokens.find((t) => "text" in t && t.text === note)).toEqual({ text: note, lang: "en" });
  });

  it.each([
    ["ja", { text: "中間線に基づく境界が衡平な解決であるとの立場。", lang: "ja" }],
    ["en", { text: note, lang: "en" }],
  ] as const)("takes the Japanese note where there is one, on a Japanese page only (%s)", (lang, want) => {
    const tokens = sentence(st("claims", japan, ecs, null, { note, note_ja: "中間線に基づく境界が衡平な解決であるとの立場。" }), lang);
    expect(tokens.find((t) => "lang" in t && (t.text === note || t.text === want.text))).toEqual(want);
  });
});

describe("words for the data's slugs", () => {
  it.each([
    ["prime-minister", "en", "Prime Minister", "en"],
    ["prime-minister", "ja", "首相", "ja"],
    ["embassy, Tokyo", "en", "embassy in Tokyo", "en"],
    ["some-new-role", "ja", "some new role", "en"],
  ] as const)("writes the role %s in %s as %s", (role, lang, want, wantLang) => {
    expect(roleWords(role, lang)).toEqual({ text: want, lang: wantLang });
  });

  it.each([
    ["conflict", "participant", 14, "1931-05-01", "2001-12-22", "en", "14 militarised disputes, 1931–2001"],
    ["conflict", "participant", 14, "1931-05-01", "2001-12-22", "ja", "軍事化された国家間紛争 14件（1931–2001年）"],
    ["embassies", "diplomatic-mission", 3, "1952-01-01", null, "en", "3 diplomatic missions (Wikidata), from 1952"],
    ["unknown-set", "attribute", 2, null, null, "en", "2 rows from the unknown-set dataset"],
  ] as const)("summarises %s rows of %s", (dataset, p, n, from, to, lang, want) => {
    expect(datasetLine(dataset, p, n, from, to, lang)).toBe(want);
  });
});

describe("locators as a reader writes them", () => {
  it.each([
    ["¶4", "en", "¶4"],
    ["para. 2", "en", "¶2"],
    ["Article 2", "en", "art. 2"],
    ["art. 9", "ja", "第9条"],
    ["parties_GGO.csv.gz line 1204", "en", "row 1,204"],
    ["atop_v5.1_dyad_year.csv.gz lines 67870–67899", "en", "rows 67,870–67,899"],
    ["parties_GGO.csv.gz line 68063; agreements_GGO.csv line 3777", "en", "row 68,063"],
    ["cow_states.csv line 103", "ja", "103行目"],
    ["text", "en", "full text"],
    ["ne_10m_admin_0_disputed_areas.geojson line 22 (Pinnacle Is.)", "en", "row 22"],
    ["Background", "en", "Background"],
  ] as const)("writes %s (%s) as %s", (raw, lang, want) => {
    expect(formatLocator(raw, lang).short).toBe(want);
  });

  it("says that a whole text does not narrow a source down", () => {
    expect(formatLocator("text", "en").telling).toBe(false);
    expect(formatLocator("¶4", "en").telling).toBe(true);
  });
});

describe("a value in English on a Japanese page", () => {
  it.each([
    ["Washington DC", "ja", "en"],
    ["laid a wreath at the memorial", "ja", "en"],
    ["ワシントンD.C.", "ja", undefined],
    ["1,234", "ja", undefined],
    ["Washington DC", "en", undefined],
  ] as const)("marks %s (%s page) as lang %s", (value, lang, want) => {
    expect(valueToken(value, lang).lang).toBe(want);
  });
});

// An event's page read "John Howard took part in Abe's visit to Australia for the APEC leaders' meeting in
// Sydney (September 2007) (Prime Minister of Australia)", and so for each of its seven participants.
describe("a participant on the event's own page", () => {
  const visit = ref("abe-visit-to-australia-2007", "Abe's visit to Australia for the APEC leaders' meeting in Sydney (September 2007)", "安倍総理の豪州訪問・シドニーAPEC首脳会議出席（2007年9月）", "event");
  const howard = ref("john-howard", "John Howard", "ジョン・ハワード", "person");
  const s = st("participant", visit, howard, "2007-09-07", { role: "host" });
  it.each([
    ["en", "abe-visit-to-australia-2007", /^John Howard took part \(/],
    ["ja", "abe-visit-to-australia-2007", /^ジョン・ハワードが参加した（/],
    ["en", "john-howard", /^John Howard took part in Abe's visit to Australia/],
  ] as const)("in %s, seen from %s", (lang, self, want) => {
    const said = sentenceText(sentence(s, lang, undefined, ROLE_TABLES, self), (e) => (lang === "ja" ? e.name.ja! : e.name.en));
    expect(said).toMatch(want);
    if (self === visit.id) expect(said).not.toContain(lang === "ja" ? visit.name.ja! : visit.name.en);
  });
});

describe("a value in the page's language (value_ja)", () => {
  const senkaku = ref("senkaku-islands", "Senkaku Islands", "尖閣諸島", "place");
  const area = st("attribute", senkaku, null, null, { role: "land area", value: "about 7 km²", value_ja: "約7平方キロメートル" });
  it("writes a Japanese page's sentence with the data's Japanese value, nothing of it marked English", () => {
    expect(text(area, "ja")).toBe("尖閣諸島の面積：約7平方キロメートル");
    const tokens = sentence(area, "ja", undefined, ROLE_TABLES);
    expect(tokens.filter((t) => "text" in t && t.lang === "en")).toEqual([]);
  });

  it("keeps the English value on an English page, and on a Japanese page where the data gives no Japanese", () => {
    expect(text(area, "en")).toBe("The Senkaku Islands' land area: about 7 km²");
    const { value_ja: _, ...englishOnly } = area;
    expect(valueInLanguage(englishOnly, "ja").value).toBe("about 7 km²");
    expect(valueToken(valueInLanguage(englishOnly, "ja").value, "ja", "land area")).toEqual({ text: "about 7 km²", lang: "en" });
  });
});

describe("an event's name in a sentence that gives its date", () => {
  it("leaves out a bracket that only repeats the sentence's year (the G20 box read 'G20大阪サミット（2019年）は2019年6月28日から…')", () => {
    const g20 = { id: "g20-osaka-summit-2019", kind: "event" as const, name: { en: "G20 Osaka Summit (2019)", ja: "G20大阪サミット（2019年）" } };
    const held = { ...st("occurred", g20, null, "2019-06-28/2019-06-29") };
    expect(text(held, "en")).toBe("The G20 Osaka Summit lasted from 28 June 2019 to 29 June 2019");
    expect(text(held, "ja")).toBe("G20大阪サミットは2019年6月28日から2019年6月29日まで続いた");
    // A bracket that is not that date stays.
    const named = { ...held, subject: { ...g20, name: { en: "Asian–African Conference (Bandung Conference)", ja: "アジア・アフリカ会議（バンドン会議）" } } };
    expect(text(named, "en")).toMatch(/^(?:The )?Asian–African Conference \(Bandung Conference\) lasted from 28 June 2019/);
  });
});

describe("a statement read in its own time (tense today, names of then)", () => {
  const southVietnam = ref("south-vietnam", "South Vietnam", "南ベトナム");
  const ussr = ref("ussr", "Soviet Union", "ソビエト連邦");
  const us = ref("united-states", "United States", "アメリカ合衆国");
  const reparations = ref("japan-south-vietnam-reparations-agreement", "Japan–South Vietnam Reparations Agreement", "日本・ベトナム共和国賠償協定", "agreement");
  const council = ref("allied-council-for-japan", "Allied Council for Japan", "対日理事会", "organization");
  const unsc = ref("un-security-council", "UN Security Council", "国連安全保障理事会", "organization");
  const npt = ref("nuclear-non-proliferation-treaty", "Treaty on the Non-Proliferation of Nuclear Weapons", "核兵器不拡散条約", "agreement");
  const un = ref("united-nations", "United Nations", "国際連合", "organization");
  const roc = { en: "Republic of China", ja: "中華民国" };
  it.each([
    // A party that no longer exists (South Vietnam ended in 1975) was a party: it read "has been", 締約国である.
    [st("party-to", southVietnam, reparations, null, { standing: "over" }), "South Vietnam was a party to the Japan–South Vietnam Reparations Agreement", "南ベトナムは日本・ベトナム共和国賠償協定の締約国だった"],
    [st("member-of", ussr, council, null, { standing: "over" }), "The Soviet Union was a member of the Allied Council for Japan", "ソビエト連邦は対日理事会に加盟していた"],
    // Nothing records the council's end, nor that it still meets: the joining is said, true either way.
    [st("member-of", us, council, null, { standing: "unknown" }), "The United States became a member of the Allied Council for Japan", "アメリカ合衆国は対日理事会に加盟した"],
    [st("party-to", taiwan, sf, null, { standing: "unknown" }), "Taiwan became a party to the Treaty of San Francisco", "台湾はサンフランシスコ平和条約の締約国となった"],
    // What still holds today keeps the present (the tests above lock "has been a party" where it is true).
    [st("party-to", japan, npt, null, { standing: "holds" }), "Japan has been a party to the Treaty on the Non-Proliferation of Nuclear Weapons", "日本は核兵器不拡散条約の締約国である"],
    [st("member-of", china, un, "1971-10-25/..", { standing: "holds" }), "China has been a member of the United Nations since 25 October 1971", "中国は1971年10月25日から国際連合に加盟している"],
    // A span recorded as running on whose subject has since ended reads in the past, from its start.
    [st("member-of", ussr, un, "1945-10-24/..", { standing: "over" }), "The Soviet Union was a member of the United Nations from 24 October 1945", "ソビエト連邦は1945年10月24日から国際連合に加盟していた"],
    // Named as it was then: the China seat of 1945 was the Republic of China's.
    [st("member-of", taiwan, unsc, "1945-10-24/1971-10-25", { subjectThen: roc }), "The Republic of China was a member of UN Security Council from 24 October 1945 to 25 October 1971", "中華民国は1945年10月24日から1971年10月25日まで国連安全保障理事会に加盟していた"],
    [st("diplomatic-relations", japan, ref("myanmar", "Myanmar", "ミャンマー"), "1954-12-01/..", { objectThen: { en: "Burma", ja: "ビルマ" } }), "Japan and Burma established diplomatic relations on 1 December 1954", "日本とビルマは1954年12月1日に外交関係を樹立した"],
  ])("%#: says it as it stands today and names it as then", (s, en, ja) => {
    expect(text(s, "en")).toBe(en);
    expect(text(s, "ja")).toBe(ja);
  });

  it("keeps the entity's id (and so its link) under the name of then", () => {
    const tokens = sentence(st("member-of", taiwan, unsc, "1945-10-24/1971-10-25", { subjectThen: roc }), "ja");
    const first = tokens.find((t) => "entity" in t);
    expect(first && "entity" in first ? first.entity : null).toEqual({ ...taiwan, name: roc });
  });
});

describe("an office whose title names its state, under the state's name of then", () => {
  it("names the state once: 中華民国総統代行, not 中華民国の中華民国総統代行", () => {
    const li = ref("li-zongren", "Li Zongren", "李宗仁", "person");
    const s = st("holds-office", li, taiwan, "1949-01-21/1950-03-01", { role: "中華民国総統代行", subjectThen: undefined, objectThen: { en: "Republic of China", ja: "中華民国" } });
    expect(text(s, "ja")).toBe("李宗仁は1949年1月21日から1950年3月1日まで中華民国総統代行を務めた");
  });
});
