import type { VoteAgreementResult, VoteDivergentResult, VoteRankingResult } from "../model/results.js";
import type { Store } from "./store.js";
import { againstAll, divergentVotes, loadVotes, measures, pairSeries, VOTE_ISSUES, VOTE_NAMES, type VoteFilter, type VoteIssue } from "./votes.js";

const echo = (f: VoteFilter) => ({ from: f.from ?? null, to: f.to ?? null, issue: f.issue ?? null, important: f.important ?? false });

/** Thrown when a state has no UN votes at all (never a member, or not a state). */
export class NoVotesError extends Error {}

function requireVoter(store: Store, id: string): void {
  if (!loadVotes(store).index.has(id)) throw new NoVotesError(`"${id}" cast no recorded UN General Assembly vote`);
}

/**
 * Agreement between two states (Japan first by default) per year or session, and overall.
 *
 * @example votesAgreement(store, "japan", "united-states", { from: 1980, to: 1989 }, "year")
 */
export function votesAgreement(store: Store, a: string, b: string, f: VoteFilter, by: "year" | "session"): VoteAgreementResult {
  requireVoter(store, a);
  requireVoter(store, b);
  const periods = pairSeries(loadVotes(store), a, b, f, by);
  const total = periods.reduce((s, p) => ({ n: s.n + p.n, identical: s.identical + p.identical, distance: s.distance + p.distance }), { n: 0, identical: 0, distance: 0 });
  return {
    release: store.release, builtAt: store.builtAt, a: store.ref(a)!, b: store.ref(b)!, by, filter: echo(f),
    overall: { n: total.n, ...measures(total) },
    periods: periods.map((p) => ({ period: p.period, n: p.n, ...measures(p) })),
  };
}

/** Every state ranked by agreement with `a`, most aligned first; states with no common vote last. */
export function votesRanking(store: Store, a: string, f: VoteFilter): VoteRankingResult {
  requireVoter(store, a);
  const iso = store.prepared("SELECT json_extract(body, '$.isoNumeric') AS iso FROM entities WHERE id = ?");
  const rows = againstAll(loadVotes(store), a, f)
    .map(({ state, stats }) => ({ state: store.ref(state)!, isoNumeric: (iso.get(state) as { iso: string | null } | undefined)?.iso ?? null, n: stats.n, ...measures(stats) }))
    .filter((r) => r.state)
    .sort((x, y) => (y.agreement ?? -1) - (x.agreement ?? -1) || x.state.id.localeCompare(y.state.id));
  return { release: store.release, builtAt: store.builtAt, a: store.ref(a)!, filter: echo(f), rows };
}

/** Roll calls where `a` voted unlike `against` and/or like `alongside`, newest first. */
export function votesDivergent(store: Store, a: string, f: VoteFilter, against?: string, alongside?: string, limit = 200): VoteDivergentResult {
  for (const s of [a, against, alongside]) if (s) requireVoter(store, s);
  const found = divergentVotes(loadVotes(store), a, f, against, alongside).reverse();
  return {
    release: store.release, builtAt: store.builtAt, a: store.ref(a)!, against: against ? store.ref(against) : null, alongside: alongside ? store.ref(alongside) : null, filter: echo(f),
    total: found.length,
    votes: found.slice(0, limit).map(({ call, votes }) => ({
      rcid: call.rcid, session: call.session, date: call.date, resolution: call.resolution, short: call.short, important: call.important,
      issues: (Object.keys(VOTE_ISSUES) as VoteIssue[]).filter((_, i) => (call.issues & (1 << i)) !== 0),
      votes: Object.fromEntries(Object.entries(votes).map(([k, v]) => [k, VOTE_NAMES[v]])),
    })),
  };
}
