// `gaiko list` and `gaiko series` over the list fixture database: the commands run in this process (a
// process each would take seconds under tsx); the last test runs the real binary once for main's exit codes.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { listFixtureStore } from "../../test/lists/fixture.js";
import { ROOT } from "../../test/helpers.js";
import { NoSeriesError } from "../kb/series.js";
import { ListResult, SeriesCatalog, SeriesResult } from "../model/lists.js";
import { registerListCommand } from "./list.js";
import { EXIT, UsageError } from "./output.js";
import { registerSeriesCommand } from "./series.js";

const { store, path } = listFixtureStore();
store.close();
// Today for these commands; given back after the file, which may share its process with others.
const todayBefore = process.env.GAIKO_TODAY;
process.env.GAIKO_TODAY = "2026-01-01";
afterAll(() => {
  if (todayBefore === undefined) delete process.env.GAIKO_TODAY;
  else process.env.GAIKO_TODAY = todayBefore;
});

/** Runs one command in this process; returns what it wrote and the error it threw (main maps it to an exit code). */
async function gaiko(args: string[]): Promise<{ out: string; err: string; error?: Error }> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerListCommand(program);
  registerSeriesCommand(program);
  let out = "", err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    await program.parseAsync(["node", "gaiko", ...args, "--db", path]);
    return { out, err };
  } catch (error) {
    return { out, err, error: error as Error };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
async function json<T>(schema: z.ZodType<T>, args: string[]): Promise<T> {
  const r = await gaiko([...args, "--json"]);
  expect(r.error).toBeUndefined();
  return schema.parse(JSON.parse(r.out));
}

describe("gaiko list and gaiko series", () => {
  it("list foreign ministers in a window as JSON, with the filters echoed and today as the as-of day", async () => {
    const r = await json(ListResult, ["list", "offices", "--with", "Japan", "--type", "foreign-minister", "--from", "1970", "--to", "1980"]);
    expect(r.kind === "offices" && r.rows.map((x) => [x.holder.name.en, x.from, x.to])).toEqual([["Kiichi Aichi", "1968-11-30", "1971-07-05"], ["Takeo Fukuda", "1971-07-05", "1972"]]);
    expect(r.filters).toMatchObject({ with: "japan", type: "foreign-minister", from: "1970-01-01", to: "1980-12-31", asOf: "2026-01-01" });
  });

  it("print a table for people and CSV for programs, the same rows", async () => {
    const table = await gaiko(["list", "agreements", "--as-of", "1955"]);
    expect(table.out.split("\n")[0]).toMatch(/^agreement\s+type\s+parties\s+signed\s+in force\s+ended\s+standing$/);
    expect(table.out).toContain("Security Treaty between the United States and Japan");
    const csv = await gaiko(["list", "agreements", "--as-of", "1955", "--csv"]);
    expect(csv.out.split("\n")[1]).toMatch(/^us-japan-security-treaty-1951,Security Treaty between the United States and Japan,security,/);
  });

  it("say on stderr when a page holds only part of the rows", async () => {
    const r = await gaiko(["list", "agreements", "--limit", "1"]);
    expect(r.err).toContain("1 of 3 rows shown");
  });

  it("list a state's missions abroad open on a day, and agreements by their signing date", async () => {
    const m = await json(ListResult, ["list", "missions", "--by", "Japan", "--type", "consulate-general", "--as-of", "2009"]);
    expect(m.kind === "missions" && m.rows.map((x) => [x.host.id, x.city, x.from, x.to, x.holds])).toEqual([["china", "Shenyang", "1985", "2010-01-01", "yes"]]);
    expect(m.filters).toMatchObject({ by: "japan", type: "consulate-general", asOf: "2009-01-01" });
    const a = await json(ListResult, ["list", "agreements", "--signed-from", "1951", "--signed-to", "1960"]);
    expect(a.kind === "agreements" && a.rows.map((x) => [x.agreement.id, x.signed])).toEqual([["us-japan-security-treaty-1951", "1951-09-08"], ["us-japan-security-treaty-1960", "1960-01-19"]]);
    expect(a.filters).toMatchObject({ signedFrom: "1951-01-01", signedTo: "1960-12-31", from: null, to: null });
    const csv = await gaiko(["list", "missions", "--in", "japan", "--csv"]);
    expect(csv.out.split("\n").slice(0, 2)).toEqual([
      "sender,sender_name,host,host_name,type,city,place,role,from,to,holds,origin,statement,sender_name_ja,host_name_ja,holds_on_day",
      "ussr,Soviet Union,japan,Japan,embassy,,,embassy,1957-02,,no,curated,m-ussr-japan-embassy,ソビエト連邦,日本,no",
    ]);
  });

  it("list the series and print one with its unit and source on stderr", async () => {
    expect((await json(SeriesCatalog, ["series"])).series.map((s) => s.name)).toEqual(["shared-igos", "sipri-military-expenditure"]);
    const r = await json(SeriesResult, ["series", "sipri-military-expenditure", "--state", "japan", "--to", "2000"]);
    expect(r.points.map((p) => [p.year, p.value])).toEqual([[2000, 45.5e9]]);
    expect((await gaiko(["series", "shared-igos"])).err).toContain("organisations (count); source: Test series dataset");
  });

  it.each<[string[], string]>([
    [["list", "treaties"], "KIND: one of agreements"],
    [["list", "agreements", "--sort", "colour"], "--sort: one of signed"],
    [["list", "agreements", "--as-of", "1960", "--from", "1950"], "--as-of: either"],
    [["list", "agreements", "--from", "1970", "--to", "1960"], "--to: a date after --from"],
    [["list", "agreements", "--limit", "x"], "--limit: an integer"],
    [["list", "events", "--with", "atlantis"], "--with: an entity id"],
    [["list", "memberships", "--type", "associate"], "--type: member or observer"],
    [["list", "missions", "--type", "embassies"], "--type: one of embassy, consulate-general"],
    [["list", "missions", "--by", "atlantis"], "--by: an entity id"],
    [["list", "agreements", "--signed-from", "1960-13"], "--signed-from: a date such as"],
    [["list", "agreements", "--signed-to", "soon"], "--signed-to: a date such as"],
    [["list", "agreements", "--signed-from", "1970", "--signed-to", "1960"], "--signed-to: a date after --signed-from"],
    [["list", "offices", "--signed-from", "1970"], "--signed-from: a filter of agreements only"],
    [["list", "agreements", "--by", "japan"], "--by: a filter of missions only"],
    [["series", "shared-igos", "--from", "2001", "--to", "2000"], "--to: a year"],
  ])("refuse %j with a usage error naming the flag, printing nothing", async (args, message) => {
    const r = await gaiko(args);
    expect(r.error).toBeInstanceOf(UsageError);
    expect(r.error?.message).toContain(message);
    expect(r.out).toBe("");
  });

  it("refuse a series it does not hold as not found", async () => {
    expect((await gaiko(["series", "gdp-per-capita"])).error).toBeInstanceOf(NoSeriesError);
  });

  it("exit 3 for an unknown series and 2 for a bad flag from the real binary", () => {
    const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), ...args, "--db", path], { encoding: "utf8" });
    const missing = run(["series", "gdp-per-capita"]);
    expect([missing.status, missing.stderr]).toEqual([EXIT.notFound, 'gaiko: no series "gdp-per-capita"; gaiko series lists them\n']);
    expect(run(["list", "agreements", "--sort", "colour"]).status).toBe(EXIT.usage);
  });
});
