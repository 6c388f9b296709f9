// The timeline's answers read fewer rows (PERF37: the ends of intervals through their own index, and a
// limit read only up to the day it needs) but are the same answers: each is compared, whole, with the
// answer of the former implementation, kept here as the reference, over the explorer's requests (its
// first 400 items, then runs of years), other spans and limits, and each kind of filter.
import { afterAll, describe, expect, it } from "vitest";
import { timeline, timelineCounts, type TimelineOptions } from "../src/kb/timeline.js";
import { inItsTime } from "../src/kb/asof/then.js";
import { shortNames } from "../src/kb/short-names.js";
import type { StatementRow } from "../src/kb/store.js";
import type { TimelineResult } from "../src/model/results.js";
import { sharedStore } from "./helpers.js";

const store = sharedStore();
afterAll(() => store.close());

/** The reference's answers without a limit, by options (each limit of a span is its first items: read once). */
const whole = new Map<string, TimelineResult>();

/** timeline() as it was before PERF37: every statement with an item in the span read, sorted, then cut to the limit. */
function reference(opts: TimelineOptions): TimelineResult {
  const key = JSON.stringify({ ...opts, limit: undefined });
  let all = whole.get(key);
  if (!all) whole.set(key, (all = referenceWhole({ ...opts, limit: undefined })));
  if (!opts.limit) return all;
  const kept = all.items.slice(0, opts.limit);
  const named = new Set<string>();
  for (const { statement: s } of kept) for (const ref of [s.subject, s.object, s.at, s.via]) if (ref) named.add(ref.id);
  return { ...all, items: kept, shortNames: shortNames(store, named) };
}

function referenceWhole(opts: TimelineOptions): TimelineResult {
  const from = opts.from ?? "0000-01-01";
  const to = opts.to ?? "9999-12-31";
  const rows = referenceRows<StatementRow>("s.*", { ...opts, from, to });
  const dated: { date: string; edtf: string; edge: TimelineResult["items"][number]["edge"]; row: StatementRow }[] = [];
  for (const r of rows) {
    const isInterval = r.time!.includes("/");
    const [startEdtf = "", endEdtf = ""] = r.time!.split("/");
    if (r.s_min! >= from && r.s_min! <= to) dated.push({ date: r.s_min!, edtf: isInterval ? startEdtf : r.time!, edge: isInterval ? "start" : "point", row: r });
    if (isInterval && r.e_open === 0 && r.e_unknown === 0 && r.e_min! >= from && r.e_min! <= to) dated.push({ date: r.e_min!, edtf: endEdtf, edge: "end", row: r });
  }
  dated.sort((a, b) => a.date.localeCompare(b.date) || a.row.id.localeCompare(b.row.id));
  // Each statement read in its own time (THEN38's fields, added after PERF37), as timeline() reads it.
  const kept = (opts.limit ? dated.slice(0, opts.limit) : dated).map(({ row, ...item }) => ({ ...item, statement: inItsTime(store, row, store.view(row)) }));
  const named = new Set<string>();
  for (const { statement: s } of kept) for (const ref of [s.subject, s.object, s.at, s.via]) if (ref) named.add(ref.id);
  return { release: store.release, builtAt: store.builtAt, from: opts.from ?? null, to: opts.to ?? null, with: opts.with ?? null, kind: opts.kind ?? null, items: kept, shortNames: shortNames(store, named) };
}

/**
 * The former query, word for word (a full scan of the dated statements in time order), but for one rule both now
 * keep: a rejected statement ties nothing to `with` (TRUTH40: Taiwan's timeline listed the Treaty of Versailles
 * through the rejected claim that the Republic of China signed it).
 */
