import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { Store } from "./store.js";
import { listFixtureStore } from "../../test/lists/fixture.js";
import { SeriesCatalog, SeriesResult } from "../model/lists.js";
import { NoSeriesError, seriesCatalog, seriesValues } from "./series.js";

const { store } = listFixtureStore();
afterAll(() => store.close());

describe("series", () => {
  it("lists every series the database holds with its unit, scope, source and years", () => {
    const c = SeriesCatalog.strict().parse(seriesCatalog(store));
    expect(c.series.map((s) => [s.name, s.scope, s.entities, s.points, s.from, s.to])).toEqual([
      ["shared-igos", "dyad", 2, 2, 2000, 2000],
      ["sipri-military-expenditure", "state", 2, 3, 2000, 2001],
    ]);
    expect(c.series[1]).toMatchObject({ unit: expect.stringContaining("US$"), source: { id: "import-test-series", title: "Test series dataset" } });
  });

  it.each<[string, { state?: string; from?: number; to?: number }, [string, string | null, number, number][]]>([
    ["every value", {}, [["china", null, 2000, 22.9e9], ["japan", null, 2000, 45.5e9], ["japan", null, 2001, 46.1e9]]],
    ["one state's values", { state: "japan" }, [["japan", null, 2000, 45.5e9], ["japan", null, 2001, 46.1e9]]],
    ["values from a year", { from: 2001 }, [["japan", null, 2001, 46.1e9]]],
    ["values up to a year", { to: 2000 }, [["china", null, 2000, 22.9e9], ["japan", null, 2000, 45.5e9]]],
  ])("gives %s, by state then year", (_, f, expected) => {
    const r = SeriesResult.strict().parse(seriesValues(store, "sipri-military-expenditure", f));
    expect(r.points.map((p) => [p.entity.id, p.partner?.id ?? null, p.year, p.value])).toEqual(expected);
    expect(r.total).toBe(expected.length);
  });

  it("finds a state as the partner of a dyad series, with its name", () => {
    const r = seriesValues(store, "shared-igos", { state: "china" });
    expect(r.points.map((p) => [p.entity.name.en, p.partner?.name.en, p.value, p.locator])).toEqual([["Japan", "China", 41, "test.csv line 2000"]]);
  });

  it("still lists a series the catalogue does not describe, with its unit unknown rather than hidden", () => {
    const { store: other, path } = listFixtureStore();
    other.close();
    const db = new Database(path);
    db.prepare("INSERT INTO series(entity_id, partner_id, indicator, year, value, source_id, locator) VALUES ('japan', NULL, 'new-indicator', 2000, 1, 'import-test-series', NULL)").run();
    db.close();
    const reopened = Store.open(path);
    expect(seriesCatalog(reopened).series.find((s) => s.name === "new-indicator")).toMatchObject({ unit: "unknown", title: "new-indicator", points: 1 });
    reopened.close();
  });

  it("refuses a series it does not hold", () => {
    expect(() => seriesValues(store, "gdp-per-capita")).toThrow(NoSeriesError);
  });
});
