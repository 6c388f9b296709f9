// Issue 16 item 4 (importer truth), on the full build of the real data/ (test/global-setup.ts),
// every ISD independence date sits on a state that became independent then, not on one that had ended
// or was about to be replaced (ISD's Mexico, 1821-08-24?, once landed on New Spain, which the curated
// Mexico succeeds on 1821-09-27).
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sharedBuild } from "./helpers.js";

const db = new Database(sharedBuild().path, { readonly: true });
afterAll(() => db.close());

interface Independence { subject: string; value: string; from: string; locator: string }
const independences = db
  .prepare(`SELECT s.subject, s.value, s.s_min AS "from", ss.locator FROM statements s JOIN statement_sources ss ON ss.statement_id = s.id
    WHERE s.p = 'attribute' AND s.role = 'independence (ISD)' ORDER BY ss.locator`)
  .all() as Independence[];

describe("ISD independence dates in the built knowledge base", () => {
  it("are imported at all (the checks below are not vacuous)", () => {
    expect(independences.length).toBeGreaterThan(50);
  });

  it("sit each on a state that exists on or after the date (none on a state that ended on or before it)", () => {
    const ended = independences.filter(
      (i) => !(db.prepare("SELECT 1 FROM statements WHERE p = 'exists' AND subject = ? AND status <> 'rejected' AND e_max > ?").get(i.subject, i.from)),
    );
    expect(ended.map((i) => `${i.subject} ${i.value} (${i.locator})`)).toEqual([]);
  });

  it("sit on no state that a successor replaced less than a year after the date", () => {
    const replaced = independences.flatMap((i) => {
      const yearLater = String(Number(i.from.slice(0, 4)) + 1).padStart(4, "0") + i.from.slice(4);
      const by = db
        .prepare("SELECT subject FROM statements WHERE p = 'successor-of' AND object = ? AND status <> 'rejected' AND s_min > ? AND s_min < ?")
        .all(i.subject, i.from, yearLater) as { subject: string }[];
      return by.map((b) => `${i.subject} ${i.value} (${i.locator}), succeeded by ${b.subject}`);
    });
    expect(replaced).toEqual([]);
  });

  // ISD dates a polity from its earliest form (Korea 676, China 1368 from the Ming founding); the curated
  // Joseon begins in 1392, the Qing in 1636. Less than a year before the curated start is the same
  // independence dated by another step (Mexico), and a year given alone may be the state's first year.
  it("are none of them a year or more before their state's first curated existence", () => {
    const first = db.prepare("SELECT MIN(s_min) AS start FROM statements WHERE p = 'exists' AND subject = ? AND status <> 'rejected' AND origin NOT LIKE 'dataset:%'");
    const early = independences.flatMap((i) => {
      const start = (first.get(i.subject) as { start: string | null }).start;
      const yearLater = String(Number(i.from.slice(0, 4)) + 1).padStart(4, "0") + i.from.slice(4);
      return start !== null && yearLater <= start ? [`${i.subject} ${i.value} (${i.locator}), curated from ${start}`] : [];
    });
    expect(early).toEqual([]);
  });

  it.each(["joseon", "qing", "russian-empire", "cambodia", "tonga", "algeria"])("give %s, which ISD dates from before it existed, none", (subject) => {
    expect(independences.filter((i) => i.subject === subject)).toEqual([]);
  });

  it.each([
    ["mexico", "1821-08-24?"],
    ["dominican-republic", "1844-01-16?"],
    ["ottoman-empire", "1453-05-29"],
    ["united-states", "1783-09-03"],
  ])("gives %s its ISD date %s", (subject, value) => {
    expect(independences.filter((i) => i.value === value).map((i) => i.subject)).toEqual([subject]);
  });

  it("give the Netherlands ISD's 1815, the year the curated state begins (1815-03-16)", () => {
    expect(independences.filter((i) => i.subject === "netherlands").map((i) => i.value)).toEqual(["1815"]);
  });
});
