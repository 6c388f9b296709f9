import { describe, expect, it } from "vitest";
import type { GraphResult } from "../api/types.js";
import { egoNetwork, FEW_RELATIONS, networkDay } from "./model.js";

type Kind = GraphResult["nodes"][number]["kind"];
type P = GraphResult["edges"][number]["p"];
const node = (id: string, kind: Kind) => ({ id, kind, name: { en: id, ja: null }, degree: 1 });
const edge = (source: string, p: P, target: string, certain = true, start: string | null = null) => ({ id: `${source}-${p}-${target}`, source, target, p, certain, start });

const graph = {
  nodes: [
    node("japan", "state"), node("usa", "state"), node("china", "state"), node("korea", "state"), node("russia", "state"), node("australia", "state"),
    node("un", "organization"), node("oas", "organization"), node("g7", "organization"), node("anpo", "agreement"), node("fta", "agreement"), node("cites", "agreement"),
    node("rocks", "place"), node("isles", "place"), node("qingdao", "place"),
  ],
  edges: [
    edge("japan", "diplomatic-relations", "usa"), edge("china", "diplomatic-relations", "japan"), edge("japan", "diplomatic-relations", "korea"),
    edge("usa", "alliance", "japan", true, "1960-06-23"),
    edge("japan", "sanctions", "russia"), edge("russia", "sanctions", "japan"), edge("usa", "sanctions", "japan", false),
    edge("japan", "member-of", "un", true, "1956-12-18"), edge("japan", "observer-of", "oas", true, "1970"), edge("japan", "member-of", "g7", false), edge("korea", "member-of", "un", true, "1991"),
    edge("japan", "party-to", "anpo"), edge("usa", "party-to", "anpo"), edge("japan", "party-to", "fta"), edge("usa", "party-to", "fta"), edge("australia", "party-to", "fta"), edge("japan", "party-to", "cites"),
    edge("japan", "claims", "rocks"), edge("korea", "administers", "rocks"), edge("korea", "claims", "rocks", false),
    edge("japan", "administers", "isles"), edge("china", "claims", "isles", false),
    edge("japan", "occupies", "qingdao", false),
  ],
};

const net = egoNetwork(graph);
const group = (id: string) => net.groups.find((g) => g.id === id)?.ties ?? [];

describe("egoNetwork", () => {
  it.each([
    ["allies", ["usa"]],
    ["disputes", ["china", "korea"]],
    ["sanctions", ["russia"]],
    ["agreements", ["usa", "australia"]],
    ["memberships", ["un", "oas"]],
  ])("puts in %s the partners %j, strongest or oldest first", (id, want) => {
    expect(group(id).map((t) => t.node.id)).toEqual(want);
  });

  it("leaves out groups with no tie, and ties whose dates may not cover the day where that would mislead", () => {
    expect(net.groups.map((g) => g.id)).toEqual(["allies", "disputes", "sanctions", "agreements", "memberships"]);
    expect(group("sanctions").some((t) => t.node.id === "usa")).toBe(false);
    expect(group("held")).toEqual([]);
  });

  it("counts the agreements in force each partner shares with Japan, and names them", () => {
    expect(group("agreements").map((t) => [t.node.id, t.value, t.via.map((v) => v.id)])).toEqual([
      ["usa", 2, ["anpo", "fta"]],
      ["australia", 1, ["fta"]],
    ]);
    expect(net.agreements).toEqual({ inForce: 3, withPartner: 2 });
  });

  it("names the places in dispute, keeps a rival claim of uncertain date marked as such", () => {
    const korea = group("disputes").find((t) => t.node.id === "korea")!;
    const china = group("disputes").find((t) => t.node.id === "china")!;
    expect([korea.via.map((v) => v.id), korea.certain]).toEqual([["rocks"], true]);
    expect([china.via.map((v) => v.id), china.certain]).toEqual([["isles"], false]);
    expect([korea.acts, china.acts]).toEqual([["administers", "claims"], ["claims"]]);
  });

  it("says who sanctions whom, tells an observer from a member, and counts the partners in each club", () => {
    expect(group("sanctions")[0]?.note).toBe("both-ways");
    expect(group("memberships").map((t) => [t.node.id, t.note, t.start, t.via.map((v) => v.id)])).toEqual([
      ["un", null, "1956-12-18", ["korea"]],
      ["oas", "observer", "1970", []],
    ]);
    expect(net.memberships).toBe(1);
  });

  it("leaves a membership with no start and an unsure day out of the groups, and counts it", () => {
    expect(group("memberships").some((t) => t.node.id === "g7")).toBe(false);
    expect(net.undated).toBe(1);
  });

  it("counts the states Japan had relations with, whichever end holds Japan, and lists those not shown elsewhere while they are few", () => {
    expect(net.relations).toBe(3);
    expect(group("relations").map((t) => t.node.id)).toEqual([]);
    const few = egoNetwork({ nodes: graph.nodes, edges: graph.edges.filter((e) => e.p === "diplomatic-relations" || e.p === "alliance") });
    expect(few.groups.map((g) => [g.id, g.ties.map((t) => t.node.id)])).toEqual([["allies", ["usa"]], ["relations", ["china", "korea"]]]);
    const many = Array.from({ length: FEW_RELATIONS + 1 }, (_, i) => node(`s${i}`, "state"));
    const big = egoNetwork({ nodes: [node("japan", "state"), ...many], edges: many.map((n) => edge("japan", "diplomatic-relations", n.id)) });
    expect([big.relations, big.groups.map((g) => g.id)]).toEqual([FEW_RELATIONS + 1, []]);
  });
});

describe("egoNetwork names", () => {
  it("names a partner as it went by on the date", () => {
    const roc = { ...node("taiwan", "state"), nameOnDay: { en: "Republic of China", ja: "中華民国" } };
    const war = egoNetwork({ nodes: [node("japan", "state"), roc], edges: [edge("taiwan", "at-war", "japan")] });
    const ties = war.groups.flatMap((g) => g.ties).filter((t) => t.node.id === "taiwan");
    expect(ties.length).toBeGreaterThan(0);
    for (const t of ties) expect(t.node.name).toEqual({ en: "Republic of China", ja: "中華民国" });
  });
});

// The network opened on 1 January of this year ("Japan's ties 1 Jan 2026", 195 states) while every
// other page opened on today (6 December 2026, 194 states): the screen review saw both side by side.
describe("the day the network is drawn for", () => {
  const now = new Date("2026-12-06T08:00:00Z");
  it.each([
    [null, "2026-12-06"],
    ["1975", "1975"],
    ["1972-09-29", "1972-09-29"],
    ["1999-13-45", "2026-12-06"],
  ])("given %j, is %s", (asOf, want) => {
    expect(networkDay(asOf, now)).toBe(want);
  });
});
