import Database from "better-sqlite3";
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { buildDatabase } from "../kb/build.js";
import { readCsv, dayFrom } from "./csv.js";
import { atop } from "./importers/atop.js";
import { cowStates } from "./importers/cow-states.js";
import { treaties, messyDate } from "./importers/treaties.js";
import { unvotes } from "./importers/unvotes.js";
import { dipcon } from "./importers/dipcon.js";
import { conflict } from "./importers/conflict.js";
import { territorial } from "./importers/territorial.js";
import { idealpoints, igo, milex, nmc } from "./importers/series.js";
import { embassies } from "./importers/embassies.js";
import { archigos, matchCurated, type CuratedTerm } from "./importers/leaders.js";
import { isd } from "./importers/states.js";
import { colonial, yearMonth } from "./importers/colonial.js";
import { icowClaims } from "./importers/claims.js";
import { peacekeeping } from "./importers/peacekeeping.js";
import { trade } from "./importers/trade.js";
import { desta } from "./importers/desta.js";
import { cameo } from "./importers/cameo.js";
import { statementId } from "../kb/statements.js";
import { computeLedger } from "./ledger.js";
import { codes } from "./importers/codes.js";
import { CowConcordance, splitBySuccession } from "./concordance.js";
import { importInto, runImport } from "./run.js";
import type { Importer } from "./types.js";

const DATASETS = join(FIXTURES, "datasets");
let db: Database.Database;
let dbFile: string;

beforeEach(() => {
  dbFile = join(mkdtempSync(join(tmpdir(), "gaiko-import-")), "kb.db");
  buildDatabase(GOOD, dbFile, { sharedDir: FIXTURE_SHARED });
  db = new Database(dbFile);
});

const statements = (sql: string, ...p: unknown[]) => db.prepare(`SELECT subject, p, object, role, time FROM statements WHERE ${sql} ORDER BY subject, object, time, role`).all(...p);

describe("cow-state-system importer", () => {
  it("takes good rows, creates missing historical states, and reports bad rows with file and line", async () => {
    const r = await importInto(db, cowStates, join(DATASETS, "cow-state-system"));
    expect(r.issues).toEqual([
      { file: "cow_states.csv", line: 6, reason: "3 columns, expected 10" },
      { file: "cow_states.csv", line: 7, reason: "1972-06-31 is not a calendar date" },
      { file: "cow_contdir.csv", line: 3, reason: 'contiguity type "9" is not 1–5' },
      { file: "cow_capitals.csv", line: 4, reason: 'COW code "999" is not in the concordance' },
    ]);
    expect([r.read, r.taken, r.skipped]).toEqual([12, 7, 4]);
    expect(statements("role = 'capital (COW)'").map((s) => [(s as { subject: string }).subject, (s as { time: string }).time])).toEqual([["japan", "1816-01-01/1869-04-04"], ["japan", "1869-04-05/.."]]);
    expect(db.prepare("SELECT kind, type, name_en FROM entities WHERE id = 'baden'").get()).toEqual({ kind: "state", type: "historical", name_en: "Baden" });
    expect(statements("p = 'system-member' AND subject = 'japan'")).toEqual([
      { subject: "japan", p: "system-member", object: null, role: null, time: "1860-01-01/1945-08-14" },
      { subject: "japan", p: "system-member", object: null, role: null, time: "1952-04-28/.." },
    ]);
    expect(statements("p = 'exists' AND subject = 'baden'")).toHaveLength(1);
    // COW's "China" is the Republic of China (id taiwan) until 1949-10-01 and the PRC after.
    expect(statements("p = 'contiguous'")).toEqual([
      { subject: "japan", p: "contiguous", object: "china", role: "water up to 150 miles", time: "1949-10/.." },
      { subject: "japan", p: "contiguous", object: "taiwan", role: "water up to 150 miles", time: "1946-01/1949-10" },
    ]);
    expect(db.prepare("SELECT rows_read, rows_taken, rows_skipped FROM import_log WHERE dataset = 'cow-state-system'").get()).toEqual({ rows_read: 12, rows_taken: 7, rows_skipped: 4 });
  });

  it("replaces its own earlier output when run again, and cites the file and line", async () => {
    await importInto(db, cowStates, join(DATASETS, "cow-state-system"));
    await importInto(db, cowStates, join(DATASETS, "cow-state-system"));
    expect(statements("p = 'system-member' AND subject = 'japan'")).toHaveLength(2);
    expect(db.prepare("SELECT locator FROM statement_sources WHERE source_id = 'import-cow-state-system' ORDER BY locator LIMIT 1").get()).toEqual({ locator: "cow_capitals.csv line 2" });
  });
});

