import type { EntityRef, TimelineItem } from "../api/types.js";
import { decimalYear } from "../time/dates.js";
import { isCandidate, keyEventIndex, sourceWeight, TURNING_POINTS, type KeyEventIndex } from "./key-events.js";
import { toX, type View } from "./scale.js";

/**
 * The timeline's annotated key events: a few labelled markers for the events that define the span
 * shown, chosen from the data. Pure: the chart only draws what `annotate` returns.
 *
 * The rule, in order:
 * 1. Candidates are curated statements only (never a row that only an imported dataset gives):
 *    an event's occurrence (`occurred`, its point or start), and an agreement's signature or entry
 *    into force (`signed`, `in-force`) when the items in hand say Japan is party to it or signed it.
 * 2. One candidate per entity: its signature before its entry into force, then the earliest.
 * 3. Turning points first (key-events.ts): the event or agreement by which Japan joined the UN, made
 *    peace with one of its principal partners, or established relations with one; then the others.
 * 4. Then weight: the distinct sources cited by the entity's curated statements in hand, a founding
 *    overview article (`seed-…`, what a reader of Japan's foreign relations asks about) counting
 *    as ten; at equal weight agreements come first, then the earlier.
 * 5. Placed in that order, each label on the first of `lanes` lines where it overlaps no other
 *    (with a gap), shifted to stay inside the chart; at most one label per ~130 px of width.
 */

export interface Annotation {
  entity: EntityRef;
  /** The item's date as given ("1951-09-08"). */
  date: string;
  /** Where the event is on the chart (0…width). */
  x: number;
  /** Where the label starts and how wide it is (always within 0…width). */
  left: number;
  width: number;
  /** The line it sits on (0 = top). */
  lane: number;
  /** The label as drawn (perhaps shortened with …) and in full (for its tooltip). */
  text: string;
  full: string;
  weight: number;
}

export interface AnnotateOptions {
  /** The label of an item in the reader's language, e.g. "1951 Treaty of San Francisco". */
  label: (item: TimelineItem) => string;
  /** The label's font size in px (its width is estimated from it). */
  font?: number;
  lanes?: number;
  /** Most labels whatever the width. */
  max?: number;
  /** The items Japan's participation is read from (all those fetched; defaults to `items`). */
  context?: readonly TimelineItem[];
  /** `keyEventIndex(context)`, when the caller keeps it from one view to the next. */
  index?: KeyEventIndex;
  /** The items are `keyCandidates`' answer already (with this index): not checked again at each step. */
  candidates?: boolean;
}

const GAP = 8;
const PX_PER_LABEL = 130;
/** A label is shortened to the room beside its neighbours, but never below this (px). */
const MIN_LABEL = 90;

/**
 * The estimated width of a text: CJK characters are about one em wide, Latin ones (bold) about two thirds.
 * @example textWidth("1951年", 10) // 4 × 6.4 + 10 = 35.6
 */
export function textWidth(text: string, font: number): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, font);
  return w;
}

const charWidth = (ch: string, font: number) => (ch.codePointAt(0)! >= 0x2e80 ? font : font * 0.64);

/** Shortens a text with … until it fits `max` px. @example fit("Treaty of San Francisco", 60, 10) // "Treaty o…" */
export function fit(text: string, max: number, font: number): string {
  if (textWidth(text, font) <= max) return text;
  // The longest start that fits with its "…" (at least one character), measured in one pass.
  const room = max - charWidth("…", font);
  let kept = "";
  let w = 0;
  for (const ch of text) {
    w += charWidth(ch, font);
    if (kept !== "" && w > room) break;
    kept += ch;
  }
  return kept.trimEnd() + "…";
}

/**
 * A key event's label: its year, then its name, the year left out when the name holds it already.
 * @example keyLabel("1973年", "1973", "1973 oil crisis") // "1973 oil crisis"
 */
export function keyLabel(year: string, digits: string, name: string): string {
  return name.includes(digits) ? name : `${year} ${name}`;
}

/**
 * The items among `items` that may be labelled as key events in some view (rule 1 above). Found once
 * per answer of the API, they can stand for a view's items in `annotate`, which then looks through a
 * few hundred candidates at each zoom step instead of the view's thousands of items.
 * @example annotate(keyCandidates(all, index), view, 900, { index, label }) // as annotate(itemsInView(all, view), view, 900, { index, label })
 */
export function keyCandidates(items: readonly TimelineItem[], index: KeyEventIndex): TimelineItem[] {
  return items.filter((item) => isCandidate(item, index.japanParty));
}

/**
 * The key events to label in a view: at most one per 130 px (and `max`), none overlapping, all
 * inside [0, width]; the rule is in the module's comment.
 * @example annotate(items, { start: 1945, end: 2027 }, 900, { label: (i) => i.statement.subject.name.en }).map((a) => a.entity.id)
 * // ["treaty-of-san-francisco", "japan-china-joint-communique-1972", …]
 */
