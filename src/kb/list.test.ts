import { afterAll, describe, expect, it } from "vitest";
import { listFixtureStore } from "../../test/lists/fixture.js";
import { ListResult, type ListKind } from "../model/lists.js";
import { listOf, ListQueryError, type ListQuery } from "./list.js";

const { store } = listFixtureStore();
afterAll(() => store.close());

const base: ListQuery = { asOf: "2026-01-01", asOfGiven: false, limit: 100, offset: 0 };
const ids = (kind: ListKind, q: Partial<ListQuery>): string[] => {
  const r = ListResult.parse(listOf(store, kind, { ...base, ...q }));
  return r.rows.map((x) => {
    switch (r.kind) {
      case "agreements": return (x as { agreement: { id: string } }).agreement.id;
      case "memberships": return `${(x as { organization: { id: string } }).organization.id}:${(x as { role: string }).role}`;
      case "offices": return `${(x as { holder: { id: string } }).holder.id}:${(x as { role: string }).role}`;
      case "events": return (x as { event: { id: string } }).event.id;
      case "disputes": return (x as { dispute: { id: string } }).dispute.id;
    }
  });
};
const asOf = (day: string) => ({ asOf: day, asOfGiven: true });

describe("listOf", () => {
  it.each<[string, ListKind, Partial<ListQuery>, string[]]>([
    ["every agreement, oldest signature first", "agreements", {}, ["us-japan-security-treaty-1951", "us-japan-security-treaty-1960", "japan-china-peace-and-friendship-treaty"]],
    ["agreements with a partner", "agreements", { with: "china" }, ["japan-china-peace-and-friendship-treaty"]],
    ["agreements of a type", "agreements", { type: "security" }, ["us-japan-security-treaty-1951", "us-japan-security-treaty-1960"]],
    ["agreements in force on a day (the 1951 treaty until its successor)", "agreements", asOf("1955-01-01"), ["us-japan-security-treaty-1951"]],
    ["agreements in force the day the 1960 treaty took over", "agreements", asOf("1960-06-23"), ["us-japan-security-treaty-1960"]],
    ["agreements in force at some time in a window", "agreements", { from: "1960-01-01", to: "1960-12-31" }, ["us-japan-security-treaty-1951", "us-japan-security-treaty-1960"]],
    ["agreements sorted by name, descending", "agreements", { sort: "-name" }, ["japan-china-peace-and-friendship-treaty", "us-japan-security-treaty-1960", "us-japan-security-treaty-1951"]],
    ["a page of agreements", "agreements", { limit: 1, offset: 1 }, ["us-japan-security-treaty-1960"]],
    ["foreign ministers 1970–1980", "offices", { with: "japan", type: "foreign-minister", from: "1970-01-01", to: "1980-12-31" }, ["kiichi-aichi:foreign-minister", "takeo-fukuda:foreign-minister"]],
    ["every office of a person", "offices", { with: "takeo-fukuda" }, ["takeo-fukuda:foreign-minister", "takeo-fukuda:prime-minister"]],
    ["office holders on a day", "offices", asOf("2006-06-01"), ["taro-aso:foreign-minister"]],
    ["a term once where a dataset copies a curated one", "offices", { with: "taro-aso" }, ["taro-aso:foreign-minister"]],
    ["a term whose end is known to the year still may hold within that year", "offices", asOf("1972-06-01"), ["takeo-fukuda:foreign-minister"]],
    ["memberships on a day (the League before Japan's withdrawal took effect)", "memberships", { with: "japan", ...asOf("1930-01-01") }, ["league-of-nations:member"]],
    ["no membership after the withdrawal and before the UN", "memberships", { with: "japan", ...asOf("1940-01-01") }, []],
    ["observerships only", "memberships", { type: "observer" }, ["united-nations:observer"]],
    ["an organisation's members", "memberships", { with: "united-nations", type: "member" }, ["united-nations:member"]],
    ["memberships meeting a window", "memberships", { from: "1955-01-01", to: "1955-12-31" }, ["united-nations:observer"]],
    ["events of a type", "events", { type: "visit" }, ["koizumi-visit-to-pyongyang-2002"]],
    ["events with a participant", "events", { with: "united-states" }, []],
    ["events held in a state (through the place's state)", "events", { in: "north-korea" }, ["koizumi-visit-to-pyongyang-2002"]],
    ["events on their day", "events", asOf("2002-09-17"), ["koizumi-visit-to-pyongyang-2002"]],
    ["no event the next day", "events", asOf("2002-09-18"), []],
    ["events in a window", "events", { from: "2002-01-01", to: "2002-12-31" }, ["koizumi-visit-to-pyongyang-2002"]],
    ["disputes with a claimant", "disputes", { with: "china" }, ["senkaku-islands-dispute"]],
    ["no dispute claimed before the first claim", "disputes", asOf("1960-01-01"), []],
  ])("lists %s", (_, kind, q, expected) => {
    expect(ids(kind, q)).toEqual(expected);
  });

  it("gives an agreement's parties by name, its dates as written and how it ended", () => {
    const r = listOf(store, "agreements", { ...base, with: "united-states", sort: "signed" });
    if (r.kind !== "agreements") throw new Error("kind");
    expect(r.rows[0]).toMatchObject({
      agreement: { id: "us-japan-security-treaty-1951", name: { en: expect.any(String) } },
      signed: "1951-09-08", inForce: "1952-04-28", ended: "1960-06-23", endedHow: "superseded", standing: "ended",
    });
    expect(r.rows[0]!.parties.map((p) => p.name.en).sort()).toEqual(["Japan", "United States"]);
  });

  it("shows a date known only to the year as a year, never as a day", () => {
    const r = listOf(store, "offices", { ...base, with: "takeo-fukuda", type: "foreign-minister" });
    if (r.kind !== "offices") throw new Error("kind");
    expect(r.rows.map((x) => [x.from, x.to])).toEqual([["1971-07-05", "1972"]]);
  });

  it("dates a dispute from the claim that certainly held first, a day before a year", () => {
    const r = listOf(store, "disputes", { ...base, with: "china" });
    expect(r.kind === "disputes" && r.rows.map((x) => [x.from, x.to, x.parties.map((p) => p.id).sort()])).toEqual([["1971-05-15", null, ["china", "japan"]]]);
  });

  it("echoes the filters, the total before paging and the release", () => {
    const r = listOf(store, "agreements", { ...base, limit: 1 });
    expect(r).toMatchObject({ kind: "agreements", total: 3, offset: 0, limit: 1, release: store.release, filters: { sort: "signed", asOf: "2026-01-01", with: null } });
    expect(r.rows).toHaveLength(1);
  });

  it.each<[ListKind, Partial<ListQuery>, string]>([
    ["agreements", { sort: "colour" }, "sort"],
    ["memberships", { type: "associate" }, "type"],
  ])("refuses an unknown filter value in a list of %s, naming the parameter", (kind, q, param) => {
    expect(() => listOf(store, kind, { ...base, ...q })).toThrow(ListQueryError);
    try { listOf(store, kind, { ...base, ...q }); } catch (e) { expect((e as ListQueryError).param).toBe(param); }
  });
});
