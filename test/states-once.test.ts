// Issue 14/16 "no entity twice", for states: after the build of the real data/ with the COW state system
// (and DIPCON, which names states by COW code), no state is made for a COW code that curated states
// cover. COW's 345 runs from the Kingdom of Serbia (1878) through Yugoslavia and Serbia and Montenegro
// to Serbia; it once made `yugoslavia-cow345` beside the curated Yugoslavia.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { COW_ALWAYS, COW_SUCCESSIONS } from "../src/datasets/concordance.js";
import { sharedBuild } from "./helpers.js";

const db = new Database(sharedBuild().path, { readonly: true });
afterAll(() => db.close());

interface State { id: string; cow: number | null; dataset: number }
const states = db.prepare("SELECT id, json_extract(body, '$.cow') AS cow, origin LIKE 'dataset:%' AS dataset FROM entities WHERE kind = 'state'").all() as State[];

/** States reached only through the curated succession lines (not a code's holder, not a table's entry). */
const LINE_ONLY = ["yugoslavia", "serbia-and-montenegro", "kingdom-of-prussia", "german-empire", "russian-sfsr", "ussr", "ottoman-empire"];

describe("states in the built knowledge base", () => {
  it("has no state made for a COW code that a curated state, or a curated line of states, covers", () => {
    const covered = new Set([
      ...states.filter((s) => !s.dataset && s.cow !== null).map((s) => String(s.cow)),
      ...Object.keys(COW_ALWAYS), ...Object.keys(COW_SUCCESSIONS),
    ]);
    expect(states.filter((s) => s.dataset && covered.has(String(s.cow))).map((s) => `${s.id} (COW ${s.cow})`)).toEqual([]);
    expect(states.filter((s) => /-cow\d+$/.test(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("gives COW 345's two spells to the Kingdom of Serbia's days (Serbia), Yugoslavia, Serbia and Montenegro and Serbia", () => {
    const rows = db
      .prepare(`SELECT s.subject, s.time, ss.locator FROM statements s JOIN statement_sources ss ON ss.statement_id = s.id
        WHERE s.p = 'system-member' AND ss.source_id = 'import-cow-state-system' AND s.subject IN ('serbia', 'yugoslavia', 'serbia-and-montenegro') ORDER BY s.time`)
      .all() as { subject: string; time: string; locator: string }[];
    expect(rows.map((r) => [r.subject, r.time])).toEqual([
      ["serbia", "1878-07-13/1918-12-01"],
      ["yugoslavia", "1918-12-01/1941-04-20"],
      ["yugoslavia", "1944-10-20/1992-04-27"],
      ["serbia-and-montenegro", "1992-04-27/2006-06-05"],
      ["serbia", "2006-06-05/.."],
    ]);
    // Each piece cites the COW row it was cut from: two rows, five statements.
    expect(new Set(rows.map((r) => r.locator)).size).toBe(2);
  });

  it("cites a row of the COW state list for every system-membership statement", () => {
    const uncited = db
      .prepare(`SELECT s.subject, s.time FROM statements s WHERE s.p = 'system-member'
        AND NOT EXISTS (SELECT 1 FROM statement_sources ss WHERE ss.statement_id = s.id AND ss.source_id = 'import-cow-state-system' AND ss.locator LIKE 'cow_states.csv line %')`)
      .all();
    expect(uncited).toEqual([]);
  });

  // A start coded to the month (contiguity: 1917-11) counts where its month reaches the state's first day.
  it("starts the COW and DIPCON pieces of a state reached through a succession line within that state's existence", () => {
    const outside = db
      .prepare(`SELECT s.p, s.subject, s.object, s.time FROM statements s
        WHERE s.origin IN ('dataset:cow-state-system', 'dataset:dipcon') AND s.s_min IS NOT NULL
          AND (s.subject IN (SELECT value FROM json_each(?)) OR s.object IN (SELECT value FROM json_each(?)))
          AND NOT EXISTS (SELECT 1 FROM statements e WHERE e.p = 'exists' AND e.origin NOT LIKE 'dataset:%'
            AND e.subject = CASE WHEN s.subject IN (SELECT value FROM json_each(?)) THEN s.subject ELSE s.object END
            AND e.s_min <= s.s_max AND s.s_min < e.e_max)`)
      .all(JSON.stringify(LINE_ONLY), JSON.stringify(LINE_ONLY), JSON.stringify(LINE_ONLY));
    expect(outside).toEqual([]);
    const members = db.prepare("SELECT DISTINCT subject FROM statements WHERE p = 'system-member' AND subject IN (SELECT value FROM json_each(?)) ORDER BY subject").all(JSON.stringify(LINE_ONLY));
    expect(members.map((m) => (m as { subject: string }).subject)).toEqual([...LINE_ONLY].sort());
  });
});
