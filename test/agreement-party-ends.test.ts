// DATA30 (session 38): a state's `party-to` row cannot outlast the agreement it is party to. Where data/ dates how an
// agreement's force ended (the Tripartite Pact 1940-09-27/1945-05-07, the Anglo-Japanese Friendship Treaty of 1854
// superseded on 1899-07-17), each party row closes too — on the day the party left where sources give one (Italy on
// 1943-09-09), else with the agreement — instead of being left open (`1940-09-27/`) as the pacts' rows were. The
// engine already bounds a party by the agreement's span; this holds the data itself to it, so that what a page prints
// beside a party ("1940-11-23/1944-08-23") never says more than the agreement's own dates allow.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sharedBuild } from "./helpers.js";

const db = new Database(sharedBuild().path, { readonly: true });
afterAll(() => db.close());

interface Span { subject: string; object: string; time: string | null; e_max: string | null; e_open: number; e_unknown: number }

/** Curated agreements whose every curated `in-force` span has a known, closed end, with the latest end. */
const ended = new Map(
  (db
    .prepare(
      `SELECT subject AS id, max(e_max) AS ended FROM statements WHERE p = 'in-force' AND origin NOT LIKE 'dataset:%' GROUP BY subject
       HAVING sum(e_open) = 0 AND sum(e_unknown) = 0 AND count(e_max) = count(*)`,
    )
    .all() as { id: string; ended: string }[]).map((r) => [r.id, r.ended]),
);

/** The curated party rows of those agreements (undated rows say nothing of an end and are left out). */
const parties = (db
  .prepare(`SELECT subject, object, time, e_max, e_open, e_unknown FROM statements WHERE p = 'party-to' AND origin NOT LIKE 'dataset:%' AND time IS NOT NULL`)
  .all() as Span[]).filter((s) => ended.has(s.object));

describe("party rows of an agreement whose force ended", () => {
  it("are checked for a real number of agreements (the pacts and the superseded treaties among them)", () => {
    expect(ended.size).toBeGreaterThan(20);
    for (const id of ["tripartite-pact", "anti-comintern-pact", "anglo-japanese-friendship-treaty-1854", "us-japan-treaty-of-commerce-and-navigation-1894"]) {
      expect(ended.has(id), id).toBe(true);
    }
  });

  it("are never left open or with an unknown end", () => {
    const open = parties.filter((s) => s.e_open || s.e_unknown).map((s) => `${s.subject} → ${s.object} ${s.time}`);
    expect(open).toEqual([]);
  });

  it("never end after the agreement's force ended", () => {
    const past = parties.filter((s) => s.e_max && s.e_max > ended.get(s.object)!).map((s) => `${s.subject} → ${s.object} ${s.time} (force ended ${ended.get(s.object)})`);
    expect(past).toEqual([]);
  });

  it.each([
    // [party, agreement, its row's time]: a party that left before the agreement ended, and one that stayed to its end
    ["italy", "tripartite-pact", "1940-09-27/1943-09-09"],
    ["romania", "anti-comintern-pact", "1941-11-25/1944-08-23"],
    ["japan", "anti-comintern-pact", "1936-11-25/1945"],
  ])("dates %s's part in %s as %s", (party, agreement, time) => {
    expect(parties.filter((s) => s.subject === party && s.object === agreement).map((s) => s.time)).toEqual([time]);
  });
});
