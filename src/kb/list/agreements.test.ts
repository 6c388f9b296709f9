// Issue 15, "one as-of engine answers every view": the agreements list showed the 1858 US treaty "standing
// unknown" beside an end (17 July 1899): its end came from the last in-force span, its standing from the
// engine, which found another span (written "1859-07-04/", end unknown) that it cannot close. A row's
// start, end and standing now come from one engine answer and the span it rests on.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../../test/helpers.js";
import { agreementAsOf } from "../asof/agreements.js";
import { worldOf } from "../asof/store.js";
import { buildDatabase } from "../build.js";
import { Store } from "../store.js";
import { isTimeError, parseTime } from "../../model/time.js";
import { listAgreements, signedWithin, standingOf } from "./agreements.js";

const SRC = `sources: [{source: web-mofa-fixture, locator: "§ 1"}]`;
const agreement = (id: string, inForce: string[]) => `names: {en: "${id}", ja: "${id}"}
type: commerce
scope: bilateral
${SRC}
statements:
${inForce.map((s) => `  - {p: in-force, ${s}, ${SRC}}`).join("\n")}
  - {p: party-to, subject: japan, object: ${id}, ${SRC}}
  - {p: party-to, subject: united-states, object: ${id}, ${SRC}}
`;

/** The good fixtures plus a treaty written like the 1858 one (a closed span, and a repeat of its start with an unknown end) and one whose end is known only to the year. */
function store(): Store {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-list-standing-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  writeFileSync(join(data, "agreements", "amity-1858.yaml"), agreement("amity-1858", [`time: "1859-07-04/1899-07-17", role: superseded`, `time: "1859-07-04/"`]));
  writeFileSync(join(data, "agreements", "pact-1941.yaml"), agreement("pact-1941", [`time: "1941-04-25/1945", role: terminated`]));
  buildDatabase(data, join(dir, "kb.db"), { sharedDir: FIXTURE_SHARED });
  return Store.open(join(dir, "kb.db"));
}

const kb = store();
afterAll(() => kb.close());
const row = (id: string, day: string) => listAgreements(kb, { asOf: day, asOfGiven: false, limit: 100, offset: 0 }).find((r) => r.agreement.id === id)!;
const cells = (id: string, day: string) => {
  const r = row(id, day);
  return [r.inForce, r.ended, r.endedHow, r.standing, r.certain];
};

describe("an agreements list row's dates and standing", () => {
  it.each([
    // In force: the closed span holds (the unknown-end repeat gives way to a span whose end is known).
    ["amity-1858", "1880-01-01", ["1859-07-04", "1899-07-17", "superseded", "in-force", true]],
    // After 1899 the engine cannot close the repeat: "unknown", and no end from the other span beside it.
    ["amity-1858", "2026-01-01", ["1859-07-04", null, null, "unknown", false]],
    ["amity-1858", "1850-01-01", ["1859-07-04", "1899-07-17", "superseded", "not-yet", true]],
    // Within a year-only end the engine still says "in force", uncertain: that is its reason.
    ["pact-1941", "1945-08-15", ["1941-04-25", "1945", "terminated", "in-force", false]],
    ["pact-1941", "1946-01-01", ["1941-04-25", "1945", "terminated", "ended", true]],
    ["us-japan-security-treaty-1951", "2026-01-01", ["1952-04-28", "1960-06-23", "superseded", "ended", true]],
    ["us-japan-security-treaty-1960", "2026-01-01", ["1960-06-23", null, null, "in-force", true]],
  ] as const)("shows %s on %s as %j", (id, day, want) => {
    expect(cells(id, day)).toEqual(want);
  });

  it.each(["1850-01-01", "1880-01-01", "1899-07-17", "1945-08-15", "1946-01-01", "2026-01-01"])(
    "gives every row on %s the engine's standing for that day, and never an end before the day beside 'in force' or 'unknown' unless uncertain",
    (day) => {
      const world = worldOf(kb);
      for (const r of listAgreements(kb, { asOf: day, asOfGiven: false, limit: 100, offset: 0 })) {
        const a = agreementAsOf(world, r.agreement.id, day);
        expect([r.agreement.id, r.standing, r.certain]).toEqual([r.agreement.id, a.state, a.certain]);
        if (r.ended && r.ended <= day && r.standing !== "ended") expect([r.agreement.id, r.standing, r.certain]).toEqual([r.agreement.id, "in-force", false]);
      }
    },
  );

  it("reads the dates from the span the engine's answer rests on", () => {
    const s = standingOf(worldOf(kb), "amity-1858", "2026-01-01");
    expect(s.span?.time).toBe("1859-07-04/");
    expect(agreementAsOf(worldOf(kb), "amity-1858", "2026-01-01").basis).toContain(s.span);
  });
});

describe("a signing date within a signing window", () => {
  it.each([
    ["1998-05-13", "1998-01-01", "1998-12-31", true],
    ["1998-05-13", "1998-05-14", undefined, false],
    ["1998-05-13", undefined, "1998-05-13", true],
    // A year or month counts only when every day it may mean lies inside the window.
    ["1998", "1990-01-01", "1999-12-31", true],
    ["1998", "1998-06-01", "1999-12-31", false],
    ["1998", "1990-01-01", "1998-06-30", false],
    ["1998-05", "1998-05-01", "1998-05-31", true],
    ["1998-05", "1998-05-10", "1998-12-31", false],
    // Nothing known, nothing inside.
    [null, "1990-01-01", "1999-12-31", false],
    ["1998/", "1990-01-01", "1999-12-31", false],
  ] as const)("counts %j in [%s, %s]: %s", (time, from, to, want) => {
    // The span as the build stores it: the EDTF text's first and last possible day, none when open or unknown.
    const t = time === null ? null : parseTime(time);
    const span = t && !isTimeError(t) && !t.end.open && !t.end.unknown ? { min: t.start.min, max: t.end.max } : null;
    expect(signedWithin(span, from, to)).toBe(want);
  });
});
