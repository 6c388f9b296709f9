// The all-pairs UN-vote agreement matrix (every pair of states, every year) from the raw votes:
// gaiko's bitset engine beside DuckDB SQL on the same rows, in the same run; both must agree.
import { DuckDBInstance } from "@duckdb/node-api";
import type { Store } from "../src/kb/store.js";
import { allPairsByYear, loadVotes, pairIndex } from "../src/kb/votes.js";
import { votesRanking } from "../src/kb/votes-query.js";
import { percentile, timeMany } from "./stats.js";

export async function benchVotes(store: Store): Promise<void> {
  const data = loadVotes(store);
  if (data.calls.length === 0) {
    process.stdout.write("votes: skipped (no roll calls in the database)\n");
    return;
  }
  const S = data.states.length;
  // The same rows for both: one (rcid, year, state, vote) row per cast vote.
  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  await con.run("CREATE TABLE v (rcid INTEGER, year INTEGER, s INTEGER, vote TINYINT)");
  const app = await con.createAppender("v");
  let rows = 0;
  for (const c of data.calls) {
    for (let s = 0; s < c.votes.length; s++) {
      const vote = c.votes[s]!;
      if (!vote) continue;
      app.appendInteger(c.rcid);
      app.appendInteger(c.year);
      app.appendInteger(s);
      app.appendTinyInt(vote);
      app.endRow();
      rows++;
    }
  }
  app.closeSync();

  const sql = `SELECT a.year, a.s AS i, b.s AS j, count(*) AS n, sum(CASE WHEN a.vote = b.vote THEN 1 ELSE 0 END) AS same,
      sum(abs((CASE a.vote WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE 0 END) - (CASE b.vote WHEN 1 THEN 2 WHEN 2 THEN 1 ELSE 0 END))) AS d2
    FROM v a JOIN v b ON a.rcid = b.rcid AND a.s < b.s GROUP BY 1, 2, 3`;
  let t0 = performance.now();
  const reader = await con.runAndReadAll(sql);
  const duckMs = performance.now() - t0;
  const duck = reader.getRows() as [number, number, number, bigint, bigint, bigint][];

  t0 = performance.now();
  const mats = allPairsByYear(data);
  const gaikoMs = performance.now() - t0;

  // Both must give the same numbers for every pair and year.
  const byYear = new Map(mats.map((m) => [m.year, m]));
  let mismatches = 0;
  let pairs = 0;
  for (const [year, i, j, n, same, d2] of duck) {
    const m = byYear.get(year)!;
    const k = pairIndex(i, j, S);
    pairs++;
    if (m.n[k] !== Number(n) || m.identical[k] !== Number(same) || m.distance2[k] !== Number(d2)) mismatches++;
  }
  const gaikoPairs = mats.reduce((acc, m) => acc + m.n.filter((x) => x > 0).length, 0);
  if (gaikoPairs !== pairs) mismatches += Math.abs(gaikoPairs - pairs);

  // Japan against every state for one year, from a warm process.
  votesRanking(store, "japan", { from: 2000, to: 2000 });
  const warm = timeMany(50, (k) => votesRanking(store, "japan", { from: 1960 + (k % 60), to: 1960 + (k % 60) }));
  con.closeSync();
  process.stdout.write(
    `all-pairs agreement matrix (${rows.toLocaleString("en")} votes, ${mats.length} years, ${pairs.toLocaleString("en")} pair-years): ` +
      `gaiko ${gaikoMs.toFixed(0)} ms, DuckDB SQL ${duckMs.toFixed(0)} ms, ratio DuckDB/gaiko ${(duckMs / gaikoMs).toFixed(2)}; ` +
      `${mismatches === 0 ? "identical results" : `${mismatches} MISMATCHES`}\n` +
      `Japan vs all states for one year (warm): p50 ${percentile(warm, 50).toFixed(2)} ms, p99 ${percentile(warm, 99).toFixed(2)} ms   target < 10 ms\n`,
  );
  if (mismatches) process.exitCode = 1;
}
