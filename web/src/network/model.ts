import type { GraphEdge, GraphNode, GraphResult, Kind } from "../api/types.js";

/**
 * The network view's logic: which nodes and ties to show for the chosen kinds, where to put them
 * (Japan in the middle, one ring per kind) and how to colour them. Pure.
 */
export const NETWORK_KINDS: readonly Kind[] = ["state", "organization", "agreement", "place"];
export const DEFAULT_KINDS: readonly Kind[] = ["state", "organization", "agreement"];

export const KIND_COLOUR: Record<string, string> = {
  japan: "#bc002d",
  state: "#1f7a63",
  organization: "#2a5db0",
  agreement: "#b06a1f",
  place: "#7a4fa0",
};

export const EDGE_COLOUR: Record<string, string> = {
  "diplomatic-relations": "#8fbfb1",
  alliance: "#2a5db0",
  "party-to": "#d9b58c",
  "member-of": "#9fb4da",
  "observer-of": "#c4d0e6",
  "at-war": "#7b1e1e",
  claims: "#a07ac0",
  administers: "#7a4fa0",
  sanctions: "#e08a1e",
};

/** Reads ?kinds=state,agreement; unknown names are dropped, none means the default. */
export function parseKinds(value: string | null): Kind[] {
  const kinds = (value ?? "").split(",").filter((k): k is Kind => (NETWORK_KINDS as readonly string[]).includes(k));
  return kinds.length ? kinds : [...DEFAULT_KINDS];
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  size: number;
  colour: string;
}

/**
 * Keeps the nodes of the chosen kinds (Japan always) and the ties between kept nodes, and lays them
 * out on rings by kind, sorted by name so a date change moves few nodes.
 */
export function networkModel(graph: Pick<GraphResult, "nodes" | "edges">, kinds: readonly Kind[]): { nodes: PlacedNode[]; edges: GraphEdge[] } {
  const kept = graph.nodes.filter((n) => n.id === "japan" || kinds.includes(n.kind));
  const ids = new Set(kept.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
  const rings = kinds.filter((k) => kept.some((n) => n.kind === k && n.id !== "japan"));
  const nodes: PlacedNode[] = [];
  for (const n of kept) {
    if (n.id === "japan") nodes.push({ ...n, x: 0, y: 0, size: 16, colour: KIND_COLOUR.japan! });
  }
  let radius = 0;
  rings.forEach((kind, ring) => {
    const members = kept.filter((n) => n.kind === kind && n.id !== "japan").sort((a, b) => a.name.en.localeCompare(b.name.en));
    // Room for every node on its ring: circumference ≈ count × spacing, and rings at least 8 apart.
    radius = Math.max(radius + 8, (members.length * 1.2) / (2 * Math.PI));
    members.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / members.length + ring * 0.3;
      nodes.push({ ...n, x: radius * Math.cos(angle), y: radius * Math.sin(angle), size: 3 + Math.min(9, Math.sqrt(n.degree) * 1.5), colour: KIND_COLOUR[kind] ?? "#888" });
    });
  });
  return { nodes, edges };
}
