import type { Importer } from "../types.js";
import { isMissing } from "../csv.js";
import { JAPAN_COW, rows, stateOrSkip, type ImportNote } from "./common.js";

/**
 * An ICOW year-month (`194808`) as EDTF (`1948-08`); month `00` means the year alone. Returns the
 * reason when the value is not a year and month.
 *
 * @example yearMonth("159000") // "1590"
 */
export function yearMonth(v: string): string | { error: string } {
  const m = /^(\d{4})(\d{2})$/.exec(v.trim());
  if (!m) return { error: `"${v}" is not a YYYYMM date` };
  if (m[2] === "00") return m[1]!;
  return Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : { error: `"${v}": month ${m[2]} is not a month` };
}

/** The note on an independence coded by ICOW; the coder's own note is quoted as written, in English. */
export const colonialNotes = {
  independence: (ruler: string, from: string, violent: boolean, coderNote: string | null): ImportNote => ({
    note: `ICOW: colonial ruler ${ruler}, independence from ${from} (COW codes), ${violent ? "violent" : "non-violent"}; no start of Japanese rule is coded. ${coderNote === null ? "" : `Coder's note: ${coderNote}`}`.trim(),
    note_ja: `ICOWのコード：宗主国${ruler}、独立元${from}（いずれもCOWコード）、${violent ? "暴力を伴う独立" : "非暴力による独立"}。日本による統治の開始は記録されていない。${coderNote === null ? "" : `コーダーの注記（原文）：${coderNote}`}`.trim(),
  }),
};

/**
 * ICOW Colonial History (free with citation): the states whose main colonial ruler (`ColRuler`) or
 * whose state of independence (`IndFrom`) was Japan, with ICOW's independence date as an attribute.
 * The file says when rule ended but never when Japan's rule began, so no `rules` statement is made
 * from it (a `rules` span without a start would claim more than the data holds).
 */
export const colonial: Importer = {
  name: "colonial",
  provenance: {
    dataset: "icow-colonial-history",
    title: "ICOW Colonial History Data Set, v1.1",
    publisher: "Paul R. Hensel, Issue Correlates of War Project",
    version: "1.1 (2018)",
    licence: "free for use with citation",
    citation: "Hensel, Paul R. (2018), ICOW Colonial History Data Set, version 1.1, http://www.paulhensel.org/icowcol.html.",
    url: "http://www.paulhensel.org/icowcol.html",
  },
  files: ["coldata110.csv"],
  extract: { "coldata110.csv": (l) => { const f = l.split(","); return f[2] === JAPAN_COW || f[3] === JAPAN_COW; } },
  async run(dir, sink) {
    const file = "coldata110.csv";
    for await (const r of rows(sink, dir, file)) {
      const [ruler, from] = [r.get("ColRuler"), r.get("IndFrom")];
      if (ruler !== JAPAN_COW && from !== JAPAN_COW) continue;
      if (isMissing(r.get("IndDate"))) { sink.skip(file, r.line, "IndDate is missing (-9)"); continue; }
      const date = yearMonth(r.get("IndDate"));
      if (typeof date !== "string") { sink.skip(file, r.line, date.error); continue; }
      const state = stateOrSkip(sink, r.get("State"), file, r.line, date);
      if (!state) continue;
      // Korea became independent from "Korea" (730) in ICOW's coding, with Japan as its colonial ruler.
      const role = from === JAPAN_COW ? "independence from Japan (ICOW)" : "independence, colonial ruler Japan (ICOW)";
      const note = colonialNotes.independence(ruler, from, r.get("IndViol") === "1", isMissing(r.get("Notes")) ? null : r.get("Notes"));
      if (sink.statement({ p: "attribute", subject: state, role, value: date, time: date, ...note, locator: `${file} line ${r.line}` })) sink.took();
    }
  },
};
