// lifeWorldOf (src/kb/asof/store.ts): the world of `exists` and `in-force` statements alone, which the standing of
// `gaiko show`'s open rows reads instead of the whole engine, must answer existence and agreements' force as the
// whole world does, for everything the knowledge base holds, on every day asked.
import { afterAll, describe, expect, it } from "vitest";
import { agreementAsOf } from "../../src/kb/asof/agreements.js";
import { existence } from "../../src/kb/asof/status.js";
import { lifeWorldOf, worldOf } from "../../src/kb/asof/store.js";
import { releaseDay } from "../../src/kb/asof/then.js";
import { sharedStore } from "../helpers.js";

// Two stores on the same build: lifeWorldOf gives the whole world of a store that has already read it.
const lifeStore = sharedStore();
const wholeStore = sharedStore();
afterAll(() => (lifeStore.close(), wholeStore.close()));
const life = lifeWorldOf(lifeStore);
const whole = worldOf(wholeStore);
/** 1 July of every third year from 1850 to 2026, the ends of the two world wars, and the release's day. */
const days = [...Array.from({ length: 59 }, (_, i) => `${1850 + i * 3}-07-01`), "1945-09-02", "1991-12-26", releaseDay(wholeStore)!];

describe("the world of existence and force", () => {
  it("is a smaller world than the whole (no memberships, relations or offices)", () => {
    expect(life).not.toBe(whole);
    expect(whole.withObject("member-of", "united-nations").length).toBeGreaterThan(100);
    expect(life.withObject("member-of", "united-nations")).toEqual([]);
    expect(whole.factsOf("china", "diplomatic-relations").length).toBeGreaterThan(0);
    expect(life.factsOf("china", "diplomatic-relations")).toEqual([]);
  });

  it("says as the whole world does whether each entity existed, on every day", () => {
    const ids = wholeStore.db.prepare("SELECT id FROM entities WHERE kind IN ('state', 'organization', 'agreement', 'event', 'person') OR id IN (SELECT subject FROM statements WHERE p = 'exists')").pluck().all() as string[];
    expect(ids.length).toBeGreaterThan(1000);
    const differ = ids.flatMap((id) => days.filter((day) => JSON.stringify(existence(life, id, day)) !== JSON.stringify(existence(whole, id, day))).map((day) => `${id} ${day}`));
    expect(differ).toEqual([]);
  });

  it("says as the whole world does whether each agreement was in force, on every day", () => {
    const ids = [...whole.agreements.keys()];
    expect(ids.length).toBeGreaterThan(300);
    const differ = ids.flatMap((id) => days.filter((day) => JSON.stringify(agreementAsOf(life, id, day)) !== JSON.stringify(agreementAsOf(whole, id, day))).map((day) => `${id} ${day}`));
    expect(differ).toEqual([]);
    // Not all "unknown": the comparison covers agreements in force, ended and not yet signed.
    const states = new Set(ids.map((id) => agreementAsOf(whole, id, "1980-07-01").state));
    expect([...states].sort()).toEqual(expect.arrayContaining(["ended", "in-force", "not-yet"]));
  });
});
