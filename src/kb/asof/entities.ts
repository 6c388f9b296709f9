import type { Entity } from "../../model/entity.js";
import type { FlatStatement } from "../statements.js";
import type { TimedFact } from "./facts.js";
import { World } from "./world.js";

/**
 * The as-of engine over data/ as loaded, before any build: what `gaiko lint` sweeps. Only curated
 * statements exist here; the built store adds dataset rows, which precedence keeps below these.
 *
 * @example worldOfEntities(loaded.entities, flattenStatements(loaded.entities))
 */
export function worldOfEntities(entities: readonly Entity[], statements: readonly FlatStatement[]): World {
  const states = entities.flatMap((e) => (e.kind === "state" ? [{ id: e.id, isoNumeric: e.isoNumeric ?? null, statehood: e.statehood }] : []));
  const agreements = entities.flatMap((e) => (e.kind === "agreement" ? [{ id: e.id, scope: e.scope, type: e.type }] : []));
  const facts: TimedFact[] = statements.map((s) => ({
    id: s.id, subject: s.subject, p: s.p, object: s.object ?? null, role: s.role ?? null, via: s.via ?? null,
    status: s.status, curated: true, bounds: s.bounds ?? null, time: s.time ?? null,
  }));
  return new World({ states, agreements, facts });
}
