// A locator must lead a reader to the row a statement came from (issue 16 item 4): the vendored
// extracts in data/vendor keep each row on its original line, so "dyadic_mid_4.02.csv line 146"
// names the same row in the extract and in the publisher's file under ../shared/data.
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, expect, it } from "vitest";
import { COW_ALWAYS, COW_SUCCESSIONS } from "../../src/datasets/concordance.js";
import { IMPORTERS } from "../../src/datasets/registry.js";
import { importInto, vendorDir } from "../../src/datasets/run.js";
import { buildDatabase } from "../../src/kb/build.js";
import { FIXTURE_SHARED, GOOD, ROOT } from "../helpers.js";
import { describeWithShared } from "../shared.js";

/** How many statements of each dataset are checked (spread evenly over its statements in id order). */
const SAMPLE = 25;

/** Files whose rows carry a statement's years only as column names (DIPCON: one column per snapshot year). */
const YEARS_AS_COLUMNS = new Set(["DIPCON_3.0_Dyads.csv.gz"]);
/** Files that are one snapshot: the statement's time is the snapshot's, not a value of the row. */
const SNAPSHOTS = new Set(["japan_missions_subset.csv"]);

interface Stmt { id: string; subject: string; object: string | null; p: string; time: string | null; value: string | null; locator: string; dataset: string }
interface Party { codes: string[]; names: string[] }

/** Every "file line N" or "file lines N–M" (or "lines N, M") a locator names. */
function places(locator: string): { file: string; lines: number[] }[] {
  return locator.split(";").map((part) => {
    const m = /^\s*(\S+) lines? ([\d,\s–-]+)$/.exec(part);
    if (!m) throw new Error(`locator "${locator}" names no file and line`);
    return { file: m[1]!, lines: m[2]!.split(/[–,-]/).map((n) => Number(n.trim())) };
  });
}

const cache = new Map<string, string[]>();
/** The lines of a file of the original dataset (gzipped or not). */
function original(shared: string, dataset: string, file: string): string[] {
  const plain = file.replace(/\.gz$/, "");
  const path = [join(shared, "data", dataset, file), join(shared, "data", dataset, `${plain}.gz`), join(shared, "data", dataset, plain)].find(existsSync);
  if (!path) throw new Error(`no ${file} in ../shared/data/${dataset}`);
  let lines = cache.get(path);
  if (!lines) cache.set(path, (lines = (path.endsWith(".gz") ? gunzipSync(readFileSync(path)) : readFileSync(path)).toString("utf8").split("\n").map((l) => l.replace(/\r$/, ""))));
  return lines;
}

