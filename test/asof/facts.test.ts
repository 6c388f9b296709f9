// The as-of engine against a table of facts read in sources (test/asof/facts/*.csv, one file per
// region, each row citing the source it was read in). The expected values come from the sources,
// never from the engine's output.
import { parse } from "csv-parse/sync";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RelationStatus, type RelationsResult } from "../../src/model/results.js";
import { relationsAsOf } from "../../src/kb/relations.js";
import { ROOT, sharedStore } from "../helpers.js";

interface Fact { file: string; line: number; state: string; date: string; status: string; alliance: string; agreements: string; source: string; locator: string; note: string }

const dir = join(ROOT, "test", "asof", "facts");
const facts: Fact[] = readdirSync(dir)
  .filter((f) => f.endsWith(".csv"))
  .sort()
  .flatMap((file) =>
    (parse(readFileSync(join(dir, file), "utf8"), { columns: true, skip_empty_lines: true, trim: true }) as Omit<Fact, "file" | "line">[]).map((r, i) => ({ ...r, file, line: i + 2 })),
  );

const store = sharedStore();
afterAll(() => store.close());
const byDay = new Map<string, RelationsResult>();
const asOf = (day: string) => {
  let r = byDay.get(day);
  if (!r) byDay.set(day, (r = relationsAsOf(store, day)));
  return r;
};

describe("the as-of facts table", () => {
  it("holds at least 150 facts over 1850–today, each naming a known state and a source in data/", () => {
    expect(facts.length).toBeGreaterThanOrEqual(150);
    const decades = new Set(facts.map((f) => f.date.slice(0, 3)));
    expect(decades.size).toBeGreaterThanOrEqual(15);
    for (const f of facts) {
      const where = `${f.file}:${f.line}`;
      expect(store.ref(f.state)?.kind, `${where} state ${f.state}`).toBe("state");
      expect(store.ref(f.source)?.kind, `${where} source ${f.source}`).toBe("source");
      expect(RelationStatus.safeParse(f.status).success, `${where} status ${f.status}`).toBe(true);
      expect(f.date, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["yes", "no"], `${where} alliance`).toContain(f.alliance);
    }
  });

  it.each(facts.map((f) => [`${f.state} on ${f.date} is ${f.status}${f.alliance === "yes" ? ", allied" : ""} (${f.file}:${f.line})`, f] as const))("%s", (_, f) => {
    const row = asOf(f.date).relations.find((r) => r.state.id === f.state);
    expect(row, `no row for ${f.state}`).toBeDefined();
    expect(row!.status, `${f.note} [${f.source} ${f.locator}]`).toBe(f.status);
    expect(row!.alliance ? "yes" : "no").toBe(f.alliance);
    if (f.agreements && f.agreements !== "-") {
      expect(row!.agreements.map((a) => a.id).sort()).toEqual(f.agreements.split(";").map((s) => s.trim()).filter(Boolean).sort());
    }
    if (row!.status !== "unknown") expect(row!.basis?.length).toBeGreaterThan(0);
  });
});
