import { createHash } from "node:crypto";
import type { Entity } from "../model/entity.js";
import type { Statement, SourceRef } from "../model/statement.js";
import { parseTime, isTimeError, type TimeBounds } from "../model/time.js";
import { PREDICATES } from "../model/predicates.js";

/** A statement placed in the knowledge base: subject resolved, id derived, time reduced to bounds. */
export interface FlatStatement extends Omit<Statement, "subject" | "sources"> {
  id: string;
  subject: string;
  sources: SourceRef[];
  bounds?: TimeBounds;
  /** Where it was written: file and index within `statements`, for diagnostics. */
  origins: { file: string; index: number }[];
}

/**
 * A statement's id is derived from its content (not its position), so it stays stable when files are
 * reordered or edited elsewhere. Symmetric predicates sort their two ends first.
 *
 * @example statementId({ p: "diplomatic-relations", subject: "japan", object: "china", time: "1972-09-29/.." })
 */
export function statementId(s: Pick<Statement, "p" | "object" | "time" | "value" | "role" | "at" | "via" | "status"> & { subject: string }): string {
  let [a, b] = [s.subject, s.object ?? ""];
  if ((PREDICATES[s.p] as { symmetric?: boolean }).symmetric && b && b < a) [a, b] = [b, a];
  const key = [a, s.p, b, s.time ?? "", s.value ?? "", s.role ?? "", s.at ?? "", s.via ?? "", s.status ?? "accepted"].join("|");
  return "st-" + createHash("sha1").update(key).digest("hex").slice(0, 12);
}

/**
 * Collects every statement from every entity. The same fact written in two files becomes one statement
 * whose sources are the union of both, so nothing is lost and nothing is counted twice.
 */
export function flattenStatements(entities: readonly Entity[]): FlatStatement[] {
  const byId = new Map<string, FlatStatement>();
  for (const e of entities) {
    if (e.kind === "source") continue;
    e.statements.forEach((s, index) => {
      const subject = s.subject ?? e.id;
      const id = statementId({ ...s, subject });
      const prev = byId.get(id);
      if (prev) {
        for (const ref of s.sources) {
          if (!prev.sources.some((r) => r.source === ref.source && r.locator === ref.locator)) prev.sources.push(ref);
        }
        // The Japanese note goes with the English note it renders, never with another file's.
        if (!prev.note && s.note) [prev.note, prev.note_ja] = [s.note, s.note_ja];
        else if (!prev.note_ja && s.note_ja && s.note === prev.note) prev.note_ja = s.note_ja;
        // The value is the same in both (it is part of the id); its Japanese from whichever file gives it.
        if (!prev.value_ja && s.value_ja) prev.value_ja = s.value_ja;
        prev.origins.push({ file: e.origin, index });
        return;
      }
      const t = s.time ? parseTime(s.time) : undefined;
      byId.set(id, {
        ...s,
        id,
        subject,
        sources: [...s.sources],
        bounds: t && !isTimeError(t) ? t : undefined,
        origins: [{ file: e.origin, index }],
      });
    });
  }
  return [...byId.values()];
}
