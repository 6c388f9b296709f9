import type { HoldingView, OnDay } from "../model/results.js";
import { agreementAsOf } from "./asof/agreements.js";
import { administrationAsOf, membershipsAsOf, officeHoldersAsOf, officesOfAsOf, type Holding } from "./asof/holdings.js";
import { worldOf } from "./asof/store.js";
import { JAPAN } from "./asof/world.js";
import { relationRow } from "./relations.js";
import type { Store } from "./store.js";

/**
 * What the as-of engine says held for an entity on `day`, for the entity's page and `gaiko show
 * --as-of`: a state's relationship with Japan, memberships, offices, administration of a place, an
 * agreement's standing. Sections that do not apply to the entity's kind are empty or null.
 *
 * @example onDay(store, "senkaku-islands", "place", "1960-01-01").administration?.administrator?.entity.id // "united-states"
 */
export function onDay(store: Store, id: string, kind: string, day: string): OnDay {
  const world = worldOf(store);
  const view = (h: Holding): HoldingView => ({ entity: store.ref(h.id)!, role: h.role, since: h.since, certain: h.certain, basis: h.basis.map((f) => f.id) });
  const { member, observer } = kind === "state" || kind === "organization" ? membershipsAsOf(world, id, day) : { member: [], observer: [] };
  const offices = kind === "person" ? officesOfAsOf(world, id, day) : kind === "state" || kind === "organization" ? officeHoldersAsOf(world, id, day) : [];
  const admin = kind === "place" || kind === "dispute" ? administrationAsOf(world, id, day) : null;
  const a = kind === "agreement" ? agreementAsOf(world, id, day) : null;
  return {
    relation: kind === "state" && id !== JAPAN ? relationRow(store, id, day) : null,
    memberships: member.map(view),
    observerships: observer.map(view),
    offices: offices.map(view),
    administration: admin ? { administrator: admin.administrator ? view(admin.administrator) : null, claimants: admin.claimants.map(view) } : null,
    agreement: a ? { state: a.state, how: a.how, since: a.since, certain: a.certain, basis: a.basis.map((f) => f.id) } : null,
  };
}