function referenceRows<T>(columns: string, opts: TimelineOptions & { from: string; to: string }): T[] {
  const params: Record<string, string> = { from: opts.from, to: opts.to };
  let where = "s.time IS NOT NULL AND s.status != 'rejected' AND ((s.s_min BETWEEN @from AND @to) OR (s.e_open = 0 AND s.e_unknown = 0 AND s.e_max != s.s_max AND s.e_min BETWEEN @from AND @to))";
  if (opts.with) {
    params.with = opts.with;
    const dispute = (store.prepared("SELECT kind FROM entities WHERE id = ?").get(opts.with) as { kind: string } | undefined)?.kind === "dispute";
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
  return (store.db.prepare(`SELECT ${columns} FROM statements s NOT INDEXED JOIN entities e ON e.id = s.subject WHERE ${where} ORDER BY s.s_min`).all(params) as T[]);
}

/** The explorer's requests for 1600 to today (web/src/timeline/loader.ts: the first 400, then runs of about 1,500 items), and others. */
const SPANS: [string | undefined, string | undefined][] = [
  ["1600-01-01", "2026-12-31"], ["1581-01-01", "1598-12-31"], ["1869-01-01", "1939-12-31"], ["1940-01-01", "1959-12-31"],
  ["1960-01-01", "1977-12-31"], ["1978-01-01", "1992-12-31"], ["1993-01-01", "2002-12-31"], ["2003-01-01", "2010-12-31"],
  ["2011-01-01", "2021-12-31"], ["2022-01-01", "2026-12-31"], ["2027-01-01", "2027-12-31"], ["1945-01-01", "2027-12-31"],
  ["1951-09-08", "1951-09-08"], ["1972-09-29", "1972-09-30"], ["1905-09-05", "1905-09-05"], ["1945-08-01", "1945-09-30"],
  [undefined, undefined], ["1945-01-01", undefined], [undefined, "1900-12-31"], ["2030-01-01", "2099-12-31"],
];
const LIMITS: (number | undefined)[] = [undefined, 1, 2, 10, 400, 1500, 50_000];

/** The items and short names, without the release and build time (the same store gives the same). */
const comparable = (r: TimelineResult) => ({ ...r, release: undefined, builtAt: undefined });

describe("the timeline reads fewer statements and answers the same", () => {
  it("uses the index of interval ends (a build of this version)", () => {
    const plan = store.db.prepare("EXPLAIN QUERY PLAN SELECT s.id FROM statements s WHERE s.time IS NOT NULL AND ((s.s_min BETWEEN 'a' AND 'b') OR (s.e_open = 0 AND s.e_unknown = 0 AND s.e_max != s.s_max AND s.e_min BETWEEN 'a' AND 'b'))").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" | ")).toMatch(/statements_end/);
  });

  it.each(SPANS)("from %s to %s, at every limit, unfiltered", (from, to) => {
    let compared = 0;
    for (const limit of LIMITS) {
      const opts = { from, to, limit };
      const want = reference(opts);
      expect(comparable(timeline(store, opts)), JSON.stringify(opts)).toEqual(comparable(want));
      compared += want.items.length;
    }
    // Every span but the one past the data holds items.
    if (from === undefined || from < "2028") expect(compared).toBeGreaterThan(0);
  });

  it.each([
    { with: "china" }, { with: "united-states" }, { with: "russia" }, { with: "united-nations" }, { with: "senkaku-islands-dispute" },
    { with: "kuril-islands-dispute" }, { kind: "agreement" }, { kind: "event" }, { kind: "state" }, { with: "south-korea", kind: "agreement" },
  ] as TimelineOptions[])("with the filter %o, over spans and limits", (filter) => {
    let compared = 0;
    for (const [from, to] of [[undefined, undefined], ["1600-01-01", "2026-12-31"], ["1945-01-01", "1972-12-31"], ["1990-06-15", "2015-03-01"]] as const) {
      for (const limit of [undefined, 1, 40, 400, 1500]) {
        const opts = { ...filter, from, to, limit };
        const want = reference(opts);
        expect(comparable(timeline(store, opts)), JSON.stringify(opts)).toEqual(comparable(want));
        compared += want.items.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it.each([{}, { with: "china" }, { with: "senkaku-islands-dispute" }, { kind: "agreement" }] as Pick<TimelineOptions, "with" | "kind">[])("counts per year as before, %o", (filter) => {
    const items = reference(filter).items;
    const byYear = new Map<number, number>();
    for (const i of items) {
      const year = Number(/^-?\d+/.exec(i.date)![0]);
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    const counts = timelineCounts(store, filter);
    expect(counts.total).toBe(items.length);
    expect(counts.years).toEqual([...byYear].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })));
  });
});