describe("atop importer", () => {
  it("records who owes what to whom: the US defence obligation to Japan from 1951", async () => {
    const r = await importInto(db, atop, join(DATASETS, "alliances-atop"));
    expect(statements("p = 'obligation' AND subject = 'united-states' AND role = 'defense'")).toEqual([
      { subject: "united-states", p: "obligation", object: "japan", role: "defense", time: "1951/1952" },
      { subject: "united-states", p: "obligation", object: "japan", role: "defense", time: "2018/.." },
    ]);
    expect(statements("p = 'obligation' AND subject = 'japan'").map((s) => (s as { role: string }).role).sort()).toEqual(["consultation", "nonaggression"]);
    expect(r.issues).toEqual([
      { file: "atop_v5.1_dyad_year.csv.gz", line: 7, reason: 'COW code "999" is not in the concordance' },
      { file: "atop_v5.1_dyad_year.csv.gz", line: 9, reason: "5 columns, expected 8" },
    ]);
  });

  it("puts a dataset that disagrees with curated data in the ledger, keeping both", async () => {
    await importInto(db, atop, join(DATASETS, "alliances-atop"));
    expect(computeLedger(db)).toBe(2);
    const l = db.prepare("SELECT topic, subject, object, a_value, b_value FROM ledger ORDER BY a_value").all();
    expect(l).toEqual([
      { topic: "alliance", subject: "united-states", object: "japan", a_value: "1951/1952", b_value: "1952-04-28/.." },
      { topic: "alliance", subject: "united-states", object: "japan", a_value: "2018/..", b_value: "1952-04-28/.." },
    ]);
    expect(db.prepare("SELECT count(*) n FROM statements WHERE p IN ('alliance', 'obligation') AND subject = 'united-states'").get()).toEqual({ n: 5 });
  });
});

describe("treaties importer", () => {
  it("keeps Japan's own signature, ratification and entry-into-force dates", async () => {
    const r = await importInto(db, treaties, join(DATASETS, "treaties-globalgov"));
    expect(statements("subject = 'japan' AND object = 'ggo-trtyas-1920a'")).toEqual([
      { subject: "japan", p: "signatory-of", object: "ggo-trtyas-1920a", role: null, time: "1920-02-09" },
      { subject: "japan", p: "party-to", object: "ggo-trtyas-1920a", role: null, time: "1925-08-14/" },
    ]);
    expect(r.issues.map((i) => [i.line, i.reason]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [4, '"1972-06-31?": 1972-06-31 is not a calendar date'],
      [5, "3 columns, expected 14"],
    ]);
  });

  it("ends a treaty's force at GGO's termination date, and keeps it open where GGO codes no end", async () => {
    await importInto(db, treaties, join(DATASETS, "treaties-globalgov"));
    const inForce = statements("p = 'in-force' AND subject LIKE 'ggo-jpn-usa-%'").map((s) => [(s as { subject: string }).subject, (s as { time: string }).time]);
    expect(inForce).toEqual([
      ["ggo-jpn-usa-1958o", "1958-02-04/.."],
      ["ggo-jpn-usa-1972a", "1972-04-26/1973-02-28"],
    ]);
  });

  it.each([
    ["1951-09-08", "1951-09-08"],
    ["1980-09-01?", "1980-09-01?"],
    ["2011-01-01~", "2011-01-01~"],
    ["", undefined],
    ["NA", undefined],
  ])("reads the messy date %j as %j", (v, want) => expect(messyDate(v)).toEqual(want));
});

describe("CSV reading", () => {
  it("keeps the literal code NA (Namibia) as text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaiko-csv-"));
    writeFileSync(join(dir, "x.csv"), "country,code\nNamibia,NA\nJapan,JP\n");
    const got: string[] = [];
    for await (const r of readCsv(join(dir, "x.csv"), () => {})) got.push(r.get("code"));
    expect(got).toEqual(["NA", "JP"]);
  });

  it.each([
    [["1972", "6", "31"], { error: "1972-06-31 is not a calendar date" }],
    [["1900", "2", "29"], { error: "1900-02-29 is not a calendar date" }],
    [["2000", "2", "29"], "2000-02-29"],
    [["x", "1", "1"], { error: 'year "x" is not a year' }],
  ])("builds a day from %j", (ymd, want) => expect(dayFrom(...(ymd as [string, string, string]))).toEqual(want));
});

