// `gaiko list` and `gaiko series` in-process (issue 16), each beside a same-run baseline: reading the
// statement or series rows the answer is made from with one prepared SQLite query, no engine and no names.
import { listOf } from "../src/kb/list.js";
import { seriesValues } from "../src/kb/series.js";
import type { Store } from "../src/kb/store.js";
import { percentile, report, timeMany } from "./stats.js";

/** A list query (EPAs in force on a date; foreign ministers in a decade) and a series query, p99. */
export function benchLists(store: Store): void {
  const base = { asOf: "2026-01-01", asOfGiven: false, limit: 100, offset: 0 };
  const rows = store.prepared("SELECT * FROM statements WHERE p IN ('in-force', 'signed', 'party-to', 'signatory-of')");
  const read = timeMany(200, () => rows.all());
  listOf(store, "agreements", base); // warm: the engine's world is read once per store
  const agreements = timeMany(200, (i) =>
    listOf(store, "agreements", { ...base, type: "trade", with: "japan", asOf: `${1990 + (i % 36)}-06-01`, asOfGiven: true }),
  );
  report("list agreements in force p99", percentile(agreements, 99), "read their statements p99", percentile(read, 99));
  const offices = store.prepared("SELECT * FROM statements WHERE p = 'holds-office'");
  const readOffices = timeMany(500, () => offices.all());
  const ministers = timeMany(500, (i) =>
    listOf(store, "offices", { ...base, with: "japan", type: "foreign-minister", from: `${1950 + (i % 60)}-01-01`, to: `${1960 + (i % 60)}-12-31` }),
  );
  report("list foreign ministers in a decade p99", percentile(ministers, 99), "read holds-office rows p99", percentile(readOffices, 99));

  const raw = store.prepared("SELECT entity_id, partner_id, year, value, locator FROM series WHERE entity_id = ? AND indicator = ?");
  const states = ["japan", "china", "united-states", "russia", "india", "germany"];
  const readSeries = timeMany(1000, (i) => raw.all(states[i % 6], "sipri-military-expenditure"));
  seriesValues(store, "sipri-military-expenditure", { state: "japan" });
  const series = timeMany(1000, (i) => seriesValues(store, "sipri-military-expenditure", { state: states[i % 6] }));
  report("series one state p99", percentile(series, 99), "read its rows p99", percentile(readSeries, 99));
}
