import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD, fixtureStore } from "../../test/helpers.js";
import { buildDatabase } from "./build.js";
import { Store } from "./store.js";
import { PREVIEW, preview, sectionsOf, showEntity } from "./entity-query.js";
import type { StatementRow } from "./store.js";

const { store } = fixtureStore();
afterAll(() => store.close());

/** A statement row with only what sections and previews read. */
function row(id: string, over: Partial<StatementRow>): StatementRow {
  return {
    id, subject: "china", p: "participant", object: null, value: null, time: null,
    s_min: null, s_max: null, e_min: null, e_max: null, e_open: 0, e_unknown: 0, at: null, via: null, role: null,
    status: "accepted", asserted_by: null, note: null, note_ja: null, origin: "data/states/china.yaml", ...over,
  } as StatementRow;
}

const dated = (from: string, to: string | null) => ({ s_min: from, s_max: from, e_min: to ?? from, e_max: to ?? "9999-12-31", e_open: to ? 0 : 1 });

describe("sections of an entity", () => {
  it("counts imported rows per dataset with their span, apart from curated ones", () => {
    const rows = [
      row("a", { origin: "dataset:conflict", time: "1931", s_min: "1931-01-01", s_max: "1931-12-31" }),
      row("b", { origin: "dataset:conflict", time: "2001", s_min: "2001-01-01", s_max: "2001-12-31" }),
      row("c", { p: "diplomatic-relations", subject: "japan", object: "china", ...dated("1972-09-29", null) }),
    ];
    expect(sectionsOf(rows, undefined)).toEqual([
      { p: "participant", label: { en: "participant", ja: "参加者" }, count: 2, curated: 0, from: "1931-01-01", to: "2001-12-31", datasets: [{ dataset: "conflict", count: 2, from: "1931-01-01", to: "2001-12-31" }] },
      { p: "diplomatic-relations", label: { en: "diplomatic relations", ja: "外交関係" }, count: 1, curated: 1, from: "1972-09-29", to: null, datasets: [] },
    ]);
  });

  it("dates a participation by its event, which a dataset's row does not carry", () => {
    const rows = [row("a", { origin: "dataset:conflict", subject: "mid-1" }), row("b", { origin: "dataset:conflict", subject: "mid-2" })];
    const dates: Record<string, { from: string; to: string }> = { "mid-1": { from: "1931-05-01", to: "1931-06-01" }, "mid-2": { from: "2001-03-01", to: "2001-12-22" } };
    expect(sectionsOf(rows, undefined, (r) => dates[r.subject] ?? null)[0]!.datasets).toEqual([{ dataset: "conflict", count: 2, from: "1931-05-01", to: "2001-12-22" }]);
  });

  it.each([
    ["1972-09-28", 0],
    ["1972-09-29", 1],
    ["2020-01-01", 1],
  ])("counts an interval as held on %s: %i", (day, held) => {
    const rows = [row("c", { p: "diplomatic-relations", subject: "japan", object: "china", ...dated("1972-09-29", null) })];
    expect(sectionsOf(rows, day)[0]!.held).toBe(held);
  });
});

describe("a summary's statements", () => {
  it("keeps at most PREVIEW per predicate, Japan's and curated ones first, in date order", () => {
    const others = Array.from({ length: 12 }, (_, i) => row(`o${i}`, { p: "member-of", object: `org-${i}`, ...dated(`19${50 + i}-01-01`, null) }));
    const japans = row("j", { p: "member-of", subject: "japan", object: "china", origin: "dataset:x", ...dated("1999-01-01", null) });
    const kept = preview([...others, japans], "china", "2020-01-01");
    expect(kept).toHaveLength(PREVIEW);
    expect(kept.map((r) => r.id)).toEqual(["o0", "o1", "o2", "o3", "o4", "o5", "o6", "j"]);
  });

  it("leaves out imported rows that do not involve Japan (the page counts them instead)", () => {
    const rows = [row("m", { origin: "dataset:conflict", object: "usa" }), row("n", { origin: "data/events/x.yaml" })];
    expect(preview(rows, "china", undefined).map((r) => r.id)).toEqual(["n"]);
  });

  it("puts what held on the day before what ended", () => {
    const rows = Array.from({ length: PREVIEW + 2 }, (_, i) => row(`e${i}`, { p: "member-of", ...dated("1950-01-01", "1960-01-01") }));
    rows.push(row("now", { p: "member-of", ...dated("2000-01-01", null) }));
    expect(preview(rows, "china", "2020-01-01").map((r) => r.id)).toContain("now");
  });
});