describe("runImport", () => {
  it("leaves the previous database intact when an import fails midway, with no temporary file", async () => {
    db.close();
    const before = statSync(dbFile).mtimeMs;
    const failing: Importer = {
      ...cowStates,
      async run(dir, sink) {
        sink.statement({ p: "system-member", subject: "japan", time: "1860/..", locator: "x line 2" });
        throw new Error("simulated crash");
      },
    };
    await expect(runImport(dbFile, failing, join(DATASETS, "cow-state-system"))).rejects.toThrow("simulated crash");
    expect(statSync(dbFile).mtimeMs).toBe(before);
    expect(readdirSync(join(dbFile, "..")).filter((f) => f.includes("tmp"))).toEqual([]);
    db = new Database(dbFile);
    expect(db.prepare("SELECT count(*) n FROM statements WHERE p = 'system-member'").get()).toEqual({ n: 0 });
  });

  it("writes a successful import into the database", async () => {
    db.close();
    // The fixture breaks one row in eight on purpose: more than the 5 % a real import may reject.
    const r = await runImport(dbFile, atop, join(DATASETS, "alliances-atop"), undefined, { maxRejected: 0.2 });
    expect(r.statements).toBeGreaterThan(0);
    db = new Database(dbFile);
    expect(db.prepare("SELECT count(*) n FROM statements WHERE p = 'obligation'").get()).toEqual({ n: r.statements });
    expect(existsSync(`${dbFile}.${process.pid}.import.tmp`)).toBe(false);
  });
});

describe("a missing or unreadable input", () => {
  it("fails with the file's error instead of hanging", async () => {
    await expect(importInto(db, atop, join(DATASETS, "no-such-folder"))).rejects.toThrow(/ENOENT/);
  });
});

describe("unvotes importer", () => {
  it("packs votes per roll call, keeps Namibia's code NA, and reports unknown codes and votes once", async () => {
    const r = await importInto(db, unvotes, join(DATASETS, "unvotes"));
    expect(r.issues).toEqual([
      { file: "issues.csv", line: 4, reason: 'unknown roll call "9" or issue "xx"' },
      { file: "unvotes.csv.gz", line: 13, reason: 'no state for code "ZZ" (Atlantis)' },
      { file: "unvotes.csv.gz", line: 14, reason: 'vote "maybe" is not yes, abstain or no' },
    ]);
    const states = db.prepare("SELECT state_id FROM vote_states ORDER BY idx").all().map((s) => (s as { state_id: string }).state_id);
    // The Soviet Union's votes are coded RU, like Russia's: by date they go to the USSR.
    expect(states).toEqual(["japan", "united-states", "china", "namibia", "ussr"]);
    const calls = db.prepare("SELECT rcid, year, important, issues, votes FROM rollcalls ORDER BY rcid").all() as { rcid: number; year: number; important: number; issues: number; votes: Buffer }[];
    expect(calls.map((c) => [c.rcid, c.year, c.important, c.issues, [...c.votes]])).toEqual([
      // A blob is as long as the state index when it was written; beyond its end means absent.
      [1, 1980, 0, 1, [1, 1, 3, 1]],
      [2, 1980, 0, 0, [2, 3, 1, 1]],
      [3, 1981, 1, 8, [3, 3, 2, 0, 1]],
    ]);
  });
});

describe("the COW concordance over time", () => {
  // No curated line here: only the tables of boundaries the data do not express.
  const today: Record<string, string> = { "365": "russia", "710": "china", "2": "united-states" };
  const all = new CowConcordance(new Map(), () => true, (c) => today[c]);
  it.each([
    ["710", "1900", "qing"],
    ["710", "1937", "taiwan"],
    ["710", "1950", "china"],
    ["365", "1905", "russian-empire"],
    ["365", "1945", "ussr"],
    ["365", "1995", "russia"],
    ["730", "1890", "joseon"],
    ["730", "1905", "korean-empire"],
    ["300", undefined, "austria-hungary"],
  ])("reads COW %s in %s as %s", (code, when, id) => {
    expect(all.stateOn(code, when)).toBe(id);
  });

  it("splits a span where gaiko's state changes, and drops pieces whose state is missing", () => {
    expect(splitBySuccession("365", "1900-01", "..", all)).toEqual([
      ["russian-empire", "1900-01", "1917-11-07"], ["russia", "1917-11-07", "1922-12-30"], ["ussr", "1922-12-30", "1991-12-26"], ["russia", "1991-12-26", ".."],
    ]);
    expect(splitBySuccession("710", "1946-01", "1948-01", new CowConcordance(new Map(), (id) => id !== "taiwan", (c) => today[c]))).toEqual([]);
    expect(splitBySuccession("2", "1946-01", "..", all)).toEqual([["united-states", "1946-01", ".."]]);
  });
});

