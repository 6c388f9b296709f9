import type { Importer, ImportSink } from "../types.js";
import { isMissing } from "../csv.js";
import { rows, runLocator, yearRuns, yearSpan } from "./common.js";
import { stateNamedOrSkip } from "./series.js";

/** Each file's value columns and the series they become (the OWID column labels, verbatim). */
const SERIES: Record<string, [column: string, indicator: string][]> = {
  "un_peacekeeping.csv": [
    ["Number of peacekeeping missions (United Nations Peacekeeping)", "un-peacekeeping-missions"],
    ["Size of total peacekeeping force (United Nations Peacekeeping)", "un-peacekeeping-force"],
    ["Civilian police (peacekeepers) (United Nations Peacekeeping)", "un-peacekeeping-police"],
    ["Military Observers and staff officers (peacekeepers) (United Nations Peacekeeping)", "un-peacekeeping-observers"],
    ["Troops (peacekeepers) (United Nations Peacekeeping)", "un-peacekeeping-troops"],
  ],
  "armed_forces_personnel_wb.csv": [
    ["Armed forces personnel (IISS via World Bank (2017))", "armed-forces-personnel"],
    ["Armed forces personnel (% of total population) (World Bank (2017))", "armed-forces-share-population"],
  ],
  "milex_share_gdp_cow_sipri.csv": [["Military expenditure as a share of GDP (OWID calculated based on NMC, COW & SIPRI (2017))", "milex-share-gdp-long-run"]],
};

const NUCLEAR = "nuclear_weapons_proliferation.csv";
const NUCLEAR_STATUS = ["not considering", "considering", "pursuing", "possessing"];

/**
 * OWID's UN peacekeeping series covers only the whole UN ("World"): its rows are the United Nations'
 * own, so they are kept on the UN organisation rather than reported as an unknown state.
 */
function entityOf(sink: ImportSink, unknown: Set<string>, file: string, line: number, name: string): string | undefined {
  if (file === "un_peacekeeping.csv" && name === "World" && sink.exists("united-nations")) return "united-nations";
  return stateNamedOrSkip(sink, unknown, file, line, name);
}

/**
 * Our World in Data military extracts (CC BY 4.0 plus each source's terms): UN peacekeeping totals,
 * armed forces personnel (IISS via the World Bank), the long-run military burden (COW and SIPRI)
 * as yearly series, and nuclear weapons status (Bleek; NTI) as one attribute per run of years in
 * which a state considered, pursued or possessed nuclear weapons — "not considering" is the default
 * and is not stated. States are matched by name; regions are reported once each.
 */
export const peacekeeping: Importer = {
  name: "peacekeeping",
  provenance: {
    dataset: "owid-military-peacekeeping",
    title: "UN peacekeeping, armed forces, military burden and nuclear weapons status, via Our World in Data",
    publisher: "Our World in Data; United Nations Peacekeeping; World Bank (IISS); Correlates of War and SIPRI; Bleek (2017) and the Nuclear Threat Initiative",
    version: "owid-datasets commit 48c9992 (2024-10-21)",
    licence: "CC BY 4.0 (Our World in Data); the underlying data keep their sources' terms (UN, World Bank CC BY 4.0, SIPRI, COW)",
    citation: "Our World in Data based on United Nations Peacekeeping; World Bank (2017); NMC, COW and SIPRI (2017); Bleek (2017) and Nuclear Threat Initiative (2022).",
    url: "https://github.com/owid/owid-datasets",
  },
  files: [...Object.keys(SERIES), NUCLEAR],
  async run(dir, sink) {
    const unknown = new Set<string>();
    for (const [file, columns] of Object.entries(SERIES)) {
      for await (const r of rows(sink, dir, file)) {
        const entity = entityOf(sink, unknown, file, r.line, r.get("Entity"));
        if (!entity) continue;
        const year = Number(r.get("Year"));
        if (!Number.isInteger(year)) { sink.skip(file, r.line, `year "${r.get("Year")}" is not a year`); continue; }
        const values = columns.filter(([c]) => !isMissing(r.get(c)));
        const bad = values.find(([c]) => !Number.isFinite(Number(r.get(c))));
        if (bad) { sink.skip(file, r.line, `${bad[1]} "${r.get(bad[0])}" is not a number`); continue; }
        for (const [c, indicator] of values) sink.series(entity, null, indicator, year, Number(r.get(c)), `${file} line ${r.line}`);
        if (values.length) sink.took();
      }
    }
    // Years by state and status, with the lines they came from, so that each run becomes one statement.
    const runs = new Map<string, Map<number, number>>();
    for await (const r of rows(sink, dir, NUCLEAR)) {
      const state = stateNamedOrSkip(sink, unknown, NUCLEAR, r.line, r.get("Entity"));
      if (!state) continue;
      const status = NUCLEAR_STATUS[Number(r.get("nuclear_weapons_status"))];
      const year = Number(r.get("Year"));
      if (!status || !/^\d$/.test(r.get("nuclear_weapons_status"))) { sink.skip(NUCLEAR, r.line, `nuclear_weapons_status "${r.get("nuclear_weapons_status")}" is not 0–3`); continue; }
      if (!Number.isInteger(year)) { sink.skip(NUCLEAR, r.line, `year "${r.get("Year")}" is not a year`); continue; }
      sink.took();
      if (status === NUCLEAR_STATUS[0]) continue;
      const key = `${state}|${status}`;
      if (!runs.has(key)) runs.set(key, new Map());
      runs.get(key)!.set(year, r.line);
    }
    for (const [key, years] of runs) {
      const [state, status] = key.split("|") as [string, string];
      for (const [y0, y1] of yearRuns([...years.keys()])) {
        sink.statement({ p: "attribute", subject: state, role: "nuclear weapons status (Bleek; NTI)", value: status, time: yearSpan(y0, y1), locator: runLocator(NUCLEAR, years.get(y0)!, years.get(y1)!) });
      }
    }
  },
};
