// Every note an importer writes has its Japanese form (issue 15 item 5): the templates one by one, then
// each importer run on its own fixtures, where no stored note may lack `note_ja`.
import Database from "better-sqlite3";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { describeWithShared } from "../../test/shared.js";
import { readCsv } from "./csv.js";
import { MISSION_PLACE_JA } from "../model/mission-places.js";
import { buildDatabase } from "../kb/build.js";
import { agreementNotes } from "./importers/agreements.js";
import { atop, atopNotes } from "./importers/atop.js";
import { colonial, colonialNotes } from "./importers/colonial.js";
import type { ImportNote } from "./importers/common.js";
import { conflict, conflictNotes } from "./importers/conflict.js";
import { cowStateNotes, cowStates } from "./importers/cow-states.js";
import { dipcon, dipconNotes } from "./importers/dipcon.js";
import { embassies, embassyNotes } from "./importers/embassies.js";
import { archigos, archigosNotes } from "./importers/leaders.js";
import { isd, isdNotes } from "./importers/states.js";
import { treaties, treatyNotes } from "./importers/treaties.js";
import { ledgerNotes } from "./ledger.js";
import { importInto } from "./run.js";
import type { Importer } from "./types.js";

/** Kana or kanji: a Japanese note is written in Japanese, not the English copied over. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe("each importer note template in English and Japanese", () => {
  it.each<[string, ImportNote, string, string]>([
    ["desta/GGO date unlike the curated one", agreementNotes.differs(), "The date as the dataset has it; it differs from the curated date.", "データセットに記載された日付。個別の出典で確認した日付とは異なる。"],
    ["ATOP run", atopNotes.run(1902, 1905, false), "ATOP codes this obligation in every year 1902–1905.", "ATOPのデータでは、この義務が1902年から1905年まで毎年記録されている。"],
    ["ATOP run to the end of the data", atopNotes.run(2004, 2018, true), "ATOP codes this obligation in every year 2004–2018 (the end of the data).", "ATOPのデータでは、この義務が2004年から2018年（データの最終年）まで毎年記録されている。"],
    ["ICOW independence", colonialNotes.independence("740", "730", true, null), "ICOW: colonial ruler 740, independence from 730 (COW codes), violent; no start of Japanese rule is coded.", "ICOWのコード：宗主国740、独立元730（いずれもCOWコード）、暴力を伴う独立。日本による統治の開始は記録されていない。"],
    ["ICOW independence with the coder's note", colonialNotes.independence("740", "740", false, "Unsure."), "ICOW: colonial ruler 740, independence from 740 (COW codes), non-violent; no start of Japanese rule is coded. Coder's note: Unsure.", "ICOWのコード：宗主国740、独立元740（いずれもCOWコード）、非暴力による独立。日本による統治の開始は記録されていない。コーダーの注記（原文）：Unsure."],
    ["COW war", conflictNotes.war("73", 1894, 1895), "COW inter-state war number 73, coded by year (1894–1895).", "COW国家間戦争データの戦争番号73。年単位で記録（1894年から1895年まで）。"],
    ["COW state", cowStateNotes.exists(), "Taken from its COW system membership.", "COW国家システムへの加盟期間による。"],
    ["DIPCON run", dipconNotes.run(1970, 2010), "DIPCON records representation in every snapshot 1970–2010; dates between and beyond the snapshots are not observed.", "DIPCONでは1970年から2010年までの各調査時点で外交代表の派遣が記録されている。調査時点の間と前後の時期は観測されていない。"],
    ["embassy abroad", embassyNotes.observed("consulate general", "Atlanta"), "consulate general in Atlanta; observed in the November 2022 Wikidata snapshot.", "総領事館（所在地：アトランタ）。2022年11月のWikidataスナップショットで確認。"],
    ["embassy in Japan", embassyNotes.observed("embassy", "Minato-ku"), "embassy in Minato-ku; observed in the November 2022 Wikidata snapshot.", "大使館（所在地：港区）。2022年11月のWikidataスナップショットで確認。"],
    ["mission without a city", embassyNotes.observed("apostolic nunciature", ""), "apostolic nunciature; observed in the November 2022 Wikidata snapshot.", "ローマ教皇庁大使館。2022年11月のWikidataスナップショットで確認。"],
    ["mission in a place not listed, of a kind not listed", embassyNotes.observed("liaison office", "Nowhere Town"), "liaison office in Nowhere Town; observed in the November 2022 Wikidata snapshot.", "外交公館（liaison office）（所在地：Nowhere Town）。2022年11月のWikidataスナップショットで確認。"],
    ["Archigos leader", archigosNotes.effectiveLeader(), "Archigos codes Japan's effective leader; the office is not named in the data.", "Archigosは日本の実質的な指導者を記録しており、役職名はデータに含まれない。"],
    ["ISD start", isdNotes.start("Korea", "李氏朝鮮", "4"), "ISD's start date for Korea (start type 4).", "ISDにおける李氏朝鮮の開始日（開始類型4）。"],
    ["ISD start without a type", isdNotes.start("Kosovo", "コソボ", ""), "ISD's start date for Kosovo (start type ).", "ISDにおけるコソボの開始日。"],
    ["GGO in force, no end", treatyNotes.inForceOpen(), "Entry into force from the GGO data, which codes no end (End 9999-12-31).", "発効日はGGOデータによる。同データに終了日の記載はない（End 9999-12-31）。"],
    ["GGO in force and ended", treatyNotes.inForceEnded(), "Entry into force and termination (Term) from the GGO data; how it ended is not coded.", "発効日と終了日（Term）はGGOデータによる。終了の経緯は記録されていない。"],
    ["GGO in force, end not coded", treatyNotes.inForceEndUnknown(), "Entry into force from the GGO data; its end, if any, is not coded here.", "発効日はGGOデータによる。終了の有無と時期はここでは記録されていない。"],
    ["GGO party from ratification", treatyNotes.fromRatification(), "From ratification; the state's own entry into force is not coded.", "批准日から。当該国についての発効日は記録されていない。"],
  ])("%s", (_, made, en, ja) => {
    expect(made).toEqual({ note: en, note_ja: ja });
  });
});

describe("each ledger note in English and Japanese", () => {
  it.each<[string, ImportNote, string, string]>([
    ["open end set aside", ledgerNotes.openEndSetAside("archigos", "2012-12-26/..", "2012-12-26/2020-09-16"), "archigos leaves it open (2012-12-26/..); curated data has it end (2012-12-26/2020-09-16): the dataset's open end is set aside", "archigosは終わりを記録しない（2012-12-26/..）が、個別の出典によるデータでは終わっている（2012-12-26/2020-09-16）。データセットが終期を開いたままにしている点は採らない"],
    ["date set aside", ledgerNotes.dateSetAside("conflict", "1937/1941", "1941-12-09/1952-08-05"), "conflict has 1937/1941, curated data has 1941-12-09/1952-08-05, dated at least as precisely: the dataset's date is set aside", "conflictは1937/1941、個別の出典によるデータは同等以上の精度で1941-12-09/1952-08-05とする。データセットの日付は採らない"],
    ["dates differ", ledgerNotes.differs("atop", "1902/1921", "curated data", "1902-01-30/1923-08-17"), "atop has 1902/1921, curated data has 1902-01-30/1923-08-17", "atopは1902/1921、個別の出典によるデータは1902-01-30/1923-08-17とする"],
    ["dates differ between datasets", ledgerNotes.differs("desta", "2004", "treaties", "2005-01-01/.."), "desta has 2004, treaties has 2005-01-01/..", "destaは2004、treatiesは2005-01-01/..とする"],
    ["spans apart", ledgerNotes.apart("conflict", "1900", "curated data", "1894-08-01/1895-05-08"), "conflict has 1900, which does not overlap curated data 1894-08-01/1895-05-08", "conflictは1900とし、個別の出典によるデータの1894-08-01/1895-05-08と重ならない"],
    ["a vaguer duplicate", ledgerNotes.vaguer("curated data", "1951", "1951-09-08"), "curated data also has 1951, the same as curated 1951-09-08 known less precisely: set aside", "個別の出典によるデータにも1951とあるが、個別の出典による1951-09-08と同じ事実をより粗い精度で示すもので、採らない"],
  ])("%s", (_, made, en, ja) => {
    expect(made).toEqual({ note: en, note_ja: ja });
  });
});

/** Archigos has no fixture folder: the rows the importer tests write, one unmatched leader among them. */
function archigosDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-archigos-notes-"));
  writeFileSync(join(dir, "archigos_4.1_leaders.csv"), [
    '"obsid","leadid","ccode","idacr","leader","startdate","eindate","enddate","eoutdate","entry","exit","exitcode"',
    '"JPN-1885","x",740,"JPN","Ito","1885-12-22","1885-12-22","1888-04-30","1888-04-30","Regular","Regular","Regular"',
  ].join("\n"));
  return dir;
}

