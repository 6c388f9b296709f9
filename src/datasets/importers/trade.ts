import type { Importer } from "../types.js";
import { isMissing } from "../csv.js";
import { JAPAN_COW, rows, stateOrSkip } from "./common.js";

/**
 * COW Trade v4.0 national totals (free with citation): every state's imports and exports by year, in
 * current million US$. The vendored extract keeps Japan's rows; `--from` reads every state.
 */
export const trade: Importer = {
  name: "trade",
  provenance: {
    dataset: "cow-capabilities-trade-igo",
    title: "COW Trade v4.0, national trade totals",
    publisher: "Correlates of War Project",
    version: "4.0",
    licence: "free for use with citation",
    citation: "Barbieri, Katherine, Omar M. G. Keshk and Brian Pollins (2009), Trading Data: Evaluating our Assumptions and Coding Rules, Conflict Management and Peace Science 26(5): 471-491.",
  },
  files: ["cow_trade_sy.csv"],
  extract: { "cow_trade_sy.csv": (l) => l.startsWith(`${JAPAN_COW},`) },
  async run(dir, sink) {
    const file = "cow_trade_sy.csv";
    for await (const r of rows(sink, dir, file)) {
      const year = r.get("year");
      if (!/^\d{4}$/.test(year)) { sink.skip(file, r.line, `year "${year}" is not a year`); continue; }
      const state = stateOrSkip(sink, r.get("ccode"), file, r.line, year);
      if (!state) continue;
      const values = (["imports", "exports"] as const).map((c) => [c, r.get(c)] as const).filter(([, v]) => !isMissing(v));
      const bad = values.find(([, v]) => !Number.isFinite(Number(v)));
      if (bad) { sink.skip(file, r.line, `${bad[0]} "${bad[1]}" is not a number`); continue; }
      for (const [c, v] of values) sink.series(state, null, `cow-${c}`, Number(year), Number(v), `${file} line ${r.line}`);
      if (values.length) sink.took();
    }
  },
};
