// A search index built once and handed to other processes (serializeIndex, deserializeIndex, adoptIndex: what
// test/global-setup.ts and test/helpers.ts do for the run's full build) is the index the store would have built:
// the same structures, and the same answers to every query.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fixtureStore, ROOT } from "../../../test/helpers.js";
import { search } from "../search.js";
import { Store } from "../store.js";
import { adoptIndex, deserializeIndex, indexOf, SearchIndex, serializeIndex } from "./index.js";

const { store: built, path } = fixtureStore();
const adopted = Store.open(path);
afterAll(() => (built.close(), adopted.close()));

// The dev half of the labelled queries (how people type), and short, CJK, misspelt and prefix queries.
const labelled = (parse(readFileSync(join(ROOT, "test", "search", "queries.yaml"), "utf8")) as { queries: { q: string; split: string }[] }).queries.filter((q) => q.split === "dev").map((q) => q.q);
const QUERIES = [...labelled, "竹島", "Dokdo", "독도", "takeshima", "中国", "北京", "ソ連", "ＤＰＲＫ", "diaoyu", "EU", "日", "peace friendship", "chna", "senka", "treaty 1951", "japn", "x", "外務大臣 1880"];

describe("a search index handed over as bytes", () => {
  const bytes = serializeIndex(indexOf(built));
  let loads = 0;
  adoptIndex(adopted, () => (loads++, deserializeIndex(bytes)));

  it("holds what the built index holds, with its methods", () => {
    const ix = indexOf(adopted);
    expect(ix).toBeInstanceOf(SearchIndex);
    expect(ix).not.toBe(indexOf(built));
    expect(ix.docs.length).toBeGreaterThan(10);
    expect({ ...ix, positions: undefined }).toEqual({ ...indexOf(built), positions: undefined });
    expect(ix.idf("japan")).toBe(indexOf(built).idf("japan"));
  });

  it("answers every query as the built index does", () => {
    expect(QUERIES.length).toBeGreaterThan(200);
    let hits = 0;
    for (const q of QUERIES) {
      const want = search(built, q, { limit: 20 });
      expect(search(adopted, q, { limit: 20 }), q).toEqual(want);
      hits += want.results.length;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it("is read once, when first asked for", () => {
    expect(loads).toBe(1);
    indexOf(adopted);
    expect(loads).toBe(1);
  });

  it("is not taken by a store that has built its own", () => {
    const own = indexOf(built);
    adoptIndex(built, () => {
      throw new Error("not read");
    });
    expect(indexOf(built)).toBe(own);
  });
});
