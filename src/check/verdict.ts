import type { CheckResult } from "../model/results.js";
import type { StatementRow } from "../kb/store.js";
import { INTERVAL } from "./frames.js";
import type { Mention } from "./gazetteer.js";
import type { Knowledge } from "./knowledge.js";
import type { TimeMention } from "./times.js";
import { NO_DATE, type Why } from "./why.js";

type Claim = CheckResult["claims"][number];

/** A statement's time as day bounds: [start, end]; an open end runs to the last day. */
export function span(r: StatementRow): [string, string] | undefined {
  if (!r.s_min) return undefined;
  const end = r.e_open ? "9999-12-31" : r.e_unknown ? "9999-12-31" : (r.e_max ?? r.s_max!);
  return [r.s_min, end];
}

/**
 * Which part of a statement's time a claimed time speaks of: its start ("joined the UN in 1956"), its
 * end ("the law ended in 2010"), the whole span ("the Cold War, 1947–1991"), or any day in it.
 */
export type Edge = "any" | "start" | "end" | "span";

const yearOf = (d: string) => d.slice(0, 4);

/**
 * Whether a claimed time fits a statement at the given edge. "uncertain" when the knowledge base
 * cannot tell: the statement has no date, or its end is unknown and the claim falls after its start.
 */
export function fits(r: StatementRow, t: TimeMention, edge: Edge, today: string): boolean | "uncertain" {
  if (!r.s_min || !r.s_max) return "uncertain";
  const interval = INTERVAL.has(r.p);
  if (edge === "start" || (edge === "any" && !interval)) {
    // An event's date said of its start ("began in 1950") is its first day, not any day of it.
    const end = interval || edge === "start" ? r.s_max : (span(r)?.[1] ?? r.s_max);
    return t.min <= end && r.s_min <= t.max;
  }
  if (edge === "end" || edge === "span") {
    if (edge === "span" && !(yearOf(r.s_min) <= yearOf(t.min) && yearOf(t.min) <= yearOf(r.s_max))) return false;
    const endT = edge === "span" ? { min: `${yearOf(t.max)}-01-01`, max: t.max } : t;
    if (r.e_unknown === 1) return "uncertain";
    // Still running: it has not ended, unless the text's end is today ("until the present day").
    if (r.e_open === 1) return endT.max >= today;
    // A point (an event of one day) ends when it starts.
    const [eMin, eMax] = r.e_min && r.e_max ? [r.e_min, r.e_max] : [r.s_min, r.s_max];
    return edge === "span" ? yearOf(endT.max) >= yearOf(eMin) && yearOf(endT.max) <= yearOf(eMax) : endT.min <= eMax && eMin <= endT.max;
  }
  if (r.e_unknown === 1) return t.max < r.s_min ? false : t.min <= r.s_max ? true : "uncertain";
  const [s, e] = span(r)!;
  return t.min <= e && s <= t.max;
}

/** The dates of an event the sentence is set in ("during the Cold War", "in the Pacific War"). */
export function eventAnchor(k: Knowledge, found: Mention[], slice: string, offset: number): TimeMention | undefined {
  for (const m of found) {
    if (m.kind !== "event") continue;
    const before = slice.slice(Math.max(0, m.start - offset - 16), m.start - offset);
    if (!/\b(during|in|throughout|amid)\s+(?:the\s+)?$/i.test(before)) continue;
    // "participated in the San Francisco Peace Conference", "Japan's defeat in World War II": "in" after a word of
    // taking part governs the event as what is taken part in, not as a time.
    if (/\b(?:participat\w*|took part|take[sn]? part|taking part|fought|fighting|defeat(?:ed)?|victor(?:y|ious)|involvement|involved|role|entry|entered|joined|engaged|lost|won|represented|delegates?|attended)\s+in\s+(?:the\s+)?$/i.test(slice.slice(Math.max(0, m.start - offset - 40), m.start - offset))) continue;
    // "After Japan's defeat in World War II, …": a time after (or before) the event, not during it.
    if (/\b(?:after|before|since|until|following|prior to|post)\b[^,;:.]{0,50}$/i.test(slice.slice(Math.max(0, m.start - offset - 60), m.start - offset))) continue;
    const occurred = (k.byEnds.get(`${m.entity}|`) ?? []).find((r) => r.p === "occurred" && r.s_min && r.status !== "rejected");
    if (!occurred) continue;
    const [min, max] = span(occurred)!;
    return { start: m.start, end: m.end, text: m.text, edtf: occurred.time!, min, max: max === "9999-12-31" ? occurred.s_max! : max, span: true };
  }
  return undefined;
}

