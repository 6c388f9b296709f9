import type { ImportSink, Importer } from "../types.js";
import { isMissing } from "../csv.js";
import { rows, type ImportNote } from "./common.js";
import { resolveState } from "./series.js";
import { messyDate } from "./treaties.js";

/** The open end of a manystates spell: `9999-12-31` means "still existing", `2016-12-31..` the end of ISD's coverage. */
const OPEN_ENDS = new Set(["9999-12-31", "2016-12-31.."]);

/** The note on ISD's date, naming the state as ISD does (and in Japanese by its Japanese name). */
export const isdNotes = {
  start: (stateName: string, nameJa: string | null, startType: string): ImportNote => ({
    note: `ISD's start date for ${stateName} (start type ${startType}).`,
    note_ja: `ISDにおける${nameJa ?? stateName}の開始日${startType ? `（開始類型${startType}）` : ""}。`,
  }),
};

/**
 * The state an ISD independence date belongs to: the state that became independent, never the one it
 * replaced. ISD and the curated data may date one independence by different steps (Mexico: the Treaty
 * of Córdoba, 1821-08-24, in ISD; the consummation, 1821-09-27, where the curated Mexico begins and New
 * Spain ends), so where the code's line of states passes to a successor less than a year after the date
 * (for a date given to the year, within that year), the date is the successor's. Otherwise it is the
 * state the code names on the date, or the code's latest holder where the line names none.
 *
 * @example independentState(sink, "70", "1821-08-24?") // "mexico", not "new-spain"
 */
export function independentState(sink: Pick<ImportSink, "stateOfCow" | "splitCow">, code: string, date: string): string | undefined {
  const day = date.replace(/[?~%]/g, "");
  const at = sink.stateOfCow(code, day);
  const [first, next] = sink.splitCow(code, day, "..");
  const yearLater = String(Number(day.slice(0, 4)) + 1).padStart(4, "0") + day.slice(4);
  return first && next && first[0] === at && first[1] === day && next[1] < yearLater ? next[0] : at;
}

/**
 * manystates (CC BY 4.0): ISD's independence or formation date of each state it shares with COW, and
 * GGO's capital of each state spell. The dates are the globalgov "messy dates" (`1815?`, `1840-01-01?`)
 * and are kept as EDTF with their uncertainty; dates no calendar has, and ranges such as `0006-1815`,
 * are reported and skipped. ISD rows without a `Begin` continue the state's row above (Japan's
 * second spell): they carry no date of their own, so they are skipped with that reason.
 */
export const isd: Importer = {
  name: "isd",
  provenance: {
    dataset: "states-globalgov",
    title: "manystates: GGO and ISD state lists (independence dates and capitals)",
    publisher: "globalgov project (James Hollway et al.); ISD by Ryan D. Griffiths and Charles R. Butcher",
    version: "manystates 1.0.3 (commit 23d119a); ISD v2",
    licence: "CC BY 4.0 (manystates, GGO coding); ISD free for use with citation",
    citation: "Griffiths, Ryan D. and Charles R. Butcher (2013), Introducing the International System(s) Dataset (ISD), 1816-2011, International Interactions 39(5): 748-768; Hollway, James et al., manystates, globalgov, v1.0.3.",
  },
  files: ["states_ISD.csv", "states_GGO.csv"],
  async run(dir, sink) {
    const nameJa = (id: string) => sink.lookup<{ name_ja: string | null }>("SELECT name_ja FROM entities WHERE id = ?", id)[0]?.name_ja ?? null;
    let file = "states_ISD.csv";
    for await (const r of rows(sink, dir, file)) {
      const begin = r.get("Begin");
      if (isMissing(begin)) { sink.skip(file, r.line, `no Begin date (a continuation row of ${r.get("stateID")})`); continue; }
      const date = messyDate(begin);
      if (typeof date !== "string") { sink.skip(file, r.line, date?.error ?? `Begin "${begin}" is not a date`); continue; }
      const cow = r.get("cowNR");
      if (isMissing(cow)) { sink.skip(file, r.line, `${r.get("StateName")} has no COW number`); continue; }
      const state = independentState(sink, cow, date);
      if (!state) { sink.skip(file, r.line, `COW code "${cow}" is not in the concordance`); continue; }
      if (sink.statement({ p: "attribute", subject: state, role: "independence (ISD)", value: date, time: date, locator: `${file} line ${r.line}`, ...isdNotes.start(r.get("StateName"), nameJa(state), r.get("StartType")) })) sink.took();
    }
    file = "states_GGO.csv";
    for await (const r of rows(sink, dir, file)) {
      const capital = r.get("Capital").trim();
      if (isMissing(capital)) { sink.skip(file, r.line, `${r.get("StateName")} has no capital`); continue; }
      const state = resolveState(sink, undefined, r.get("stateID"), undefined);
      if (!state) { sink.skip(file, r.line, `state code "${r.get("stateID")}" (${r.get("StateName")}) is not in the knowledge base`); continue; }
      const [from, to] = [messyDate(r.get("Begin")), OPEN_ENDS.has(r.get("End")) ? ".." : messyDate(r.get("End"))];
      const bad = [from, to].find((d): d is { error: string } => typeof d === "object");
      if (bad) { sink.skip(file, r.line, bad.error); continue; }
      if (sink.statement({ p: "attribute", subject: state, role: "capital (GGO)", value: capital, time: `${from ?? ""}/${to ?? ""}`, locator: `${file} line ${r.line}` })) sink.took();
    }
  },
};
