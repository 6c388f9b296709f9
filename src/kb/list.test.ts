import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../test/helpers.js";
import { listFixtureStore } from "../../test/lists/fixture.js";
import { LIST_KINDS, MISSION_TYPES, ListResult, type ListKind } from "../model/lists.js";
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
      case "missions": return (x as { statement: string }).statement;
    }
  });
};
const asOf = (day: string) => ({ asOf: day, asOfGiven: true });

describe("missions on a day the snapshot says nothing of", () => {
  it("mark Wikidata's November 2022 mission unknown outside that month, a closed curated one a known no", () => {
    const rows = (day: string) => ListResult.parse(listOf(store, "missions", { ...base, asOf: day })).rows as { statement: string; holds: string; holdsKnown?: false }[];
    const on = (day: string, id: string) => rows(day).filter((r) => r.statement === id).map((r) => [r.holds, r.holdsKnown ?? true]);
    expect(on("2026-01-01", "dataset-m-china-japan-embassy")).toEqual([["no", false]]);
    expect(on("2015-01-01", "dataset-m-china-japan-embassy")).toEqual([["no", false]]);
    expect(on("2022-11-15", "dataset-m-china-japan-embassy")).toEqual([["uncertain", true]]);
    expect(on("2026-01-01", "m-japan-china-consulate")).toEqual([["no", true]]);
    // The snapshot's "unknown" stays out of a list asked for the day: only what is known to hold is listed.
    expect(ListResult.parse(listOf(store, "missions", { ...base, ...asOf("2026-01-01"), in: "japan" })).total).toBe(0);
  });
});

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
    // Missions: a dataset's copy of a curated mission is listed once (dataset-m-japan-us-embassy is not).
    ["every mission, earliest first", "missions", {}, ["m-japan-us-embassy", "m-ussr-japan-embassy", "m-japan-china-embassy", "m-japan-china-consulate", "dataset-m-china-japan-embassy"]],
    ["a state's missions abroad", "missions", { by: "japan" }, ["m-japan-us-embassy", "m-japan-china-embassy", "m-japan-china-consulate"]],
    ["missions in a state", "missions", { in: "japan" }, ["m-ussr-japan-embassy", "dataset-m-china-japan-embassy"]],
    ["missions either way between a state and others", "missions", { with: "china" }, ["m-japan-china-embassy", "m-japan-china-consulate", "dataset-m-china-japan-embassy"]],
    ["missions at a place the statement names", "missions", { in: "beijing" }, ["m-japan-china-embassy"]],
    ["missions of a type", "missions", { type: "consulate-general" }, ["m-japan-china-consulate"]],
    ["missions open on a day (the consulate-general before it closed)", "missions", { by: "japan", ...asOf("2009-06-01") }, ["m-japan-us-embassy", "m-japan-china-embassy", "m-japan-china-consulate"]],
    ["no consulate-general from the day it closed", "missions", { by: "japan", ...asOf("2010-01-01") }, ["m-japan-us-embassy", "m-japan-china-embassy"]],
    ["no Soviet embassy once the USSR had ended, though written open", "missions", { in: "japan", ...asOf("2000-01-01") }, []],
    ["a snapshot's mission within its month (uncertain) and not after", "missions", { in: "japan", ...asOf("2022-11-15") }, ["dataset-m-china-japan-embassy"]],
    ["nothing from a snapshot on a later day", "missions", { by: "china", ...asOf("2023-01-01") }, []],
    ["missions open at some time in a window", "missions", { from: "1950-01-01", to: "1960-12-31" }, ["m-japan-us-embassy", "m-ussr-japan-embassy"]],
    ["missions sorted by host, descending", "missions", { by: "japan", sort: "-host" }, ["m-japan-us-embassy", "m-japan-china-embassy", "m-japan-china-consulate"]],
    // Signing dates (agreements): a window on the signature, apart from the in-force window.
    ["agreements signed in a window", "agreements", { signedFrom: "1951-01-01", signedTo: "1960-12-31" }, ["us-japan-security-treaty-1951", "us-japan-security-treaty-1960"]],
    ["agreements signed on or after a day", "agreements", { signedFrom: "1960-01-19" }, ["us-japan-security-treaty-1960", "japan-china-peace-and-friendship-treaty"]],
    ["agreements signed on or before a day, whatever is in force", "agreements", { signedTo: "1960-01-18" }, ["us-japan-security-treaty-1951"]],
    ["agreements signed in a window and in force on a day", "agreements", { signedFrom: "1951-01-01", ...asOf("1979-01-01") }, ["us-japan-security-treaty-1960", "japan-china-peace-and-friendship-treaty"]],
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

  it("gives a mission's sender, host, type and city as written, where it stands, how open it was and where it comes from", () => {
    const r = listOf(store, "missions", { ...base, with: "china", asOf: "2009-06-01" });
    if (r.kind !== "missions") throw new Error("kind");
    expect(r.rows.map((x) => [x.sender.id, x.host.id, x.type, x.city, x.place?.id ?? null, x.from, x.to, x.holds, x.origin])).toEqual([
      ["japan", "china", "embassy", null, "beijing", "1973-01", null, "yes", "curated"],
      ["japan", "china", "consulate-general", "Shenyang", null, "1985", "2010-01-01", "yes", "curated"],
      ["china", "japan", "embassy", "Minato-ku", null, "2022-11", "2022-11", "no", "dataset:embassies"],
    ]);
  });

  it("echoes the new filters beside the old ones", () => {
    const r = listOf(store, "agreements", { ...base, signedFrom: "1951-01-01", signedTo: "1960-12-31" });
    expect(r.filters).toMatchObject({ signedFrom: "1951-01-01", signedTo: "1960-12-31", by: null });
    expect(listOf(store, "missions", { ...base, by: "japan" }).filters).toMatchObject({ by: "japan", signedFrom: null, signedTo: null, sort: "from" });
  });

  it("echoes the filters, the total before paging and the release", () => {
    const r = listOf(store, "agreements", { ...base, limit: 1 });
    expect(r).toMatchObject({ kind: "agreements", total: 3, offset: 0, limit: 1, release: store.release, filters: { sort: "signed", asOf: "2026-01-01", with: null } });
    expect(r.rows).toHaveLength(1);
  });

  it.each<[ListKind, Partial<ListQuery>, string]>([
    ["agreements", { sort: "colour" }, "sort"],
    ["memberships", { type: "associate" }, "type"],
    ["missions", { type: "embassies" }, "type"],
    ["missions", { sort: "parties" }, "sort"],
    ["offices", { signedFrom: "1951-01-01" }, "signedFrom"],
    ["missions", { signedTo: "1951-01-01" }, "signedTo"],
    ["agreements", { signedFrom: "1961-01-01", signedTo: "1960-12-31" }, "signedTo"],
    ["agreements", { by: "japan" }, "by"],
  ])("refuses an unknown filter value in a list of %s, naming the parameter", (kind, q, param) => {
    expect(() => listOf(store, kind, { ...base, ...q })).toThrow(ListQueryError);
    try { listOf(store, kind, { ...base, ...q }); } catch (e) { expect((e as ListQueryError).param).toBe(param); }
  });
});

describe("docs/lists.md", () => {
  const doc = readFileSync(join(ROOT, "docs", "lists.md"), "utf8");
  it.each([...LIST_KINDS.map((k) => `\`${k}\``), ...MISSION_TYPES.map((t) => `\`${t}\``), "`--signed-from", "`signedFrom`", "`--by STATE`"])("names %s", (word) => {
    expect(doc).toContain(word);
  });
});
