import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Importer, ImportSink } from "../types.js";
import { dayFrom } from "../csv.js";
import { resolveFile, rows } from "./common.js";
import { resolveState } from "./series.js";

const EVENTS = "gdelt1_events_sample.tsv";
const LABELS = "GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv";
const GOLDSTEIN = "CAMEO.goldsteinscale.txt";

/**
 * The lines of a headerless, tab-separated GDELT 1.0 export with their 1-based line numbers. GDELT
 * quotes nothing, so a tab always separates fields (the CSV reader would take the first event for a header).
 */
async function* tsvLines(sink: ImportSink, dir: string, file: string): AsyncGenerator<{ line: number; fields: string[] }> {
  const path = resolveFile(dir, file);
  const input = createReadStream(path);
  let line = 0;
  for await (const text of createInterface({ input: path.endsWith(".gz") ? input.pipe(createGunzip()) : input, crlfDelay: Infinity })) {
    line++;
    if (text === "") continue;
    sink.read();
    yield { line, fields: text.split("\t") };
  }
}

/**
 * GDELT 1.0 events (free and open with citation to the GDELT Project), a 710-event sample: for each
 * event between Japan (`JPN` as an actor's country code) and another state, the CAMEO Goldstein score
 * (−10 conflict … +10 cooperation); the series `gdelt-goldstein` is the mean by partner and year.
 * The sample is tiny and arbitrary: the series shows how the data works, not how relations went.
 * Events with no other state (a single actor, or Japanese actors on both sides) are skipped with
 * that reason; the CAMEO table decides which event codes exist.
 */
export const cameo: Importer = {
  name: "cameo",
  provenance: {
    dataset: "gdelt-cameo",
    title: "GDELT 1.0 event sample with the CAMEO Goldstein scale",
    publisher: "The GDELT Project; CAMEO by Philip Schrodt and Deborah Gerner",
    version: "GDELT 1.0 daily export sample (2016-07-28 and 1982 backfile); CAMEO tables as published by GDELT",
    licence: "free and open for unlimited use with citation of the GDELT Project",
    citation: "Leetaru, Kalev and Philip A. Schrodt (2013), GDELT: Global Data on Events, Location and Tone, 1979-2012, ISA Annual Convention; Goldstein, Joshua S. (1992), A Conflict-Cooperation Scale for WEIS Events Data, Journal of Conflict Resolution 36(2).",
    url: "https://www.gdeltproject.org",
  },
  files: [EVENTS, LABELS, GOLDSTEIN],
  extract: { [EVENTS]: (l) => l.includes("\tJPN") },
  async run(dir, sink) {
    const columns: string[] = [];
    for await (const r of rows(sink, dir, LABELS)) columns.push(r.get("tableId"));
    const col = new Map(columns.map((c, i) => [c, i]));
    const scale = new Map<string, number>();
    for await (const r of rows(sink, dir, GOLDSTEIN, { delimiter: "\t" })) scale.set(r.get("CAMEOEVENTCODE"), Number(r.get("GOLDSTEINSCALE")));
    const get = (f: string[], name: string) => f[col.get(name)!] ?? "";
    const sums = new Map<string, { total: number; n: number; lines: number[] }>();
    for await (const { line, fields } of tsvLines(sink, dir, EVENTS)) {
      // The historical backfile has no SOURCEURL: 57 fields; the daily exports have 58.
      if (fields.length !== columns.length && fields.length !== columns.length - 1) { sink.skip(EVENTS, line, `${fields.length} fields, expected ${columns.length - 1} or ${columns.length}`); continue; }
      const [a, b] = [get(fields, "Actor1CountryCode"), get(fields, "Actor2CountryCode")];
      if (a !== "JPN" && b !== "JPN") continue;
      const other = a === "JPN" ? b : a;
      if (other === "") { sink.skip(EVENTS, line, "no partner state: the other actor has no country code"); continue; }
      if (other === "JPN") { sink.skip(EVENTS, line, "no partner state: both actors are Japanese"); continue; }
      const d = get(fields, "SQLDATE");
      const day = dayFrom(d.slice(0, 4), d.slice(4, 6), d.slice(6, 8));
      if (typeof day !== "string") { sink.skip(EVENTS, line, `SQLDATE ${d}: ${day.error}`); continue; }
      const code = get(fields, "EventCode");
      if (!scale.has(code)) { sink.skip(EVENTS, line, `CAMEO event code "${code}" is not in ${GOLDSTEIN}`); continue; }
      const partner = resolveState(sink, undefined, other, undefined);
      if (!partner) { sink.skip(EVENTS, line, `no partner state: country code "${other}" is not a state in the knowledge base`); continue; }
      const given = get(fields, "GoldsteinScale");
      const score = given === "" ? scale.get(code)! : Number(given);
      const key = `${partner}|${day.slice(0, 4)}`;
      const s = sums.get(key) ?? { total: 0, n: 0, lines: [] };
      sums.set(key, { total: s.total + score, n: s.n + 1, lines: [...s.lines, line] });
      sink.took();
    }
    for (const [key, s] of sums) {
      const [partner, y] = key.split("|") as [string, string];
      sink.series("japan", partner, "gdelt-goldstein", Number(y), s.total / s.n, `${EVENTS} lines ${s.lines.join(", ")}`);
    }
  },
};