describe("the other importers on small fixtures with broken rows", () => {
  const run = (imp: Importer, folder: string) => importInto(db, imp, join(DATASETS, folder));

  it("dipcon: representation in both directions, the USSR before 1991 and Russia after, a bad value reported", async () => {
    const r = await run(dipcon, "diplomatic-representation-dipcon");
    expect(r.issues).toEqual([{ file: "DIPCON_3.0_Dyads.csv.gz", line: 4, reason: 'dipcon2010 is "x", expected 0, 1 or empty' }]);
    expect(statements("p = 'representation'")).toEqual([
      { subject: "japan", p: "representation", object: "china", role: null, time: "1975/2010" },
      { subject: "japan", p: "representation", object: "russia", role: null, time: "1995/2010" },
      { subject: "japan", p: "representation", object: "ussr", role: null, time: "1970/1990" },
    ]);
    expect(db.prepare("SELECT value FROM series WHERE entity_id = 'japan' AND partner_id = 'china' AND year = 1970").get()).toEqual({ value: 0 });
  });

  it("conflict: Japan's wars by year and one event per militarized dispute; a bad date skipped", async () => {
    const r = await run(conflict, "conflict-mids-wars-rivalries");
    expect(statements("p = 'at-war' AND origin = 'dataset:conflict'").map((s) => [(s as { object: string }).object, (s as { time: string }).time])).toEqual([["china", "1894/1895"], ["united-states", "1941/1942"]]);
    expect(db.prepare("SELECT name_en FROM entities WHERE id = 'mid-13-japan-united-states'").get()).toEqual({ name_en: "Militarized dispute 13: Japan and United States" });
    expect(r.issues.map((i) => i.reason)).toEqual(["start: 1972-06-31 is not a calendar date"]);
  });

  it("territorial-change: an event with gainer and loser; a malformed year reported", async () => {
    const r = await run(territorial, "cow-territorial-change");
    expect(statements("subject = 'territorial-change-354' AND p = 'participant'").map((s) => [(s as { object: string }).object, (s as { role: string }).role])).toEqual([["china", "loser"], ["japan", "gainer"]]);
    expect(statements("subject = 'territorial-change-354' AND p = 'occurred'")).toEqual([{ subject: "territorial-change-354", p: "occurred", object: null, role: null, time: "1895-04" }]);
    expect(r.issues).toEqual([{ file: "tc2014.csv", line: 4, reason: 'year "18x5" is not a year' }]);
  });

  it("igo and nmc: yearly series for Japan and its partners; unknown codes reported", async () => {
    const i = await run(igo, "cow-capabilities-trade-igo");
    expect(db.prepare("SELECT partner_id, year, value FROM series WHERE indicator = 'shared-igos' ORDER BY partner_id, year").all()).toEqual([
      { partner_id: "china", year: 1980, value: 25 },
      { partner_id: "united-states", year: 1960, value: 40 },
      { partner_id: "united-states", year: 1960, value: 40 },
    ]);
    expect(i.issues.map((x) => x.reason)).toEqual(['COW code "999" is not in the concordance']);
    const n = await run(nmc, "cow-capabilities-trade-igo");
    expect(db.prepare("SELECT value FROM series WHERE entity_id = 'japan' AND indicator = 'nmc-milex' AND year = 1990").get()).toEqual({ value: 28732000 });
    expect(n.skipped).toBe(1);
  });

  it("sipri-milex and idealpoints: series by name and by code; regions and missing values reported", async () => {
    const m = await run(milex, "owid-military-peacekeeping");
    expect(db.prepare("SELECT entity_id, value FROM series WHERE indicator = 'sipri-military-expenditure' ORDER BY entity_id").all()).toEqual([
      { entity_id: "china", value: 257973000000 },
      { entity_id: "japan", value: 49149000000 },
    ]);
    expect(m.issues.map((x) => x.reason)).toEqual(['"World" is not a state in the knowledge base (region or unmatched name)']);
    const p = await run(idealpoints, "unga-idealpoints-2025");
    expect(db.prepare("SELECT entity_id, year, value FROM series WHERE indicator = 'unga-idealpoint' ORDER BY entity_id").all()).toEqual([
      { entity_id: "japan", year: 2000, value: 0.45 },
      { entity_id: "united-states", year: 2000, value: 2.1 },
    ]);
    expect(p.issues.map((x) => x.reason)).toEqual(["no state for COW 999 / ZZZ (Nowhere)", "idealpointall is missing"]);
  });

  it("embassies: missions to and from Japan, observed in November 2022; unknown states reported", async () => {
    const r = await run(embassies, "embassies-wikidata");
    expect(statements("p = 'diplomatic-mission'").map((s) => [(s as { subject: string }).subject, (s as { object: string }).object, (s as { role: string }).role])).toEqual([
      ["japan", "united-states", "consular office, Anchorage"],
      ["japan", "united-states", "consulate general, Atlanta"],
    ]);
    expect(r.issues.map((x) => x.reason)).toEqual(['no state named "Afghanistan"', 'no state named "Atlantis"']);
  });

  it("archigos: Japan's leaders, matched to a curated prime minister by surname and start, or created", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaiko-archigos-"));
    writeFileSync(join(dir, "archigos_4.1_leaders.csv"), [
      '"obsid","leadid","ccode","idacr","leader","startdate","eindate","enddate","eoutdate","entry","exit","exitcode"',
      '"JPN-1885","x",740,"JPN","Ito","1885-12-22","1885-12-22","1888-04-30","1888-04-30","Regular","Regular","Regular"',
      '"JPN-2012","y",740,"JPN","Shinzo Abe","2012-12-26","2012-12-26","2015-12-31","2015-12-31","Regular","Still in Office","Still in Office"',
      '"USA-1","z",2,"USA","Grant","1869-03-04","1869-03-04","1877-03-04","1877-03-04","Regular","Regular","Regular"',
      '"JPN-BAD","w",740,"JPN","Nobody","1972-06-31","1972-06-31","1973-01-01","1973-01-01","Regular","Regular","Regular"',
    ].join("\n"));
    const r = await importInto(db, archigos, dir);
    expect(statements("p = 'holds-office'").map((s) => [(s as { subject: string }).subject, (s as { role: string }).role, (s as { time: string }).time])).toEqual([
      ["ito-archigos-jpn-1885", "effective-leader", "1885-12-22/1888-04-30"],
      ["shinzo-abe-archigos-jpn-2012", "effective-leader", "2012-12-26/.."],
    ]);
    expect(r.issues.map((x) => x.reason)).toEqual(["startdate: 1972-06-31 is not a calendar date"]);
  });

  it("archigos: a spell inside a curated term of the same surname, or of the one curated holder of that surname, falls onto that person", async () => {
    const person = db.prepare("INSERT INTO entities (id, kind, name_en, origin, body) VALUES (?, 'person', ?, 'curated', '{}')");
    const name = db.prepare("INSERT INTO names (entity_id, text, key, lang, kind, primary_name) VALUES (?, ?, ?, 'en', 'name', 1)");
    const term = db.prepare("INSERT INTO statements (id, subject, p, object, role, time, s_min, e_min, status, origin) VALUES (?, ?, 'holds-office', 'japan', ?, ?, ?, ?, 'accepted', 'curated')");
    for (const [id, en] of [["shigeru-yoshida", "Shigeru Yoshida"], ["kiyotaka-kuroda", "Kiyotaka Kuroda"], ["takaaki-kato", "Takaaki Katō"], ["tomosaburo-kato", "Tomosaburō Katō"]] as const) {
      person.run(id, en);
      name.run(id, en, en.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase());
    }
    term.run("t1", "shigeru-yoshida", "prime-minister", "1948-10-15/1954-12-10", "1948-10-15", "1954-12-10");
    term.run("t2", "kiyotaka-kuroda", "prime-minister", "1888-04-30/1889-10-25", "1888-04-30", "1889-10-25");
    term.run("t3", "takaaki-kato", "prime-minister", "1924-06-11/1926-01-28", "1924-06-11", "1926-01-28");
    term.run("t4", "tomosaburo-kato", "prime-minister", "1922-06-12/1923-08-24", "1922-06-12", "1923-08-24");
    const dir = mkdtempSync(join(tmpdir(), "gaiko-archigos-cover-"));
    writeFileSync(join(dir, "archigos_4.1_leaders.csv"), [
      '"obsid","leadid","ccode","idacr","leader","startdate","eindate","enddate","eoutdate","entry","exit","exitcode"',
      '"JPN-1897-1","a",740,"JPN","Kuroda","1897-04-14","1897-04-14","1897-06-08","1897-06-08","Regular","Regular","Regular"',
      '"JPN-1922","b",740,"JPN","Kato, Tomosaburo","1922-06-11","1922-06-11","1923-08-24","1923-08-24","Regular","Regular","Regular"',
      '"JPN-1924","c",740,"JPN","Kato, Takaaki","1924-06-11","1924-06-11","1926-01-28","1926-01-28","Regular","Regular","Regular"',
      '"JPN-1952","d",740,"JPN","Yoshida, Shigeru","1952-04-29","1952-04-29","1954-12-07","1954-12-07","Regular","Regular","Regular"',
    ].join("\n"));
    await importInto(db, archigos, dir);
    expect(db.prepare("SELECT subject, role, time FROM statements WHERE origin != 'curated' AND p = 'holds-office' ORDER BY time").all()).toEqual([
      { subject: "kiyotaka-kuroda", role: "effective-leader", time: "1897-04-14/1897-06-08" },
      { subject: "tomosaburo-kato", role: "prime-minister", time: "1922-06-11/1923-08-24" },
      { subject: "takaaki-kato", role: "prime-minister", time: "1924-06-11/1926-01-28" },
      { subject: "shigeru-yoshida", role: "prime-minister", time: "1952-04-29/1954-12-07" },
    ]);
    expect(db.prepare("SELECT count(*) AS n FROM entities WHERE id LIKE '%-archigos-%'").get()).toEqual({ n: 0 });
  });

  it.each<[string, string, string | undefined, string | undefined]>([
    ["a spell within 60 days of a term of that surname", "1922-06-11", "tomosaburo-kato", "prime-minister"],
    ["a spell inside a term, long after its start", "1923-01-01", "tomosaburo-kato", "prime-minister"],
    ["a spell of a surname two curated holders share, outside their terms", "1930-01-01", undefined, undefined],
  ])("matchCurated: %s", (_, start, person, role) => {
    const terms: CuratedTerm[] = [
      { subject: "tomosaburo-kato", role: "prime-minister", s_min: "1922-06-12", e_min: "1923-08-24" },
      { subject: "takaaki-kato", role: "prime-minister", s_min: "1924-06-11", e_min: "1926-01-28" },
    ];
    const names = new Map([["tomosaburo-kato", ["tomosaburo kato"]], ["takaaki-kato", ["takaaki kato"]]]);
    const m = matchCurated("Kato", start, terms, names);
    expect([m.person, m.term?.role]).toEqual([person, role]);
  });

  it.each<[string, string, string | undefined]>([
    ["a spell inside the reign falls onto the emperor, without his reign as its term", "1868-01-03", "emperor-meiji"],
    ["a spell before the reign, with no other holder of the name, still falls onto him", "1866-01-01", "emperor-meiji"],
  ])("matchCurated: an emperor titled in brackets (\"Mutsuhito (Emperor)\"): %s", (_, start, person) => {
    const terms: CuratedTerm[] = [
      { subject: "emperor-meiji", role: "emperor", s_min: "1867-02-13", e_min: "1912-07-30" },
      { subject: "emperor-taisho", role: "emperor", s_min: "1912-07-30", e_min: "1926-12-25" },
    ];
    const names = new Map([["emperor-meiji", ["emperor meiji", "明治天皇", "mutsuhito", "睦仁"]], ["emperor-taisho", ["emperor taisho", "yoshihito"]]]);
    const m = matchCurated("Mutsuhito (Emperor)", start, terms, names);
    // Archigos's spell (1868–1885) is an effective leader's, not the reign: no term, so the import keeps that role.
    expect([m.person, m.term]).toEqual([person, undefined]);
  });
});

