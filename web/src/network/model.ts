import { parseAsOf } from "../time/dates.js";
import type { GraphResult } from "../api/types.js";

/**
 * The network view's logic: Japan's ego network as of a date, its partners grouped by the kind of tie
 * (allies, wars, disputes, sanctions, rule, agreements in force, memberships) and ranked by strength.
 * Pure: the page and the figure only draw what this returns.
 */

type GraphNode = GraphResult["nodes"][number];
type GraphEdge = GraphResult["edges"][number];

export const JAPAN = "japan";

/** The groups in reading order: the political ties first, then the dense ones. */
export const GROUPS = ["allies", "war", "disputes", "sanctions", "held", "agreements", "memberships", "relations"] as const;
export type GroupId = (typeof GROUPS)[number];

/** One colour per group, dark enough for text on white (WCAG AA). */
export const GROUP_COLOUR: Record<GroupId, string> = {
  allies: "#2a5db0",
  war: "#8b1a1a",
  disputes: "#6f4596",
  sanctions: "#a8326e",
  held: "#555555",
  agreements: "#7a5210",
  memberships: "#1f6f5a",
  relations: "#3d4f5c",
};

/**
 * Up to this many states with relations are listed by name (1850: the Netherlands and the Qing); more
 * would be a directory, and the count says it.
 */
export const FEW_RELATIONS = 30;

/** A partner and what ties it to Japan within one group. */
export interface Tie {
  node: GraphNode;
  /** Strength: agreements in force shared with Japan, places in dispute; 1 otherwise. */
  value: number;
  /** The earliest start of the tie's edges, when known. */
  start: string | null;
  /** False when every edge behind the tie may or may not have held that day. */
  certain: boolean;
  /** What the tie runs through: the agreements shared, the places disputed, the partners also members. */
  via: GraphNode[];
  /** Who sanctions whom; an observer rather than a member. */
  note: "observer" | "by-japan" | "on-japan" | "both-ways" | null;
  /** What the partner does (a rival claims, administers or occupies a place Japan claims). */
  acts: GraphEdge["p"][];
}

export interface Group {
  id: GroupId;
  ties: Tie[];
}

export interface EgoNetwork {
  /** Groups with at least one tie, in GROUPS order. */
  groups: Group[];
  /** States Japan had diplomatic relations with. */
  relations: number;
  /** Japan's agreements in force, and how many of them name another party in the data. */
  agreements: { inForce: number; withPartner: number };
  memberships: number;
  /** Memberships with no start recorded and an unsure day: left to the table of ties, not shown as held. */
  undated: number;
}

const other = (e: GraphEdge): string | null => (e.source === JAPAN ? e.target : e.target === JAPAN ? e.source : null);
const earlier = (a: string | null, b: string | null | undefined): string | null => (a === null ? (b ?? null) : b == null ? a : b < a ? b : a);

/** Collects ties by partner: one row per partner, edges merged. */
class Ties {
  readonly rows = new Map<string, Tie>();
  constructor(private readonly nodes: Map<string, GraphNode>) {}
  add(id: string, e: GraphEdge, via?: string, note: Tie["note"] = null, act = false): void {
    const node = this.nodes.get(id);
    if (!node) return;
    const row = this.rows.get(id) ?? { node, value: 0, start: null, certain: false, via: [], note, acts: [] };
    if (act && !row.acts.includes(e.p)) row.acts.push(e.p);
    row.start = earlier(row.start, e.start);
    row.certain ||= e.certain;
    const v = via ? this.nodes.get(via) : undefined;
    if (v && !row.via.includes(v)) row.via.push(v);
    if (row.note !== note) row.note = row.note === "observer" || note === "observer" ? null : "both-ways";
    row.value = Math.max(1, row.via.length);
    this.rows.set(id, row);
  }
  /** Another entity the tie runs through (a partner also in a club), leaving its dates alone. */
  through(id: string, via: string): void {
    const row = this.rows.get(id);
    const v = this.nodes.get(via);
    if (!row || !v || row.via.includes(v)) return;
    row.via.push(v);
    row.value = row.via.length;
  }
  sorted(by: (a: Tie, b: Tie) => number): Tie[] {
    return [...this.rows.values()].sort((a, b) => by(a, b) || a.node.name.en.localeCompare(b.node.name.en));
  }
}

const byValue = (a: Tie, b: Tie) => b.value - a.value;
const byStart = (a: Tie, b: Tie) => (a.start ?? "9999").localeCompare(b.start ?? "9999");

