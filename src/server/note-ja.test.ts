// A statement's Japanese note (issue 15 item 5) goes from the YAML through the store to every
// interface that shows notes: the entity API, the export (JSON and CSV) and the stats count.
import { afterAll, describe, expect, it } from "vitest";
import { fixtureStoreWithJapaneseNotes } from "../../test/helpers.js";
import { exportJson, STATEMENT_CSV_COLUMNS, statementCsvRows } from "../kb/export.js";
import { flattenStatements } from "../kb/statements.js";
import { EntityView, ExportJson, Stats } from "../model/results.js";
import type { Entity } from "../model/entity.js";
import { createApp } from "./app.js";

const store = fixtureStoreWithJapaneseNotes();
afterAll(() => store.close());
const app = createApp(store);
const json = async (path: string) => {
  const r = await app.request(path);
  expect(r.status).toBe(200);
  return r.json() as Promise<unknown>;
};

describe("a statement's Japanese note from YAML to the API", () => {
  it.each([
    ["exists", "Founded in Beijing.", "北京で建国を宣言。"],
    ["diplomatic-relations", "By the joint communiqué.", null],
  ])("keeps the %s statement's note and its Japanese form (or null) in the entity view", async (p, note, ja) => {
    const view = EntityView.parse(await json("/api/v1/entities/china"));
    const s = view.statements.find((x) => x.p === p && x.subject.id === "china");
    expect([s?.note, s?.note_ja]).toEqual([note, ja]);
  });

  it("exports the Japanese note in JSON and as the last CSV column", async () => {
    const data = ExportJson.parse(await json("/api/v1/export"));
    const s = data.statements.find((x) => x.p === "exists" && x.subject === "china")!;
    expect(s.note_ja).toBe("北京で建国を宣言。");
    // Columns added later go last: note_ja, then value_ja.
    expect(STATEMENT_CSV_COLUMNS.slice(-2)).toEqual(["note_ja", "value_ja"]);
    const row = statementCsvRows(store, exportJson(store)).find((r) => r[0] === s.id)!;
    expect([row[STATEMENT_CSV_COLUMNS.indexOf("note")], row.at(-2), row.at(-1)]).toEqual(["Founded in Beijing.", "北京で建国を宣言。", null]);
  });

  it("counts the notes that have Japanese in the stats", async () => {
    const stats = Stats.parse(await json("/api/v1/stats"));
    const all = exportJson(store).statements.filter((s) => s.note !== null);
    expect(stats.statements.notes).toEqual({ total: all.length, ja: all.filter((s) => s.note_ja !== null).length });
    expect(stats.statements.notes.ja).toBeGreaterThan(0);
    expect(stats.statements.notes.ja).toBeLessThan(stats.statements.notes.total);
  });
});

describe("an attribute's Japanese value (value_ja) from YAML to the API", () => {
  it("gives the entity view value_ja where the data has one, and leaves it out where it has none (a number)", async () => {
    const view = EntityView.parse(await json("/api/v1/entities/china"));
    const attr = (role: string) => view.statements.find((x) => x.p === "attribute" && x.role === role);
    expect([attr("capital")?.value, attr("capital")?.value_ja]).toEqual(["Beijing", "北京"]);
    expect(attr("population")?.value).toBe("1400000000");
    expect(attr("population")).not.toHaveProperty("value_ja");
  });

  it("exports value_ja in JSON (null where none) and as the last CSV column", async () => {
    const data = ExportJson.parse(await json("/api/v1/export"));
    const capital = data.statements.find((x) => x.p === "attribute" && x.role === "capital")!;
    expect(capital.value_ja).toBe("北京");
    expect(data.statements.find((x) => x.p === "attribute" && x.role === "population")!.value_ja).toBeNull();
    const row = statementCsvRows(store, exportJson(store)).find((r) => r[0] === capital.id)!;
    expect([row[STATEMENT_CSV_COLUMNS.indexOf("value")], row.at(-1)]).toEqual(["Beijing", "北京"]);
  });
});

describe("merging one fact written in two files", () => {
  const st = (note?: string, note_ja?: string) => ({ p: "exists" as const, time: "1949-10-01/..", status: "accepted" as const, note, note_ja, sources: [{ source: "web-mofa-fixture" }] });
  const entity = (id: string, s: ReturnType<typeof st>) => ({ id, kind: "state", origin: `data/states/${id}.yaml`, statements: [{ ...s, subject: "china" }] }) as unknown as Entity;
  it.each([
    ["takes the Japanese note of the file whose English note it keeps", st(), st("A.", "甲。"), ["A.", "甲。"]],
    ["adds the Japanese form of the same English note from another file", st("A."), st("A.", "甲。"), ["A.", "甲。"]],
    ["never pairs an English note with another note's Japanese", st("A."), st("B.", "乙。"), ["A.", undefined]],
    ["keeps the first file's pair", st("A.", "甲。"), st("A.", "甲二。"), ["A.", "甲。"]],
  ])("%s", (_, first, second, want) => {
    const [s] = flattenStatements([entity("a", first), entity("b", second)]);
    expect([s?.note, s?.note_ja]).toEqual(want);
  });

  it("takes the Japanese value from whichever file gives it", () => {
    const attr = (value_ja?: string) => ({ id: value_ja ? "b" : "a", kind: "state", origin: "data/states/x.yaml", statements: [{ p: "attribute", subject: "china", role: "capital", value: "Beijing", value_ja, status: "accepted", sources: [{ source: "web-mofa-fixture" }] }] }) as unknown as Entity;
    const [s] = flattenStatements([attr(), attr("北京")]);
    expect(s?.value_ja).toBe("北京");
  });
});
