import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../../test/helpers.js";
import { buildDatabase } from "../build.js";
import { relationsAsOf } from "../relations.js";
import { graphAsOf } from "../graph.js";
import { Store } from "../store.js";
import { nameOnDay } from "./names.js";

/**
 * The good fixtures, with the Republic of China's English and Japanese names dated 1912–1949, and an
 * English name for its first months of relations with Japan (made up for the test).
 */
function storeWithDatedNames(): Store {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-names-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  const file = join(data, "states", "taiwan.yaml");
  const text = readFileSync(file, "utf8");
  expect(text).toMatch(/^aliases:/m);
  writeFileSync(
    file,
    text.replace(/^aliases:\n/m, 'aliases:\n  - {text: "Republic of China", lang: en, time: "1912-01-01/1949-10-01"}\n  - {text: "中華民国", lang: ja, time: "1912-01-01/1949-10-01"}\n  - {text: "Nationalist China", lang: en, time: "1952-04-28/1953"}\n'),
  );
  buildDatabase(data, join(dir, "gaiko.db"), { sharedDir: FIXTURE_SHARED });
  return Store.open(join(dir, "gaiko.db"));
}

describe("names over time", () => {
  const store = storeWithDatedNames();
  it.each([
    ["1930-06-01", { en: "Republic of China", ja: "中華民国" }],
    ["1949-09-30", { en: "Republic of China", ja: "中華民国" }],
    ["1949-10-01", null], // the period's end day is not in it (as for every span)
    ["1972-01-01", null],
  ])("as of %s the state goes by %j (null: its name today)", (day, want) => {
    expect(nameOnDay(store, "taiwan", day)).toEqual(want);
  });

  it("are given in the relations answer only when they differ from today's name", () => {
    const row = (day: string) => relationsAsOf(store, day).relations.find((r) => r.state.id === "taiwan")!;
    expect(row("1940-01-01").nameOnDay).toEqual({ en: "Republic of China", ja: "中華民国" });
    expect(row("1960-01-01").nameOnDay).toBeUndefined();
    expect(row("1960-01-01").state.name.en).toBe("Taiwan");
    expect(relationsAsOf(store, "1940-01-01").relations.filter((r) => r.nameOnDay).map((r) => r.state.id)).toEqual(["taiwan"]);
  });

  it("name the network's nodes as of the day too", () => {
    const roc = (day: string) => graphAsOf(store, day).nodes.find((n) => n.id === "taiwan");
    expect(roc("1952-06-01")?.nameOnDay).toEqual({ en: "Nationalist China", ja: "台湾" });
    expect(roc("1960-06-01")).toBeDefined();
    expect(roc("1960-06-01")?.nameOnDay).toBeUndefined();
  });
});
