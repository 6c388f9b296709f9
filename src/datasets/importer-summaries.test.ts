// Every entity a dataset import makes has its summary in Japanese too, naming states by their Japanese
// names (issue 15 item 5), and no summary shows a raw COW code as if it were a state's name.
import Database from "better-sqlite3";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD, sharedStore } from "../../test/helpers.js";
import { buildDatabase } from "../kb/build.js";
import { claimSummary, icowClaims } from "./importers/claims.js";
import { conflict, midSummary } from "./importers/conflict.js";
import { cowStates, cowStateSummary } from "./importers/cow-states.js";
import { archigos, leaderSummary } from "./importers/leaders.js";
import { inText, monthSpan } from "./importers/summary-text.js";
import { territorial, territorySummary } from "./importers/territorial.js";
import { treaties, treatySummary } from "./importers/treaties.js";
import { importInto } from "./run.js";
import type { Importer } from "./types.js";

const JAPAN = { en: "Japan", ja: "日本" };
const CANADA = { en: "Canada", ja: "カナダ" };
const RUSSIAN_EMPIRE = { en: "Russian Empire", ja: "ロシア帝国" };
const US = { en: "United States", ja: "アメリカ合衆国" };

describe("each importer's summary template in English and Japanese", () => {
  it.each<[string, { en: string; ja: string }, string, string]>([
    ["GGO agreement with a Japanese title", treatySummary("Agreement Between Japan And Korea Concerning Fisheries", "日本・韓国漁業協定", true, "JPN_1883A"),
      "Agreement Between Japan And Korea Concerning Fisheries: a bilateral agreement listed in the GGO treaty data (JPN_1883A).",
      "日本・韓国漁業協定：GGO条約データに掲載された二国間協定（JPN_1883A）。"],
    ["GGO agreement with its English title alone", treatySummary("Treaty Concerning The Archipelago Of Spitsbergen", undefined, false, "TRTYAS_1920A"),
      "Treaty Concerning The Archipelago Of Spitsbergen: a multilateral agreement listed in the GGO treaty data (TRTYAS_1920A).",
      "英語の題名「Treaty Concerning The Archipelago Of Spitsbergen」としてGGO条約データに掲載された多数国間協定（TRTYAS_1920A）。"],
    ["ICOW claim within one year", claimSummary("maritime", CANADA, JAPAN, "1938-01", "1938-02"),
      "Canada's maritime claim against Japan coded by the ICOW project, January to February 1938.",
      "ICOWプロジェクトが記録したカナダの日本に対する海洋に関する主張（1938年1月から2月まで）。"],
    ["ICOW claim across years, against a state that takes 'the'", claimSummary("territorial", JAPAN, RUSSIAN_EMPIRE, "1905-09", "1925-01"),
      "Japan's territorial claim against the Russian Empire coded by the ICOW project, September 1905 to January 1925.",
      "ICOWプロジェクトが記録した日本のロシア帝国に対する領土に関する主張（1905年9月から1925年1月まで）。"],
    ["ICOW river claim by a state whose name ends in s", claimSummary("other", US, JAPAN, "1950", "1951"),
      "The United States' river claim against Japan coded by the ICOW project, 1950 to 1951.",
      "ICOWプロジェクトが記録したアメリカ合衆国の日本に対する河川に関する主張（1950年から1951年まで）。"],
    ["militarized dispute", midSummary("13", US, "2"),
      "A militarized interstate dispute between Japan and the United States (MID 13), as coded in the Dyadic MID data; highest hostility level 2 of 5.",
      "日本とアメリカ合衆国の間の軍事化された国家間紛争（MID 13）。Dyadic MIDデータによる。最高敵対度は5段階中2。"],
    ["territorial change with a loser and an area", territorySummary(JAPAN, RUSSIAN_EMPIRE, "1875", 32348),
      "Territory passing from Japan to the Russian Empire in 1875 (32,348 km²), as coded by the COW territorial change data.",
      "1875年に日本からロシア帝国へ移った領土（32,348 km²）。COW領土変更データによる。"],
    ["territorial change with no previous state and no area", territorySummary(undefined, JAPAN, "1873", undefined),
      "Territory passing from no previous state to Japan in 1873, as coded by the COW territorial change data.",
      "1873年に先行する国家のない地域から日本へ移った領土。COW領土変更データによる。"],
    ["Archigos leader", leaderSummary("1885-12-22", "1888-04-30"),
      "Japan's effective leader from 1885-12-22 to 1888-04-30, as coded by Archigos (surname only in the dataset).",
      "Archigosが記録する日本の実質的な指導者（1885年12月22日から1888年4月30日まで）。データセットには姓のみが記載されている。"],
    ["Archigos leader still in office", leaderSummary("2012-12-26", ".."),
      "Japan's effective leader from 2012-12-26, as coded by Archigos (surname only in the dataset).",
      "Archigosが記録する日本の実質的な指導者（2012年12月26日から）。データセットには姓のみが記載されている。"],
    ["COW state", cowStateSummary("240"),
      "A member of the Correlates of War state system (COW code 240).",
      "COW（Correlates of War）国家システムの加盟国（COWコード240）。"],
  ])("%s", (_, made, en, ja) => {
    expect(made).toEqual({ en, ja });
  });

  it.each([
    ["1938-01", "1938年1月"],
    ["1885-12-02", "1885年12月2日"],
    ["1590", "1590年"],
    ["1980-09-01?", "1980年9月1日？"],
  ])("writes the date %s as %s, as every Japanese date is written (src/model/ja-date.ts)", (d, ja) => expect(monthSpan(d, d).ja).toBe(ja));

  it.each([
    ["1911-02", "1911-02", { en: "February 1911", ja: "1911年2月" }],
    ["1911-02", "1911-12", { en: "February to December 1911", ja: "1911年2月から12月まで" }],
    ["1905-09", "1925-01", { en: "September 1905 to January 1925", ja: "1905年9月から1925年1月まで" }],
  ])("writes the months %s to %s once where they share a year", (from, to, want) => expect(monthSpan(from, to)).toEqual(want));

  it.each([
    ["United Kingdom", "the United Kingdom"],
    ["Russian Empire", "the Russian Empire"],
    ["Philippines", "the Philippines"],
    ["China", "China"],
    ["Canada", "Canada"],
  ])("writes the state %s in running text as %s", (name, want) => expect(inText(name)).toBe(want));
});

