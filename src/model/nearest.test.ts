import { describe, expect, it } from "vitest";
import type { SearchResult } from "./results.js";
type SearchHit = SearchResult["results"][number];
import { NEAR, lastWords, nearestHits, nearestQueries, nearness, shared } from "./nearest.js";

const hit = (id: string, en: string, kind: SearchHit["kind"] = "state", ja: string | null = null): SearchHit =>
  ({ id, kind, name: { en, ja }, type: null, matched: "name", score: 1, date: null }) as unknown as SearchHit;
const japan = hit("japan", "Japan", "state", "日本");
const navy = hit("imperial-japanese-navy", "Imperial Japanese Navy", "organization");
const jamaica = hit("jamaica", "Jamaica");
const cedaw = hit("cedaw-committee", "Committee on the Elimination of Discrimination against Women", "organization", "女子差別撤廃委員会");
const southKorea = hit("south-korea", "South Korea");
const kanagawa = hit("convention-of-kanagawa", "Convention of Kanagawa", "agreement");
const source = hit("web-wikisource-page", "Page", "source");

describe("the words of a missing address", () => {
  it.each([
    ["/entity/japn", "japn"],
    ["/entity/south-koria", "south koria"],
    ["/no/such/page", "page"],
    ["/entity/%E6%97%A5%E6%9C%AC", "日本"],
    ["/entity/bad%E0%A4", "bad%e0%a4"],
    ["/", ""],
  ])("of %s are %j", (path, want) => {
    expect(lastWords(path)).toBe(want);
  });

  it.each([
    ["japn", ["japn", "jap"]],
    ["south koria", ["south koria", "sou"]],
    ["usa", ["usa"]],
    ["日本", ["日本"]],
    ["", []],
  ])("are searched for %j as %j", (words, want) => {
    expect(nearestQueries(words)).toEqual(want);
  });
});

describe("the nearest names", () => {
  it.each([
    ["japn", "Japan", japan, 0.8],
    ["south koria", "South Korea", southKorea, 1 - 1 / 11],
    ["日本", "日本 (its Japanese name)", japan, 1],
    ["jamaca", "Jamaica", jamaica, 1 - 1 / 7],
  ])("finds %j near %s", (words, _, h, want) => {
    expect(nearness(words, h)).toBeCloseTo(want, 2);
  });

  it("finds 'page' near nothing of a committee's long name", () => {
    expect(nearness("page", cedaw)).toBeLessThan(NEAR);
  });

  it.each([
    ["kanagawa treaty", kanagawa, 0.5],
    ["no such page", cedaw, 0],
    ["south koria", southKorea, 1],
  ])("%j shares a part of its words with the name (%#)", (words, h, want) => {
    expect(shared(words, h)).toBe(want);
  });

  it("offers Japan first for /entity/japn (the words find nothing, their first letters much)", () => {
    const got = nearestHits("japn", [[], [navy, jamaica, japan]]);
    expect(got.map((h) => h.id)).toEqual(["japan"]);
  });

  it("offers nothing unrelated for /no/such/page, and never a source", () => {
    expect(nearestHits("page", [[source, cedaw]])).toEqual([]);
  });

  it("keeps what the search found for the words when it shares them, after the nearest names", () => {
    const got = nearestHits("kanagawa treaty", [[kanagawa, cedaw], []]);
    expect(got.map((h) => h.id)).toEqual(["convention-of-kanagawa"]);
    expect(nearestHits("south koria", [[hit("south-korea-gsomia", "South Korea's GSOMIA termination notice", "event"), southKorea]]).map((h) => h.id)).toEqual(["south-korea", "south-korea-gsomia"]);
  });

  it("names a hit once and at most six", () => {
    const many = Array.from({ length: 10 }, (_, i) => hit(`japan-${i}`, `Japa${i}`));
    const got = nearestHits("japa", [[japan, ...many], [japan]]);
    expect(got).toHaveLength(6);
    expect(new Set(got.map((h) => h.id)).size).toBe(6);
  });
});
