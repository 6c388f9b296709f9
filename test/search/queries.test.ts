// Search against a labelled query set (test/search/queries.yaml, issue 14): phrasings people type, taken from
// article titles, MOFA pages, press usage, typos and romaji — never the knowledge base's own names. The
// expected ids were chosen by reading the sources, not the engine's output. Tune on the dev split only; the
// floors below are for the test split, set at what it reached when the set was written, rounded down and capped
// at the goal (top-3 ≥ 95 %, first ≥ 85 %). A query counts in the top 3 when any of its expected ids is among
// the first three ranked ids, and first when the first ranked id is one of them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { search } from "../../src/kb/search.js";
import { ROOT, sharedStore } from "../helpers.js";

/**
 * The test split's floors, in percent: the goals (top 3 ≥ 95 %, first ≥ 85 %). When the set was
 * written the test split reached 94.1 % and 87.4 %; after sources were ranked a tier below entities and
 * decades read in Japanese (changes judged on the dev split's misses), 95.7 % and 90.1 %. On 7 December 2026
 * (session 34) the data added for the checker's texts moved one test query out of the top 3 by a hundredth of a
 * point of score ("Nichi-Bei Anpo": a name sharing only the romanized "Nichi-" now ranks a shade above the 1951
 * security treaty's "Anpo"), and the test split reads 94.9 % (240 of 253), below the goal; the floor was
 * lowered to 94.5. Later that day (session 35) six causes of the dev split's misses were fixed, judged on the dev
 * split alone (names compared word by word, long Japanese words matched by most of their character pairs, a year
 * matching what is dated in it, a place's kind and a person's title after a name, G-7 = G7), and 32 fresh queries
 * were labelled before any run: the test split reads 95.9 % top 3 (258 of 269) and 89.6 % first (241), so the
 * top-3 floor is the goal again.
 */
const FLOOR = { top3: 95, first: 85 };

const TYPES = ["formal", "common", "acronym", "misspelling", "mixed-script", "question", "romaji"] as const;
const LANGS = ["en", "ja", "mixed"] as const;
const SPLITS = ["dev", "test"] as const;
interface Query { q: string; expect: string[]; lang: (typeof LANGS)[number]; type: (typeof TYPES)[number]; split: (typeof SPLITS)[number]; from: string }

const queries = (parse(readFileSync(join(ROOT, "test", "search", "queries.yaml"), "utf8")) as { queries: Query[] }).queries;

// The full build, shared with the other test files (test/global-setup.ts): the series importers it adds change no
// result here, and it is built once per run instead of a smaller build for this file alone.
const store = sharedStore();
afterAll(() => store.close());

interface Outcome { query: Query; ranked: string[]; top3: boolean; first: boolean }

/** The ranked ids for a query: for a question, the first answer's entities come before the hits. */
function ranked(query: Query): string[] {
  const r = search(store, query.q, { limit: 10 });
  const answer = query.type === "question" ? (r.answers?.[0]?.entities.map((e) => e.id) ?? []) : [];
  return [...answer, ...r.results.map((h) => h.id)];
}

const outcomes: Outcome[] = queries.map((query) => {
  const ids = ranked(query);
  return { query, ranked: ids, top3: ids.slice(0, 3).some((id) => query.expect.includes(id)), first: ids.length > 0 && query.expect.includes(ids[0]!) };
});

const pct = (xs: Outcome[], f: (o: Outcome) => boolean) => (xs.length ? (100 * xs.filter(f).length) / xs.length : 0);
const row = (label: string, xs: Outcome[]) => ({ "": label, n: xs.length, "top-3 %": pct(xs, (o) => o.top3).toFixed(1), "first %": pct(xs, (o) => o.first).toFixed(1) });

describe("the labelled search queries", () => {
  it("hold at least 320 well-formed queries over every type, in both splits, each expecting entities that exist", () => {
    expect(queries.length).toBeGreaterThanOrEqual(320);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
    for (const q of queries) {
      expect(TYPES, q.q).toContain(q.type);
      expect(LANGS, q.q).toContain(q.lang);
      expect(SPLITS, q.q).toContain(q.split);
      expect(q.from, q.q).toBeTruthy();
      expect(q.expect.length, q.q).toBeGreaterThan(0);
      for (const id of q.expect) {
        const kind = store.ref(id)?.kind;
        expect(kind, `${q.q}: ${id}`).toBeDefined();
        expect(kind, `${q.q}: ${id}`).not.toBe("source");
      }
    }
    for (const split of SPLITS) for (const type of TYPES) expect(queries.some((q) => q.split === split && q.type === type), `${split} ${type}`).toBe(true);
  });

  it("finds the expected entity in the top 3 and first, per split and type, above the test split's floors", () => {
    const table = SPLITS.flatMap((split) => {
      const inSplit = outcomes.filter((o) => o.query.split === split);
      return [row(split, inSplit), ...TYPES.map((t) => row(`  ${split} ${t}`, inSplit.filter((o) => o.query.type === t))), ...LANGS.map((l) => row(`  ${split} lang ${l}`, inSplit.filter((o) => o.query.lang === l)))];
    });
    console.log("search on the labelled queries (test/search/queries.yaml)");
    console.table(table);
    // The dev split's misses only: the test split's are not to be read, or tuning would follow them.
    const misses = outcomes.filter((o) => !o.first && o.query.split === "dev");
    console.log(
      `dev, not first (${misses.length}):\n` +
        misses.map((o) => `  [${o.query.split} ${o.query.type}${o.top3 ? ", in top 3" : ""}] ${o.query.q} → ${o.ranked[0] ?? "(nothing)"} (expected ${o.query.expect.join(" | ")})`).join("\n"),
    );
    const test = outcomes.filter((o) => o.query.split === "test");
    expect(pct(test, (o) => o.top3)).toBeGreaterThanOrEqual(FLOOR.top3);
    expect(pct(test, (o) => o.first)).toBeGreaterThanOrEqual(FLOOR.first);
  });
});

describe("search on the whole knowledge base: words that say nothing", () => {
  const ids = (q: string) => search(store, q, { limit: 50 }).results.map((r) => r.id);

  it("reads the counter 年 after a year as no word of the query (nearly every Japanese summary holds it)", () => {
    expect(ids("外務大臣 2021年")).toEqual(ids("外務大臣 2021"));
    expect(search(store, "外務大臣 2021年").total).toBe(search(store, "外務大臣 2021").total);
  });

  it("lets a common Japanese character (日 in 日EU・EPA) score only what the rarer words found", () => {
    const r = search(store, "日EU・EPA");
    expect(r.results.slice(0, 3).map((h) => h.id)).toContain("japan-eu-epa");
    // 日 alone is in thousands of entities; beside EU and EPA it brings none of its own.
    expect(search(store, "日").total).toBeGreaterThan(1000);
    expect(r.total).toBeLessThanOrEqual(search(store, "EU EPA").total);
  });
});

describe("search on the whole knowledge base: names in use before former names", () => {
  it("ranks South Korea, whose name 韓国 is, above the Korean Empire, whose former name it is (the list filters pick the first hit)", () => {
    expect(search(store, "韓国", { limit: 3 }).results.slice(0, 2).map((r) => r.id)).toEqual(["south-korea", "korean-empire"]);
  });
});
