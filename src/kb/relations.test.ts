import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { relationsAsOf } from "./relations.js";
import { showEntity } from "./entity-query.js";
import { timeline } from "./timeline.js";
import { graphAsOf } from "./graph.js";
import { disagreements, showSource, stats } from "./sources.js";

const { store } = fixtureStore();
afterAll(() => store.close());
const status = (day: string, id: string) => relationsAsOf(store, day).relations.find((r) => r.state.id === id);

describe("relationsAsOf", () => {
  it.each([
    ["1972-09-28", "taiwan", "diplomatic-relations", "1952-04-28"],
    ["1972-09-28", "china", "none", null],
    ["1972-09-29", "china", "diplomatic-relations", "1972-09-29"],
    ["1972-09-29", "taiwan", "severed", "1972-09-29"],
    ["1956-12-11", "ussr", "at-war", "1945-08-08"],
    ["1956-12-12", "ussr", "diplomatic-relations", "1956-12-12"],
    ["1940-01-01", "ussr", "diplomatic-relations", "1925-02-26"],
    ["1992-01-01", "ussr", "no-longer-existing", "1991-12-26"],
    ["1992-01-01", "russia", "diplomatic-relations", "1991-12-26"],
    ["1980-01-01", "russia", "not-yet-existing", null],
    ["2020-01-01", "north-korea", "never", "1948-09-09"],
    ["1945-01-01", "united-states", "at-war", "1941-12-07"],
  ])("as of %s, Japan–%s is %s since %s", (day, id, want, since) => {
    const r = status(day, id);
    expect(r?.status).toBe(want);
    expect(r?.since).toBe(since);
    expect(r?.certain).toBe(true);
  });

  it("reads an undated relation as uncertain, and never before the state existed", () => {
    expect(status("2000-01-01", "kosovo")).toMatchObject({ status: "not-yet-existing", certain: true });
    expect(status("2020-01-01", "kosovo")).toMatchObject({ status: "diplomatic-relations", certain: false, since: null });
  });

  it("lists the bilateral agreements in force and alliances", () => {
    const us1955 = status("1955-01-01", "united-states");
    expect(us1955?.alliance).toBe(true);
    expect(us1955?.agreements.map((a) => a.id)).toEqual(["us-japan-security-treaty-1951"]);
    expect(status("1961-01-01", "united-states")?.agreements.map((a) => a.id)).toEqual(["us-japan-security-treaty-1960"]);
    expect(status("1979-01-01", "china")?.agreements.map((a) => a.id)).toEqual(["japan-china-peace-and-friendship-treaty"]);
  });

  it("counts the statuses and names the release", () => {
    const r = relationsAsOf(store, "1972-09-29");
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.relations.length);
    expect(r.release).toBe(store.release);
    expect(r.relations.some((x) => x.state.id === "japan")).toBe(false);
  });
});

describe("showEntity", () => {
  it("says of each statement whether it held on the date, came later or had ended", () => {
    const phase = (id: string, day: string, p: string) => showEntity(store, id, day)!.statements.filter((s) => s.p === p).map((s) => s.phase);
    expect(phase("china", "1970-01-01", "diplomatic-relations")).toEqual(["later"]);
    expect(phase("china", "1980-01-01", "diplomatic-relations")).toEqual(["held"]);
    expect(phase("taiwan", "1980-01-01", "diplomatic-relations")).toEqual(["ended"]);
    expect(phase("us-japan-security-treaty-1951", "1955-01-01", "signed")).toEqual(["past"]);
    expect(phase("us-japan-security-treaty-1951", "1950-01-01", "signed")).toEqual(["later"]);
    expect(showEntity(store, "china")!.statements.every((s) => s.phase === undefined)).toBe(true);
  });

  it("marks which statements held on the as-of date", () => {
    const held = (day: string) => showEntity(store, "taiwan", day)!.statements.filter((s) => s.p !== "exists").map((s) => s.holds);
    expect(held("1960-01-01")).toEqual(["yes", "yes"]);
    expect(held("1972-09-29")).toEqual(["no", "no"]);
  });

  it("keeps a rejected seed claim with its note beside the accepted fact", () => {
    const v = showEntity(store, "japan-china-peace-and-friendship-treaty")!;
    const signed = v.statements.filter((s) => s.p === "signed");
    expect(signed.map((s) => [s.time, s.status])).toEqual([["1972", "rejected"], ["1978-08-12", "accepted"]]);
    expect(signed[0]?.sources[0]).toMatchObject({ source: "seed-fixture", locator: "¶2" });
  });

  it("returns undefined for an unknown id", () => {
    expect(showEntity(store, "atlantis")).toBeUndefined();
  });
});

