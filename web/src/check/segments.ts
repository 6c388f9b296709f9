import type { CheckClaim, CheckMention, CheckSlant } from "../api/types.js";

/**
 * The checked text cut into pieces for drawing in place: each piece knows the claim sentence, the
 * mention and the slant note it lies in. Pure.
 */
export type Verdict = CheckClaim["verdict"];

/** The sentence of one or more claims (a sentence can make several), with its claims' indices. */
export interface ClaimSpan {
  start: number;
  end: number;
  claims: number[];
  /** The verdict the sentence is marked with: contradicted outweighs not-checkable outweighs supported. */
  verdict: Verdict;
}

const WEIGHT: Record<Verdict, number> = { contradicted: 2, "not-checkable": 1, supported: 0 };

/**
 * Groups claims by their sentence, in reading order; a span overlapping an earlier one is dropped.
 * @example claimSpans([{ start: 0, end: 10, verdict: "supported" }, { start: 0, end: 10, verdict: "contradicted" }]) // [{ start: 0, end: 10, claims: [0, 1], verdict: "contradicted" }]
 */
export function claimSpans(claims: readonly Pick<CheckClaim, "start" | "end" | "verdict">[]): ClaimSpan[] {
  const bySpan = new Map<string, ClaimSpan>();
  claims.forEach((c, i) => {
    const key = `${c.start}:${c.end}`;
    const span = bySpan.get(key);
    if (span) {
      span.claims.push(i);
      if (WEIGHT[c.verdict] > WEIGHT[span.verdict]) span.verdict = c.verdict;
    } else bySpan.set(key, { start: c.start, end: c.end, claims: [i], verdict: c.verdict });
  });
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ClaimSpan[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Index into the claim spans, or null. */
  span: number | null;
  /** Index into the mentions, or null. */
  mention: number | null;
  /** Index into the slant notes, or null. */
  slant: number | null;
}

type Range = { start: number; end: number };

/**
 * Cuts `text` at every boundary of every span, so each piece lies wholly inside or outside each span.
 * Spans outside the text are clipped.
 * @example pieces("ab cd", [{ start: 0, end: 5, claims: [0], verdict: "supported" }], [{ start: 3, end: 5 }], []).map((p) => p.text) // ["ab ", "cd"]
 */
export function pieces(text: string, spans: readonly ClaimSpan[], mentions: readonly Range[], slant: readonly Range[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...spans, ...mentions, ...slant]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const inside = (ranges: readonly Range[], start: number, end: number) => {
    const i = ranges.findIndex((r) => r.start <= start && end <= r.end);
    return i === -1 ? null : i;
  };
  const out: Piece[] = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i]!;
    const end = at[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, text: text.slice(start, end), span: inside(spans, start, end), mention: inside(mentions, start, end), slant: inside(slant, start, end) });
  }
  return out;
}

/** The pieces grouped into runs of the same claim span (null: text outside every claim). */
export function runs(all: readonly Piece[]): { span: number | null; pieces: Piece[] }[] {
  const out: { span: number | null; pieces: Piece[] }[] = [];
  for (const p of all) {
    const last = out[out.length - 1];
    if (last && last.span === p.span) last.pieces.push(p);
    else out.push({ span: p.span, pieces: [p] });
  }
  return out;
}

/** The entities a text mentions, each once, in order of first mention. */
export function mentionedEntities(mentions: readonly CheckMention[]): { entity: CheckMention["entity"]; count: number; texts: string[] }[] {
  const byId = new Map<string, { entity: CheckMention["entity"]; count: number; texts: string[] }>();
  for (const m of mentions) {
    const e = byId.get(m.entity.id) ?? { entity: m.entity, count: 0, texts: [] };
    e.count += 1;
    if (!e.texts.includes(m.text)) e.texts.push(m.text);
    byId.set(m.entity.id, e);
  }
  return [...byId.values()];
}

/** The slant notes of a text in order, for listing apart from the claims. */
export function slantInOrder(slant: readonly CheckSlant[]): CheckSlant[] {
  return [...slant].sort((a, b) => a.start - b.start);
}