// (DESTA's one note needs a curated agreement the fixtures lack; its template is in the table above.)
describe("each importer run on its fixtures", () => {
  const datasets = join(FIXTURES, "datasets");
  it.each<[Importer, () => string]>([
    [cowStates, () => join(datasets, "cow-state-system")],
    [atop, () => join(datasets, "alliances-atop")],
    [dipcon, () => join(datasets, "diplomatic-representation-dipcon")],
    [conflict, () => join(datasets, "conflict-mids-wars-rivalries")],
    [archigos, archigosDir],
    [treaties, () => join(datasets, "treaties-globalgov")],
    [embassies, () => join(datasets, "embassies-wikidata")],
    [isd, () => join(datasets, "states-globalgov")],
    [colonial, () => join(datasets, "icow-colonial-history")],
  ])("$name writes every note with its Japanese form", async (importer, dir) => {
    const file = join(mkdtempSync(join(tmpdir(), "gaiko-notes-")), "kb.db");
    buildDatabase(GOOD, file, { sharedDir: FIXTURE_SHARED });
    const db = new Database(file);
    try {
      await importInto(db, importer, dir());
      const notes = db.prepare("SELECT note, note_ja FROM statements WHERE origin = ? AND note IS NOT NULL").all(`dataset:${importer.name}`) as { note: string; note_ja: string | null }[];
      expect(notes.length, "the fixture yields notes to check").toBeGreaterThan(0);
      for (const n of notes) expect(n.note_ja, n.note).toMatch(JAPANESE);
    } finally {
      db.close();
    }
  });
});

describeWithShared("the mission snapshot's places", (shared) => {
  it("has a Japanese name for every place where Japan's own or another state's mission in Japan stands", async () => {
    const places = new Set<string>();
    for await (const r of readCsv(join(shared, "data", "embassies-wikidata", "japan_missions_subset.csv"), () => undefined, { delimiter: ";" })) {
      if ((r.get("operator") === "Japan" || r.get("country") === "Japan") && r.get("city")) places.add(r.get("city"));
    }
    expect(places.size).toBeGreaterThan(200);
    expect([...places].filter((p) => !MISSION_PLACE_JA[p])).toEqual([]);
  });
});
