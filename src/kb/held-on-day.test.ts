// Issue 15, "one as-of engine answers every view": an entity page's counts as of a date (`sections[].held`)
// are the engine's answers, not statements counted one by one. Japan's page once said 194 states with
// relations beside the map's 195: it left out states whose only current statement is undated (Kiribati,
// Panama), which the engine reads as relations that may hold, and counted Mongolia twice (two statements).
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { buildDatabase } from "./build.js";
import { showEntity } from "./entity-query.js";
import { relationsAsOf } from "./relations.js";
import { Store } from "./store.js";

const SRC = `sources: [{source: web-mofa-fixture, locator: "§ 1"}]`;

/** The good fixtures, plus China's relations written twice (once through an agreement, as Mongolia's are) and an agreement whose force has an unknown end. */
function store(): Store {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-held-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  writeFileSync(
    join(data, "agreements", "japan-china-fisheries-agreement-1990.yaml"),
    `names: {en: "Fisheries Agreement (fixture)", ja: "漁業協定"}
type: trade
scope: bilateral
${SRC}
statements:
  - {p: in-force, time: "1990-06-01/", ${SRC}}
  - {p: party-to, subject: japan, object: japan-china-fisheries-agreement-1990, time: "1990-06-01/..", ${SRC}}
  - {p: party-to, subject: china, object: japan-china-fisheries-agreement-1990, time: "1990-06-01/..", ${SRC}}
  - {p: diplomatic-relations, subject: japan, object: china, time: "1972-09-29/..", via: japan-china-fisheries-agreement-1990, ${SRC}}
`,
  );
  buildDatabase(data, join(dir, "kb.db"), { sharedDir: FIXTURE_SHARED });
  return Store.open(join(dir, "kb.db"));
}

const kb = store();
afterAll(() => kb.close());

const held = (id: string, day: string, p: string) => showEntity(kb, id, day)!.sections!.find((s) => s.p === p)?.held;
const withRelations = (day: string) => relationsAsOf(kb, day).relations.filter((r) => r.status === "diplomatic-relations").map((r) => r.state.id);

describe("an entity page's counts as of a date", () => {
  it.each([
    // China twice, Kosovo undated (it exists from 2008), the USSR until 1991, Russia after.
    ["1960-01-01", ["taiwan", "united-states", "ussr"]],
    ["1980-01-01", ["china", "united-states", "ussr"]],
    ["2020-01-01", ["china", "kosovo", "namibia", "russia", "united-states"]],
  ])("counts on Japan's page on %s the states /relations says Japan had relations with: %j", (day, states) => {
    expect(withRelations(day).sort()).toEqual(states);
    expect(held("japan", day, "diplomatic-relations")).toBe(states.length);
  });

  it("counts a state whose relations statement is undated, as the engine reads it (relations that may hold)", () => {
    const kosovo = relationsAsOf(kb, "2020-01-01").relations.find((r) => r.state.id === "kosovo")!;
    expect([kosovo.status, kosovo.certain]).toEqual(["diplomatic-relations", false]);
    expect(held("kosovo", "2020-01-01", "diplomatic-relations")).toBe(1);
  });

  it("counts a state whose relations are written in two files once", () => {
    expect(showEntity(kb, "china")!.sections!.find((s) => s.p === "diplomatic-relations")?.count).toBe(2);
    expect(held("china", "2020-01-01", "diplomatic-relations")).toBe(1);
  });

  it.each([
    ["1955-01-01", 1],
    ["1970-01-01", 1],
    // The fisheries agreement's force has an unknown end: the engine says "unknown", never "in force".
    ["1995-01-01", 2],
  ])("counts on Japan's page on %s the agreements the engine says were in force: %i", (day, n) => {
    expect(held("japan", day, "party-to")).toBe(n);
  });

  it("leaves out a state's relations on a day before it existed", () => {
    expect(held("kosovo", "2000-01-01", "diplomatic-relations")).toBe(0);
    expect(withRelations("2000-01-01")).not.toContain("kosovo");
  });
});
