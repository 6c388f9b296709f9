import type { View } from "./scale.js";

/**
 * Which years of the timeline to fetch for a view: the page loads the years it shows, then as many again
 * on each side (the margin a zoom out or a pan reaches first), never all 10,000 statements at once.
 * Years are the unit: the API's counts come by year, and a year asked for once is never asked again.
 * Pure: the loader (loader.ts) keeps what is in hand and asks these functions what to fetch next.
 */

/** Whole years, both inclusive. */
export interface Years {
  first: number;
  last: number;
}

/** A run of years to fetch in one request, with the items the counts give them. */
export interface Chunk extends Years {
  count: number;
}

export interface PlanOptions {
  /** The most items one request should bring (a year that holds more is one request of its own). */
  chunk: number;
  /** The most the first request brings when nothing is in hand yet: few, so that the page draws something soon. */
  first: number;
  /** The most items the page holds; the view's years past it are not fetched, and the page says from when. */
  cap: number;
  /** The span fetched on each side of the view, in views (1: as many years again on each side). */
  margin: number;
}

export interface Plan {
  /** The requests to make, the view's years first (in time order), then its margins, nearest first. */
  chunks: Chunk[];
  /** The last year of the view in hand or planned when the cap stopped the plan short of the view's end; else null. */
  cutAfter: number | null;
}

/**
 * The years a view shows, that of its end included (the chart draws an item dated on the view's last
 * instant: a view up to 2027.0 draws a target set for 2027, dated 2027-01-01).
 * @example yearsOf({ start: 1945, end: 2027 }) // { first: 1945, last: 2027 }
 */
export function yearsOf(view: View): Years {
  const first = Math.floor(view.start);
  return { first, last: Math.max(first, Math.floor(view.end)) };
}

/**
 * The years to have in hand for a view: its own and `margin` times its span on each side, within the extent.
 * @example yearsWanted({ start: 1970, end: 1980 }, { start: 1580, end: 2027 }, 1) // { first: 1960, last: 1990 }
 */
export function yearsWanted(view: View, extent: View, margin: number): Years {
  const span = (view.end - view.start) * margin;
  return yearsOf({ start: Math.max(extent.start, view.start - span), end: Math.min(extent.end, view.end + span) });
}

/**
 * What to fetch next for a view, given the items each year holds (`counts`; a year missing holds none),
 * the years already in hand or asked for (`had`) and how many items those are (`held`): runs of the
 * years not had, each of at most `chunk` items, the view's own first. Years that hold no item need no
 * request; when nothing is held, the first request is of at most `first` items. Nothing more is planned
 * once `held` and the plan would pass `cap`.
 *
 * @example planLoad({ start: 1972, end: 1973 }, extent, new Map([[1972, 30], [1971, 20]]), () => false, 0, { chunk: 100, first: 100, cap: 1000, margin: 1 })
 * // { chunks: [{ first: 1972, last: 1972, count: 30 }, { first: 1971, last: 1971, count: 20 }], cutAfter: null }
 */
export function planLoad(
  view: View,
  extent: View,
  counts: ReadonlyMap<number, number>,
  had: (year: number) => boolean,
  held: number,
  opts: PlanOptions,
): Plan {
  const shown = yearsOf(view);
  const wanted = yearsWanted(view, extent, opts.margin);
  let room = opts.cap - held;
  const chunks: Chunk[] = [];
  let cutAfter: number | null = null;
  // The view's years in time order: the list under the chart starts at the view's first year.
  for (const c of runs(shown, counts, had, opts.chunk, held === 0 ? opts.first : opts.chunk)) {
    if (c.count > room) {
      cutAfter = c.first - 1;
      break;
    }
    room -= c.count;
    chunks.push(c);
  }
  if (cutAfter !== null) return { chunks, cutAfter };
  // Then the margins, the years nearest the view first (a pan or a zoom out reaches them first).
  const before = runs({ first: wanted.first, last: shown.first - 1 }, counts, had, opts.chunk).reverse();
  const after = runs({ first: shown.last + 1, last: wanted.last }, counts, had, opts.chunk);
  const distance = (c: Chunk) => (c.last < shown.first ? shown.first - c.last : c.first - shown.last);
  for (const c of [...before, ...after].sort((a, b) => distance(a) - distance(b))) {
    if (c.count > room) break;
    room -= c.count;
    chunks.push(c);
  }
  return { chunks, cutAfter: null };
}

/**
 * The years of `years` not had, in runs of consecutive years (a year had ends a run) of at most `max`
 * items (the first of at most `firstMax`); years that hold nothing join the run they fall in but start none.
 */
function runs(years: Years, counts: ReadonlyMap<number, number>, had: (year: number) => boolean, max: number, firstMax = max): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let year = years.first; year <= years.last; year++) {
    if (had(year)) {
      open = null;
      continue;
    }
    const n = counts.get(year) ?? 0;
    if (n === 0) continue;
    if (open && open.count + n <= (out.length === 1 ? firstMax : max)) {
      open.last = year;
      open.count += n;
    } else {
      open = { first: year, last: year, count: n };
      out.push(open);
    }
  }
  return out;
}

/**
 * The year of an API date ("1972-09-29" → 1972, "-0660-02-11" → -660).
 * @example yearOfDate("1972-09-29") // 1972
 */
export function yearOfDate(date: string): number {
  return Number(/^-?\d+/.exec(date)?.[0]);
}

/**
 * The years an answer asked for with a limit holds whole: every year asked when it came short of the
 * limit, else those before the year of its last item (the API keeps the first items by date, so that
 * year may go on past the limit); null when it holds no year whole.
 * @example wholeYears({ first: 1945, last: 2027 }, ["1945-08-15", "1946-01-01", "1947-03-01"], 3) // { first: 1945, last: 1946 }
 */
export function wholeYears(asked: Years, dates: readonly string[], limit: number): Years | null {
  if (dates.length < limit) return asked;
  const last = yearOfDate(dates.at(-1)!);
  return last > asked.first ? { first: asked.first, last: last - 1 } : null;
}

/**
 * Whether every year a view shows is in hand (a year that holds no item needs nothing).
 * @example covered({ start: 1972, end: 1973 }, new Map([[1972, 3]]), (y) => y === 1972) // true
 */
export function covered(view: View, counts: ReadonlyMap<number, number>, had: (year: number) => boolean): boolean {
  const { first, last } = yearsOf(view);
  for (let year = first; year <= last; year++) if (!had(year) && (counts.get(year) ?? 0) > 0) return false;
  return true;
}
