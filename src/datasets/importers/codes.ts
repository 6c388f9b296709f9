import type { Importer } from "../types.js";
import { isMissing } from "../csv.js";
import { rows } from "./common.js";
import { resolveState } from "./series.js";

/** The concordance columns kept, with the name each code goes by. */
const CODES = [["fips", "FIPS 10-4 code (GDELT)"], ["gwn", "Gleditsch–Ward number"], ["un", "UN M49 code"], ["imf", "IMF code"], ["cldr.name.ja", "Japanese name (CLDR)"]] as const;

/**
 * The countrycode concordance (GPL-3 package data; CLDR names under the Unicode licence): for each
 * state matched by ISO alpha-3 or COW number, the codes other datasets use (FIPS for GDELT, G&W,
 * M49, IMF) and its CLDR Japanese name, as attributes. Namibia's ISO code "NA" is a code, not a gap.
 */
export const codes: Importer = {
  name: "countrycode",
  provenance: {
    dataset: "country-codes-countrycode",
    title: "countrycode code concordance (R package countrycode v1.8.0, codelist)",
    publisher: "Vincent Arel-Bundock et al. (R package countrycode)",
    version: "1.8.0",
    licence: "GPL-3 (package data); CLDR names under the Unicode licence",
    citation: "Arel-Bundock, Vincent, Nils Enevoldsen and CJ Yetman (2018), countrycode: An R package to convert country names and country codes, Journal of Open Source Software 3(28): 848.",
  },
  files: ["codelist.csv"],
  // GPL data: only Japan's row is vendored; `--from` reads the whole concordance.
  extract: { "codelist.csv": (l) => /,JPN,/.test(l) },
  async run(dir, sink) {
    const file = "codelist.csv";
    for await (const r of rows(sink, dir, file)) {
      const iso3 = r.get("iso3c");
      const cow = r.get("cown");
      if (isMissing(iso3) && isMissing(cow)) { sink.skip(file, r.line, `no ISO or COW code for "${r.get("country.name.en")}"`); continue; }
      const state = resolveState(sink, isMissing(cow) ? undefined : cow, isMissing(iso3) ? undefined : iso3, undefined);
      if (!state) { sink.skip(file, r.line, `no state for ${iso3} / COW ${cow} (${r.get("country.name.en")})`); continue; }
      for (const [col, role] of CODES) {
        const v = r.get(col);
        if (!isMissing(v) || (col === "fips" && v === "NA")) sink.statement({ p: "attribute", subject: state, role, value: v.replace(/\.0$/, ""), locator: `${file} line ${r.line}` });
      }
      sink.took();
    }
  },
};
