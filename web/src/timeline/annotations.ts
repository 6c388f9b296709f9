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
 * 5. Placed in that order, each label whole, never cut: on one line where it fits, else wrapped at
 *    word boundaries (between any two Japanese characters) onto at most `lines` lines, in the first of
 *    the `lanes` line slots where it overlaps no other (with a gap), shifted to stay inside the chart;
 *    at most one label per ~130 px of width. A label that fits nowhere whole is written with the
 *    entity's short name (`short`, e.g. "1972 Japan–China Joint Communiqué" for a 100-character
 *    title) where that fits, else left out.
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
  /** The first line slot it takes (0 = top); it takes `lines.length` slots from there. */
  lane: number;
  /** The label as drawn (`text`: the full label, or the short one when the full one fit nowhere), the full label (for a tooltip), and the lines drawn, each with the space it breaks at kept at its end (so they join to `text`). */
  text: string;
  full: string;
  lines: string[];
  weight: number;
}

export interface AnnotateOptions {
  /** The label of an item in the reader's language, e.g. "1951 Treaty of San Francisco". */
  label: (item: TimelineItem) => string;
  /** The item's label with the entity's short name (from the API's `shortNames`), or null when it has none: used only when `label` fits nowhere. */
  short?: (item: TimelineItem) => string | null;
  /** The label's font size in px (its width is estimated from it). */
  font?: number;
  /** The line slots above the rows (a label wrapped onto two lines takes two). */
  lanes?: number;
  /** The most lines one label may be wrapped onto. */
  lines?: number;
  /** Most labels whatever the width. */
  max?: number;
  /** The items Japan's participation is read from (all those fetched; defaults to `items`). */
  context?: readonly TimelineItem[];
  /** `keyEventIndex(context)`, when the caller keeps it from one view to the next. */
  index?: KeyEventIndex;
  /** The items are `keyCandidates`' answer already (with this index): not checked again at each step. */
  candidates?: boolean;
}

/** How the chart writes its key events: 11 px labels in five line slots, each wrapped onto at most four (a treaty's full title is 100 characters). */
export const KEY_LABELS = { font: 11, lanes: 5, lines: 4 } as const;

const GAP = 8;
const PX_PER_LABEL = 130;
/** A label is shortened to the room beside its neighbours, but never below this (px). */
const MIN_LABEL = 90;

/**
 * The estimated width of a text in the labels' bold: CJK characters one em wide; Latin ones as the bold sans
 * draws them (DejaVu Sans Bold, measured at 11 px): digits 0.70 em, a capital beside another (ASEAN) 0.76, a
 * plus sign 0.84, others about 0.64. With 0.64 for all, "1997年 第1回ASEAN+3首脳会議" was 8 px wider than its box,
 * and ran into the next label.
 * @example textWidth("1951年", 10) // 4 × 7 + 10 = 38
 */
export function textWidth(text: string, font: number): number {
  let w = 0;
  let before = 0;
  const chars = [...text];
  for (const [i, ch] of chars.entries()) {
    const next = chars[i + 1]?.codePointAt(0) ?? 0;
    w += charWidth(ch.codePointAt(0)!, before, next, font);
    before = ch.codePointAt(0)!;
  }
  return w;
}

const capital = (c: number) => c >= 0x41 && c <= 0x5a;

/** A character's width, by what is beside it: a capital among capitals (ASEAN, APEC) is wider than one alone (J, I). */
function charWidth(c: number, before: number, next: number, font: number): number {
  if (c >= 0x2e80) return font;
  if (c >= 0x30 && c <= 0x39) return font * 0.7;
  if (capital(c) && (capital(before) || capital(next))) return font * 0.76;
  if (c === 0x2b) return font * 0.84;
  return font * 0.64;
}

/**
 * The pieces a line may break between: a word with the spaces after it, or one Japanese character
 * (with the closing brackets and commas that may not start a line).
 */
const PIECES = /[\u2e80-\u9fff\uff00-\uffef][）」』】〕、。，・ー]*\s*|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/gu;

/**
 * A text broken into lines of at most `max` px (greedy, at word boundaries and between Japanese
 * characters), or null when a single word is wider than that. Each line keeps the space it breaks at.
 * @example wrap("1956 Japan's admission to the United Nations", 150, 11) // ["1956 Japan's admission ", "to the United Nations"]
 */
