import type { Importer } from "../types.js";
import { JAPAN_COW, rows, stateOrSkip, yearRuns, yearSpan, type ImportNote } from "./common.js";

/** The note on representation seen in a run of five-yearly snapshots. */
export const dipconNotes = {
  run: (y0: number, y1: number): ImportNote => ({
    note: `DIPCON records representation in every snapshot ${y0}–${y1}; dates between and beyond the snapshots are not observed.`,
    note_ja: `DIPCONでは${y0}年から${y1}年までの各調査時点で外交代表の派遣が記録されている。調査時点の間と前後の時期は観測されていない。`,
  }),
};

const YEARS = [1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010];

/**
 * DIPCON 3.0 directed representation (sender → host) in five-yearly snapshots, for every dyad with
 * Japan in both directions. Consecutive snapshots with representation become one span "observed
 * from the first to the last snapshot"; a snapshot coded 0 is a known absence.
 */
export const dipcon: Importer = {
  name: "dipcon",
  provenance: {
    dataset: "diplomatic-representation-dipcon",
    title: "Diplomatic Contacts (DIPCON) database v3.0, directed dyads",
    publisher: "Thomas J. Volgy and colleagues, University of Arizona",
    version: "3.0",
    licence: "free with citation",
    citation: "Rhamey, J. Patrick Jr., Kirssa Cline, Paul Bezerra, Nicholas Hammer and Thomas J. Volgy, Diplomatic Contacts (DIPCON) Database, v3.0, University of Arizona.",
  },
  files: ["DIPCON_3.0_Dyads.csv.gz"],
  extract: { "DIPCON_3.0_Dyads.csv.gz": (l) => { const f = l.split(","); return f[0] === "740" || f[2] === "740"; } },
  async run(dir, sink) {
    const file = "DIPCON_3.0_Dyads.csv.gz";
    for await (const r of rows(sink, dir, file)) {
      const [a, b] = [r.get("ccode1"), r.get("ccode2")];
      if (a !== JAPAN_COW && b !== JAPAN_COW) continue;
      const bad = YEARS.find((y) => !["", "0", "1"].includes(r.get(`dipcon${y}`)));
      if (bad) { sink.skip(file, r.line, `dipcon${bad} is "${r.get(`dipcon${bad}`)}", expected 0, 1 or empty`); continue; }
      // The states on each snapshot's date (COW 365 is the USSR until 1991, Russia after).
      const pairs = new Map<string, number[]>();
      for (const y of YEARS) {
        const v = r.get(`dipcon${y}`);
        if (v === "") continue;
        const from = stateOrSkip(sink, a, file, r.line, String(y));
        const to = from && stateOrSkip(sink, b, file, r.line, String(y));
        if (!from || !to) break;
        sink.series(from, to, "dipcon-representation", y, Number(v), `${file} line ${r.line}`);
        if (v === "1") pairs.set(`${from}|${to}`, [...(pairs.get(`${from}|${to}`) ?? []), y]);
      }
      sink.took();
      for (const [pair, present] of pairs) {
        const [from, to] = pair.split("|") as [string, string];
        for (const [y0, y1] of yearRuns(present, 5)) {
          sink.statement({
            p: "representation", subject: from, object: to, time: yearSpan(y0, y1), locator: `${file} line ${r.line}`,
            ...dipconNotes.run(y0, y1),
          });
        }
      }
    }
  },
};
