import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROLE_EN } from "../../../src/model/roles/role-en.js";
import { ROLE_TABLES } from "./role-table.js";
import { nameLookup, roleWords, type RoleContext } from "./roles.js";

const names = nameLookup([
  { id: "united-states", name: { en: "United States", ja: "アメリカ合衆国" } },
  { id: "south-korea", name: { en: "South Korea", ja: "大韓民国" } },
  { id: "china", name: { en: "China", ja: "中華人民共和国" } },
  { id: "india", name: { en: "India", ja: "インド" } },
  { id: "russia", name: { en: "Russia", ja: "ロシア" } },
  { id: "zanzibar", name: { en: "Zanzibar", ja: null } },
]);

describe("roles in Japanese", () => {
  it.each<[string, RoleContext, string]>([
    // fixed roles, read by what their statements mean
    ["Prime Minister of Japan", {}, "内閣総理大臣"],
    ["Minister for Foreign Affairs of Japan", {}, "外務大臣"],
    ["side A", {}, "A側"],
    ["member", {}, "メンバー国"],
    ["nonaggression", {}, "不可侵"],
    ["abrogated", {}, "廃棄"],
    ["colony", {}, "植民地として"],
    ["state visit", {}, "国賓訪問"],
    ["capital (GGO)", {}, "首都"],
    ["ratified by Japan", {}, "日本の批准"],
    // a role whose Japanese depends on the statement
    ["host", { event: "abe-trip-2014-01" }, "受入国"],
    ["host", { event: "abdullah-ii-visit-to-japan-1999" }, "受入国"],
    ["host", { event: "g7-summit-1979" }, "主催国"],
    ["host", { event: "tensho-embassy-1582" }, "受入国"],
    ["prime-minister", { polity: "japan" }, "内閣総理大臣"],
    ["prime-minister", { polity: "india" }, "首相"],
    ["president", { polity: "china" }, "国家主席"],
    ["president", { polity: "united-states" }, "大統領"],
    ["emperor", { polity: "russian-empire" }, "皇帝"],
    // families: title of a state, by its name or an official form
    ["President of the United States", { names }, "アメリカ合衆国大統領"],
    ["President of the Republic of Korea", { names }, "大韓民国大統領"],
    ["President of the People's Republic of China", { names }, "中華人民共和国国家主席"],
    ["President of the Russian Federation", { names }, "ロシア大統領"],
    ["Prime Minister of India", { names }, "インド首相"],
    ["India's prime minister", { names }, "インド首相"],
    ["US president", { names }, "アメリカ合衆国大統領"],
    ["Japan's representative (prime minister)", {}, "日本代表（首相）"],
    ["Japan's representative (chair (prime minister))", {}, "日本代表（議長（首相））"],
    // missions, meetings and other families
    ["embassy, Tokyo", {}, "大使館（東京）"],
    ["consulate general, Osaka", {}, "総領事館（大阪）"],
    ["consulate, Nagoya", {}, "領事館（名古屋）"],
    ["host (New York)", { event: "g7-summit-1979" }, "主催国（ニューヨーク）"],
    ["host (ASEAN chair, Kuala Lumpur)", { event: "first-east-asia-summit-2005" }, "主催国（ASEAN議長国、クアラルンプール）"],
    ["host, second tour", { event: "kaifu-southeast-asia-tour-1991" }, "受入国（2度目の歴訪）"],
    ["Prime Minister of Japan; speaker", {}, "内閣総理大臣、演説者"],
    ["18th leaders' meeting", {}, "第18回首脳会合"],
    ["sixth summit, Bali", {}, "第6回首脳会議（バリ）"],
    ["64th session", {}, "第64回会期"],
    ["COW war 139", {}, "戦争（COW番号139）"],
    ["45th session of the General Assembly", {}, "国連総会第45回会期"],
    ["51st session of the General Assembly", {}, "国連総会第51回会期"],
    ["52nd session of the General Assembly", {}, "国連総会第52回会期"],
    ["water up to 150 miles", {}, "海を隔てて150マイル以内"],
    ["18th Japan–EU summit, Prague", {}, "第18回日EU首脳会議（プラハ）"],
    ["seventh summit (ASEM7), Beijing", {}, "第7回首脳会議（ASEM7、北京）"],
    ["63rd session, general debate", {}, "第63回会期（一般討論）"],
    ["host (G7 foreign ministers' meeting, Lübeck)", { event: "kishida-fm-trip-2015-04" }, "受入国（G7外相会合、リューベック）"],
    // the names inside a bracket (issue 15): places, meetings and people, by the tables, never left in English
    ["host (Warsaw)", { event: "kishida-fm-trip-2015-04" }, "受入国（ワルシャワ）"],
    // a day or days a host's leg of a trip is dated by, alone or after a place
    ["host (29 April)", { event: "hayashi-fm-trip-2022-04" }, "受入国（4月29日）"],
    ["host (30 June – 1 July)", { event: "aso-fm-trip-2006-06" }, "受入国（6月30日～7月1日）"],
    ["host (Ulaanbaatar, 1 May)", { event: "hayashi-fm-trip-2022-04" }, "受入国（ウランバートル、5月1日）"],
    ["host (Munich Security Conference)", { event: "kono-fm-trip-2018-02" }, "受入国（ミュンヘン安全保障会議）"],
    ["host (ASEAN-related foreign ministers' meetings, Phnom Penh)", { event: "kishida-fm-trip-2012-07" }, "受入国（ASEAN関連外相会議、プノンペン）"],
    ["host (Washington, D.C.)", { event: "kishida-fm-trip-2013-04" }, "受入国（ワシントンD.C.）"],
    ["host (Quad foreign ministers' meeting, Melbourne)", { event: "hayashi-fm-trip-2022-02" }, "受入国（日米豪印外相会合、メルボルン）"],
    ["host (10th APEC Ministerial Meeting, Kuala Lumpur)", { event: "komura-fm-trip-1998-11" }, "受入国（第10回APEC閣僚会議、クアラルンプール）"],
    ["host (TICAD VI, Nairobi)", { event: "kishida-fm-trip-2016-08" }, "受入国（TICAD VI、ナイロビ）"],
    ["host (Premier Wen Jiabao; Foreign Minister Li Zhaoxing)", { event: "aso-fm-visit-to-china-2006" }, "受入国（温家宝国務院総理、李肇星外相）"],
    ["host (Burma), first tour", { event: "kishi-asia-pacific-tours-1957" }, "受入国（ビルマ）（1度目の歴訪）"],
    ["signatory (Mutsu Munemitsu)", {}, "署名者（陸奥宗光）"],
    ["embassy, Washington, D.C.", {}, "大使館（ワシントンD.C.）"],
    ["consulate general, Shinan District", {}, "総領事館（市南区）"],
    ["leaders' meeting, Los Cabos", {}, "首脳会合（ロスカボス）"],
    // prose roles, put into Japanese one by one
    ["received the envoys at El Escorial", {}, "エル・エスコリアルで使節を迎えた"],
    ["Prime Minister of Australia; welcomed Abe", { names: nameLookup([{ id: "australia", name: { en: "Australia", ja: "オーストラリア" } }]) }, "オーストラリア首相、安倍首相を歓迎"],
  ])("writes %s (%j) as %s", (role, ctx, want) => {
    expect(roleWords(role, "ja", { ...ctx, tables: ROLE_TABLES })).toEqual({ text: want, lang: "ja" });
  });

  it.each(["colony", "protectorate", "mandate", "occupation"])("writes how a territory was held (%s) without the tables, as the map does", (role) => {
    expect(roleWords(role, "ja")).toEqual(roleWords(role, "ja", { tables: ROLE_TABLES }));
    expect(roleWords(role, "ja").lang).toBe("ja");
  });

  it.each<[string, RoleContext]>([
    // prose nobody has translated (invented roles: the data's own get their Japanese in time)
    ["the schooner's state; nobody sent the mission", {}],
    // a known base with an untranslated part: never half-translated
    ["host (Munich Security Conference, 2030)", {}],
    ["Prime Minister of Japan; was nowhere when nothing happened", {}],
    ["host (first visit by a Japanese foreign minister to Atlantis)", {}],
    ["host (President Nobody)", {}],
    // a place, a meeting or a person no table names: the whole role stays English, never 受入国（Atlantis）
    ["host (Atlantis)", { event: "kishida-fm-trip-2015-04" }],
    ["host (G7 foreign ministers' meeting, Atlantis)", { event: "kishida-fm-trip-2015-04" }],
    ["host (Warsaw; Foreign Minister Nobody)", { event: "kishida-fm-trip-2015-04" }],
    ["embassy, Atlantis City", {}],
    ["sixth summit, Atlantis", {}],
    ["signatory (Nobody Atall)", {}],
    // a title of something that is not a state with a Japanese name
    ["President of the European Council", { names }],
    ["President of Zanzibar", { names }],
    // a role that happens to name an object's built-in property
    ["constructor", {}],
    // a state named without a lookup to find it
    ["President of the United States", {}],
  ])("keeps %s in English, whole, for the page to mark", (role, ctx) => {
    expect(roleWords(role, "ja", { ...ctx, tables: ROLE_TABLES })).toEqual({ text: role, lang: "en" });
  });

  it("keeps an untranslated slug in English without its hyphens", () => {
    expect(roleWords("some-new-role", "ja", { tables: ROLE_TABLES })).toEqual({ text: "some new role", lang: "en" });
  });

  it("has Japanese for every role the English table words", () => {
    const missing = Object.keys(ROLE_EN).filter((role) => roleWords(role, "ja", { tables: ROLE_TABLES, polity: "japan" }).lang !== "ja");
    expect(missing).toEqual([]);
  });
});

