import type { Importer, ImportSink } from "../types.js";
import { isMissing } from "../csv.js";
import { JAPAN_COW, rows } from "./common.js";

const COW_LICENCE = "free for use with citation";

/**
 * A state for a COW code, else for an ISO alpha-3 code, else for an exact English name or alias.
 *
 * @example resolveState(sink, undefined, undefined, "Japan") // "japan"
 */
export function resolveState(sink: ImportSink, cow: string | undefined, iso3: string | undefined, name: string | undefined, year?: string): string | undefined {
  if (cow && !isMissing(cow)) {
    const s = sink.stateOfCow(cow, year);
    if (s) return s;
  }
  const cache = lookups.get(sink) ?? new Map<string, string | undefined>();
  lookups.set(sink, cache);
  // Large files name the same few hundred states again and again: each look-up is made once per import.
  const cached = (key: string, find: () => string | undefined) => {
    if (!cache.has(key)) cache.set(key, find());
    return cache.get(key);
  };
  if (iso3) {
    const s = cached(`iso3:${iso3}`, () => stateIndex(sink).iso3.get(iso3));
    if (s) return s;
  }
  if (name) {
    const s = cached(`name:${name.toLowerCase()}`, () => stateNamed(sink, name));
    if (s) return s;
  }
  return undefined;
}

const lookups = new WeakMap<ImportSink, Map<string, string | undefined>>();

/**
 * The state with this name or alias, compared as SQLite's NOCASE does (ASCII letters folded only), the
 * first state in stored order when several share it.
 *
 * @example stateNamed(sink, "JAPAN") // "japan"
 */
export function stateNamed(sink: Pick<ImportSink, "lookup">, name: string): string | undefined {
  return stateIndex(sink).names.get(foldAscii(name));
}

/** SQLite's NOCASE: A–Z folded to a–z, every other character kept. */
const foldAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

interface StateIndex {
  /** The largest rowid of entities and of names when read: a larger one means rows were added since. */
  version: string;
  iso3: Map<string, string>;
  names: Map<string, string>;
}

const indexes = new WeakMap<Pick<ImportSink, "lookup">, StateIndex>();

/**
 * Every stored state's ISO alpha-3 code and names, read in one pass and read again only when an entity or
 * a name was stored since. It answers as the per-code queries it replaces did (the first state in rowid
 * order, the order their plan read states in: by the entities_kind index), which scanned every state's
 * body once per code: 405 codes cost about 2 s of a full build. A state's own name comes before another
 * state's alias ("Germany" is Germany's name and an alias of the German Empire, filed before it).
 */
function stateIndex(sink: Pick<ImportSink, "lookup">): StateIndex {
  const v = sink.lookup<{ e: number | null; n: number | null }>("SELECT (SELECT max(rowid) FROM entities) AS e, (SELECT max(rowid) FROM names) AS n")[0];
  const version = `${v?.e ?? 0}/${v?.n ?? 0}`;
  let ix = indexes.get(sink);
  if (ix?.version === version) return ix;
  ix = { version, iso3: new Map(), names: new Map() };
  for (const r of sink.lookup<{ id: string; iso3: unknown }>("SELECT id, json_extract(body, '$.iso3') AS iso3 FROM entities WHERE kind = 'state' ORDER BY rowid")) {
    if (typeof r.iso3 === "string" && !ix.iso3.has(r.iso3)) ix.iso3.set(r.iso3, r.id);
  }
  for (const r of sink.lookup<{ id: string; text: string }>("SELECT n.entity_id AS id, n.text AS text FROM entities e JOIN names n ON n.entity_id = e.id WHERE e.kind = 'state' ORDER BY n.primary_name DESC, e.rowid")) {
    const key = foldAscii(r.text);
    if (!ix.names.has(key)) ix.names.set(key, r.id);
  }
  indexes.set(sink, ix);
  return ix;
}

/**
 * The state an OWID-style `Entity` name stands for, or undefined after reporting the name as skipped:
 * regions and aggregates ("World", "Africa") are not states, and each unknown name is reported once
 * (in `unknown`) so that a region's hundred yearly rows make one issue, not a hundred.
 */
export function stateNamedOrSkip(sink: ImportSink, unknown: Set<string>, file: string, line: number, name: string): string | undefined {
  const state = resolveState(sink, undefined, undefined, name);
  if (!state && !unknown.has(name)) sink.skip(file, line, `"${name}" is not a state in the knowledge base (region or unmatched name)`);
  if (!state) unknown.add(name);
  return state;
}

