// Issue 15 "same agreement twice": after the build of the real data/ with the GGO treaties, each
// agreement is one entity, and a curated agreement linked by ggo: carries the GGO dates.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sharedBuild } from "./helpers.js";

const db = new Database(sharedBuild().path, { readonly: true });
afterAll(() => db.close());

/** An English title as compared: case, punctuation and a leading "The" aside. */
const normalised = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().replace(/^the /, "");

interface Row { id: string; name: string; signed: string | null; dataset: number }
const agreements = db
  .prepare("SELECT id, name_en AS name, (SELECT min(time) FROM statements s WHERE s.subject = e.id AND s.p = 'signed') AS signed, origin LIKE 'dataset:%' AS dataset FROM entities e WHERE kind = 'agreement'")
  .all() as Row[];

/**
 * Curated agreements linked by ggo: that carry no GGO date, and why. TPP: GGO codes Japan's
 * ratification as "2016-12", a month, which the import does not read as a day, so the row is skipped.
 */
const NO_GGO_DATES: Record<string, string> = { tpp: "GGO's Japan row (TRNSPP_2016O) has a month-only ratification date and is skipped" };

describe("agreements in the built knowledge base", () => {
  it("has no curated agreement whose English title a dataset agreement repeats", () => {
    const curated = new Map(agreements.filter((a) => !a.dataset).map((a) => [normalised(a.name), a.id]));
    const twice = agreements.filter((a) => a.dataset && curated.has(normalised(a.name))).map((a) => `${a.id} = ${curated.get(normalised(a.name))}`);
    expect(twice).toEqual([]);
  });

  it("has no two agreements with one title signed on one day (GGO repeats titles only for other years' instruments)", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const a of agreements) {
      const key = `${normalised(a.name)}|${a.signed ?? ""}`;
      const prev = seen.get(key);
      if (prev) twice.push(`${prev} = ${a.id}`);
      else seen.set(key, a.id);
    }
    expect(twice).toEqual([]);
  });

  it("gives every curated agreement linked by ggo: the GGO dataset as a source of its dates", () => {
    const linked = (db.prepare("SELECT id FROM entities WHERE json_type(body, '$.ggo') = 'array' ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    expect(linked.length).toBeGreaterThanOrEqual(33);
    const cited = db.prepare("SELECT count(*) AS n FROM statements s JOIN statement_sources x ON x.statement_id = s.id WHERE x.source_id = 'import-treaties' AND (s.subject = ? OR s.object = ?)");
    const without = linked.filter((id) => (cited.get(id, id) as { n: number }).n === 0);
    expect(without).toEqual(Object.keys(NO_GGO_DATES));
  });
});
