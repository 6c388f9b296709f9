import { describe, expect, it } from "vitest";
import type { GraphResult } from "../api/types.js";
import { networkModel, parseKinds } from "./model.js";

const node = (id: string, kind: GraphResult["nodes"][number]["kind"], degree = 1) => ({ id, kind, name: { en: id, ja: null }, degree });
const edge = (source: string, target: string, p: GraphResult["edges"][number]["p"]) => ({ id: `${source}-${p}-${target}`, source, target, p, certain: true });

const graph = {
  nodes: [node("japan", "state", 10), node("china", "state"), node("usa", "state"), node("un", "organization"), node("anpo", "agreement"), node("okinawa", "place")],
  edges: [edge("japan", "china", "diplomatic-relations"), edge("japan", "un", "member-of"), edge("usa", "anpo", "party-to"), edge("japan", "okinawa", "administers")],
};

describe("networkModel", () => {
  it("keeps Japan, the chosen kinds, and only ties between kept nodes", () => {
    const { nodes, edges } = networkModel(graph, ["state", "organization"]);
    expect(nodes.map((n) => n.id).sort()).toEqual(["china", "japan", "un", "usa"]);
    expect(edges.map((e) => e.p).sort()).toEqual(["diplomatic-relations", "member-of"]);
  });

  it("puts Japan in the middle and each kind on its own ring", () => {
    const { nodes } = networkModel(graph, ["state", "organization", "agreement"]);
    const r = (id: string) => {
      const n = nodes.find((x) => x.id === id)!;
      return Math.round(Math.hypot(n.x, n.y));
    };
    expect(r("japan")).toBe(0);
    expect(r("china")).toBe(r("usa"));
    expect(r("un")).toBeGreaterThan(r("china"));
    expect(r("anpo")).toBeGreaterThan(r("un"));
  });

  it("reads the kinds from the URL, falling back to the default", () => {
    expect(parseKinds("state,place,bogus")).toEqual(["state", "place"]);
    expect(parseKinds(null)).toEqual(["state", "organization", "agreement"]);
  });
});
