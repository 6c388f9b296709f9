import { describe, expect, it } from "vitest";
import { isTimeError, parseTime } from "../model/time.js";
import { factOfRow } from "./asof/store.js";
import { World } from "./asof/world.js";
import type { StatementRow } from "./store.js";
import { supersededBy } from "./superseded.js";

/** A dataset's party-to row for Japan in an agreement, with its day bounds as the build writes them. */
function row(id: string, object: string, time: string): StatementRow {
  const b = parseTime(time);
  if (isTimeError(b)) throw new Error(b.error);
  return {
    id, subject: "japan", p: "party-to", object, value: null, time, at: null, via: null, role: null, status: "accepted", asserted_by: null,
    note: null, note_ja: null, value_ja: null, origin: "dataset:treaties",
    s_min: b.start.min, s_max: b.start.max, e_min: b.end?.min ?? null, e_max: b.end?.max ?? null, e_open: b.end ? Number(b.end.open) : null, e_unknown: b.end ? Number(b.end.unknown) : null,
  };
}

// GGO's two rows for Japan in the GFCM agreement (parties_GGO.csv lines 4537 and 91996), and a whaling
// convention Japan left and joined again.
const gfcm1997 = row("gfcm-1997", "gfcm", "1997-06-12/2020-10-31");
const gfcm1992 = row("gfcm-1992", "gfcm", "1992-04-27/");
const whaling1951 = row("whaling-1951", "whaling", "1951-04-21/1992-06-30");
const whaling2002 = row("whaling-2002", "whaling", "2002-10-10/");
const world = new World({
  states: [{ id: "japan", isoNumeric: "392", statehood: null }],
  agreements: [{ id: "gfcm", scope: "multilateral", type: "convention" }, { id: "whaling", scope: "multilateral", type: "convention" }],
  facts: [gfcm1997, gfcm1992, whaling1951, whaling2002].map(factOfRow),
});

describe("supersededBy (a row the engine set aside, on the day)", () => {
  it.each([
    ["2026-12-06", true],
    ["2020-10-31", true],
    // While the row that replaced it ran, or before it began, the set-aside row is not called ended.
    ["2010-01-01", false],
    ["1995-01-01", false],
  ])("GGO's open 1992 GFCM row for Japan on %s has ended with the 1997–2020 row: %s", (day, ended) => {
    expect(world.setAsideBy("gfcm-1992")?.map((f) => f.id)).toEqual(["gfcm-1997"]);
    expect(supersededBy(gfcm1992, world.setAsideBy("gfcm-1992"), day)).toBe(ended);
  });

  it("leaves a row the engine kept (a later rejoining with no end) as it reads alone", () => {
    expect(world.setAsideBy("whaling-2002")).toBeUndefined();
    expect(supersededBy(whaling2002, world.setAsideBy("whaling-2002"), "2026-12-06")).toBe(false);
    expect(supersededBy(gfcm1997, world.setAsideBy("gfcm-1997"), "2026-12-06")).toBe(false);
  });
});
