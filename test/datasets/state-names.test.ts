// Importers that match a state by name (OWID's series, the embassies snapshot) take a state's own name before
// another state's alias: "Germany" in a dataset row is today's Germany, though the German Empire (1871–1918) is
// also called Germany (an alias the checker needs for "Russia, France, and Germany" of 1895).
import { afterAll, describe, expect, it } from "vitest";
import { sharedStore } from "../helpers.js";

const store = sharedStore();
afterAll(() => store.close());
const db = store.db;

describe("states matched by name in the datasets", () => {
  it("gives no dataset row after 1918 to the German Empire, whose alias 'Germany' is today's Germany's own name", () => {
    const series = db.prepare("SELECT count(*) AS n FROM series WHERE entity_id = 'german-empire' AND year > 1918").get() as { n: number };
    const rows = db.prepare("SELECT count(*) AS n FROM statements WHERE origin LIKE 'dataset:%' AND (subject = 'german-empire' OR object = 'german-empire') AND s_min >= '1919'").get() as { n: number };
    expect([series.n, rows.n]).toEqual([0, 0]);
    const germany = db.prepare("SELECT count(*) AS n FROM series WHERE entity_id = 'germany' AND year > 1990").get() as { n: number };
    expect(germany.n).toBeGreaterThan(100);
  });
});