describe("showEntity with a part", () => {
  it("answers as before without one: every statement, no page, no references", () => {
    const v = showEntity(store, "japan")!;
    expect(v.page).toBeUndefined();
    expect(v.references).toBeUndefined();
    expect(v.statements.length).toBe(v.sections!.reduce((n, s) => n + s.count, 0));
  });

  it("pages one predicate's statements and says how many there are", () => {
    const first = showEntity(store, "japan", undefined, { p: "diplomatic-relations", limit: 3 })!;
    const second = showEntity(store, "japan", undefined, { p: "diplomatic-relations", limit: 3, offset: 3 })!;
    const total = first.sections!.find((s) => s.p === "diplomatic-relations")!.count;
    expect(first.page).toEqual({ total, offset: 0, limit: 3 });
    expect(first.statements.map((s) => s.p)).toEqual(["diplomatic-relations", "diplomatic-relations", "diplomatic-relations"]);
    expect(second.statements.map((s) => s.id)).not.toContain(first.statements[0]!.id);
  });

  it.each([
    ["curated", 1],
    ["dataset", 0],
    ["dataset:conflict", 0],
  ])("keeps only %s statements when asked", (origin, atLeast) => {
    const v = showEntity(store, "china", undefined, { origin })!;
    expect(v.page!.total).toBe(v.statements.length);
    expect(v.statements.length).toBeGreaterThanOrEqual(atLeast);
    if (origin !== "curated") expect(v.statements).toEqual([]);
  });

  it("gives each cited source once as a reference with its publisher and address", () => {
    const v = showEntity(store, "china", "1980-01-01", { statements: "summary" })!;
    const ids = v.references!.map((r) => r.source);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = new Set(v.statements.flatMap((s) => s.sources.map((c) => c.source)));
    for (const id of cited) expect(ids).toContain(id);
    expect(v.references![0]).toEqual(expect.objectContaining({ source: expect.any(String), title: expect.any(String), publisher: expect.anything() }));
  });
});

describe("a summary's choice among many statements of one predicate", () => {
  it("keeps a dispute's own 'concerns' (its islands, which its box reads) ahead of the events that concern it", () => {
    const events = Array.from({ length: PREVIEW + 2 }, (_, i) => row(`e${i}`, { subject: `event-${i}`, p: "concerns", object: "a-dispute" }));
    const own = row("own", { subject: "a-dispute", p: "concerns", object: "some-islands" });
    expect(preview([...events, own], "a-dispute", "1960-01-01").map((r) => r.id)).toContain("own");
  });
});

describe("the order of an entity's undated statements", () => {
  // Three visits whose file names run against their dates, the latest one with its participants in an order
  // that is neither alphabetical nor the order of their ids' hashes.
  const visit = (id: string, day: string, participants: string[]) =>
    `names: {en: "${id}"}\ntype: visit\nsources: [{source: web-mofa-fixture}]\nstatements:\n  - {p: occurred, time: "${day}", sources: [{source: web-mofa-fixture}]}\n` +
    participants.map((p) => `  - {p: participant, object: ${p}, sources: [{source: web-mofa-fixture}]}\n`).join("");
  const dir = mkdtempSync(join(tmpdir(), "gaiko-order-"));
  cpSync(GOOD, join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "data", "events", "a-later-visit.yaml"), visit("a-later-visit", "2014-07", ["japan", "north-korea", "united-states", "china", "russia"]));
  writeFileSync(join(dir, "data", "events", "b-earlier-visit.yaml"), visit("b-earlier-visit", "1990-09", ["japan", "china"]));
  writeFileSync(join(dir, "data", "events", "c-first-visit.yaml"), visit("c-first-visit", "1972-09-25", ["china", "japan"]));
  buildDatabase(join(dir, "data"), join(dir, "kb.db"), { sharedDir: FIXTURE_SHARED });
  const ordered = Store.open(join(dir, "kb.db"));
  afterAll(() => ordered.close());

  it("lists a state's part in events by the events' dates, though its participations carry no date", () => {
    const events = showEntity(ordered, "china", undefined, { p: "participant" })!.statements.map((s) => s.subject.id);
    expect(events).toEqual(["c-first-visit", "b-earlier-visit", "a-later-visit"]);
  });

  it("lists an event's participants in the order its file gives them", () => {
    const v = showEntity(ordered, "a-later-visit", undefined, { statements: "summary" })!;
    expect(v.statements.filter((s) => s.p === "participant").map((s) => s.object!.id)).toEqual(["japan", "north-korea", "united-states", "china", "russia"]);
  });
});
