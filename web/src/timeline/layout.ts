import type { Kind, TimelineItem } from "../api/types.js";
import { decimalYear } from "../time/dates.js";
import { toX, type View } from "./scale.js";

/** The timeline's rows: one per kind of entity the statement is about, in this order. */
export const ROW_KINDS: readonly Kind[] = ["state", "organization", "agreement", "dispute", "event", "policy", "person", "place", "source"];

export interface Mark {
  key: string;
  x: number;
  row: number;
  /** Small vertical offset so marks on the same day do not hide each other. */
  dy: number;
  item: TimelineItem;
}

/**
 * Places the items of a view on rows: x from the date, row from the subject's kind. Items outside the
 * view are left out. Pure.
 * @example layoutMarks(items, { start: 1950, end: 1980 }, 800)[0].row // 0 for a state
 */
export function layoutMarks(items: readonly TimelineItem[], view: View, width: number): Mark[] {
  // Same row, same 4 px: a number, not a string, as the key (this runs over thousands at each zoom step).
  const used = new Map<number, number>();
  const keys = new Set<string>();
  const marks: Mark[] = [];
  for (const item of items) {
    const { year, row } = factsOf(item);
    if (year === null || year < view.start || year > view.end) continue;
    const x = toX(view, width, year);
    const bucket = Math.round(x / 4) * ROW_KINDS.length + row;
    const n = used.get(bucket) ?? 0;
    used.set(bucket, n + 1);
    marks.push({ key: itemKey(item, keys), x, row, dy: ((n % 5) - 2) * 4, item });
  }
  return marks;
}

/** What placing an item needs that no zoom changes: its decimal year and its row. */
interface Facts {
  year: number | null;
  row: number;
}

// Found once per item: every zoom step filters and places the same thousands again.
const facts = new WeakMap<object, Facts>();

function factsOf(item: { date: string; statement?: { subject: { kind: Kind } } }): Facts {
  let known = facts.get(item);
  if (known === undefined) {
    const kind = item.statement?.subject.kind;
    facts.set(item, (known = { year: decimalYear(item.date), row: kind === undefined ? 0 : Math.max(0, ROW_KINDS.indexOf(kind)) }));
  }
  return known;
}

// Written once per item: the unfiltered timeline places thousands at every zoom step.
const bases = new WeakMap<object, string>();

/**
 * A key for an item that stays the same from one view to the next (its statement and edge), so that a
 * zoom step moves the marks and list entries already drawn instead of drawing them all anew; `seen`
 * tells apart the rare item listed twice.
 * @example itemKey({ statement: { id: "st-1" }, edge: "start" }, new Set()) // "st-1-start"
 */
export function itemKey(item: { statement: { id: string }; edge: string }, seen: Set<string>): string {
  let base = bases.get(item);
  if (base === undefined) bases.set(item, (base = `${item.statement.id}-${item.edge}`));
  let key = base;
  for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
  seen.add(key);
  return key;
}

/** Rows that hold at least one mark (empty rows are not drawn). */
export function usedRows(marks: readonly Mark[]): number[] {
  return [...new Set(marks.map((m) => m.row))].sort((a, b) => a - b);
}

/**
 * The items dated within a view (the data is fetched once per filter; zooming and panning only filter).
 * @example itemsInView(items, { start: 1950, end: 1960 }) // those dated 1950 up to 1960
 */
export function itemsInView<T extends { date: string }>(items: readonly T[], view: View): T[] {
  return items.filter((item) => {
    const { year } = factsOf(item);
    return year !== null && year >= view.start && year <= view.end;
  });
}
