import type { Citation, EntityRef, EntityView, StatementView, TimelineItem } from "../api/types.js";

/**
 * What an entity page shows, worked out from the API's answers. Pure: the page components only render.
 */

/**
 * Numbers the sources of a page in order of first appearance (entity sources first), so one source
 * keeps one number everywhere on the page.
 */
export function sourceNumbering(view: Pick<EntityView, "entity" | "statements">): { numberOf: (c: Citation) => number; sources: Citation[] } {
  const order = new Map<string, number>();
  const sources: Citation[] = [];
  const add = (c: Citation) => {
    if (!order.has(c.source)) {
      order.set(c.source, order.size + 1);
      sources.push({ ...c, locator: null });
    }
  };
  view.entity.sources.forEach(add);
  view.statements.forEach((s) => s.sources.forEach(add));
  return { numberOf: (c) => order.get(c.source) ?? 0, sources };
}

/** The other end of a statement, seen from `selfId`. */
export function otherEnd(s: StatementView, selfId: string): EntityRef | null {
  if (s.subject.id !== selfId) return s.subject;
  return s.object && s.object.id !== selfId ? s.object : null;
}

export interface Linked {
  entity: EntityRef;
  statements: StatementView[];
  /** Earliest date among its statements (for sorting and showing). */
  date: string | null;
}

/** Groups statements by the entity of `kind` they link `selfId` to, sorted by date then name. */
export function linkedOfKind(statements: readonly StatementView[], selfId: string, kind: EntityRef["kind"], predicates?: readonly string[]): Linked[] {
  const byId = new Map<string, Linked>();
  for (const s of statements) {
    if (predicates && !predicates.includes(s.p)) continue;
    const other = otherEnd(s, selfId);
    if (!other || other.kind !== kind) continue;
    const item = byId.get(other.id) ?? { entity: other, statements: [], date: null };
    item.statements.push(s);
    const date = s.start ?? s.time;
    if (date && (!item.date || date < item.date)) item.date = date;
    byId.set(other.id, item);
  }
  return [...byId.values()].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.entity.name.en.localeCompare(b.entity.name.en));
}

/** Organisations a state belongs to on the page's date (all, with no date). */
function memberships(view: Pick<EntityView, "statements">, selfId: string): Map<string, StatementView> {
  const out = new Map<string, StatementView>();
  for (const s of view.statements) {
    if (s.p === "member-of" && s.subject.id === selfId && s.object?.kind === "organization" && s.holds !== "no") out.set(s.object.id, s);
  }
  return out;
}

/**
 * The organisations both a state and Japan belong to (on the date both views were asked for).
 * @example sharedMemberships(chinaView, japanView).map((l) => l.entity.id) // ["apec", "united-nations", …]
 */
export function sharedMemberships(state: EntityView, japan: EntityView): Linked[] {
  const mine = memberships(state, state.entity.id);
  const theirs = memberships(japan, japan.entity.id);
  const out: Linked[] = [];
  for (const [id, s] of mine) {
    const j = theirs.get(id);
    if (!j || !s.object) continue;
    const date = [s.start, j.start].filter((d): d is string => !!d).sort().pop() ?? null;
    out.push({ entity: s.object, statements: [s, j], date });
  }
  return out.sort((a, b) => a.entity.name.en.localeCompare(b.entity.name.en));
}

/** Agreements of a state that Japan is also party to or that concern it. */
export function agreementsWithJapan(state: EntityView, japan: EntityView | null): Linked[] {
  const all = linkedOfKind(state.statements, state.entity.id, "agreement");
  if (!japan) return all;
  const japans = new Set(linkedOfKind(japan.statements, "japan", "agreement").map((l) => l.entity.id));
  return all.filter((l) => japans.has(l.entity.id) || l.statements.some((s) => s.p === "concerns"));
}

export interface KeyEvent {
  event: EntityRef;
  /** The day it is placed at (a month or a year given alone is placed at its first day). */
  date: string;
  /** The date as its sources give it, to show: "1994-01" stays January 1994, never 1 January. */
  shown: string;
  item: TimelineItem;
}

