import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { listFixtureStore } from "../../../test/lists/fixture.js";
import { parseTime, isTimeError } from "../../model/time.js";
import { Store } from "../store.js";
import { listMemberships, listOffices } from "./spans.js";
import type { ListQuery } from "./common.js";

// Japan joined the Universal Postal Union on 1 June 1877 and its sources leave that membership's end unknown
// ("1877-06-01/"): the memberships list showed it with a blank end, like one still running (issue 15).
function storeWithUnknownEnds(): Store {
  const { store, path } = listFixtureStore();
  store.close();
  const db = new Database(path);
  db.prepare("INSERT INTO entities(id, kind, type, name_en, origin, body) VALUES ('upu', 'organization', 'un-body', 'Universal Postal Union', 'test', '{}')").run();
  const st = db.prepare(`INSERT INTO statements(id, subject, p, object, time, s_min, s_max, e_min, e_max, e_open, e_unknown, role, status, origin)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted', 'test')`);
  for (const [id, subject, p, object, time, role] of [
    ["t-japan-upu-1877", "japan", "member-of", "upu", "1877-06-01/", null],
    ["t-japan-upu-1948", "japan", "member-of", "upu", "1948-06/..", null],
    ["t-aichi-fm-unknown", "kiichi-aichi", "holds-office", "japan", "1968-11-30/", "foreign-minister"],
    // A term no source dates (as data/ held Jake Sullivan's as National Security Advisor).
    ["t-aichi-undated", "kiichi-aichi", "holds-office", "japan", null, "envoy"],
  ] as const) {
    if (time === null) {
      st.run(id, subject, p, object, null, null, null, null, null, null, null, role);
      continue;
    }
    const b = parseTime(time);
    if (isTimeError(b)) throw new Error(b.error);
    st.run(id, subject, p, object, time, b.start.min, b.start.max, b.end.min, b.end.max, Number(b.end.open), Number(b.end.unknown), role);
  }
  db.close();
  return Store.open(path);
}

const store = storeWithUnknownEnds();
afterAll(() => store.close());
const q: ListQuery = { asOf: "2026-01-01", asOfGiven: false, limit: 100, offset: 0 };

describe("a span whose end its sources leave unknown, in the lists", () => {
  it("marks the membership's end unknown, and neither an open one nor one that ended on a day", () => {
    const rows = listMemberships(store, { ...q, with: "japan" });
    const end = (id: string) => rows.filter((r) => r.statement === id).map((r) => [r.to, r.endUnknown ?? false]);
    expect(end("t-japan-upu-1877")).toEqual([[null, true]]);
    expect(end("t-japan-upu-1948")).toEqual([[null, false]]);
    expect(end("t-japan-league")).toEqual([["1935-03-27", false]]);
  });

  it("marks an office held from a day to an unknown end", () => {
    const rows = listOffices(store, { ...q, with: "kiichi-aichi" });
    expect(rows.map((r) => [r.statement, r.to, r.endUnknown ?? false])).toEqual(
      expect.arrayContaining([["t-aichi-fm-unknown", null, true], ["t-aichi-fm", "1971-07-05", false]]),
    );
  });

  it("says unknown, not only no, where the sources leave the day unknown (holdsKnown: false beside holds: no)", () => {
    const on = (rows: { statement: string; holds: string; holdsKnown?: false }[], id: string) => rows.filter((r) => r.statement === id).map((r) => [r.holds, r.holdsKnown ?? true]);
    const members = listMemberships(store, { ...q, with: "japan" });
    // The 1877 membership may still run; the engine counts the one of 1948 for the pair.
    expect(on(members, "t-japan-upu-1877")).toEqual([["no", false]]);
    expect(on(members, "t-japan-upu-1948")).toEqual([["yes", true]]);
    // Ended on a known day: a known "no".
    expect(on(members, "t-japan-league")).toEqual([["no", true]]);
    const offices = listOffices(store, { ...q, with: "kiichi-aichi" });
    expect(on(offices, "t-aichi-undated")).toEqual([["no", false]]);
    expect(on(offices, "t-aichi-fm")).toEqual([["no", true]]);
  });
});
