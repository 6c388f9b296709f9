// The explorer's timeline loads the years around its view, request by request, each with the API's limit; one
// request may still hold every dated statement of the full build: a limit under the
// number of items once cut it off at 1 November 2022 (helper S5's look at the phone pages).
import { afterAll, describe, expect, it } from "vitest";
import { timeline, timelineCounts } from "../src/kb/timeline.js";
import { TimelineQuery } from "../src/server/params.js";
import { TIMELINE_LIMIT } from "../web/src/timeline/limit.js";
import { sharedStore } from "./helpers.js";

const store = sharedStore();
afterAll(() => store.close());

describe("the timeline the explorer loads", () => {
  it("asks for no more than the API allows", () => {
    expect(TimelineQuery.safeParse({ limit: String(TIMELINE_LIMIT) }).success).toBe(true);
    expect(TimelineQuery.safeParse({ limit: String(TIMELINE_LIMIT + 1) }).success).toBe(false);
  });

  it("holds every dated statement of the full build, to this decade", () => {
    const all = timeline(store, {}).items;
    const loaded = timeline(store, { limit: TIMELINE_LIMIT }).items;
    expect(loaded.length).toBe(all.length);
    expect(loaded.length).toBeGreaterThan(10_000);
    // The last dated item is a recent one (no dataset's "no end yet" as a day in the year 9999).
    expect(loaded.at(-1)!.date >= "2025-01-01" && loaded.at(-1)!.date <= "2100-01-01").toBe(true);
  });

  it("counts, for the overview, as many items in each year of the full build as the timeline gives", () => {
    const all = timeline(store, {}).items;
    const counts = timelineCounts(store);
    expect(counts.total).toBe(all.length);
    for (const { year, count } of counts.years.filter((y) => y.year >= 1945)) expect(all.filter((i) => Number(i.date.slice(0, 4)) === year).length, String(year)).toBe(count);
  });

  // FIX15 (audit MAP15 item 2): a dispute's page lists its dated history and links to /timeline?dispute=;
  // a dispute takes part in little itself, and Senkaku's timeline held no statement at all.
  it.each([
    ["senkaku-islands-dispute", "senkaku-islands-incorporation-1895", "senkaku-islands"],
    ["takeshima-dispute", null, "liancourt-rocks"],
    ["kuril-islands-dispute", null, "northern-territories"],
  ])("gives the dispute %s the events that concern it and the claims on its places", (id, event, place) => {
    const items = timeline(store, { with: id }).items;
    const ps = items.map((i) => i.statement);
    // Events concerning the dispute, at their occurrence.
    const concerning = ps.filter((s) => s.p === "occurred" && s.subject.kind === "event");
    expect(concerning.length).toBeGreaterThanOrEqual(2);
    if (event) expect(concerning.map((s) => s.subject.id)).toContain(event);
    // Who claims or administers its places, since when.
    expect(ps.some((s) => ["claims", "administers", "occupies"].includes(s.p) && s.object?.id === place)).toBe(true);
    // In date order, and counted alike for the overview.
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort());
    expect(timelineCounts(store, { with: id }).total).toBe(items.length);
  });

  it("leaves a state's timeline as it was: what concerns a state is not drawn in", () => {
    const china = timeline(store, { with: "china", from: "2012-09-01", to: "2012-09-30" }).items.map((i) => i.statement.subject.id);
    // The 2012 purchase concerns the Senkaku dispute, not China, and names neither as a participant.
    expect(china).not.toContain("senkaku-islands-purchase-2012");
  });
});
