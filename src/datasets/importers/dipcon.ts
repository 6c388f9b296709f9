import type { Importer } from "../types.js";
import { JAPAN_COW, rows, stateOrSkip, yearRuns, yearSpan } from "./common.js";

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
      const from = stateOrSkip(sink, a, file, r.line);
      const to = from && stateOrSkip(sink, b, file, r.line);
      if (!from || !to) continue;
      const present = YEARS.filter((y) => r.get(`dipcon${y}`) === "1");
      const bad = YEARS.find((y) => !["", "0", "1"].includes(r.get(`dipcon${y}`)));
      if (bad) { sink.skip(file, r.line, `dipcon${bad} is "${r.get(`dipcon${bad}`)}", expected 0, 1 or empty`); continue; }
      sink.took();
      for (const [y0, y1] of yearRuns(present, 5)) {
        sink.statement({
          p: "representation", subject: from, object: to, time: yearSpan(y0, y1), locator: `${file} line ${r.line}`,
          note: `DIPCON records representation in every snapshot ${y0}–${y1}; dates between and beyond the snapshots are not observed.`,
        });
      }
      const absent = YEARS.filter((y) => r.get(`dipcon${y}`) === "0");
      for (const y of absent) sink.series(from, to, "dipcon-representation", y, 0, `${file} line ${r.line}`);
      for (const y of present) sink.series(from, to, "dipcon-representation", y, 1, `${file} line ${r.line}`);
    }
  },
};
