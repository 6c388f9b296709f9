// Issue 15, "one as-of engine answers every view", as an invariant over the real knowledge base, read
// through the API routes the explorer reads where they answer: the agreements list once showed the 1858 US
// treaty "standing unknown" beside an end taken from another span. No row may show an end before its day
// beside "in force" or "unknown" unless the engine says why, and every row's standing is the engine's.
// (The fact box's twin invariant: relations-count.test.ts.)
import { describe, expect, it } from "vitest";
import { agreementAsOf } from "../../src/kb/asof/agreements.js";
import { worldOf } from "../../src/kb/asof/store.js";
import { listAgreements } from "../../src/kb/list/agreements.js";
import type { AgreementListRow } from "../../src/model/lists.js";
import { ListResult } from "../../src/model/lists.js";
import { EntityView } from "../../src/model/results.js";
import { entityUrl } from "../../web/src/entity/load.js";
import { listStanding } from "../../web/src/pages/list-cells.js";
import { sharedStore } from "../helpers.js";
import { apiOf, DAYS } from "./api.js";

const { store, get } = apiOf(sharedStore());

/** What breaks "a row with an end before the day is never in force or unknown unless the engine says why, and shows it". */
function endBeforeDay(r: AgreementListRow, day: string): string | null {
  if (!r.ended || r.ended > day || r.standing === "ended" || r.standing === "not-yet") return null;
  // The engine's one reason: an end known only to the month or year covers the day (in force, uncertain).
  const why = r.standing === "in-force" && !r.certain && day < endOfFuzzy(r.ended);
  if (why && listStanding("en", r.standing, r.certain).includes("uncertain") && listStanding("ja", r.standing, r.certain).includes("不確実")) return null;
  return `${r.agreement.id}: ended ${r.ended} (${r.endedHow}) but ${r.standing}${r.certain ? "" : " (uncertain)"} on ${day}`;
}

/** The last day an end written to the year or month may be ("1945" → "1945-12-31"). */
function endOfFuzzy(ended: string): string {
  return ended.length === 4 ? `${ended}-12-31` : ended.length === 7 ? `${ended}-31` : ended;
}

describe("the agreements list and the engine", () => {
  it("answer every agreement alike today through the API: the list's standing is the agreement page's", async () => {
    const list = ListResult.parse(await get("/api/v1/list/agreements?limit=1000"));
    if (list.kind !== "agreements") throw new Error(list.kind);
    expect(list.rows.length).toBe(list.total);
    const wrong: string[] = [];
    for (const r of list.rows) {
      const page = EntityView.parse(await get(entityUrl(r.agreement.id, { asOf: list.filters.asOf, p: "signed", limit: 1 })));
      const engine = page.onDay?.agreement;
      if (engine?.state !== r.standing || engine.certain !== r.certain) wrong.push(`${r.agreement.id}: list ${r.standing}, page ${engine?.state}`);
      const broken = endBeforeDay(r, list.filters.asOf!);
      if (broken) wrong.push(broken);
    }
    expect(wrong).toEqual([]);
  });

  it.each(DAYS)("answer every agreement alike on %s: the engine's standing, and no end before the day beside 'in force' or 'unknown' without its reason", async (day) => {
    const world = worldOf(store);
    const rows = listAgreements(store, { asOf: day, asOfGiven: false, limit: 10_000, offset: 0 });
    expect(rows.length).toBe(world.agreements.size);
    const wrong: string[] = [];
    for (const r of rows) {
      const a = agreementAsOf(world, r.agreement.id, day);
      if (a.state !== r.standing || a.certain !== r.certain) wrong.push(`${r.agreement.id}: list ${r.standing}, engine ${a.state}`);
      const broken = endBeforeDay(r, day);
      if (broken) wrong.push(broken);
    }
    expect(wrong).toEqual([]);
    // Through the API with the day given, the list keeps exactly the rows the engine says were in force.
    const inForce = ListResult.parse(await get(`/api/v1/list/agreements?asOf=${day}&limit=1000`));
    expect(inForce.total).toBe(rows.filter((r) => r.standing === "in-force").length);
  });
});

describe("Japan's page and the agreements list filtered by Japan and a day", () => {
  it.each(DAYS)("count the same agreements in force for Japan on %s (the list once kept the whaling convention Japan left in 2019)", async (day) => {
    const page = EntityView.parse(await get(entityUrl("japan", { asOf: day, p: "party-to", limit: 1 })));
    const held = page.sections?.find((s) => s.p === "party-to")?.held;
    expect(held).toBeGreaterThan(0);
    const list = ListResult.parse(await get(`/api/v1/list/agreements?with=japan&asOf=${day}&limit=1`));
    expect(list.total).toBe(held);
  });
});