/** COW shared IGO memberships: for Japan and every partner, how many IGOs both belonged to each year. */
export const igo: Importer = {
  name: "igo",
  provenance: {
    dataset: "cow-capabilities-trade-igo",
    title: "COW Intergovernmental Organizations v3, shared memberships by dyad-year",
    publisher: "Correlates of War Project",
    version: "IGO 3.0",
    licence: COW_LICENCE,
    citation: "Pevehouse, Jon C.W., Timothy Nordstron, Roseanne W McManus and Anne Spencer Jamison (2020), Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets, Journal of Peace Research 57(3): 492-503.",
  },
  files: ["cow_igo_ndy.csv.gz"],
  extract: { "cow_igo_ndy.csv.gz": (l) => { const [a, b] = l.split(","); return a === "740" || b === "740"; } },
  async run(dir, sink) {
    const file = "cow_igo_ndy.csv.gz";
    for await (const r of rows(sink, dir, file)) {
      const [a, b] = [r.get("ccode1"), r.get("ccode2")];
      if (a !== JAPAN_COW && b !== JAPAN_COW) continue;
      const other = sink.stateOfCow(a === JAPAN_COW ? b : a, r.get("year"));
      if (!other) { sink.skip(file, r.line, `COW code "${a === JAPAN_COW ? b : a}" is not in the concordance`); continue; }
      const n = Number(r.get("dyadigos"));
      const year = Number(r.get("year"));
      if (!Number.isFinite(n) || n < 0 || !Number.isInteger(year)) { sink.skip(file, r.line, `dyadigos "${r.get("dyadigos")}" or year "${r.get("year")}" is not a count`); continue; }
      sink.series("japan", other, "shared-igos", year, n, `${file} line ${r.line}`);
      sink.took();
    }
  },
};

const NMC = [["milex", "military expenditure (thousands of US$)"], ["milper", "military personnel (thousands)"], ["cinc", "composite index of national capability"], ["tpop", "total population (thousands)"]] as const;

/** COW National Material Capabilities: military spending, personnel, population and CINC by state-year. */
export const nmc: Importer = {
  name: "nmc",
  provenance: {
    dataset: "cow-capabilities-trade-igo",
    title: "COW National Material Capabilities v7.0",
    publisher: "Correlates of War Project",
    version: "7.0",
    licence: COW_LICENCE,
    citation: "Singer, J. David, Stuart Bremer and John Stuckey (1972), Capability Distribution, Uncertainty, and Major Power War, 1820-1965, in Bruce Russett (ed.), Peace, War, and Numbers; NMC v7.0 (2021).",
  },
  files: ["cow_nmc.csv"],
  extract: { "cow_nmc.csv": (l) => l.startsWith("740,") },
  async run(dir, sink) {
    const file = "cow_nmc.csv";
    for await (const r of rows(sink, dir, file)) {
      const state = sink.stateOfCow(r.get("ccode"), r.get("year"));
      if (!state) { sink.skip(file, r.line, `COW code "${r.get("ccode")}" is not in the concordance`); continue; }
      const year = Number(r.get("year"));
      for (const [col] of NMC) {
        const v = r.get(col);
        if (isMissing(v)) continue;
        sink.series(state, null, `nmc-${col}`, year, Number(v), `${file} line ${r.line}`);
      }
      sink.took();
    }
  },
};

/** SIPRI military expenditure via Our World in Data (CC BY 4.0): constant US$ and share of GDP. */
export const milex: Importer = {
  name: "sipri-milex",
  provenance: {
    dataset: "owid-military-peacekeeping",
    title: "Military expenditure (SIPRI), via Our World in Data",
    publisher: "Stockholm International Peace Research Institute; Our World in Data",
    version: "OWID grapher export",
    licence: "CC BY 4.0 (Our World in Data); SIPRI terms apply to the underlying data",
    citation: "SIPRI Military Expenditure Database, processed by Our World in Data.",
    url: "https://ourworldindata.org/military-spending",
  },
  files: ["sipri_milex.csv"],
  async run(dir, sink) {
    const file = "sipri_milex.csv";
    const unknown = new Set<string>();
    for await (const r of rows(sink, dir, file)) {
      const state = stateNamedOrSkip(sink, unknown, file, r.line, r.get("Entity"));
      if (!state) continue;
      const year = Number(r.get("Year"));
      for (const col of ["military_expenditure", "military_expenditure_share_gdp"]) {
        const v = r.get(col);
        if (!isMissing(v)) sink.series(state, null, `sipri-${col.replace(/_/g, "-")}`, year, Number(v), `${file} line ${r.line}`);
      }
      sink.took();
    }
  },
};

/** UN General Assembly ideal points (Bailey, Strezhnev and Voeten; CC0): each state's position by year. */
export const idealpoints: Importer = {
  name: "idealpoints",
  provenance: {
    dataset: "unga-idealpoints-2025",
    title: "United Nations General Assembly Voting Data: ideal points (July 2025 release)",
    publisher: "Erik Voeten, Anton Strezhnev and Michael Bailey (Harvard Dataverse)",
    version: "July 2025",
    licence: "CC0 1.0",
    citation: "Bailey, Michael A., Anton Strezhnev and Erik Voeten (2017), Estimating Dynamic State Preferences from United Nations Voting Data, Journal of Conflict Resolution 61(2): 430-456.",
  },
  files: ["IdealpointsJuly2025.csv.gz"],
  async run(dir, sink) {
    const file = "IdealpointsJuly2025.csv.gz";
    for await (const r of rows(sink, dir, file)) {
      const state = resolveState(sink, r.get("ccode"), r.get("iso3c"), r.get("countryname"), r.get("year"));
      if (!state) { sink.skip(file, r.line, `no state for COW ${r.get("ccode")} / ${r.get("iso3c")} (${r.get("countryname")})`); continue; }
      const v = r.get("idealpointall");
      if (isMissing(v)) { sink.skip(file, r.line, "idealpointall is missing"); continue; }
      sink.series(state, null, "unga-idealpoint", Number(r.get("year")), Number(v), `${file} line ${r.line}`);
      sink.took();
    }
  },
};