/**
 * Groups Japan's partners by tie. Alliances, wars, sanctions and rule count only where the dates put
 * the day inside them (a sanction of unknown end is not shown as still in force); a rival claim to a
 * place Japan claims or holds, and a membership, are kept when uncertain and marked so.
 *
 * @example egoNetwork(await getJson("/api/v1/graph?asOf=1960")).groups[0] // { id: "allies", ties: [{ node: united-states, … }] }
 */
export function egoNetwork(graph: Pick<GraphResult, "nodes" | "edges">): EgoNetwork {
  // A state is named as it went by on the date (the Republic of China in 1943, not "Taiwan").
  const nodes = new Map(graph.nodes.map((n) => [n.id, n.nameOnDay ? { ...n, name: n.nameOnDay } : n]));
  const kind = (id: string) => nodes.get(id)?.kind;
  const groups = Object.fromEntries(GROUPS.map((g) => [g, new Ties(nodes)])) as Record<GroupId, Ties>;
  const relations = new Set<string>();
  const japansPlaces = new Set<string>();
  const japansAgreements = new Set<string>();
  const undated = new Set<string>();
  for (const e of graph.edges) {
    const o = other(e);
    if (o === null) continue;
    if (e.p === "diplomatic-relations") {
      relations.add(o);
      groups.relations.add(o, e);
    }
    else if (e.p === "alliance" && e.certain) groups.allies.add(o, e);
    else if (e.p === "at-war" && e.certain) groups.war.add(o, e);
    else if (e.p === "sanctions" && e.certain) groups.sanctions.add(o, e, undefined, e.source === JAPAN ? "by-japan" : "on-japan");
    else if ((e.p === "rules" || e.p === "occupies") && e.certain && e.source === JAPAN) groups.held.add(o, e);
    else if ((e.p === "member-of" || e.p === "observer-of") && (e.certain || e.start)) groups.memberships.add(o, e, undefined, e.p === "observer-of" ? "observer" : null);
    else if (e.p === "member-of" || e.p === "observer-of") undated.add(o);
    else if (e.p === "party-to" && e.source === JAPAN) japansAgreements.add(o);
    if (["claims", "administers", "occupies", "rules"].includes(e.p) && e.source === JAPAN && e.certain) japansPlaces.add(o);
  }
  const withPartner = new Set<string>();
  for (const e of graph.edges) {
    if (e.source === JAPAN || e.target === JAPAN) continue;
    if (e.p === "party-to" && japansAgreements.has(e.target) && kind(e.source) !== "agreement") {
      groups.agreements.add(e.source, e, e.target);
      withPartner.add(e.target);
    }
    if (["claims", "administers", "occupies"].includes(e.p) && japansPlaces.has(e.target) && kind(e.source) === "state") groups.disputes.add(e.source, e, e.target, null, true);
    if (e.p === "member-of" && e.certain && kind(e.source) === "state") groups.memberships.through(e.target, e.source);
  }
  const order: Record<GroupId, (a: Tie, b: Tie) => number> = {
    allies: byStart, war: byStart, disputes: byValue, sanctions: byStart, held: byStart, agreements: byValue,
    memberships: (a, b) => Number(a.note === "observer") - Number(b.note === "observer") || byStart(a, b),
    relations: byStart,
  };
  // A state already shown as an ally, an enemy, a rival or a target is not listed again under relations.
  if (relations.size > FEW_RELATIONS) groups.relations.rows.clear();
  for (const g of ["allies", "war", "disputes", "sanctions"] as const) for (const id of groups[g].rows.keys()) groups.relations.rows.delete(id);
  return {
    groups: GROUPS.map((id) => ({ id, ties: groups[id].sorted(order[id]) })).filter((g) => g.ties.length > 0),
    relations: relations.size,
    agreements: { inForce: japansAgreements.size, withPartner: withPartner.size },
    memberships: [...groups.memberships.rows.values()].filter((t) => t.note !== "observer").length,
    undated: [...undated].filter((id) => !groups.memberships.rows.has(id)).length,
  };
}

/**
 * The day the network is drawn for: the address's date, else today — as every other page (it was
 * 1 January of this year: "Japan's ties 1 Jan 2026" beside the entity page's 6 December 2026, with
 * 195 states against its 194).
 * @example networkDay(null, new Date("2026-12-06T08:00:00Z")) // "2026-12-06"
 */
export function networkDay(asOf: string | null, now: Date = new Date()): string {
  return parseAsOf(asOf) ?? now.toISOString().slice(0, 10);
}
