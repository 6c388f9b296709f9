import type { DisputeListRow } from "../../model/lists.js";
import { endText, holds, runsOn, startText, type TimedFact } from "../asof/facts.js";
import { factOfRow } from "../asof/store.js";
import type { Store, StatementRow } from "../store.js";
import { meetsWindow, refOf, sortRows, type ListQuery } from "./common.js";
import { entitiesOf, factsBySubject } from "./events.js";

/**
 * Disputes with the states they concern or that claim their territory, the places they concern, and the
 * span of the dated claims; `with` is a party, `type` the dispute type; an as-of day or a window keeps
 * disputes with a claim that held then.
 *
 * @example listDisputes(store, { with: "south-korea", asOf: "2026-01-01", asOfGiven: false, limit: 50, offset: 0 })
 */
export function listDisputes(store: Store, q: ListQuery): DisputeListRow[] {
  const facts = factsBySubject(store, "dispute", ["concerns"]);
  const claims = new Map<string, TimedFact[]>();
  for (const r of store.prepared("SELECT * FROM statements WHERE p = 'claims' AND status != 'rejected'").all() as StatementRow[]) {
    const list = claims.get(r.object!) ?? [];
    list.push(factOfRow(r));
    claims.set(r.object!, list);
  }
  const rows: DisputeListRow[] = [];
  for (const { id, type } of entitiesOf(store, "dispute", q.type)) {
    const concerns = (facts.get(id) ?? []).filter((f) => f.object).map((f) => f.object!);
    const places = concerns.filter((o) => ["place", "dispute"].includes(store.ref(o)?.kind ?? "") && o !== id);
    const cl = [id, ...places].flatMap((o) => claims.get(o) ?? []);
    const parties = [...new Set([...concerns.filter((o) => store.ref(o)?.kind === "state"), ...cl.map((f) => f.subject)])];
    if (q.with !== undefined && !parties.includes(q.with)) continue;
    const spans = cl.filter((f) => f.bounds);
    if ((q.from !== undefined || q.to !== undefined) && !spans.some((f) => meetsWindow(f, q.from, q.to))) continue;
    if (q.asOfGiven && !spans.some((f) => holds(f, q.asOf) !== "no")) continue;
    // The claim that certainly held earliest: a vague "1945" beside "1945-08-28" gives way to the day.
    const earliest = spans.filter((f) => startText(f) !== null).sort((a, b) => a.bounds!.start.max.localeCompare(b.bounds!.start.max))[0];
    const first = earliest ? startText(earliest) : null;
    const open = spans.some(runsOn);
    const last = open ? null : (spans.map((f) => endText(f)).filter((s): s is string => s !== null).sort().at(-1) ?? null);
    rows.push({
      dispute: refOf(store, id),
      type,
      parties: parties.map((p) => refOf(store, p)),
      places: places.filter((p) => store.ref(p)?.kind === "place").map((p) => refOf(store, p)),
      from: first,
      to: last,
      statements: [...(facts.get(id) ?? []).map((f) => f.id), ...cl.map((f) => f.id)],
    });
  }
  return sortRows(rows, q.sort ?? "name", { name: (r) => r.dispute.name.en, from: (r) => r.from, type: (r) => r.type }, (r) => r.dispute.name.en);
}