/** Key events from the timeline, one per event (its occurrence or start), in date order. */
export function keyEvents(items: readonly TimelineItem[]): KeyEvent[] {
  const seen = new Map<string, KeyEvent>();
  for (const item of items) {
    const s = item.statement;
    if (s.p !== "occurred" || s.subject.kind !== "event" || item.edge === "end") continue;
    if (!seen.has(s.subject.id)) seen.set(s.subject.id, { event: s.subject, date: item.date, shown: givenStart(item), item });
  }
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The start of an item's own EDTF date, at the precision given; its placed day when it has none. */
function givenStart(item: TimelineItem): string {
  const start = (item.edtf ?? "").split("/")[0] ?? "";
  return start && start !== ".." ? start : item.date;
}

export interface PlaceClaim {
  place: EntityRef;
  state: EntityRef;
  statement: StatementView;
}

const TERRITORIAL = ["claims", "administers", "occupies", "rules"];

/** Claims, administration and occupation of the places of a dispute, from the places' own views. */
export function placeClaims(places: readonly EntityView[]): PlaceClaim[] {
  const out: PlaceClaim[] = [];
  for (const view of places) {
    for (const s of view.statements) {
      if (!TERRITORIAL.includes(s.p) || s.object?.id !== view.entity.id) continue;
      out.push({ place: s.object, state: s.subject, statement: s });
    }
  }
  return out.sort((a, b) => (a.statement.start ?? "").localeCompare(b.statement.start ?? "") || a.state.name.en.localeCompare(b.state.name.en));
}

/** A place's coordinates ([lon, lat]) from its fields, or null. */
export function coordsOf(fields: Record<string, unknown>): [number, number] | null {
  const c = fields["coords"];
  if (Array.isArray(c) && c.length === 2 && typeof c[0] === "number" && typeof c[1] === "number") return [c[0], c[1]];
  return null;
}

/** Statements grouped under their predicate label, in first-seen order. */
export function byPredicate(statements: readonly StatementView[]): { p: string; label: StatementView["label"]; statements: StatementView[] }[] {
  const groups = new Map<string, { p: string; label: StatementView["label"]; statements: StatementView[] }>();
  for (const s of statements) {
    const g = groups.get(s.p) ?? { p: s.p, label: s.label, statements: [] };
    g.statements.push(s);
    groups.set(s.p, g);
  }
  // With an as-of date, what held that day comes first; what came later or had ended follows.
  for (const g of groups.values()) g.statements.sort((a, b) => PHASE_RANK[a.phase ?? "held"] - PHASE_RANK[b.phase ?? "held"]);
  return [...groups.values()];
}

const PHASE_RANK: Record<NonNullable<StatementView["phase"]>, number> = { held: 0, uncertain: 1, past: 2, undated: 3, later: 4, ended: 5 };

type Reference = NonNullable<EntityView["references"]>[number];

/**
 * Numbers the references of every answer a page has loaded, in the order they arrived (the summary
 * first, then each section as the reader opens it), so a number never changes once shown.
 * @example referenceNumbering([summary, partyTo]).numberOf("seed-002") // 1
 */
export function referenceNumbering(views: readonly Pick<EntityView, "references" | "entity" | "statements">[]): { numberOf: (source: string) => number | undefined; references: Reference[] } {
  const order = new Map<string, number>();
  const references: Reference[] = [];
  const add = (r: Reference) => {
    if (order.has(r.source)) return;
    order.set(r.source, order.size + 1);
    references.push(r);
  };
  for (const v of views) {
    for (const r of v.references ?? []) add(r);
    // An answer without references (an older server): its citations still get a number.
    for (const c of [...v.entity.sources, ...v.statements.flatMap((s) => s.sources)]) add({ source: c.source, title: c.title, type: null, publisher: null, date: null, accessed: null, url: c.url });
  }
  return { numberOf: (source) => order.get(source), references };
}

/**
 * A statement's citations with one entry per source (its locators together): one badge per source. A source
 * cited on a folded line for less than its date (fold.ts) keeps what it gives as `dateNote` and `dateSaid`.
 */
export function citesBySource(sources: readonly (Citation & { dateNote?: string; dateSaid?: string })[]): { source: string; title: string; url: string | null; locators: string[]; dateNote?: string; dateSaid?: string }[] {
  const out = new Map<string, { source: string; title: string; url: string | null; locators: string[]; dateNote?: string; dateSaid?: string }>();
  for (const c of sources) {
    const e = out.get(c.source) ?? { source: c.source, title: c.title, url: c.url, locators: [], ...(c.dateNote ? { dateNote: c.dateNote, dateSaid: c.dateSaid } : {}) };
    if (c.locator && !e.locators.includes(c.locator)) e.locators.push(c.locator);
    out.set(c.source, e);
  }
  return [...out.values()];
}

/** Whether a statement came only from an imported dataset (its sources are the importers'). */
export function importedOnly(s: Pick<StatementView, "sources">): boolean {
  return s.sources.length > 0 && s.sources.every((c) => c.source.startsWith("import-") || c.source.startsWith("dataset-"));
}

/** The organisations a state and Japan both belonged to on the day, from the as-of engine's answers. */
export function sharedOnDay(state: EntityView["onDay"], japan: EntityView["onDay"]): EntityRef[] {
  const japans = new Set((japan?.memberships ?? []).map((m) => m.entity.id));
  return (state?.memberships ?? []).filter((m) => japans.has(m.entity.id)).map((m) => m.entity).sort((a, b) => a.name.en.localeCompare(b.name.en));
}

/**
 * The office holders of a day, each person once with every office held then, in the order first listed: a
 * box listing Xi Jinping three times (president, general secretary, chairman) lists him once with three roles.
 *
 * @example holdersOnDay([{ entity: xi, role: "president" }, { entity: xi, role: "general-secretary" }, { entity: li, role: "premier" }]) // [{ entity: xi, roles: ["president", "general-secretary"] }, { entity: li, roles: ["premier"] }]
 */
export function holdersOnDay(offices: readonly { entity: EntityRef; role: string | null }[]): { entity: EntityRef; roles: string[] }[] {
  const holders = new Map<string, { entity: EntityRef; roles: string[] }>();
  for (const o of offices) {
    const h = holders.get(o.entity.id) ?? { entity: o.entity, roles: [] };
    if (o.role && !h.roles.includes(o.role)) h.roles.push(o.role);
    holders.set(o.entity.id, h);
  }
  return [...holders.values()];
}
