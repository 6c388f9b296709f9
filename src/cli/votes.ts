import type { Command } from "commander";
import { resolveId } from "../kb/entity-query.js";
import type { Store } from "../kb/store.js";
import { VOTE_ISSUES, type VoteFilter, type VoteIssue } from "../kb/votes.js";
import { votesAgreement, votesDivergent, votesRanking } from "../kb/votes-query.js";
import { emit, formatOf, UsageError } from "./output.js";
import { parseCount } from "./flags.js";
import { openStore, withDbOption } from "./store.js";

interface FilterFlags { from?: string; to?: string; year?: string; issue?: string; important?: boolean }

const ISSUES = Object.keys(VOTE_ISSUES).join(", ");

function filterOf(o: FilterFlags): VoteFilter {
  const year = (flag: string, v: string | undefined) => (v === undefined ? undefined : parseCount(flag, v, 1946, 2100));
  const from = year("--from", o.from ?? o.year);
  const to = year("--to", o.to ?? o.year);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError("--to", `a year from --from (${from}) on`);
  if (o.issue !== undefined && !(o.issue in VOTE_ISSUES)) throw new UsageError("--issue", `one of ${ISSUES} (got "${o.issue}")`);
  return { from, to, issue: o.issue as VoteIssue | undefined, important: o.important };
}

function state(store: Store, flag: string, v: string): string {
  const id = resolveId(store, v);
  if (!id || store.ref(id)?.kind !== "state") throw new UsageError(flag, `a state id, ISO code or name (no state "${v}")`);
  return id;
}

const withFilters = (cmd: Command) =>
  withDbOption(cmd)
    .option("--from <year>", "first year").option("--to <year>", "last year").option("--year <year>", "one year")
    .option("--issue <code>", `only roll calls on one issue: ${ISSUES}`)
    .option("--important", "only votes the US State Department flagged as important (from 1983)")
    .option("--json", "machine-readable output").option("--csv", "CSV output");

/** `gaiko votes agreement|ranking|divergent`: UN General Assembly voting alignment. */
export function registerVotesCommand(program: Command): void {
  const votes = program.command("votes").description("UN General Assembly voting alignment (1946–2020)");

  withFilters(votes.command("agreement").description("how two states' votes compared, by year or session")
    .requiredOption("--with <state>", "the other state")
    .option("--a <state>", "the first state", "japan")
    .option("--by <period>", "year | session", "year"))
    .action(async (o: FilterFlags & { with: string; a: string; by: string; json?: boolean; csv?: boolean; db?: string }) => {
      if (o.by !== "year" && o.by !== "session") throw new UsageError("--by", `year or session (got "${o.by}")`);
      const f = filterOf(o);
      const store = await openStore(o);
      const r = votesAgreement(store, state(store, "--a", o.a), state(store, "--with", o.with), f, o.by);
      emit(formatOf(o), { json: r, columns: [o.by, "votes", "agreement", "strict", "s_score"], rows: r.periods.map((p) => [p.period, p.n, p.agreement, p.strict, p.sScore]) });
    });

  withFilters(votes.command("ranking").description("every state ranked by agreement with Japan (or --a), most aligned first")
    .option("--a <state>", "the state to compare with", "japan")
    .option("--limit <n>", "only the first and last N (0: all)", "0"))
    .action(async (o: FilterFlags & { a: string; limit: string; json?: boolean; csv?: boolean; db?: string }) => {
      const f = filterOf(o);
      const limit = parseCount("--limit", o.limit, 0, 1000);
      const store = await openStore(o);
      const r = votesRanking(store, state(store, "--a", o.a), f);
      const voted = r.rows.filter((x) => x.n > 0);
      const rows = limit ? [...voted.slice(0, limit), ...voted.slice(-limit)] : r.rows;
      emit(formatOf(o), { json: { ...r, rows }, columns: ["state", "name", "votes", "agreement", "strict", "s_score"], rows: rows.map((x) => [x.state.id, x.state.name.en, x.n, x.agreement, x.strict, x.sScore]) });
    });

  withFilters(votes.command("divergent").description("roll calls where Japan (or --a) split from one state and/or joined another")
    .option("--a <state>", "the state whose votes are examined", "japan")
    .option("--against <state>", "votes where it voted differently from this state (e.g. united-states)")
    .option("--alongside <state>", "votes where it voted the same as this state (e.g. china)")
    .option("--limit <n>", "at most this many roll calls", "200"))
    .action(async (o: FilterFlags & { a: string; against?: string; alongside?: string; limit: string; json?: boolean; csv?: boolean; db?: string }) => {
      if (!o.against && !o.alongside) throw new UsageError("--against", "a state (or give --alongside)");
      const f = filterOf(o);
      const limit = parseCount("--limit", o.limit, 1, 10_000);
      const store = await openStore(o);
      const r = votesDivergent(store, state(store, "--a", o.a), f, o.against && state(store, "--against", o.against), o.alongside && state(store, "--alongside", o.alongside), limit);
      const ids = [r.a.id, r.against?.id, r.alongside?.id].filter((x): x is string => Boolean(x));
      emit(formatOf(o), {
        json: r,
        columns: ["date", "rcid", "resolution", "issues", ...ids, "subject"],
        rows: r.votes.map((v) => [v.date, v.rcid, v.resolution, v.issues.join(" "), ...ids.map((id) => v.votes[id]), v.short]),
      });
    });
}