export function annotate(items: readonly TimelineItem[], view: View, width: number, opts: AnnotateOptions): Annotation[] {
  const font = opts.font ?? 11;
  const lanes = opts.lanes ?? 2;
  const limit = Math.max(1, Math.min(opts.max ?? 8, Math.floor(width / PX_PER_LABEL)));
  const { japanParty, weight: weights, tier } = opts.index ?? keyEventIndex(opts.context ?? items);
  const none = TURNING_POINTS.length;

  const best = new Map<string, { item: TimelineItem; year: number; weight: number; tier: number; rank: number }>();
  for (const item of items) {
    if (!opts.candidates && !isCandidate(item, japanParty)) continue;
    const s = item.statement;
    const year = decimalYear(item.date);
    if (year === null || year < view.start || year > view.end) continue;
    // Signature first, then entry into force, then the earliest.
    const rank = (s.p === "in-force" ? 1 : 0) * 1e5 + year;
    const had = best.get(s.subject.id);
    if (!had || rank < had.rank) best.set(s.subject.id, { item, year, weight: weights.get(s.subject.id) ?? sourceWeight(new Set(s.sources.map((c) => c.source))), tier: tier.get(s.subject.id) ?? none, rank });
  }

  const order = [...best.values()].sort(
    (a, b) => a.tier - b.tier || b.weight - a.weight || kindRank(a.item) - kindRank(b.item) || a.year - b.year || a.item.statement.subject.id.localeCompare(b.item.statement.subject.id),
  );
  // Two lines of labels: each may take up to twice its share of one line.
  const maxLabel = Math.min(width, Math.max(140, (lanes * width) / limit - GAP));
  const placed: Annotation[] = [];
  for (const c of order) {
    if (placed.length >= limit) break;
    const x = toX(view, width, c.year);
    // Two markers on the same spot would read as one.
    if (placed.some((p) => Math.abs(p.x - x) < 3)) continue;
    // A marker under a label in every lane can have none (place would find no spot): known before its
    // label is written and measured. A wide view with few labels placed tries hundreds of candidates.
    if (blockedEverywhere(placed, lanes, x)) continue;
    const full = labelOf(opts.label, c.item);
    const spot = place(placed, lanes, width, x, fittedWidth(full, maxLabel, font));
    if (!spot) continue;
    const text = fit(full, spot.room, font);
    const w = textWidth(text, font);
    const left = Math.min(Math.max(spot.from, x - w / 2), spot.to - w);
    placed.push({ entity: c.item.statement.subject, date: c.item.date, x, left, width: w, lane: spot.lane, text, full, weight: c.weight });
  }
  return placed.sort((a, b) => a.x - b.x);
}

/**
 * Where a label `w` px wide over a marker at `x` can go: the first lane whose free stretch around x
 * (between the labels placed there, with a gap, and the chart's edges) holds it whole, else the lane
 * with the widest such stretch if it holds MIN_LABEL; null when none does.
 */
function place(placed: readonly Annotation[], lanes: number, width: number, x: number, w: number): { lane: number; from: number; to: number; room: number } | null {
  let widest: { lane: number; from: number; to: number; room: number } | null = null;
  for (let lane = 0; lane < lanes; lane++) {
    let from = 0;
    let to = width;
    let blocked = false;
    for (const p of placed) {
      if (p.lane !== lane) continue;
      const a = p.left - GAP;
      const b = p.left + p.width + GAP;
      if (x >= a && x <= b) blocked = true;
      else if (b < x) from = Math.max(from, b);
      else to = Math.min(to, a);
    }
    if (blocked) continue;
    const room = to - from;
    if (room >= w) return { lane, from, to, room: w };
    if (room >= MIN_LABEL && (!widest || room > widest.room)) widest = { lane, from, to, room };
  }
  return widest;
}

// A label and its width do not change from one zoom step to the next: found once per item and label
// function (the chart keeps its function for a language), and once per text and room.
const labels = new WeakMap<(item: TimelineItem) => string, WeakMap<TimelineItem, string>>();
const widths = new Map<string, number>();

function labelOf(label: (item: TimelineItem) => string, item: TimelineItem): string {
  let known = labels.get(label);
  if (!known) labels.set(label, (known = new WeakMap()));
  let text = known.get(item);
  if (text === undefined) known.set(item, (text = label(item)));
  return text;
}

function fittedWidth(text: string, max: number, font: number): number {
  const key = `${max}|${font}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > 20_000) widths.clear();
    widths.set(key, (w = textWidth(fit(text, max, font), font)));
  }
  return w;
}

/** Whether every lane has a label (with its gap) over `x`. */
function blockedEverywhere(placed: readonly Annotation[], lanes: number, x: number): boolean {
  for (let lane = 0; lane < lanes; lane++) {
    if (!placed.some((p) => p.lane === lane && x >= p.left - GAP && x <= p.left + p.width + GAP)) return false;
  }
  return true;
}

function kindRank(item: TimelineItem): number {
  return item.statement.subject.kind === "agreement" ? 0 : 1;
}
