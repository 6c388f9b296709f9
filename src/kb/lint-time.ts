import type { Entity } from "../model/entity.js";
import { AGREEMENT_ENDS, TERRITORY_ROLES } from "../model/predicates.js";
import type { Day } from "../model/time.js";
import { worldOfEntities } from "./asof/entities.js";
import { sweep, type SweepResult } from "./asof/sweep.js";
import type { FlatStatement } from "./statements.js";

/** Reports a problem at a statement's first place of writing. */
export type At = (file: string, path: (string | number)[], severity: "error" | "warning", message: string) => void;

const where = (s: FlatStatement, field?: string): [string, (string | number)[]] => {
  const o = s.origins[0]!;
  return [o.file, field ? ["statements", o.index, field] : ["statements", o.index]];
};

/**
 * rule `agreement-end`: an agreement whose force ended says how (AGREEMENT_ENDS), and one superseded
 * names what superseded it, so that no agreement is silently in force or silently over.
 */
export function checkAgreementEnds(statements: readonly FlatStatement[], at: At): void {
  const supersededBy = new Set(statements.filter((s) => s.p === "superseded-by").map((s) => s.subject));
  for (const s of statements) {
    if (s.p !== "in-force" && s.p !== "party-to") continue;
    const end = s.bounds?.end;
    const closed = s.time?.includes("/") && end && !end.open && !end.unknown;
    if (s.role && !(AGREEMENT_ENDS as readonly string[]).includes(s.role)) {
      at(...where(s, "role"), "error", `role "${s.role}" does not say how the agreement ended — use one of: ${AGREEMENT_ENDS.join(", ")}`);
    } else if (closed && !s.role && s.p === "in-force") {
      at(...where(s, "time"), "error", `the agreement's force ended (${s.time}) but not how — add role: one of ${AGREEMENT_ENDS.join(", ")}`);
    } else if (s.role === "superseded" && s.p === "in-force" && !supersededBy.has(s.subject)) {
      at(...where(s, "role"), "warning", `superseded, but by what? — add {p: superseded-by, object: <the new agreement>, time: <the day>}`);
    }
  }
}

/** rule `territory-role`: how a state held another's land is one of TERRITORY_ROLES. */
export function checkTerritoryRoles(statements: readonly FlatStatement[], at: At): void {
  for (const s of statements) {
    if (s.p !== "holds-territory") continue;
    if (!s.role || !(TERRITORY_ROLES as readonly string[]).includes(s.role)) {
      at(...where(s, "role"), "error", `holds-territory needs role: one of ${TERRITORY_ROLES.join(", ")}`);
    }
  }
}

/**
 * The sweep over every state and every year (src/kb/asof/sweep.ts), its violations reported as lint
 * errors at the statement (or the state's file) they concern.
 */
export function checkSweep(entities: readonly Entity[], statements: readonly FlatStatement[], today: Day, at: At): SweepResult {
  const result = sweep(worldOfEntities(entities, statements), { today });
  const byId = new Map(statements.map((s) => [s.id, s]));
  const fileOf = new Map(entities.map((e) => [e.id, e.origin]));
  for (const v of result.violations) {
    const s = v.facts.map((f) => byId.get(f.id)).find(Boolean);
    if (s) at(...where(s, "time"), "error", `${v.rule}: ${v.message}`);
    else at(fileOf.get(v.state) ?? "data/states", ["statements"], "error", `${v.rule}: ${v.message}`);
  }
  return result;
}
