import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD, fixtureStore } from "../../test/helpers.js";
import { buildDatabase } from "./build.js";
import { coverage } from "./coverage.js";
import { Store } from "./store.js";

/** The good fixtures with one file's text replaced, built into a fresh database. */
function storeWith(file: string, from: string, to: string): Store {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-coverage-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  const path = join(data, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  buildDatabase(data, join(dir, "gaiko.db"), { sharedDir: FIXTURE_SHARED });
  return Store.open(join(dir, "gaiko.db"));
}

describe("coverage", () => {
  it("counts curated agreements dated to the day, ignoring a rejected year-only claim", () => {
    // The fixture's three agreements are signed and in force from known days; the 1978 treaty also
    // holds a rejected "signed 1972", which must not count as a date either way.
    const c = coverage(fixtureStore().store);
    expect(c.agreements.curated).toEqual({ total: 3, signedDated: 3, signedToDay: 3, signedShare: 1, inForceDated: 3, inForceToDay: 3, inForceShare: 1 });
    expect(c.agreements.all.total).toBe(c.agreements.curated.total + c.agreements.datasets.total);
  });

  it.each([
    ["a year-only signing", 'p: signed, time: "1951-09-08"', 'p: signed, time: "1951"', { signedDated: 3, signedToDay: 2, signedShare: 0.667, inForceToDay: 3 }],
    ["an approximate signing", 'p: signed, time: "1951-09-08"', 'p: signed, time: "1951-09-08~"', { signedDated: 3, signedToDay: 2, inForceToDay: 3 }],
    ["force from a month", 'p: in-force, time: "1952-04-28/1960-06-23"', 'p: in-force, time: "1952-04/1960-06-23"', { signedToDay: 3, inForceDated: 3, inForceToDay: 2, inForceShare: 0.667 }],
    ["no signing date at all", '  - {p: signed, time: "1951-09-08", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}\n', "", { signedDated: 2, signedToDay: 2, signedShare: 0.667 }],
  ])("does not count %s as dated to the day", (_what, from, to, expected) => {
    const c = coverage(storeWith("agreements/us-japan-security-treaty-1951.yaml", from, to));
    expect(c.agreements.curated).toMatchObject({ total: 3, ...expected });
  });

  it("counts summits and visits by type, and visits from 1990 by their first day", () => {
    const c = coverage(fixtureStore().store);
    expect(c.events.visits).toBe(c.events.byType.visit ?? 0);
    expect(c.events.visits).toBeGreaterThanOrEqual(1); // Koizumi in Pyongyang, 2002
    expect(c.events.visitsSince1990).toBe(c.events.visits);
    const older = coverage(storeWith("events/koizumi-visit-to-pyongyang-2002.yaml", "2002-09-17", "1989-09-17"));
    expect(older.events.visitsSince1990).toBe(c.events.visitsSince1990 - 1);
  });
});
