import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { search } from "./search.js";
import { searchKey } from "./text.js";

const { store } = fixtureStore();
afterAll(() => store.close());
const top = (q: string) => search(store, q).results[0]?.id;

describe("search", () => {
  it.each([
    ["竹島", "liancourt-rocks"],
    ["Dokdo", "liancourt-rocks"],
    ["독도", "liancourt-rocks"],
    ["takeshima", "liancourt-rocks"],
    ["中国", "china"],
    ["China", "china"],
    ["北京", "beijing"],
    ["日本", "japan"],
    ["ソ連", "ussr"],
    ["USSR", "ussr"],
    ["Republic of China", "taiwan"],
    ["日中平和友好条約", "japan-china-peace-and-friendship-treaty"],
    ["peace friendship", "japan-china-peace-and-friendship-treaty"],
    ["ＤＰＲＫ", "north-korea"],
    ["diaoyu", "senkaku-islands-dispute"],
  ])("finds %s first as %s", (q, id) => {
    expect(top(q)).toBe(id);
  });

  it("ranks an exact name above a longer name that contains it", () => {
    const ids = search(store, "china").results.map((r) => r.id);
    expect(ids[0]).toBe("china");
    expect(ids).toContain("japan-china-peace-and-friendship-treaty");
  });

  it("filters by kind and pages", () => {
    expect(search(store, "china", { kind: "agreement" }).results.map((r) => r.id)).toEqual(["japan-china-peace-and-friendship-treaty"]);
    const all = search(store, "china");
    const page2 = search(store, "china", { limit: 1, offset: 1 });
    expect(page2.total).toBe(all.total);
    expect(page2.results.map((r) => r.id)).toEqual([all.results[1]!.id]);
  });

  it.each([
    ["Japan–China peace and friendship treaty", "japan-china-peace-and-friendship-treaty"],
    ["Japan-China Peace & Friendship Treaty", "japan-china-peace-and-friendship-treaty"],
    ["peace frendship treaty", "japan-china-peace-and-friendship-treaty"],
    ["the treaty of peace and friendship with China", "japan-china-peace-and-friendship-treaty"],
    ["日中 平和友好条約", "japan-china-peace-and-friendship-treaty"],
    ["Soviet Unoin", "ussr"],
    ["senka", "senkaku-islands-dispute"],
  ])("finds what people type: %s → %s", (q, id) => {
    expect(top(q)).toBe(id);
  });

  it("ranks hits that match every word above those that match most, and entities above sources", () => {
    const r = search(store, "peace friendship China").results;
    expect(r[0]?.id).toBe("japan-china-peace-and-friendship-treaty");
    const kinds = search(store, "fixture").results.map((x) => x.kind);
    expect(kinds.indexOf("source")).toBeGreaterThanOrEqual(kinds.filter((k) => k !== "source").length);
  });

  it("gives each hit its first date, and answers a state and a year from the as-of engine", () => {
    expect(search(store, "日中平和友好条約").results[0]?.date).toBe("1978-08-12");
    const a = search(store, "China 1980").answers?.[0];
    expect(a).toMatchObject({ intent: "state-year", status: "diplomatic-relations", link: "/entity/china?asOf=1980" });
    expect(search(store, "China 1970").answers?.[0]?.status).toBe("none");
    expect(search(store, "China").answers).toBeUndefined();
  });

  it("answers nothing, without error, for no match or blank input", () => {
    expect(search(store, "zzzzqqq").total).toBe(0);
    expect(search(store, "   ").total).toBe(0);
    expect(search(store, '"').total).toBe(0);
  });
});

describe("searchKey", () => {
  it.each([
    ["Ōhira", "ohira"],
    ["ＵＳ–Ｊａｐａｎ", "us-japan"],
    ["ガ", "ガ"],
    ["  Two   words ", "two words"],
  ])("normalises %j to %j", (a, b) => expect(searchKey(a)).toBe(b));
});
