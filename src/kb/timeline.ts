import type { Kind } from "../model/ids.js";
import type { TimelineCounts, TimelineResult } from "../model/results.js";
import { shortNames } from "./short-names.js";
import type { Store, StatementRow } from "./store.js";
import { inItsTime } from "./asof/then.js";

export interface TimelineOptions {
  from?: string;
  to?: string;
  with?: string;
  kind?: Kind;
  limit?: number;
}

/**
 * Dated statements in time order: each point statement once, each interval at its start and at its
 * end (when it ended). `with` keeps statements that involve an entity directly, or through an event
 * it took part in or an agreement it is party to; for a dispute, also the events and agreements that
 * concern it and what is said of the places and agreements it concerns; `kind` keeps statements whose subject is of that kind. Rejected statements are
 * left out (they are what a source wrongly said, not what happened). `shortNames` gives the entities
 * the items name a short display name where an alias is shorter than the name (see short-names.ts).
 *
 * @example timeline(store, { from: "1951", to: "1952-12-31", with: "united-states" })
 */
export function timeline(store: Store, opts: TimelineOptions = {}): TimelineResult {
  const from = opts.from ?? "0000-01-01";
  const to = limitedTo(store, { ...opts, from, to: opts.to ?? "9999-12-31" });
  const { where, params } = datedWhere(store, { ...opts, from, to });
  const rows = store.statementRows(`FROM statements s JOIN entities e ON e.id = s.subject WHERE ${where} ORDER BY s.s_min`, params);
  // Dated and sorted first, each statement's view built only for the items kept: a first screenful
  // (limit=400 of 1945 to today) builds 400 views, not the 8,700 of its years.
  const dated: { date: string; edtf: string; edge: TimelineResult["items"][number]["edge"]; row: StatementRow }[] = [];
  for (const r of rows) {
    const isInterval = r.time!.includes("/");
    const [startEdtf = "", endEdtf = ""] = r.time!.split("/");
    if (r.s_min! >= from && r.s_min! <= to) dated.push({ date: r.s_min!, edtf: isInterval ? startEdtf : r.time!, edge: isInterval ? "start" : "point", row: r });
    if (isInterval && r.e_open === 0 && r.e_unknown === 0 && r.e_min! >= from && r.e_min! <= to) dated.push({ date: r.e_min!, edtf: endEdtf, edge: "end", row: r });
  }
  dated.sort((a, b) => a.date.localeCompare(b.date) || a.row.id.localeCompare(b.row.id));
  const views = new Map<StatementRow, TimelineResult["items"][number]["statement"]>();
  const viewOf = (r: StatementRow) => {
    let v = views.get(r);
    if (!v) views.set(r, (v = inItsTime(store, r, store.view(r))));
    return v;
  };
  const kept: TimelineResult["items"] = (opts.limit ? dated.slice(0, opts.limit) : dated).map(({ row, ...item }) => ({ ...item, statement: viewOf(row) }));
  const named = new Set<string>();
  for (const { statement: s } of kept) for (const ref of [s.subject, s.object, s.at, s.via]) if (ref) named.add(ref.id);
  return {
    release: store.release,
    builtAt: store.builtAt,
    from: opts.from ?? null,
    to: opts.to ?? null,
    with: opts.with ?? null,
    kind: opts.kind ?? null,
    items: kept,
    shortNames: shortNames(store, named),
  };
}

/**
 * How many timeline items fall in each year for `with` and `kind`: the items `timeline` would give
 * without `from`, `to` and `limit`, counted by the year of their date, without building them (an
 * overview of all years needs the counts, not 10,000 statements with their sources).
 *
 * @example timelineCounts(store, { with: "china" }).total // timeline(store, { with: "china" }).items.length
 */
export function timelineCounts(store: Store, opts: Pick<TimelineOptions, "with" | "kind"> = {}): TimelineCounts {
  type Row = Pick<StatementRow, "time" | "s_min" | "e_min" | "e_open" | "e_unknown">;
  const { where, params } = datedWhere(store, { ...opts, from: "0000-01-01", to: "9999-12-31" });
  const rows = store.prepared(`SELECT s.time, s.s_min, s.e_min, s.e_open, s.e_unknown FROM statements s JOIN entities e ON e.id = s.subject WHERE ${where}`).all(params) as Row[];
  const byYear = new Map<number, number>();
  const add = (date: string) => {
    const year = Number(/^-?\d+/.exec(date)![0]);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  };
  for (const r of rows) {
    add(r.s_min!);
    // An end is an item of its own, as in timeline().
    if (r.time!.includes("/") && r.e_open === 0 && r.e_unknown === 0) add(r.e_min!);
  }
  const years = [...byYear].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
  return {
    release: store.release,
    builtAt: store.builtAt,
    with: opts.with ?? null,
    kind: opts.kind ?? null,
    years,
    total: years.reduce((n, y) => n + y.count, 0),
  };
}

