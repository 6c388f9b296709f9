import { MISSION_TYPES, missionOfRole, type MissionListRow, type MissionType } from "../../model/lists.js";
import { endText, startText } from "../asof/facts.js";
import { missionOpen, missionsOf } from "../asof/missions.js";
import { worldOf } from "../asof/store.js";
import type { Store } from "../store.js";
import { holdsKnownOn, ListQueryError, meetsWindow, refOf, sortRows, type ListQuery } from "./common.js";

const SORT: Record<string, (r: MissionListRow) => string | null> = {
  from: (r) => r.from,
  to: (r) => r.to,
  sender: (r) => r.sender.name.en,
  host: (r) => r.host.name.en,
  type: (r) => r.type,
  city: (r) => r.city,
};

interface MissionExtras {
  /** Where each mission statement stands (`at`) and where it comes from, which the engine's facts do not carry. */
  places: Map<string, { at: string | null; origin: string }>;
  /** Every state that sends a mission. */
  senders: string[];
}
const extras = new WeakMap<Store, MissionExtras>();

/** The mission statements' places, origins and senders, read once per store (a store is read-only), as the agreements list reads its signatures. */
function extrasOf(store: Store): MissionExtras {
  let x = extras.get(store);
  if (x) return x;
  const rows = store.prepared("SELECT id, subject, at, origin FROM statements WHERE p = 'diplomatic-mission'").all() as { id: string; subject: string; at: string | null; origin: string }[];
  x = {
    places: new Map(rows.map((r) => [r.id, { at: r.at, origin: r.origin.startsWith("dataset:") ? r.origin : "curated" }])),
    senders: [...new Set(rows.map((r) => r.subject))],
  };
  extras.set(store, x);
  return x;
}

/** Whether a state lies in `place` or names it: a mission "in" Japan, or in the place a statement names (Shimoda). */
const isIn = (host: string, at: string | null, place: string) => host === place || at === place;

/**
 * Diplomatic missions (embassies, consulates, legations, trading posts…) of one state in another, from
 * `diplomatic-mission` statements: `by` is the sending state, `in` the host (or the place the statement
 * names), `with` either side, `type` one of MISSION_TYPES; with `asOfGiven` only those the as-of engine
 * says were open that day (`missionOpen`), with `from`/`to` those whose span meets the window. A dataset's
 * copy of a curated mission is listed once, as curated (`missionsOf`).
 *
 * @example listMissions(store, { by: "japan", type: "embassy", asOf: "2020-01-01", asOfGiven: true, limit: 100, offset: 0 })
 */
export function listMissions(store: Store, q: ListQuery): MissionListRow[] {
  if (q.type !== undefined && !(MISSION_TYPES as readonly string[]).includes(q.type)) {
    throw new ListQueryError("type", `one of ${MISSION_TYPES.join(", ")} (got "${q.type}")`);
  }
  const world = worldOf(store);
  const { places, senders: all } = extrasOf(store);
  const senders = q.by !== undefined ? [q.by] : all;
  const rows: MissionListRow[] = [];
  for (const f of missionsOf(world, senders)) {
    if (!f.object) continue;
    const { type, city } = missionOfRole(f.role);
    const { at, origin } = places.get(f.id) ?? { at: null, origin: f.curated ? "curated" : "dataset" };
    if (q.type !== undefined && type !== (q.type as MissionType)) continue;
    if (q.with !== undefined && f.subject !== q.with && f.object !== q.with) continue;
    if (q.in !== undefined && !isIn(f.object, at, q.in)) continue;
    if ((q.from !== undefined || q.to !== undefined) && !meetsWindow(f, q.from, q.to)) continue;
    const holds = missionOpen(world, f, q.asOf);
    if (q.asOfGiven && holds === "no") continue;
    rows.push({
      sender: refOf(store, f.subject),
      host: refOf(store, f.object),
      type,
      role: f.role,
      city,
      place: at ? refOf(store, at) : null,
      from: startText(f),
      to: endText(f),
      holds,
      ...holdsKnownOn(world, f, q.asOf, holds),
      origin,
      statement: f.id,
    });
  }
  return sortRows(rows, q.sort ?? "from", SORT, (r) => `${r.sender.name.en} ${r.host.name.en} ${r.city ?? ""}`);
}
