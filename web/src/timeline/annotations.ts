import type { EntityRef, TimelineItem } from "../api/types.js";
import { importedOnly } from "../entity/group.js";
import { decimalYear } from "../time/dates.js";
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
 * 3. Weight: the distinct sources cited by the entity's curated statements in hand, a founding
 *    overview article (`seed-…`, what a reader of Japan's foreign relations asks about) counting
 *    as ten; at equal weight agreements come first, then the earlier.
 * 4. Placed heaviest first, each label on the first of `lanes` lines where it overlaps no other
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
}

const GAP = 8;
const PX_PER_LABEL = 130;
/** A founding overview of Japan's foreign relations citing an entity marks what readers ask about. */
const SEED_WEIGHT = 10;
const JAPAN_PARTY = new Set(["party-to", "signatory-of"]);

/**
 * The estimated width of a text: CJK characters are about one em wide, Latin ones (bold) about two thirds.
 * @example textWidth("1951年", 10) // 4 × 6.4 + 10 = 35.6
 */
export function textWidth(text: string, font: number): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? font : font * 0.64;
  return w;
}

/** Shortens a text with … until it fits `max` px. @example fit("Treaty of San Francisco", 60, 10) // "Treaty o…" */
export function fit(text: string, max: number, font: number): string {
  if (textWidth(text, font) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join("") + "…", font) > max) chars.pop();
  return chars.join("").trimEnd() + "…";
}

/**
 * A key event's label: its year, then its name, the year left out when the name holds it already.
 * @example keyLabel("1973年", "1973", "1973 oil crisis") // "1973 oil crisis"
 */
export function keyLabel(year: string, digits: string, name: string): string {
  return name.includes(digits) ? name : `${year} ${name}`;
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
  const context = opts.context ?? items;
  const japanParty = new Set<string>();
  // Every source cited about an entity, from all its statements in hand.
  const cited = new Map<string, Set<string>>();
  for (const item of context) {
    const s = item.statement;
    if (s.subject.id === "japan" && JAPAN_PARTY.has(s.p) && s.object?.kind === "agreement") japanParty.add(s.object.id);
    if (importedOnly(s)) continue;
    for (const id of [s.subject.id, s.object?.id]) {
      if (!id || id === "japan") continue;
      const set = cited.get(id) ?? new Set<string>();
      for (const c of s.sources) set.add(c.source);
      cited.set(id, set);
    }
  }

  const best = new Map<string, { item: TimelineItem; year: number; weight: number; rank: number }>();
  for (const item of items) {
    const s = item.statement;
    if (item.edge === "end" || importedOnly(s)) continue;
    const isEvent = s.p === "occurred" && s.subject.kind === "event";
    const isAgreement = (s.p === "signed" || s.p === "in-force") && s.subject.kind === "agreement" && japanParty.has(s.subject.id);
    if (!isEvent && !isAgreement) continue;
    const year = decimalYear(item.date);
    if (year === null || year < view.start || year > view.end) continue;
    const weight = weightOf(cited.get(s.subject.id) ?? new Set(s.sources.map((c) => c.source)));
    // Signature first, then entry into force, then the earliest.
    const rank = (s.p === "signed" ? 0 : s.p === "in-force" ? 1 : 0) * 1e5 + year;
    const had = best.get(s.subject.id);
    if (!had || rank < had.rank) best.set(s.subject.id, { item, year, weight: Math.max(weight, had?.weight ?? 0), rank });
    else had.weight = Math.max(had.weight, weight);
  }

  const order = [...best.values()].sort(
    (a, b) => b.weight - a.weight || kindRank(a.item) - kindRank(b.item) || a.year - b.year || a.item.statement.subject.id.localeCompare(b.item.statement.subject.id),
  );
  // Two lines of labels: each may take up to twice its share of one line.
  const maxLabel = Math.min(width, Math.max(140, (lanes * width) / limit - GAP));
  const placed: Annotation[] = [];
  for (const c of order) {
    if (placed.length >= limit) break;
    const x = toX(view, width, c.year);
    const full = opts.label(c.item);
    const text = fit(full, maxLabel, font);
    const w = textWidth(text, font);
    const left = Math.min(Math.max(0, x - w / 2), Math.max(0, width - w));
    // Two markers on the same spot would read as one.
    if (placed.some((p) => Math.abs(p.x - x) < 3)) continue;
    const lane = [...Array(lanes).keys()].find((l) => placed.every((p) => p.lane !== l || left + w + GAP <= p.left || p.left + p.width + GAP <= left));
    if (lane === undefined) continue;
    placed.push({ entity: c.item.statement.subject, date: c.item.date, x, left, width: w, lane, text, full, weight: c.weight });
  }
  return placed.sort((a, b) => a.x - b.x);
}

/** Sources about an entity, a founding overview article (seed-…) counting as ten. */
function weightOf(sources: ReadonlySet<string>): number {
  let w = 0;
  for (const id of sources) w += id.startsWith("seed-") ? SEED_WEIGHT : 1;
  return w;
}

function kindRank(item: TimelineItem): number {
  return item.statement.subject.kind === "agreement" ? 0 : 1;
}
