// The good fixtures plus a few offices, memberships, a dated event place and two series, written straight
// into the built database (as an importer would), so that every list kind and the series have rows to test.
import Database from "better-sqlite3";
import { parseTime, isTimeError } from "../../src/model/time.js";
import { Store } from "../../src/kb/store.js";
import { fixtureStore } from "../helpers.js";

const ENTITIES: [id: string, kind: string, type: string | null, name: string][] = [
  ["kiichi-aichi", "person", null, "Kiichi Aichi"],
  ["takeo-fukuda", "person", null, "Takeo Fukuda"],
  ["taro-aso", "person", null, "Tarō Asō"],
  ["league-of-nations", "organization", "igo", "League of Nations"],
  ["united-nations", "organization", "un-body", "United Nations"],
  ["pyongyang", "place", "city", "Pyongyang"],
  ["import-test-series", "source", "dataset", "Test series dataset"],
];

// [id, subject, p, object, time, role]
const STATEMENTS: [string, string, string, string | null, string, string | null][] = [
  ["t-aichi-fm", "kiichi-aichi", "holds-office", "japan", "1968-11-30/1971-07-05", "foreign-minister"],
  ["t-fukuda-fm", "takeo-fukuda", "holds-office", "japan", "1971-07-05/1972", "foreign-minister"],
  ["t-fukuda-pm", "takeo-fukuda", "holds-office", "japan", "1976-12-24/1978-12-07", "prime-minister"],
  ["t-aso-fm", "taro-aso", "holds-office", "japan", "2005-10-31/2007-08-27", "foreign-minister"],
  ["t-japan-league", "japan", "member-of", "league-of-nations", "1920-01-10/1935-03-27", null],
  ["t-japan-un", "japan", "member-of", "united-nations", "1956-12-18/..", null],
  ["t-japan-un-observer", "japan", "observer-of", "united-nations", "1952/1956-12-18", null],
  ["t-pyongyang-in", "pyongyang", "located-in", "north-korea", "", null],
  // A claim dated to the day beside China's dated only to the year (1971/..): the dispute dates from the day.
  ["t-japan-senkaku-claim", "japan", "claims", "senkaku-islands-dispute", "1971-05-15/..", null],
  // A dataset's copy of a curated term (as Archigos repeats prime ministers): listed once, as curated.
  ["dataset-aso-fm", "taro-aso", "holds-office", "japan", "2005-10/..", "foreign-minister"],
  // Missions: Japan's embassy in Washington (and Wikidata's copy of it, listed once), a consulate-general
  // closed in 2010, China's embassy in Tokyo seen only in the November 2022 snapshot, and a Soviet embassy
  // written as still open (the USSR's end closes it), one at a place (Beijing).
  ["m-japan-us-embassy", "japan", "diplomatic-mission", "united-states", "1952-04-28/..", "embassy, Washington, D.C."],
  ["dataset-m-japan-us-embassy", "japan", "diplomatic-mission", "united-states", "2022-11", "embassy, Washington, D.C."],
  ["m-japan-china-embassy", "japan", "diplomatic-mission", "china", "1973-01/..", "embassy"],
  ["m-japan-china-consulate", "japan", "diplomatic-mission", "china", "1985/2010-01-01", "consulate general, Shenyang"],
  ["dataset-m-china-japan-embassy", "china", "diplomatic-mission", "japan", "2022-11", "embassy, Minato-ku"],
  ["m-ussr-japan-embassy", "ussr", "diplomatic-mission", "japan", "1957-02/..", "embassy"],
];

/**
 * The fixture store with list and series rows added; ids above are what the tests expect.
 *
 * @example const { store } = listFixtureStore(); listOf(store, "offices", …)
 */
export function listFixtureStore(): { store: Store; path: string } {
  const { store, path } = fixtureStore();
  store.close();
  const db = new Database(path);
  const entity = db.prepare("INSERT INTO entities(id, kind, type, name_en, origin, body) VALUES (?, ?, ?, ?, 'test', '{}')");
  for (const e of ENTITIES) entity.run(...e);
  const st = db.prepare(`INSERT INTO statements(id, subject, p, object, time, s_min, s_max, e_min, e_max, e_open, e_unknown, role, status, origin)
    VALUES (@id, @subject, @p, @object, @time, @s_min, @s_max, @e_min, @e_max, @e_open, @e_unknown, @role, 'accepted', @origin)`);
  const src = db.prepare("INSERT INTO statement_sources(statement_id, source_id, locator) VALUES (?, 'import-test-series', NULL)");
  for (const [id, subject, p, object, time, role] of STATEMENTS) {
    const b = time ? parseTime(time) : null;
    if (b && isTimeError(b)) throw new Error(`${id}: ${b.error}`);
    st.run({
      id, subject, p, object, time: time || null, role, origin: id.startsWith("dataset-") ? (p === "diplomatic-mission" ? "dataset:embassies" : "dataset:archigos") : "test",
      s_min: b?.start.min ?? null, s_max: b?.start.max ?? null, e_min: b?.end.min ?? null, e_max: b?.end.max ?? null,
      e_open: b ? Number(b.end.open) : null, e_unknown: b ? Number(b.end.unknown) : null,
    });
    src.run(id);
  }
  // The fixture visit happened in Pyongyang: give its `occurred` statement the place.
  db.prepare("UPDATE statements SET at = 'pyongyang' WHERE subject = 'koizumi-visit-to-pyongyang-2002' AND p = 'occurred'").run();
  db.prepare("UPDATE statements SET at = 'beijing' WHERE id = 'm-japan-china-embassy'").run();
  const series = db.prepare("INSERT INTO series(entity_id, partner_id, indicator, year, value, source_id, locator) VALUES (?, ?, ?, ?, ?, 'import-test-series', ?)");
  for (const [e, p, i, y, v] of [
    ["japan", null, "sipri-military-expenditure", 2000, 45.5e9],
    ["japan", null, "sipri-military-expenditure", 2001, 46.1e9],
    ["china", null, "sipri-military-expenditure", 2000, 22.9e9],
    ["japan", "china", "shared-igos", 2000, 41],
    ["japan", "united-states", "shared-igos", 2000, 63],
  ] as const) series.run(e, p, i, y, v, `test.csv line ${y}`);
  db.close();
  return { store: Store.open(path), path };
}