describe("the second round of importers on small fixtures with broken rows", () => {
  const run = (imp: Importer, folder: string) => importInto(db, imp, join(DATASETS, folder));
  const reasons = (r: { issues: { file: string; line: number; reason: string }[] }) => r.issues.map((i) => `${i.file}:${i.line} ${i.reason}`);
  const attributes = (role: string) => db.prepare("SELECT subject, value, time FROM statements WHERE p = 'attribute' AND role = ? ORDER BY subject, time").all(role);

  it("isd: ISD's independence dates by COW number and GGO's capitals by state code", async () => {
    const r = await run(isd, "states-globalgov");
    expect(attributes("independence (ISD)")).toEqual([
      { subject: "japan", value: "0710", time: "0710" },
      { subject: "united-states", value: "1783-09-03", time: "1783-09-03" },
    ]);
    expect(attributes("capital (GGO)")).toEqual([
      { subject: "japan", value: "Tokyo", time: "1600-01-01/1945-08-14" },
      { subject: "japan", value: "Tokyo", time: "1952-04-28/.." },
    ]);
    // Rows are reported in the file's order, a broken row (wrong column count) among the others.
    expect(reasons(r)).toEqual([
      "states_ISD.csv:3 no Begin date (a continuation row of JPN)",
      "states_ISD.csv:5 \"1972-06-31\": 1972-06-31 is not a calendar date",
      "states_ISD.csv:6 3 columns, expected 36",
      'states_ISD.csv:7 COW code "9999" is not in the concordance',
      "states_GGO.csv:4 \"1949-02-30\": 1949-02-30 is not a calendar date",
      'states_GGO.csv:5 state code "ATL" (Atlantis) is not in the knowledge base',
      "states_GGO.csv:6 2 columns, expected 13",
    ]);
    expect([r.read, r.taken, r.skipped]).toEqual([11, 4, 7]);
  });

  it("colonial: independence of the states Japan ruled, with no rules statement the file cannot date", async () => {
    const r = await run(colonial, "icow-colonial-history");
    expect(attributes("independence, colonial ruler Japan (ICOW)")).toEqual([{ subject: "north-korea", value: "1948-09", time: "1948-09" }]);
    expect(statements("p = 'rules'")).toEqual([]);
    expect(reasons(r)).toEqual([
      'coldata110.csv:4 "194813": month 13 is not a month',
      'coldata110.csv:5 COW code "999" is not in the concordance',
      "coldata110.csv:6 IndDate is missing (-9)",
      "coldata110.csv:7 3 columns, expected 15",
    ]);
    expect([r.read, r.taken, r.skipped]).toEqual([6, 1, 4]);
  });

  it.each([
    ["194808", "1948-08"],
    ["159000", "1590"],
    ["194813", { error: '"194813": month 13 is not a month' }],
    ["-9", { error: '"-9" is not a YYYYMM date' }],
  ])("reads the ICOW year-month %j as %j", (v, want) => expect(yearMonth(v)).toEqual(want));

  it("icow-claims: a claim involving Japan becomes a dispute with the challenger's claim and its target", async () => {
    const r = await run(icowClaims, "icow-territorial-claims");
    expect(statements("p IN ('claims', 'concerns') AND origin = 'dataset:icow-claims'")).toEqual([
      { subject: "icow-claim-239407", p: "concerns", object: "russia", role: "target", time: null },
      { subject: "japan", p: "claims", object: "icow-claim-239407", role: null, time: "1911-02/1911-12" },
    ]);
    expect(db.prepare("SELECT kind, type, name_en FROM entities WHERE id = 'icow-claim-239407'").get()).toEqual({ kind: "dispute", type: "maritime", name_en: "White Sea (ICOW claim 239407)" });
    expect(reasons(r)).toEqual([
      'ICOWclaimdy.csv:4 "191113": month 13 is not a month',
      'ICOWclaimdy.csv:5 COW code "999" is not in the concordance',
      "ICOWclaimdy.csv:6 6 columns, expected 39",
    ]);
    expect([r.read, r.taken, r.skipped]).toEqual([5, 1, 3]);
  });

  it("peacekeeping: yearly series by state name and nuclear status as runs of years; regions and bad values reported", async () => {
    const r = await run(peacekeeping, "owid-military-peacekeeping");
    const series = (indicator: string) => db.prepare("SELECT entity_id, year, value FROM series WHERE indicator = ? ORDER BY entity_id, year").all(indicator);
    expect(series("armed-forces-personnel")).toEqual([{ entity_id: "japan", year: 2000, value: 242000 }]);
    expect(series("milex-share-gdp-long-run")).toEqual([{ entity_id: "japan", year: 1990, value: 0.9 }]);
    expect(attributes("nuclear weapons status (Bleek; NTI)")).toEqual([
      { subject: "japan", value: "considering", time: "1967/1969" },
      { subject: "united-states", value: "possessing", time: "1945/1946" },
    ]);
    expect(reasons(r)).toEqual([
      'un_peacekeeping.csv:2 "World" is not a state in the knowledge base (region or unmatched name)',
      'armed_forces_personnel_wb.csv:4 armed-forces-personnel "lots" is not a number',
      'armed_forces_personnel_wb.csv:5 "Africa" is not a state in the knowledge base (region or unmatched name)',
      "armed_forces_personnel_wb.csv:6 3 columns, expected 5",
      'milex_share_gdp_cow_sipri.csv:3 year "19x1" is not a year',
      'nuclear_weapons_proliferation.csv:6 nuclear_weapons_status "7" is not 0–3',
      'nuclear_weapons_proliferation.csv:9 "Atlantis" is not a state in the knowledge base (region or unmatched name)',
    ]);
  });

  it("peacekeeping: the UN's world totals are kept on the United Nations where it exists", async () => {
    db.prepare("INSERT INTO entities(id, kind, type, name_en, origin, body) VALUES ('united-nations', 'organization', 'igo', 'United Nations', 'test', '{}')").run();
    await run(peacekeeping, "owid-military-peacekeeping");
    expect(db.prepare("SELECT entity_id, year, value FROM series WHERE indicator = 'un-peacekeeping-force'").all()).toEqual([{ entity_id: "united-nations", year: 1992, value: 52000 }]);
  });

  it("trade: imports and exports by state and year; unknown codes, bad years and values reported", async () => {
    const r = await run(trade, "cow-capabilities-trade-igo");
    expect(db.prepare("SELECT entity_id, indicator, value FROM series WHERE year = 1990 ORDER BY entity_id, indicator").all()).toEqual([
      { entity_id: "japan", indicator: "cow-exports", value: 287581.5 },
      { entity_id: "japan", indicator: "cow-imports", value: 235368.1 },
      { entity_id: "united-states", indicator: "cow-exports", value: 393592 },
      { entity_id: "united-states", indicator: "cow-imports", value: 517020 },
    ]);
    expect(reasons(r)).toEqual([
      'cow_trade_sy.csv:4 COW code "999" is not in the concordance',
      'cow_trade_sy.csv:5 year "19x0" is not a year',
      "cow_trade_sy.csv:6 2 columns, expected 4",
      'cow_trade_sy.csv:8 imports "lots" is not a number',
    ]);
    expect([r.read, r.taken, r.skipped]).toEqual([7, 2, 4]);
  });

  it("desta: corroborates a curated trade agreement's dates, and puts GPTAD's differing signature in the ledger", async () => {
    // A curated trade agreement between Japan and the United States (invented for the test), signed 2004-06-01.
    const add = (s: { p: string; subject: string; object?: string; time: string; s: string; e: string; open: number }) =>
      db.prepare("INSERT INTO statements(id, subject, p, object, time, s_min, s_max, e_min, e_max, e_open, e_unknown, status, origin) VALUES (?,?,?,?,?,?,?,?,?,?,0,'accepted','test')")
        .run(statementId({ p: s.p as "signed", subject: s.subject, object: s.object, time: s.time, value: undefined, role: undefined, at: undefined, via: undefined, status: "accepted" }), s.subject, s.p, s.object ?? null, s.time, s.s, s.s, s.e, s.e, s.open);
    db.prepare("INSERT INTO entities(id, kind, type, name_en, origin, body) VALUES ('japan-us-fta', 'agreement', 'trade', 'Japan–US FTA', 'test', '{}')").run();
    add({ p: "signed", subject: "japan-us-fta", time: "2004-06-01", s: "2004-06-01", e: "2004-06-01", open: 0 });
    for (const state of ["japan", "united-states"]) add({ p: "party-to", subject: state, object: "japan-us-fta", time: "2005-01-01/..", s: "2005-01-01", e: "9999-12-31", open: 1 });
    const r = await run(desta, "treaties-globalgov");
    expect(reasons(r)).toEqual([
      "parties_DESTA.csv:8 3 columns, expected 8",
      "parties_DESTA.csv:4 China Japan: no signature or entry-into-force date (not concluded)",
      "parties_DESTA.csv:6 Japan Atlantis (JPN-ZZZ[NA]_2010O, 2010): no curated trade agreement of Japan's with these partners within a year",
      'parties_GPTAD.csv:4 "2006-02-30": 2006-02-30 is not a calendar date',
    ]);
    expect([r.read, r.taken, r.skipped]).toEqual([11, 2, 4]);
    // DESTA's years agree with the curated dates: it becomes a further source of them, not a twin.
    expect(db.prepare("SELECT s.p, s.time, group_concat(ss.locator, '; ') AS locators FROM statements s JOIN statement_sources ss ON ss.statement_id = s.id WHERE s.origin = 'test' GROUP BY s.id ORDER BY s.p").all()).toEqual([
      { p: "party-to", time: "2005-01-01/..", locators: "parties_DESTA.csv line 2; parties_GPTAD.csv line 2" },
      { p: "signed", time: "2004-06-01", locators: "parties_DESTA.csv line 2" },
    ]);
    computeLedger(db);
    expect(db.prepare("SELECT topic, subject, a_value, b_value FROM ledger").all()).toEqual([{ topic: "signed", subject: "japan-us-fta", a_value: "2004-01-06", b_value: "2004-06-01" }]);
  });

  it("cameo: Japan's mean Goldstein score with each partner by year; events without a partner state reported", async () => {
    const r = await run(cameo, "gdelt-cameo");
    expect(db.prepare("SELECT entity_id, partner_id, year, value, locator FROM series WHERE indicator = 'gdelt-goldstein' ORDER BY partner_id").all()).toEqual([
      { entity_id: "japan", partner_id: "china", year: 2016, value: -5, locator: "gdelt1_events_sample.tsv lines 2" },
      { entity_id: "japan", partner_id: "united-states", year: 2016, value: 1.7, locator: "gdelt1_events_sample.tsv lines 3, 4" },
    ]);
    expect(reasons(r)).toEqual([
      "gdelt1_events_sample.tsv:5 no partner state: the other actor has no country code",
      "gdelt1_events_sample.tsv:6 no partner state: both actors are Japanese",
      "gdelt1_events_sample.tsv:7 SQLDATE 20160231: 2016-02-31 is not a calendar date",
      'gdelt1_events_sample.tsv:8 CAMEO event code "999" is not in CAMEO.goldsteinscale.txt',
      "gdelt1_events_sample.tsv:9 20 fields, expected 57 or 58",
      'gdelt1_events_sample.tsv:10 no partner state: country code "ZZZ" is not a state in the knowledge base',
    ]);
    expect(r.taken).toBe(3);
  });
});

describe("countrycode importer", () => {
  it("records the codes other datasets use and the CLDR Japanese name, keeping Namibia's NA", async () => {
    const r = await importInto(db, codes, join(DATASETS, "country-codes-countrycode"));
    const japan = db.prepare("SELECT role, value FROM statements WHERE subject = 'japan' AND p = 'attribute' ORDER BY role").all();
    expect(japan).toEqual([
      { role: "FIPS 10-4 code (GDELT)", value: "JA" },
      { role: "Gleditsch–Ward number", value: "740" },
      { role: "IMF code", value: "158" },
      { role: "Japanese name (CLDR)", value: "日本" },
      { role: "UN M49 code", value: "392" },
    ]);
    expect(db.prepare("SELECT count(*) n FROM statements WHERE subject = 'namibia' AND p = 'attribute'").get()).toEqual({ n: 5 });
    expect(r.issues.map((i) => i.reason)).toEqual(['no ISO or COW code for "Nowhere"', "2 columns, expected 74"]);
  });
});
