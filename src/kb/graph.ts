import type { GraphResult } from "../model/results.js";
import type { Kind } from "../model/ids.js";
import { JAPAN } from "./relations.js";
import { holdsOnRow, type Store, type StatementRow } from "./store.js";

/** Relations drawn in the network: those that hold over time between actors and agreements. */
export const GRAPH_PREDICATES = [
  "diplomatic-relations", "alliance", "at-war", "recognizes", "member-of", "observer-of", "party-to",
  "occupies", "rules", "administers", "claims", "sanctions",
] as const;

export interface GraphOptions {
  kinds?: Kind[];
  predicates?: string[];
}

/**
 * Japan's ties as of `day`: every relation involving Japan that held (or may have held) that day, and
 * the alliance, membership and treaty ties among the entities so reached. An edge is `certain` when
 * its dates put the day squarely inside it.
 *
 * @example graphAsOf(store, "1975-01-01").nodes.length
 */
export function graphAsOf(store: Store, day: string, opts: GraphOptions = {}): GraphResult {
  const preds = GRAPH_PREDICATES.filter((p) => !opts.predicates || opts.predicates.includes(p));
  const rows = store
    .prepared(`SELECT * FROM statements WHERE p IN (${preds.map(() => "?").join(",")}) AND status != 'rejected' AND object IS NOT NULL`)
    .all(...preds) as StatementRow[];
  const holding = rows.map((r) => ({ r, h: holdsOnRow(r, day) })).filter((x) => x.h !== "no");
  const gone = notExisting(store, day);
  const kindOk = (id: string) => !gone.has(id) && (!opts.kinds || opts.kinds.includes(store.ref(id)?.kind ?? "source"));
  const ego = holding.filter((x) => (x.r.subject === JAPAN || x.r.object === JAPAN) && kindOk(x.r.subject) && kindOk(x.r.object!));
  const nodes = new Set<string>([JAPAN]);
  for (const { r } of ego) [r.subject, r.object!].forEach((n) => nodes.add(n));
  const among = holding.filter(
    (x) => x.r.subject !== JAPAN && x.r.object !== JAPAN && nodes.has(x.r.subject) && nodes.has(x.r.object!) && ["alliance", "member-of", "party-to", "at-war"].includes(x.r.p),
  );
  const edges = [...ego, ...among].map(({ r, h }) => ({ id: r.id, source: r.subject, target: r.object!, p: r.p, certain: h === "yes" }));
  const degree = new Map<string, number>();
  for (const e of edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  return {
    release: store.release,
    builtAt: store.builtAt,
    asOf: day,
    nodes: [...nodes].map((id) => ({ ...store.ref(id)!, degree: degree.get(id) ?? 0 })).sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)),
    edges,
  };
}

/** Entities whose every `exists` statement rules out `day`: they cannot have ties that day. */
function notExisting(store: Store, day: string): Set<string> {
  const rows = store.prepared("SELECT * FROM statements WHERE p = 'exists' AND status != 'rejected'").all() as StatementRow[];
  const maybe = new Set(rows.filter((r) => holdsOnRow(r, day) !== "no").map((r) => r.subject));
  return new Set(rows.map((r) => r.subject).filter((id) => !maybe.has(id)));
}
