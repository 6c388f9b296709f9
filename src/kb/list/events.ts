import type { EventListRow } from "../../model/lists.js";
import { endText, startText, type TimedFact } from "../asof/facts.js";
import { factOfRow } from "../asof/store.js";
import type { Store, StatementRow } from "../store.js";
import { bestDated, meetsWindow, refOf, sortRows, type ListQuery } from "./common.js";

type PlacedFact = TimedFact & { at: string | null };

/** Statements of some predicates about entities of one kind (events, disputes), as engine facts with their place, by subject. */
export function factsBySubject(store: Store, kind: "event" | "dispute", preds: string[]): Map<string, PlacedFact[]> {
  // Read once per store (a built store does not change; a rebuild opens a new one): every list of events read them
  // all again (108 list questions of events took 18 s of the test run).
  const key = `${kind}|${preds.join(",")}`;
  const cached = factCache.get(store)?.get(key);
  if (cached) return cached;
  const rows = store
    .prepared(`SELECT s.* FROM statements s JOIN entities e ON e.id = s.subject WHERE e.kind = ? AND s.p IN (${preds.map(() => "?").join(",")}) AND s.status != 'rejected' ORDER BY s.rowid`)
    .all(kind, ...preds) as StatementRow[];
  const out = new Map<string, PlacedFact[]>();
  for (const r of rows) {
    const list = out.get(r.subject) ?? [];
    // The engine's facts carry no place; an event's `occurred` statement does (`at`).
    list.push({ ...factOfRow(r), at: r.at });
    out.set(r.subject, list);
  }
  factCache.set(store, (factCache.get(store) ?? new Map()).set(key, out));
  return out;
}
const factCache = new WeakMap<Store, Map<string, Map<string, PlacedFact[]>>>();

const placeParents = new WeakMap<Store, Map<string, string>>();
/** The state a place lies in, following `located-in` up (Dejima → Nagasaki → Japan). */
function stateOfPlace(store: Store): (place: string | null) => string | null {
  let up = placeParents.get(store);
  if (!up) placeParents.set(store, (up = new Map((store.prepared("SELECT subject, object FROM statements WHERE p = 'located-in' AND status != 'rejected'").all() as { subject: string; object: string }[]).map((r) => [r.subject, r.object]))));
  return (place) => {
    for (let p = place, hops = 0; p && hops < 6; p = up.get(p) ?? null, hops++) if (store.ref(p)?.kind === "state") return p;
    return null;
  };
}

/** The entities of a kind, of one type when given. */
export function entitiesOf(store: Store, kind: "event" | "dispute", type: string | undefined): { id: string; type: string | null }[] {
  return store.prepared("SELECT id, type FROM entities WHERE kind = ? AND (? IS NULL OR type = ?)").all(kind, type ?? null, type ?? null) as { id: string; type: string | null }[];
}

/**
 * Events (summits, visits, incidents…) with their date as written, place and participants: `type` is the
 * event type, `with` a participant, `in` the state or place it was held in (a summit Japan hosted);
 * `from`/`to` and an as-of day pick events whose date meets the window or the day.
 *
 * @example listEvents(store, { type: "summit", in: "japan", asOf: "2026-01-01", asOfGiven: false, limit: 50, offset: 0 })
 */
export function listEvents(store: Store, q: ListQuery): EventListRow[] {
  const facts = factsBySubject(store, "event", ["occurred", "participant"]);
  const placeState = stateOfPlace(store);
  const rows: EventListRow[] = [];
  for (const { id, type } of entitiesOf(store, "event", q.type)) {
    const fs = facts.get(id) ?? [];
    const parts = fs.filter((f) => f.p === "participant" && f.object);
    if (q.with !== undefined && !parts.some((f) => f.object === q.with)) continue;
    const when = bestDated(fs.filter((f) => f.p === "occurred"));
    const place = when?.at ?? null;
    const state = placeState(place);
    if (q.in !== undefined && place !== q.in && state !== q.in) continue;
    if ((q.from !== undefined || q.to !== undefined) && !(when && meetsWindow(when, q.from, q.to, true))) continue;
    if (q.asOfGiven && !(when && meetsWindow(when, q.asOf, q.asOf, true))) continue;
    rows.push({
      event: refOf(store, id),
      type,
      date: when ? startText(when) : null,
      end: when && when.time?.includes("/") ? endText(when) : null,
      place: place ? refOf(store, place) : null,
      placeState: state ? refOf(store, state) : null,
      participants: parts.map((f) => ({ ...refOf(store, f.object!), role: f.role })),
      statements: [...(when ? [when.id] : []), ...parts.map((f) => f.id)],
    });
  }
  return sortRows(rows, q.sort ?? "date", { date: (r) => r.date, name: (r) => r.event.name.en, type: (r) => r.type }, (r) => r.event.name.en);
}