/** Archigos has no fixture folder: one unmatched leader, as in importer-notes.test.ts. */
function archigosDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-archigos-summaries-"));
  writeFileSync(join(dir, "archigos_4.1_leaders.csv"), [
    '"obsid","leadid","ccode","idacr","leader","startdate","eindate","enddate","eoutdate","entry","exit","exitcode"',
    '"JPN-1885","x",740,"JPN","Ito","1885-12-22","1885-12-22","1888-04-30","1888-04-30","Regular","Regular","Regular"',
  ].join("\n"));
  return dir;
}

/** Runs one importer on the good fixtures (with the Japanese names a build would give, if any) and reads back what it made. */
async function entitiesMadeBy(importer: Importer, dir: string, namesJa?: ReadonlyMap<string, string>) {
  const file = join(mkdtempSync(join(tmpdir(), "gaiko-summaries-")), "kb.db");
  buildDatabase(GOOD, file, { sharedDir: FIXTURE_SHARED });
  const db = new Database(file);
  try {
    await importInto(db, importer, dir, undefined, namesJa);
    return db
      .prepare("SELECT id, summary_ja, json_extract(body, '$.summary.ja') AS body_ja FROM entities WHERE origin = ? AND kind != 'source' ORDER BY id")
      .all(`dataset:${importer.name}`) as { id: string; summary_ja: string | null; body_ja: string | null }[];
  } finally {
    db.close();
  }
}

describe("each importer run on its fixtures", () => {
  const datasets = join(FIXTURES, "datasets");
  it.each<[Importer, () => string, string, string]>([
    [treaties, () => join(datasets, "treaties-globalgov"), "ggo-jpn-usa-1972a", "英語の題名「Agreement Between The United States Of America And Japan Concerning Fisheries」としてGGO条約データに掲載された二国間協定（JPN-USA_1972A）。"],
    [conflict, () => join(datasets, "conflict-mids-wars-rivalries"), "mid-13-japan-united-states", "日本とアメリカ合衆国の間の軍事化された国家間紛争（MID 13）。Dyadic MIDデータによる。最高敵対度は5段階中2。"],
    [archigos, archigosDir, "ito-archigos-jpn-1885", "Archigosが記録する日本の実質的な指導者（1885年12月22日から1888年4月30日まで）。データセットには姓のみが記載されている。"],
    [territorial, () => join(datasets, "cow-territorial-change"), "territorial-change-354", "1895年に中華人民共和国から日本へ移った領土（35,763 km²）。COW領土変更データによる。"],
    [cowStates, () => join(datasets, "cow-state-system"), "baden", "COW（Correlates of War）国家システムの加盟国（COWコード267）。"],
    [icowClaims, () => join(datasets, "icow-territorial-claims"), "icow-claim-239407", "ICOWプロジェクトが記録した日本のロシアに対する海洋に関する主張（1911年2月から12月まで）。"],
  ])("$name gives every entity it makes a Japanese summary, in the body and the column", async (importer, dir, id, ja) => {
    const made = await entitiesMadeBy(importer, dir());
    expect(made.length, "the fixture yields entities to check").toBeGreaterThan(0);
    expect(made.filter((e) => !e.summary_ja || e.body_ja !== e.summary_ja).map((e) => e.id)).toEqual([]);
    expect(made.find((e) => e.id === id)?.summary_ja).toBe(ja);
  });

  it("titles a GGO agreement in Japanese where the build gives it a Japanese name", async () => {
    const made = await entitiesMadeBy(treaties, join(datasets, "treaties-globalgov"), new Map([["ggo-jpn-usa-1972a", "日本国とアメリカ合衆国との間の漁業に関する協定"]]));
    expect(made.find((e) => e.id === "ggo-jpn-usa-1972a")?.summary_ja).toBe("日本国とアメリカ合衆国との間の漁業に関する協定：GGO条約データに掲載された二国間協定（JPN-USA_1972A）。");
  });
});

describe("the full build's dataset entities", () => {
  const store = sharedStore();
  afterAll(() => store.close());
  const SIX = ["treaties", "conflict", "archigos", "territorial-change", "cow-state-system", "icow-claims"].map((n) => `dataset:${n}`);

  it("name no state by its COW code in any summary", () => {
    const rows = store.db.prepare("SELECT id, summary_en, summary_ja FROM entities WHERE origin LIKE 'dataset:%'").all() as { id: string; summary_en: string | null; summary_ja: string | null }[];
    expect(rows.length).toBeGreaterThan(800);
    expect(rows.filter((r) => /COW state \d/.test(`${r.summary_en ?? ""}\n${r.summary_ja ?? ""}`)).map((r) => r.id)).toEqual([]);
  });

  it("made by the six importers that write summaries all have one in Japanese", () => {
    const missing = store.db
      .prepare(`SELECT origin, count(*) AS n FROM entities WHERE origin IN (${SIX.map(() => "?").join(",")}) AND kind != 'source' AND summary_ja IS NULL GROUP BY origin`)
      .all(...SIX);
    expect(missing).toEqual([]);
  });
});