/** The values of one line, as its file's reader splits them. */
function fields(file: string, text: string): string[] {
  if (file.endsWith(".tsv") || file.endsWith(".txt")) return text.split("\t");
  const delimiter = file === "japan_missions_subset.csv" ? ";" : ",";
  return (parse(text, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? [];
}

const holdsYear = (row: string[], year: string) => row.some((f) => f.trim().startsWith(year));
const names = (row: string[], p: Party) => row.some((f) => p.codes.includes(f.trim()) || p.names.includes(f.trim().toLowerCase()));

/** The COW codes under which the data name a state gaiko keeps apart (the Republic of China before 1949 is COW's 710). */
const successorCodes = new Map<string, string[]>();
for (const [code, spans] of Object.entries(COW_SUCCESSIONS)) for (const [, id] of spans) successorCodes.set(id, [...(successorCodes.get(id) ?? []), code]);
for (const [code, id] of Object.entries(COW_ALWAYS)) successorCodes.set(id, [...(successorCodes.get(id) ?? []), code]);
/** Years where a span of a COW code is split because gaiko's state changes (1917 Russia, 1949 China…). */
const BOUNDARY_YEARS = new Set(Object.values(COW_SUCCESSIONS).flatMap((spans) => spans.map(([before]) => before.slice(0, 4))));

describeWithShared("locators of imported statements lead to the row they came from", (shared) => {
  let db: Database.Database;
  let sample: Stmt[] = [];
  let party: (id: string) => Party | undefined;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "gaiko-locators-")), "kb.db");
    buildDatabase(GOOD, file, { sharedDir: FIXTURE_SHARED });
    db = new Database(file);
    // Every vendored extract that yields statements (the others give yearly series or roll calls only).
    const SERIES_ONLY = new Set(["unvotes", "igo", "nmc", "sipri-milex", "idealpoints", "trade", "cameo"]);
    for (const imp of IMPORTERS) if (!SERIES_ONLY.has(imp.name) && existsSync(vendorDir(join(ROOT, "data"), imp))) await importInto(db, imp, vendorDir(join(ROOT, "data"), imp));
    const all = db
      .prepare(`SELECT s.id, s.subject, s.object, s.p, s.time, s.value, ss.locator, e.json_dataset AS dataset FROM statements s
        JOIN statement_sources ss ON ss.statement_id = s.id
        JOIN (SELECT id, json_extract(body, '$.dataset') AS json_dataset FROM entities WHERE kind = 'source' AND id LIKE 'import-%') e ON e.id = ss.source_id
        ORDER BY e.id, s.id, ss.locator`)
      .all() as Stmt[];
    // Sampled per file, so that each file of each dataset is checked.
    const byFile = new Map<string, Stmt[]>();
    for (const s of all) byFile.set(s.locator.split(" ")[0]!, [...(byFile.get(s.locator.split(" ")[0]!) ?? []), s]);
    sample = [...byFile.values()].flatMap((list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / SAMPLE)) === 0).slice(0, SAMPLE));
    const codes = db.prepare("SELECT json_extract(body, '$.cow') AS cow, json_extract(body, '$.iso3') AS iso3, json_extract(body, '$.iso2') AS iso2 FROM entities WHERE id = ? AND kind = 'state'");
    const nameList = db.prepare("SELECT lower(text) AS text FROM names WHERE entity_id = ?");
    const successors = db.prepare("SELECT json_extract(e.body, '$.iso3') AS iso3 FROM statements s JOIN entities e ON e.id = s.subject WHERE s.p = 'successor-of' AND s.object = ?");
    party = (id) => {
      const c = codes.get(id) as { cow: number | null; iso3: string | null; iso2: string | null } | undefined;
      if (!c) return undefined;
      const own = [c.cow === null ? null : String(c.cow), c.iso3, c.iso2].filter((x): x is string => x !== null);
      // GGO writes a state that ended under its successor's ISO code ("RUS" on a Soviet row of 1982).
      const later = (successors.all(id) as { iso3: string | null }[]).map((x) => x.iso3).filter((x): x is string => x !== null);
      return { codes: [...own, ...later, ...(successorCodes.get(id) ?? [])], names: (nameList.all(id) as { text: string }[]).map((n) => n.text) };
    };
  }, 60_000);

  it("samples statements of every dataset with statements", () => {
    const files = new Set(sample.map((s) => s.locator.split(" ")[0]));
    for (const f of ["dyadic_mid_4.02.csv", "cow_war_inter.csv", "parties_GGO.csv.gz", "atop_v5.1_dyad_year.csv.gz", "archigos_4.1_leaders.csv", "cow_states.csv", "tc2014.csv", "DIPCON_3.0_Dyads.csv.gz"]) expect(files).toContain(f);
  });

  it("finds each sampled statement's parties and years on the line its locator names in the original file", () => {
    const wrong: string[] = [];
    for (const s of sample) {
      for (const { file, lines } of places(s.locator)) {
        const text = original(shared, s.dataset, file);
        const rows = lines.map((n) => fields(file, text[n - 1] ?? ""));
        const where = `${s.p} ${s.subject} ${s.object ?? ""} ${s.time ?? ""} [${s.locator}]`;
        if (rows.some((r) => r.join("").trim() === "")) { wrong.push(`${where}: no row on that line`); continue; }
        // The states of the statement (where they have codes or names the data use) are named on each line.
        for (const id of [s.subject, s.object]) {
          const p = id ? party(id) : undefined;
          if (p && p.codes.length && !rows.every((r) => names(r, p))) wrong.push(`${where}: ${id} is not on that line`);
        }
        // Its start year on the first line, its end year on the last (for runs of yearly rows).
        if (!s.time || YEARS_AS_COLUMNS.has(file) || SNAPSHOTS.has(file) || file !== places(s.locator)[0]!.file) continue;
        const [start, end] = s.time.split("/");
        // A span split where gaiko's state changes starts at that boundary, not at a value of the row.
        if (start && /^\d{4}/.test(start) && !BOUNDARY_YEARS.has(start.slice(0, 4)) && !holdsYear(rows[0]!, start.slice(0, 4))) wrong.push(`${where}: ${start.slice(0, 4)} is not on line ${lines[0]}`);
        if (lines.length > 1 && end && /^\d{4}/.test(end) && !holdsYear(rows[rows.length - 1]!, end.slice(0, 4))) wrong.push(`${where}: ${end.slice(0, 4)} is not on line ${lines[lines.length - 1]}`);
      }
    }
    expect(sample.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it("reads a dataset's 'no end yet' (GGO's 9999-12-31) as an open end, never as a day in the year 9999", () => {
    const far = db.prepare("SELECT p, subject, object, time FROM statements WHERE time LIKE '%9999%'").all();
    expect(far).toEqual([]);
    // Japan has been a party to the WHO's constitution since 16 May 1951, with no end (parties_GGO: StateEnd 9999-12-31).
    const who = db.prepare("SELECT s.time FROM statements s WHERE s.p = 'party-to' AND s.subject = 'japan' AND s.object LIKE 'ggo-cnswho-1946a%'").all() as { time: string }[];
    expect(who.map((r) => r.time)).toContain("1951-05-16/..");
  });
});