export function nearest(times: TimeMention[], at: number): TimeMention | undefined {
  let best: TimeMention | undefined;
  for (const t of times) if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  return best;
}

/** The days a statement's start (or, for `edge` "end", its end) may fall on. */
function bounds(r: StatementRow, edge: Edge): [string, string] | undefined {
  if (edge === "end") return r.e_min && r.e_max ? [r.e_min, r.e_max] : r.e_open || r.e_unknown ? undefined : r.s_min && r.s_max ? [r.s_min, r.s_max] : undefined;
  return r.s_min && r.s_max ? [r.s_min, r.s_max] : undefined;
}

/**
 * Whether a claimed date is more precise than what a statement knows of the part it speaks of: "9 September
 * 1951" against a signing known only as 1951. Only for a date said of a point (a signing, a death) or of a
 * start or an end; a day said to fall during a span is not finer than the span.
 */
export function finerThan(t: TimeMention, r: StatementRow, edge: Edge): boolean {
  if (edge === "span" || (edge === "any" && INTERVAL.has(r.p))) return false;
  const b = bounds(r, edge === "end" ? "end" : "start");
  return !!b && b[0] <= t.min && t.max <= b[1] && (b[0] < t.min || t.max < b[1]);
}

/** Whether one span lies inside another and is narrower. */
const within = (inner: [string, string], outer: [string, string]) => outer[0] <= inner[0] && inner[1] <= outer[1] && (outer[0] < inner[0] || inner[1] < outer[1]);
/** Whether two statements end alike (both open, both without an end, or q's end inside r's). */
const sameEnd = (q: StatementRow, r: StatementRow) => (!!q.e_open && !!r.e_open) || (!q.e_min && !r.e_min && !q.e_open && !r.e_open) || (!!q.e_min && !!r.e_min && r.e_min <= q.e_min && q.e_max! <= r.e_max!);

/**
 * The statements of one edge without those a more precise one of the same edge makes redundant: a signing
 * recorded as "1951" beside "1951-09-08" says nothing more, and would let "signed in October 1951" fit.
 */
export function withoutCoarser(rows: StatementRow[]): StatementRow[] {
  if (rows.length < 2) return rows;
  return rows.filter((r) => {
    const rb = bounds(r, "start");
    return !rb || !rows.some((q) => q !== r && q.p === r.p && q.subject === r.subject && q.object === r.object && q.status === r.status && sameEnd(q, r) && !!bounds(q, "start") && within(bounds(q, "start")!, rb));
  });
}

/** Chains of statements of one edge, each taking over from the one before without a gap (at most four long). */
function joinedSpans(rows: StatementRow[]): StatementRow[][] {
  const next = (q: StatementRow) => rows.filter((r) => r !== q && r.p === q.p && r.subject === q.subject && r.object === q.object && q.e_min && q.e_max && r.s_min && q.e_min <= r.s_min && r.s_min <= q.e_max);
  const out: StatementRow[][] = [];
  const grow = (chain: StatementRow[]) => {
    for (const r of chain.length < 4 ? next(chain.at(-1)!) : []) if (!chain.includes(r)) { out.push([...chain, r]); grow([...chain, r]); }
  };
  for (const q of rows) grow([q]);
  return out;
}

const describe = (rows: StatementRow[]) => [...new Set(rows.map((r) => r.time).filter(Boolean))].join(", ") || NO_DATE;

/**
 * Of a whole span the text gives and no statement fits, the one bound that no statement agrees with when the other
 * does: "1950–1952" for the Korean War (1950–1953) differs at its end. Undefined when both differ.
 */
