import type { Importer } from "../types.js";
import { JAPAN_COW, rowBatches, type ImportNote, runLocator, stateOrSkip, yearRuns, yearSpan } from "./common.js";

const OBLIGATIONS = [["atop_defense", "defense"], ["atop_offense", "offense"], ["atop_neutral", "neutrality"], ["atop_nonagg", "nonaggression"], ["atop_consul", "consultation"]] as const;
/** The last year the file covers: a run reaching it is still in force. */
const LAST_YEAR = 2018;

/** The note on an obligation coded in every year of a run (the last year may be the end of the data). */
export const atopNotes = {
  run: (y0: number, y1: number, last: boolean): ImportNote => ({
    note: `ATOP codes this obligation in every year ${y0}–${y1}${last ? " (the end of the data)" : ""}.`,
    note_ja: `ATOPのデータでは、この義務が${y0}年から${y1}年${last ? "（データの最終年）" : ""}まで毎年記録されている。`,
  }),
};

/**
 * ATOP directed dyad-years: for every dyad with Japan, in each direction, the years each obligation
 * held, merged into spans. Direction matters: the US owes Japan defence from 1951, Japan owes the US
 * only non-aggression and consultation.
 */
export const atop: Importer = {
  name: "atop",
  provenance: {
    dataset: "alliances-atop",
    title: "Alliance Treaty Obligations and Provisions (ATOP) v5.1, directed dyad-years",
    publisher: "ATOP project (Leeds et al.)",
    version: "5.1",
    licence: "free for research use with citation",
    citation: "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002), Alliance Treaty Obligations and Provisions, 1815-1944, International Interactions 28: 237-260.",
  },
  files: ["atop_v5.1_dyad_year.csv.gz"],
  extract: { "atop_v5.1_dyad_year.csv.gz": (l) => { const [a, b] = l.split(","); return a === "740" || b === "740"; } },
  async run(dir, sink) {
    const file = "atop_v5.1_dyad_year.csv.gz";
    // Each obligation's rows: year → line.
    const spans = new Map<string, Map<number, number>>();
    for await (const batch of rowBatches(sink, dir, file)) for (const r of batch) {
      const [a, b] = [r.get("ccode1"), r.get("ccode2")];
      if (a !== JAPAN_COW && b !== JAPAN_COW) continue;
      const year = Number(r.get("year"));
      if (!Number.isInteger(year)) { sink.skip(file, r.line, `year "${r.get("year")}" is not a year`); continue; }
      const from = stateOrSkip(sink, a, file, r.line, String(year));
      const to = from && stateOrSkip(sink, b, file, r.line, String(year));
      if (!from || !to) continue;
      sink.took();
      for (const [col, role] of OBLIGATIONS) {
        if (r.get(col) !== "1") continue;
        const key = `${from}|${to}|${role}`;
        const s = spans.get(key) ?? new Map<number, number>();
        s.set(year, r.line);
        spans.set(key, s);
      }
    }
    for (const [key, lines] of spans) {
      const [from, to, role] = key.split("|") as [string, string, string];
      for (const [y0, y1] of yearRuns([...lines.keys()])) {
        sink.statement({
          p: "obligation", subject: from, object: to, role,
          time: y1 >= LAST_YEAR ? `${y0}/..` : yearSpan(y0, y1),
          // The rows of this run only: the first year's and the last year's.
          locator: runLocator(file, lines.get(y0)!, lines.get(y1)!),
          ...atopNotes.run(y0, y1, y1 >= LAST_YEAR),
        });
      }
    }
  },
};
