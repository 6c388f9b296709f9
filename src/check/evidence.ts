// A claim's evidence as the answer gives it: each statement that decided the claim, with its sources and,
// where it records something other than the claim itself, what it records.
import { PREDICATES } from "../model/predicates.js";
import type { CheckResult } from "../model/results.js";
import type { Store, StatementRow } from "../kb/store.js";

type Evidence = CheckResult["claims"][number]["evidence"][number];

/** The sources of each statement as its view gives them, read once per statement row. */
const SOURCES = new WeakMap<StatementRow, ReturnType<Store["view"]>["sources"]>();

/**
 * A statement's sources for a claim's evidence: each claim gets its own copies, made from the sources read once
 * (a statement's whole view, with its names and its event's date, was built for every claim it decided).
 *
 * @example sourcesOf(store, row)[0]?.title // "Joint Communiqué of the Government of Japan and …"
 */
export function sourcesOf(store: Store, r: StatementRow): ReturnType<Store["view"]>["sources"] {
  let s = SOURCES.get(r);
  if (!s) SOURCES.set(r, (s = store.view(r).sources));
  return s.map((c) => ({ ...c }));
}

/**
 * One statement as a claim's evidence. `claim` (the claim's relation, subject and object ids) adds `about`, what the
 * statement records, when that is not the claim itself in either order: "United States member of NATO" under
 * "Japan is a member of NATO" (a row that showed only "1949 – today" told the reader nothing).
 *
 * @example evidenceOf(store, usInNato, { p: "member-of", subject: "japan", object: "nato" }).about?.subject.name.en // "United States"
 */
export function evidenceOf(store: Store, r: StatementRow, claim?: { p: string; subject: string; object: string | null }): Evidence {
  const e: Evidence = { statement: r.id, time: r.time, status: r.status, note: r.note, note_ja: r.note_ja, sources: sourcesOf(store, r) };
  if (!claim || sameFact(r, claim)) return e;
  const subject = store.ref(r.subject);
  if (!subject) return e;
  const { en, ja } = PREDICATES[r.p];
  return { ...e, about: { subject, p: r.p, label: { en, ja }, object: r.object ? store.ref(r.object) : null } };
}

/** Whether a statement is the claim's own relation between the claim's own two entities, in either order. */
function sameFact(r: StatementRow, c: { p: string; subject: string; object: string | null }): boolean {
  if (r.p !== c.p) return false;
  return (r.subject === c.subject && r.object === c.object) || (r.subject === c.object && r.object === c.subject);
}
