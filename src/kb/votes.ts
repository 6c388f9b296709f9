import type { Store } from "./store.js";

/** Issue codes of the UN votes data, in the bit order of `rollcalls.issues`, with their names. */
export const VOTE_ISSUES = {
  me: "Palestinian conflict",
  nu: "nuclear weapons",
  di: "arms control and disarmament",
  hr: "human rights",
  co: "colonialism",
  ec: "economic development",
} as const;
export type VoteIssue = keyof typeof VOTE_ISSUES;
const ISSUE_BIT = Object.fromEntries(Object.keys(VOTE_ISSUES).map((k, i) => [k, 1 << i])) as Record<VoteIssue, number>;

/** 0 absent (or not yet a member), 1 yes, 2 abstain, 3 no. */
export type Vote = 0 | 1 | 2 | 3;
export const VOTE_NAMES = ["absent", "yes", "abstain", "no"] as const;

export interface RollCall {
  rcid: number;
  session: number;
  date: string;
  year: number;
  important: boolean;
  issues: number;
  resolution: string | null;
  short: string | null;
  /** Byte i is the vote of state i (see VoteData.states); beyond the end means absent. */
  votes: Uint8Array;
}

export interface VoteData {
  states: string[];
  index: Map<string, number>;
  calls: RollCall[];
}

export interface VoteFilter {
  from?: number;
  to?: number;
  issue?: VoteIssue;
  important?: boolean;
}

/** Agreement measures over the roll calls both states voted in. */
export interface PairStats {
  /** Roll calls both voted in (yes, no or abstain). */
  n: number;
  /** Identical votes. */
  identical: number;
  /** Σ |a − b| with yes = 1, abstain = ½, no = 0: a yes against a no counts 1, an abstention against either ½. */
  distance: number;
}

const memo = new WeakMap<Store, VoteData>();

/**
 * The roll calls, read once per store (a few megabytes; milliseconds): every later question is
 * answered in memory.
 */
export function loadVotes(store: Store): VoteData {
  const cached = memo.get(store);
  if (cached) return cached;
  const states = (store.prepared("SELECT idx, state_id FROM vote_states ORDER BY idx").all() as { idx: number; state_id: string }[]).map((r) => r.state_id);
  const calls = (store.prepared("SELECT rcid, session, date, year, important, issues, resolution, short, votes FROM rollcalls ORDER BY date, rcid").all() as (Omit<RollCall, "important" | "votes"> & { important: number; votes: Buffer })[]).map((r) => ({
    ...r,
    important: r.important === 1,
    votes: new Uint8Array(r.votes.buffer, r.votes.byteOffset, r.votes.byteLength),
  }));
  const data = { states, index: new Map(states.map((s, i) => [s, i])), calls };
  memo.set(store, data);
  return data;
}

/** Whether a roll call passes the filter. */
export function keep(c: RollCall, f: VoteFilter): boolean {
  return (f.from === undefined || c.year >= f.from) && (f.to === undefined || c.year <= f.to) && (!f.issue || (c.issues & ISSUE_BIT[f.issue]) !== 0) && (!f.important || c.important);
}

const VALUE = [NaN, 1, 0.5, 0];

/** Adds one roll call's votes of two states to running stats. */
function add(s: PairStats, a: number, b: number): void {
  if (!a || !b) return;
  s.n++;
  if (a === b) s.identical++;
  else s.distance += Math.abs(VALUE[a]! - VALUE[b]!);
}

/**
 * The three measures, or nulls when the two never voted together ("no data" is a value):
 * - `agreement`: 1 − distance / n (an abstention against yes or no is half agreement);
 * - `strict`: identical / n (only identical votes agree);
 * - `sScore`: Signorino–Ritter S with votes coded 1 / ½ / 0: 1 − 2 · distance / n, from −1 to 1.
 *
 * @example measures({ n: 4, identical: 2, distance: 1 }) // { agreement: 0.75, strict: 0.5, sScore: 0.5 }
 */
export function measures(s: PairStats): { agreement: number | null; strict: number | null; sScore: number | null } {
  if (s.n === 0) return { agreement: null, strict: null, sScore: null };
  return { agreement: 1 - s.distance / s.n, strict: s.identical / s.n, sScore: 1 - (2 * s.distance) / s.n };
}

export interface PeriodStats extends PairStats {
  period: number;
}

/**
 * How close two states voted, period by period (calendar year or General Assembly session).
 *
 * @example pairSeries(data, "japan", "united-states", { from: 1980, to: 1989 }, "year")
 */
export function pairSeries(data: VoteData, a: string, b: string, f: VoteFilter, by: "year" | "session"): PeriodStats[] {
  const ia = data.index.get(a);
  const ib = data.index.get(b);
  const out = new Map<number, PeriodStats>();
  for (const c of data.calls) {
    if (!keep(c, f)) continue;
    const period = by === "year" ? c.year : c.session;
    let s = out.get(period);
    if (!s) out.set(period, (s = { period, n: 0, identical: 0, distance: 0 }));
    if (ia !== undefined && ib !== undefined) add(s, c.votes[ia] ?? 0, c.votes[ib] ?? 0);
  }
  return [...out.values()].sort((x, y) => x.period - y.period);
}