export function wrap(text: string, max: number, font: number): string[] | null {
  const lines: string[] = [];
  let line = "";
  let w = 0;
  for (const piece of text.match(PIECES) ?? []) {
    const pw = textWidth(piece.trimEnd(), font);
    if (pw > max) return null;
    if (line !== "" && w + pw > max) {
      lines.push(line);
      line = "";
      w = 0;
    }
    line += piece;
    w += textWidth(piece, font);
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The widest of a label's lines, without the space each keeps at its end (px). */
function linesWidth(lines: readonly string[], font: number): number {
  return Math.max(0, ...lines.map((l) => textWidth(l.trimEnd(), font)));
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
  const most = Math.min(lanes, opts.lines ?? 2);
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
  // A label may take up to twice its share of one line (more lines than that, it is wrapped).
  const maxLabel = Math.min(width, Math.max(140, (2 * width) / limit - GAP));
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
    let text = full;
    let spot = place(placed, lanes, most, width, x, full, maxLabel, font);
    // A treaty's official title may fit nowhere where its common name does: a label named short beats none.
    if (!spot && opts.short) {
      const short = labelOf(opts.short, c.item);
      if (short !== null && short !== full) spot = place(placed, lanes, most, width, x, (text = short), maxLabel, font);
    }
    if (!spot) continue;
    const left = Math.min(Math.max(spot.from, x - spot.width / 2), spot.to - spot.width);
    placed.push({ entity: c.item.statement.subject, date: c.item.date, x, left, width: spot.width, lane: spot.lane, text, full, lines: spot.lines, weight: c.weight });
  }
  return placed.sort((a, b) => a.x - b.x);
}

/**
 * Where a label over a marker at `x` goes whole: on the fewest lines it can (one if it fits in
 * `maxLabel`), in the first run of line slots whose free stretch around x (between the labels placed
 * there, with a gap, and the chart's edges) holds it; wrapped into a narrower stretch on more lines,
 * but never narrower than MIN_LABEL; null when no run of slots holds it whole.
 */
function place(
  placed: readonly Annotation[],
  lanes: number,
  most: number,
  width: number,
  x: number,
  text: string,
  maxLabel: number,
  font: number,
): { lane: number; from: number; to: number; width: number; lines: string[] } | null {
  const whole = textWidth(text.trimEnd(), font);
  for (let n = 1; n <= most; n++) {
    for (let lane = 0; lane + n <= lanes; lane++) {
      const free = stretch(placed, lane, n, width, x);
      if (!free) continue;
      const room = Math.min(free.to - free.from, maxLabel);
      if (room < Math.min(whole, MIN_LABEL)) continue;
      // Balanced lines where they fit (not one long line and a word), else as wide as the room.
      const lines = wrapped(text, Math.min(room, Math.max(MIN_LABEL, whole / n + font)), font, n) ?? wrapped(text, room, font, n);
      if (lines) return { lane, from: free.from, to: free.to, width: linesWidth(lines, font), lines };
    }
  }
  return null;
}

/** The text wrapped to `max` px when that takes at most `n` lines (remembered: the same labels are tried at each zoom step). */
function wrapped(text: string, max: number, font: number, n: number): string[] | null {
  const key = `${Math.floor(max)}|${font}|${text}`;
  let lines = wraps.get(key);
  if (lines === undefined) {
    if (wraps.size > 20_000) wraps.clear();
    wraps.set(key, (lines = wrap(text, Math.floor(max), font)));
  }
  return lines && lines.length <= n ? lines : null;
}

/** The free stretch around x in line slots lane … lane + n − 1 (between the labels there, with a gap), or null when one covers x. */
function stretch(placed: readonly Annotation[], lane: number, n: number, width: number, x: number): { from: number; to: number } | null {
  let from = 0;
  let to = width;
  for (const p of placed) {
    if (p.lane + p.lines.length <= lane || p.lane >= lane + n) continue;
    const a = p.left - GAP;
    const b = p.left + p.width + GAP;
    if (x >= a && x <= b) return null;
    if (b < x) from = Math.max(from, b);
    else to = Math.min(to, a);
  }
  return { from, to };
}

// A label and its lines do not change from one zoom step to the next: found once per item and label
// function (the chart keeps its function for a language), and once per text and width.
const labels = new WeakMap<(item: TimelineItem) => string | null, WeakMap<TimelineItem, string | null>>();
const wraps = new Map<string, string[] | null>();

function labelOf<T extends string | null>(label: (item: TimelineItem) => T, item: TimelineItem): T {
  let known = labels.get(label);
  if (!known) labels.set(label, (known = new WeakMap()));
  let text = known.get(item) as T | undefined;
  if (text === undefined) known.set(item, (text = label(item)));
  return text;
}

/** Whether every line slot has a label (with its gap) over `x`. */
function blockedEverywhere(placed: readonly Annotation[], lanes: number, x: number): boolean {
  for (let lane = 0; lane < lanes; lane++) {
    if (!placed.some((p) => p.lane <= lane && lane < p.lane + p.lines.length && x >= p.left - GAP && x <= p.left + p.width + GAP)) return false;
  }
  return true;
}

function kindRank(item: TimelineItem): number {
  return item.statement.subject.kind === "agreement" ? 0 : 1;
}
