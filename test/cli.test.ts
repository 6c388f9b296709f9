import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DisagreementsResult, EntityView, ExportJson, GraphResult, RelationsResult, SearchResult, SourceList, SourceView, Stats, TimelineResult } from "../src/model/results.js";
import { FIXTURE_SHARED, GOOD, BROKEN, ROOT } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "gaiko-cli-"));
const db = join(dir, "kb.db");
const env = { ...process.env, GAIKO_DATA: GOOD, GAIKO_SHARED: FIXTURE_SHARED, GAIKO_DB: db };

function gaiko(args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), ...args], { env: { ...env, ...extraEnv }, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function json<T>(schema: z.ZodType<T>, args: string[]): T {
  const r = gaiko(args);
  expect(r.code, r.err).toBe(0);
  return schema.parse(JSON.parse(r.out));
}

const ImportSummary = z.object({ dataset: z.string(), read: z.number(), taken: z.number(), skipped: z.number(), rejected: z.number(), statements: z.number(), series: z.number(), entities: z.number(), ms: z.number() }).strict();
const BuildJson = z.object({ release: z.string(), path: z.string(), entities: z.number(), statements: z.number(), sources: z.number(), warnings: z.number(), ms: z.number(), imports: z.array(ImportSummary) }).strict();
const ImportJson = ImportSummary.extend({ input: z.string(), empty: z.array(z.string()), issues: z.array(z.object({ file: z.string(), line: z.number(), reason: z.string() }).strict()) }).strict();
const LintJson = z.object({
  release: z.string(), files: z.number(), entities: z.number(), errors: z.number(), warnings: z.number(), seedsChecked: z.boolean(),
  diagnostics: z.array(z.object({ file: z.string(), line: z.number(), path: z.string(), message: z.string(), severity: z.enum(["error", "warning"]) }).strict()),
  sweep: z.object({ states: z.number(), days: z.number(), checked: z.number(), counts: z.record(z.string(), z.number()), violations: z.number() }).strict().optional(),
}).strict();

beforeAll(() => {
  const r = gaiko(["build"]);
  expect(r.code, r.err).toBe(0);
});

describe("--json outputs keep their documented shape", () => {
  it("build", () => {
    const b = json(BuildJson, ["build", "--json"]);
    expect(b.entities).toBe(16);
  });
  it("lint", () => {
    const l = json(LintJson, ["lint", "--json"]);
    expect(l.errors).toBe(0);
    expect(l.seedsChecked).toBe(true);
    expect(l.sweep?.violations).toBe(0);
    expect(l.sweep?.checked).toBeGreaterThan(1000);
  });
  it("search", () => {
    const s = json(SearchResult.strict(), ["search", "竹島", "--json"]);
    expect(s.results[0]?.id).toBe("liancourt-rocks");
  });
  it("show", () => {
    const v = json(EntityView.strict(), ["show", "taiwan", "--as-of", "1972-09-29", "--json"]);
    expect(v.asOf).toBe("1972-09-29");
    expect(v.statements.filter((s) => s.p !== "exists").every((s) => s.holds === "no")).toBe(true);
    expect(v.onDay?.relation?.status).toBe("severed");
  });
  it("relations", () => {
    const r = json(RelationsResult.strict(), ["relations", "--as-of", "1972-09-29", "--json"]);
    expect(r.relations.find((x) => x.state.id === "china")?.status).toBe("diplomatic-relations");
  });
  it("timeline", () => {
    const t = json(TimelineResult.strict(), ["timeline", "--with", "china", "--json"]);
    expect(t.items.length).toBeGreaterThan(0);
  });
  it("import", () => {
    const copy = join(dir, "import.db");
    copyFileSync(db, copy);
    // The fixture breaks one row in eight on purpose, over the 5 % an import may reject by default.
    const r = json(ImportJson, ["import", "atop", "--from", join(ROOT, "test", "fixtures", "datasets", "alliances-atop"), "--db", copy, "--max-rejected", "20", "--json"]);
    expect([r.skipped, r.rejected]).toEqual([2, 1]);
    expect(r.issues[0]).toEqual({ file: "atop_v5.1_dyad_year.csv.gz", line: 7, reason: 'COW code "999" is not in the concordance' });
  });
  it("graph, sources, stats and disagreements", () => {
    expect(json(GraphResult.strict(), ["graph", "--as-of", "1960", "--json"]).edges.length).toBeGreaterThan(0);
    expect(json(SourceList.strict(), ["sources", "--json"]).total).toBe(2);
    expect(json(SourceView.strict(), ["sources", "seed-fixture", "--json"]).statements).toHaveLength(1);
    expect(json(Stats.strict(), ["stats", "--json"]).statements.total).toBeGreaterThanOrEqual(31);
    const d = json(DisagreementsResult.strict(), ["disagreements", "--json"]);
    expect(d.items).toHaveLength(2);
    expect(d.total).toBe(d.items.length + d.ledger.length);
  });
  it("export --format json", () => {
    const e = json(ExportJson.strict(), ["export", "--format", "json"]);
    expect(e.counts).toEqual({ entities: 16, statements: e.statements.length, sources: 2 });
    expect(e.entities.find((x) => x.id === "liancourt-rocks")?.aliases.map((a) => a.text)).toContain("Dokdo");
    expect(e.statements.every((s) => s.sources.length > 0)).toBe(true);
  });
});

describe("table and CSV outputs", () => {
  it("writes relations as CSV with a header", () => {
    const r = gaiko(["relations", "--as-of", "1960", "--csv"]);
    const lines = r.out.trim().split("\n");
    expect(lines[0]).toBe("state,name,status,certain,since,alliance,agreements_in_force");
    expect(lines).toContain("united-states,United States,diplomatic-relations,true,1952-04-28,true,us-japan-security-treaty-1951");
  });
  it("exports statements as CSV and JSON-LD to a file", () => {
    const out = join(dir, "kb.csv");
    expect(gaiko(["export", "--format", "csv", "--out", out]).code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^id,subject,subject_name,p,/);
    const ld = JSON.parse(gaiko(["export", "--format", "jsonld"]).out) as { "@graph": { type: string }[] };
    expect(ld["@graph"].some((n) => n.type === "Country")).toBe(true);
  });
});

describe("bad input gets a clear error and an exit code", () => {
  it.each([
    [["relations", "--as-of", "1972-02-30"], 2, /--as-of: a date/],
    [["relations", "--status", "bogus"], 2, /--status: one of diplomatic-relations, .*never/],
    [["relations", "--as-of", "Y170000002"], 2, /--as-of: /],
    [["search", "x", "--kind", "country"], 2, /--kind: one of state/],
    [["search", "x", "--limit", "-1"], 2, /--limit: an integer/],
    [["timeline", "--from", "1980", "--to", "1970"], 2, /--to: a date after --from/],
    [["timeline", "--with", "atlantis"], 2, /--with: an entity id/],
    [["export", "--format", "xml"], 2, /--format: one of json, csv, jsonld/],
    [["show", "atlantis"], 3, /no entity "atlantis"/],
    [["frobnicate"], 2, /unknown command/],
    [["show", "japan", "--no-such-flag"], 2, /unknown option '--no-such-flag'/],
    [["import", "nosuch"], 2, /NAME: one of cow-state-system, countrycode, atop/],
    [["import", "atop", "--from", "/nonexistent"], 2, /--from: a folder holding atop_v5.1_dyad_year.csv.gz/],
  ])("gaiko %j exits %i", (args, code, message) => {
    const r = gaiko(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  it("exits 1 from lint and build on broken data, and build keeps the old database", () => {
    const before = readFileSync(db);
    expect(gaiko(["lint"], { GAIKO_DATA: BROKEN }).code).toBe(1);
    const b = gaiko(["build"], { GAIKO_DATA: BROKEN });
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/previous database was left as it was/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it("exits 4 when the named database does not exist", () => {
    const r = gaiko(["show", "japan", "--db", join(dir, "missing.db")]);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/no database/);
  });
});
