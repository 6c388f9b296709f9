import type { ImportSink, Importer } from "../types.js";
import { isMissing } from "../csv.js";
import { bareDate, rows, type ImportNote } from "./common.js";
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
  const day = bareDate(date);
  const at = sink.stateOfCow(code, day);
  const [first, next] = sink.splitCow(code, day, "..");
  return first && next && first[0] === at && first[1] === day && next[1] < yearAfter(day) ? next[0] : at;
}

/** The same day a year later ("1821-08-24" → "1822-08-24"; "1821" → "1822"), at the date's own precision. */
const yearAfter = (day: string) => String(Number(day.slice(0, 4)) + 1).padStart(4, "0") + day.slice(4);

/**
 * Whether an ISD date falls before the state it was given to existed: a year or more before the first
 * day of the state's first curated existence (a date given to the year, before that year). ISD dates a
 * polity from its earliest form (China from the Ming founding, 1368; Korea from 676), while the curated
 * entity begins later (the Qing in 1636, Joseon in 1392): stored, the date would read "Qing: independent
 * since 1368". Less than a year before is the same independence dated by another step, as in
 * `independentState` (Mexico: 1821-08-24? in ISD, 1821-09-27 in the curated data).
 *
 * @example predatesState("1368", "1636-01-01") // true
 * @example predatesState("1821-08-24?", "1821-09-27") // false
 */
export function predatesState(date: string, firstStart: string | undefined): boolean {
  return firstStart !== undefined && yearAfter(bareDate(date)) <= firstStart;
}

/** The first day of a state's first curated existence (the curated entity; a dataset's `exists` is its coverage, not the state's start). */
const firstExistence = (sink: Pick<ImportSink, "lookup">, id: string) =>
  sink.lookup<{ start: string | null }>(
    "SELECT MIN(s_min) AS start FROM statements WHERE p = 'exists' AND subject = ? AND status <> 'rejected' AND origin NOT LIKE 'dataset:%'",
    id,
  )[0]?.start ?? undefined;

/**
 * manystates (CC BY 4.0): ISD's independence or formation date of each state it shares with COW, and
 * GGO's capital of each state spell. The dates are the globalgov "messy dates" (`1815?`, `1840-01-01?`)
 * and are kept as EDTF with their uncertainty; dates no calendar has, and ranges such as `0006-1815`,
 * are reported and skipped. ISD rows without a `Begin` continue the state's row above (Japan's
 * second spell): they carry no date of their own, so they are skipped with that reason. An ISD date
 * from before the curated state existed (`predatesState`) is skipped too, with ISD's date and the
 * state's start in the reason.
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
      const start = firstExistence(sink, state);
      if (predatesState(date, start)) {
        sink.skip(file, r.line, `ISD dates ${r.get("StateName")} from ${date}, before ${state} existed (curated from ${start}): not that state's independence`);
        continue;
      }
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