describe("timeline", () => {
  it("orders dated statements and shows intervals at both ends", () => {
    const t = timeline(store, { from: "1972-01-01", to: "1972-12-31" });
    expect(t.items.map((i) => [i.date, i.edge, i.statement.subject.id])).toEqual([
      ["1972-09-29", "end", "japan"],
      ["1972-09-29", "end", "taiwan"],
      ["1972-09-29", "start", "china"],
    ]);
  });

  it("follows an entity through the events it took part in and its agreements", () => {
    const t = timeline(store, { with: "north-korea" });
    expect(t.items.map((i) => i.statement.subject.id)).toContain("koizumi-visit-to-pyongyang-2002");
    const j = timeline(store, { with: "japan", from: "1978-01-01", to: "1978-12-31" });
    expect(j.items.map((i) => i.statement.p)).toEqual(["signed", "in-force", "party-to"]);
  });

  it("leaves rejected claims out of the timeline", () => {
    const t = timeline(store, { from: "1972-01-01", to: "1972-12-31", kind: "agreement" });
    expect(t.items).toEqual([]);
  });
});

describe("graphAsOf", () => {
  it("draws Japan's ties that held on the day, and the treaty ties among its partners", () => {
    const g = graphAsOf(store, "1960-01-01");
    const edges = g.edges.map((e) => `${e.source} ${e.p} ${e.target}`);
    expect(edges).toContain("united-states alliance japan");
    expect(edges).toContain("taiwan diplomatic-relations japan");
    expect(edges).toContain("united-states party-to us-japan-security-treaty-1951");
    expect(edges.some((e) => e.startsWith("china "))).toBe(false);
    expect(g.nodes.map((n) => n.id)).not.toContain("kosovo");
    expect(g.nodes[0]?.id).toBe("japan");
  });

  it("filters nodes by kind", () => {
    const g = graphAsOf(store, "1960-01-01", { kinds: ["state"] });
    expect(g.nodes.every((n) => n.kind === "state")).toBe(true);
  });
});

describe("sources, stats and disagreements", () => {
  it("shows what a source supports, with locators", () => {
    const v = showSource(store, "seed-fixture")!;
    expect(v.statements.map((s) => [s.p, s.time, s.status])).toEqual([["signed", "1972", "rejected"]]);
    expect(v.entities.map((e) => [e.id, e.locator])).toEqual([["japan-china-peace-and-friendship-treaty", "¶2"], ["senkaku-islands-dispute", "¶3"]]);
    expect(showSource(store, "japan")).toBeUndefined();
  });

  it("lists a rejected claim beside what holds instead", () => {
    const d = disagreements(store);
    const rejected = d.items.find((i) => i.kind === "rejected-claim")!;
    expect(rejected.statement.time).toBe("1972");
    expect(rejected.conflicting.map((c) => c.time)).toEqual(["1978-08-12"]);
    expect(d.items.find((i) => i.kind === "contested")?.statement.assertedBy.map((a) => a.id)).toEqual(["china"]);
  });

  it("counts entities, statements and citations", () => {
    const s = stats(store);
    expect(s.entities.state).toBe(9);
    expect(s.statements.total).toBe(41);
    expect(s.statements.byStatus).toEqual({ accepted: 39, contested: 1, rejected: 1 });
    expect(s.statements.earliest).toBe("1776-07-04");
  });
});