function spanBoundDiffering(dated: readonly StatementRow[], time: TimeMention, today: string): "start" | "end" | undefined {
  const y = yearOf(time.min);
  const startAgrees = dated.some((r) => yearOf(r.s_min!) <= y && y <= yearOf(r.s_max!));
  const endAgrees = dated.some((r) => fits({ ...r, s_min: `${y}-01-01`, s_max: `${y}-12-31` }, time, "span", today) === true);
  return startAgrees && !endAgrees ? "end" : endAgrees && !startAgrees ? "start" : undefined;
}

/**
 * Decides one candidate claim, as the sentence asserts it, from the statements about its two ends:
 * - with a date in the sentence: supported when an accepted statement fits the date; contradicted
 *   when accepted statements are dated and none fits (the expected value is what they hold);
 * - without a date: supported when an accepted statement exists; contradicted when the only
 *   statements are claims the knowledge base rejects (a known false claim);
 * - otherwise not checkable. Never "supported" without an accepted statement that fits.
 * Polarity, exceptions and attribution are applied by the caller (claim.ts).
 */
export function decide(rows: StatementRow[], time: TimeMention | undefined, edge: Edge, today: string): Pick<Claim, "verdict" | "expected"> & { why: Why; used: StatementRow[] } {
  const accepted = withoutCoarser(rows.filter((r) => r.status !== "rejected"));
  const rejected = rows.filter((r) => r.status === "rejected");
  if (!accepted.length && rejected.length) {
    const note = rejected.find((r) => r.note)?.note ?? null;
    return { verdict: "contradicted", expected: note, why: { code: "rejected-claim", params: {} }, used: rejected };
  }
  if (time) {
    // A span that takes over from another without a gap (the 1960 alliance treaty after the 1951 one)
    // continues it: the relation did not start then.
    const continues = (r: StatementRow) => accepted.some((q) => q !== r && q.p === r.p && q.e_min && q.e_max && r.s_min && q.e_min <= r.s_min && r.s_min <= q.e_max);
    let fitting = accepted.filter((r) => fits(r, time, edge, today) === true && !(edge === "start" && continues(r)));
    // "Under Japanese rule from 1905 to 1945": a span the knowledge base holds in two parts, one taking over from the
    // other without a gap (the protectorate, then the annexation), is one span from the first start to the last end.
    if (!fitting.length && edge === "span") fitting = joinedSpans(accepted).find((parts) => fits({ ...parts.at(-1)!, s_min: parts[0]!.s_min, s_max: parts[0]!.s_max }, time, edge, today) === true) ?? [];
    // "Signed on 9 September 1951" where the knowledge base knows only 1951: the day is not checked, so not supported.
    if (fitting.length && fitting.every((r) => finerThan(time, r, edge))) return { verdict: "not-checkable", expected: null, why: { code: "coarser", params: { held: describe(fitting), given: time.text, givenEdtf: time.edtf } }, used: fitting };
    if (fitting.length) return { verdict: "supported", expected: null, why: { code: "holds", params: { held: describe(fitting) } }, used: fitting };
    const dated = accepted.filter((r) => r.s_min);
    if (dated.some((r) => fits(r, time, edge, today) === "uncertain")) {
      return { verdict: "not-checkable", expected: null, why: { code: "end-unknown", params: { held: describe(dated) } }, used: dated };
    }
    if (dated.length) {
      // "The Korean War (1950–1952)": of a whole span, the bound the knowledge base does not agree with, when one does.
      const differs = edge === "span" ? spanBoundDiffering(dated, time, today) : undefined;
      const why: Why = { code: differs ? `span-${differs}-differs` : "time-mismatch", params: { given: time.text, givenEdtf: time.edtf, held: describe(dated) } };
      return { verdict: "contradicted", expected: describe(dated), why, used: [...dated, ...rejected.filter((r) => fits(r, time, edge, today))] };
    }
    return { verdict: "not-checkable", expected: null, why: { code: "no-date", params: {} }, used: accepted };
  }
  if (accepted.length) return { verdict: "supported", expected: null, why: { code: "holds", params: { held: describe(accepted) } }, used: accepted };
  return { verdict: "not-checkable", expected: null, why: { code: "nothing", params: {} }, used: [] };
}