/** `a` against every other state over the filtered roll calls: the stats per partner. */
export function againstAll(data: VoteData, a: string, f: VoteFilter): { state: string; stats: PairStats }[] {
  const ia = data.index.get(a);
  const stats = data.states.map(() => ({ n: 0, identical: 0, distance: 0 }));
  if (ia === undefined) return [];
  for (const c of data.calls) {
    if (!keep(c, f)) continue;
    const va = c.votes[ia] ?? 0;
    if (!va) continue;
    const votes = c.votes;
    for (let i = 0; i < votes.length; i++) if (i !== ia) add(stats[i]!, va, votes[i]!);
  }
  return data.states.map((state, i) => ({ state, stats: stats[i]! })).filter((x) => x.state !== a);
}

/**
 * Roll calls where `a` voted differently from `against` (if given) and the same as `alongside` (if
 * given): where Japan split from the United States, or joined China.
 */
export function divergentVotes(data: VoteData, a: string, f: VoteFilter, against?: string, alongside?: string): { call: RollCall; votes: Record<string, Vote> }[] {
  const ia = data.index.get(a);
  const ix = against === undefined ? undefined : data.index.get(against);
  const iy = alongside === undefined ? undefined : data.index.get(alongside);
  if (ia === undefined || (against !== undefined && ix === undefined) || (alongside !== undefined && iy === undefined)) return [];
  const out: { call: RollCall; votes: Record<string, Vote> }[] = [];
  for (const c of data.calls) {
    if (!keep(c, f)) continue;
    const va = (c.votes[ia] ?? 0) as Vote;
    if (!va) continue;
    const vx = ix === undefined ? undefined : ((c.votes[ix] ?? 0) as Vote);
    const vy = iy === undefined ? undefined : ((c.votes[iy] ?? 0) as Vote);
    if (vx !== undefined && (!vx || vx === va)) continue;
    if (vy !== undefined && vy !== va) continue;
    out.push({ call: c, votes: { [a]: va, ...(against ? { [against]: vx! } : {}), ...(alongside ? { [alongside]: vy! } : {}) } });
  }
  return out;
}

/** All-pairs statistics for one year: upper-triangle arrays indexed by pairIndex(i, j, states). */
export interface YearMatrix {
  year: number;
  n: Uint32Array;
  identical: Uint32Array;
  /** Twice the distance (an integer: yes/no pairs count 2, abstention pairs 1). */
  distance2: Uint32Array;
}

/** Position of the pair (i < j) in the upper-triangle arrays. */
export function pairIndex(i: number, j: number, n: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The agreement matrix of every pair of states for every year, computed on bitsets: for each year and
 * state, one bit per roll call for yes, abstain and no; a pair's counts are popcounts of their ANDs.
 */
export function allPairsByYear(data: VoteData, f: Omit<VoteFilter, "from" | "to"> = {}): YearMatrix[] {
  const S = data.states.length;
  const years = new Map<number, RollCall[]>();
  for (const c of data.calls) if (keep(c, f)) years.set(c.year, [...(years.get(c.year) ?? []), c]);
  const out: YearMatrix[] = [];
  const pairs = (S * (S - 1)) / 2;
  for (const [year, calls] of [...years].sort((a, b) => a[0] - b[0])) {
    const W = Math.ceil(calls.length / 32);
    const Y = new Uint32Array(S * W);
    const A = new Uint32Array(S * W);
    const N = new Uint32Array(S * W);
    const any = new Uint32Array(S * W);
    calls.forEach((c, k) => {
      const w = k >>> 5;
      const bit = 1 << (k & 31);
      const votes = c.votes;
      for (let s = 0; s < votes.length; s++) {
        const v = votes[s];
        if (v === 1) Y[s * W + w]! |= bit;
        else if (v === 2) A[s * W + w]! |= bit;
        else if (v === 3) N[s * W + w]! |= bit;
      }
    });
    for (let i = 0; i < S * W; i++) any[i] = Y[i]! | A[i]! | N[i]!;
    const active: number[] = [];
    for (let s = 0; s < S; s++) {
      for (let w = 0; w < W; w++) if (any[s * W + w]) { active.push(s); break; }
    }
    const m: YearMatrix = { year, n: new Uint32Array(pairs), identical: new Uint32Array(pairs), distance2: new Uint32Array(pairs) };
    for (let x = 0; x < active.length; x++) {
      const i = active[x]!;
      const oi = i * W;
      for (let y = x + 1; y < active.length; y++) {
        const j = active[y]!;
        const oj = j * W;
        let n = 0, same = 0, full = 0;
        for (let w = 0; w < W; w++) {
          const yi = Y[oi + w]!, ai = A[oi + w]!, ni = N[oi + w]!;
          const yj = Y[oj + w]!, aj = A[oj + w]!, nj = N[oj + w]!;
          n += popcount(any[oi + w]! & any[oj + w]!);
          same += popcount(yi & yj) + popcount(ai & aj) + popcount(ni & nj);
          full += popcount(yi & nj) + popcount(ni & yj);
        }
        if (!n) continue;
        const p = pairIndex(i, j, S);
        m.n[p] = n;
        m.identical[p] = same;
        // distance = full + ½ · half, where half = n − same − full; doubled to stay integral
        m.distance2[p] = 2 * full + (n - same - full);
      }
    }
    out.push(m);
  }
  return out;
}