describe("roles on a Japanese page before the tables load", () => {
  it.each<[string, RoleContext, string]>([
    ["host", { event: "abe-trip-2014-01" }, "受入国"],
    ["prime-minister", { polity: "japan" }, "内閣総理大臣"],
    // A visit's participant: the state is not known, and 内閣総理大臣 is Japan's alone (LOOK33: Mongolia's prime minister had it).
    ["prime-minister", { event: "enkhbold-visit-to-japan-2006" }, "首相"],
    ["prime-minister", { polity: "mongolia" }, "首相"],
    ["18th Japan–EU summit", {}, "第18回日EU首脳会議"],
    ["host (ASEM7)", { event: "g7-summit-1979" }, "主催国（ASEM7）"],
  ])("writes %s (%j) by its rule alone, as %s", (role, ctx, want) => {
    expect(roleWords(role, "ja", ctx)).toEqual({ text: want, lang: "ja" });
  });

  it.each<[string, RoleContext, string]>([
    // a fixed role, a prose role, a title of a state, an office named by its state
    ["side A", {}, "side A"],
    ["received the envoys at El Escorial", {}, "received the envoys at El Escorial"],
    ["President of the United States", { names }, "President of the United States"],
    ["president", { polity: "china" }, "president"],
    ["host (state visit)", { event: "g7-summit-1979" }, "host (state visit)"],
    ["head-of-state", {}, "head of state"],
    // a place's Japanese name is in the tables: until then the whole role, not 大使館（Tokyo）
    ["embassy, Tokyo", {}, "embassy, Tokyo"],
    ["18th Japan–EU summit, Prague", {}, "18th Japan–EU summit, Prague"],
    ["host (Warsaw)", { event: "kishida-fm-trip-2015-04" }, "host (Warsaw)"],
  ])("keeps %s (%j) in English, whole, until they arrive: %s", (role, ctx, want) => {
    expect(roleWords(role, "ja", ctx)).toEqual({ text: want, lang: "en" });
  });

  it("leaves the tables out of every module the first page loads: only a dynamic import() reaches them", () => {
    const web = join(import.meta.dirname, "..");
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []));
    const staticImports = files(web).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]*role-(?:table|prose)\.js)"/gms)].map((m) => `${relative(web, file)} → ${m[1]}`),
    );
    // role-table.ts passes on src/model's ROLE_TABLES (which gathers role-prose*.ts); nothing else may import either
    // statically, and neither may the rules every page loads (src/model/roles/roles.ts).
    expect(staticImports).toEqual(["i18n/role-table.ts → ../../../src/model/roles/role-table.js"]);
    const rules = readFileSync(join(web, "..", "..", "src", "model", "roles", "roles.ts"), "utf8");
    expect([...rules.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1])).toEqual(["../months.js", "./role-en.js"]);
  });
});

describe("roles in English", () => {
  it.each([
    ["prime-minister", "Prime Minister"],
    ["side A", "one side"],
    ["embassy, Tokyo", "embassy in Tokyo"],
    ["consulate, Nagoya", "consulate in Nagoya"],
    ["President of the United States", "President of the United States"],
    ["host", "host"],
  ])("writes %s as %s", (role, want) => {
    expect(roleWords(role, "en", { names, event: "abe-trip-2014-01" })).toEqual({ text: want, lang: "en" });
  });
});

describe("nameLookup", () => {
  it.each([
    ["United States", "アメリカ合衆国"],
    ["Republic of Korea", "大韓民国"],
    ["US", "アメリカ合衆国"],
    ["Zanzibar", null],
    ["Atlantis", null],
  ])("finds %s as %s", (en, ja) => {
    expect(names(en)?.ja ?? null).toBe(ja);
  });
});