/**
 * The last day `timeline` needs to read for a `limit`: the date of the limit-th statement starting within
 * the span (or `to`, when fewer start in it). There are at least `limit` items up to that day, so the
 * first `limit` items of the span are all on or before it, and the statements after it need not be read
 * (the explorer's first request, the first 400 items of 1600 to today, read all 8,700 statements of
 * those years to keep 400).
 */
function limitedTo(store: Store, opts: TimelineOptions & { from: string; to: string }): string {
  if (!opts.limit) return opts.to;
  const { where, params } = datedWhere(store, opts, "starts");
  const day = store.rawRows(`SELECT s.s_min FROM statements s JOIN entities e ON e.id = s.subject WHERE ${where} ORDER BY s.s_min LIMIT 1 OFFSET @skip`, { ...params, skip: opts.limit - 1 })[0]?.[0] as string | undefined;
  return day !== undefined && day < opts.to ? day : opts.to;
}

/**
 * The condition for the dated, not rejected statements with an item between `from` and `to`, for `with`
 * and `kind` (timeline and its counts read the same statements): an item is a statement's start (or
 * its point in time), or the end of an interval that ended; `starts` keeps the first alone.
 * Written so that SQLite reads the starts and the ends each through its index (statements_time and
 * statements_end) rather than every dated statement for any span: 7 to 14 ms → 1.5 to 3 ms for one
 * request of the explorer.
 */
function datedWhere(store: Store, opts: TimelineOptions & { from: string; to: string }, items: "all" | "starts" = "all"): { where: string; params: Record<string, string> } {
  const params: Record<string, string> = { from: opts.from, to: opts.to };
  let where = `s.time IS NOT NULL AND s.status != 'rejected' AND ${
    items === "starts" ? "s.s_min BETWEEN @from AND @to" : "((s.s_min BETWEEN @from AND @to) OR (s.e_open = 0 AND s.e_unknown = 0 AND s.e_max != s.s_max AND s.e_min BETWEEN @from AND @to))"
  }`;
  if (opts.with) {
    params.with = opts.with;
    // A dispute takes part in little itself: its history is the events and agreements that concern it (the
    // Senkaku Islands' incorporation of 1895, the 2012 purchase) and what is said of the places and the
    // agreements it concerns (who claims and administers the islands since when; the 1855 and 1875 treaties).
    // Without them, Senkaku's timeline held no statement at all.
    const dispute = (store.prepared("SELECT kind FROM entities WHERE id = ?").get(opts.with) as { kind: string } | undefined)?.kind === "dispute";
    // A rejected statement ties nothing: Taiwan's timeline listed the Treaty of Versailles through the rejected claim
    // that the Republic of China signed it (its delegates did not) (TRUTH40).
    const concerned = "SELECT c.object FROM statements c JOIN entities k ON k.id = c.object WHERE c.p = 'concerns' AND c.subject = @with AND c.status != 'rejected' AND k.kind";
    where += ` AND (s.subject = @with OR s.object = @with OR s.at = @with OR s.via = @with
      OR s.subject IN (SELECT subject FROM statements WHERE p = 'participant' AND object = @with AND status != 'rejected')
      OR s.subject IN (SELECT object FROM statements WHERE p IN ('party-to', 'signatory-of') AND subject = @with AND status != 'rejected')${
        dispute
          ? `
      OR s.subject IN (SELECT subject FROM statements WHERE p = 'concerns' AND object = @with AND status != 'rejected')
      OR s.subject IN (${concerned} IN ('place', 'agreement'))
      OR s.object IN (${concerned} = 'place')`
          : ""
      })`;
  }
  if (opts.kind) {
    params.kind = opts.kind;
    where += " AND e.kind = @kind";
  }
  return { where, params };
}
