import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../../test/helpers.js";
import { StatementView } from "../../model/results.js";
import { buildDatabase } from "../build.js";
import { showEntity } from "../entity-query.js";
import { Store, type StatementRow } from "../store.js";
import { timeline } from "../timeline.js";
import { namesThen, releaseDay, standingOf } from "./then.js";

const SRC = '[{source: web-mofa-fixture, locator: "§ 1"}]';

/**
 * The good fixtures with statements made up for the test: the Soviet Union (ended 1991) a party to treaties
 * undated and open, China to the 1951 security treaty (ended 1960), Taiwan to the 1978 treaty (in force), and
 * Taiwan named the Republic of China (中華民国) from 1912 to 1955.
 */
function store(): Store {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-then-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  const taiwan = join(data, "states", "taiwan.yaml");
  writeFileSync(taiwan, readFileSync(taiwan, "utf8").replace(/^aliases:\n/m, 'aliases:\n  - {text: "Republic of China", lang: en, time: "1912-01-01/1955"}\n  - {text: "中華民国", lang: ja, time: "1912-01-01/1955"}\n'));
  appendFileSync(taiwan, [
    `  - {p: party-to, object: japan-china-peace-and-friendship-treaty, sources: ${SRC}}`,
    `  - {p: party-to, object: us-japan-security-treaty-1951, sources: ${SRC}}`,
    `  - {p: party-to, object: us-japan-security-treaty-1960, time: "1960-06-23/..", sources: ${SRC}}`,
    "",
  ].join("\n"));
  appendFileSync(join(data, "states", "ussr.yaml"), [
    `  - {p: party-to, object: us-japan-security-treaty-1960, sources: ${SRC}}`,
    `  - {p: party-to, object: japan-china-peace-and-friendship-treaty, time: "1978-10-23/..", sources: ${SRC}}`,
    "",
  ].join("\n"));
  appendFileSync(join(data, "agreements", "us-japan-security-treaty-1951.yaml"), `  - {p: concerns, object: taiwan, sources: ${SRC}}\n`);
  appendFileSync(join(data, "states", "china.yaml"), `  - {p: party-to, object: us-japan-security-treaty-1951, sources: ${SRC}}\n`);
  // An agreement with no date at all: an undated party to it says nothing of when, so no name of then.
  writeFileSync(join(data, "agreements", "undated-accord.yaml"), [
    'names: {en: "Undated Accord", ja: "日付のない協定"}', "type: other", "scope: bilateral", `sources: ${SRC}`, "statements:",
    `  - {p: party-to, subject: taiwan, object: undated-accord, sources: ${SRC}}`,
    `  - {p: concerns, object: taiwan, sources: ${SRC}}`, "",
  ].join("\n"));
  buildDatabase(data, join(dir, "gaiko.db"), { sharedDir: FIXTURE_SHARED });
  return Store.open(join(dir, "gaiko.db"));
}

describe("a statement read in its own time", () => {
  const s = store();
  const row = (subject: string, object: string, dated: boolean) =>
    s.prepared(`SELECT * FROM statements WHERE subject = ? AND object = ? AND p = 'party-to' AND time IS ${dated ? "NOT " : ""}NULL`).get(subject, object) as StatementRow;

  it("takes the release's build day as today", () => {
    expect(releaseDay(s)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ["ussr", "us-japan-security-treaty-1960", false, "over"], // its party no longer exists
    ["ussr", "japan-china-peace-and-friendship-treaty", true, "over"], // recorded as running on, but its party ended in 1991
    ["china", "us-japan-security-treaty-1951", false, "over"], // the treaty's force ended in 1960
    ["taiwan", "japan-china-peace-and-friendship-treaty", false, "holds"], // in force, and the party exists
    ["taiwan", "us-japan-security-treaty-1960", true, "holds"],
    ["japan", "us-japan-security-treaty-1951", true, null], // it has an end of its own
  ] as const)("%s's party to %s (dated: %s) stands %s today", (subject, object, dated, want) => {
    expect(standingOf(s, row(subject, object, dated))).toBe(want);
  });

  it.each([
    // Undated: read from the agreement's own start (in force 28 April 1952), when Taiwan was the Republic of China.
    ["taiwan", "us-japan-security-treaty-1951", false, { subject: { en: "Republic of China", ja: "中華民国" } }],
    // Dated 1960: after the made-up name's end, Taiwan is Taiwan.
    ["taiwan", "us-japan-security-treaty-1960", true, {}],
    ["japan", "us-japan-security-treaty-1951", true, {}],
    // Not Taiwan's own first day (1912): that would name it the Republic of China in any undated row.
    ["taiwan", "undated-accord", false, {}],
  ] as const)("names %s in its party to %s (dated: %s) as %j", (subject, object, dated, want) => {
    expect(namesThen(s, row(subject, object, dated))).toEqual(want);
  });

  it.each([
    // Read from the agreement's own dates (signed 1951), when Taiwan went by the made-up name.
    ["us-japan-security-treaty-1951", { object: { en: "Republic of China", ja: "中華民国" } }],
    // An agreement with no dates: not from Taiwan's own first day.
    ["undated-accord", {}],
  ] as const)("names Taiwan in the undated statement that %s concerns it as %j", (agreement, want) => {
    const r = s.prepared("SELECT * FROM statements WHERE subject = ? AND p = 'concerns'").get(agreement) as StatementRow;
    expect(namesThen(s, r)).toEqual(want);
  });

  it("gives the API's entity and timeline answers the standing and the names of then, and only where they apply", () => {
    const views = showEntity(s, "us-japan-security-treaty-1951")!.statements.filter((v) => v.p === "party-to");
    const taiwanView = views.find((v) => v.subject.id === "taiwan")!;
    expect(taiwanView.subjectThen).toEqual({ en: "Republic of China", ja: "中華民国" });
    expect(taiwanView.subject.name.en).toBe("Taiwan"); // today's name stays where it was: the API only grows
    expect(views.find((v) => v.subject.id === "china")!.standing).toBe("over");
    expect(views.find((v) => v.subject.id === "japan")).not.toHaveProperty("standing");
    expect(views.find((v) => v.subject.id === "japan")).not.toHaveProperty("subjectThen");
    // The documented shape holds the new fields (zod strips a key it does not know, so the parse would differ).
    for (const v of views) expect(StatementView.parse(v)).toEqual(v);
    const items = timeline(s, { with: "ussr" }).items.filter((i) => i.statement.p === "party-to");
    expect(items.map((i) => i.statement.standing)).toEqual(["over"]);
  });
});
