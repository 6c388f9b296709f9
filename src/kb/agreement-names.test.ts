import Database from "better-sqlite3";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { AgreementNameEntry } from "../model/agreement-names.js";
import { buildAll, vendorDir, type FullBuildResult } from "../datasets/run.js";
import { cowStates } from "../datasets/importers/cow-states.js";
import { icowClaims } from "../datasets/importers/claims.js";
import { formatDiagnostic, lintData } from "./lint.js";
import { Store } from "./store.js";
import { search } from "./search.js";
import { showEntity } from "./entity-query.js";

describe("an entry of data/agreement-names", () => {
  it.each([
    ["a name found in a source", { id: "ggo-cbd-1992a", ja: "生物の多様性に関する条約", source: "web-mofa-treaties", locator: "title" }, []],
    ["a name found in a source, no locator", { id: "ggo-cbd-1992a", ja: "生物の多様性に関する条約", source: "web-mofa-treaties" }, []],
    ["gaiko's own translation", { id: "ggo-scirwm-1976e28-intrrw-1937a", ja: "国際捕鯨取締条約附表の修正（第28回会合）", translated: true }, []],
    ["neither a source nor translated", { id: "ggo-x", ja: "条約" }, ["source: say where the Japanese title comes from"]],
    ["both a source and translated", { id: "ggo-x", ja: "条約", source: "web-a", translated: true }, ["translated: a name found in a source is not a translation"]],
    ["a locator without a source", { id: "ggo-x", ja: "条約", locator: "p. 3", translated: true }, ["locator: a locator needs a source"]],
    ["translated: false", { id: "ggo-x", ja: "条約", translated: false }, ["translated: write translated: true, or leave it out and give source:"]],
    ["a title in English", { id: "ggo-x", ja: "Convention", translated: true }, ["ja: must be written in Japanese"]],
    ["an id that is not kebab-case", { id: "GGO_X", ja: "条約", translated: true }, ["id: must be lowercase kebab-case"]],
    ["an unknown field", { id: "ggo-x", ja: "条約", translated: true, en: "Convention" }, ["Unrecognized key"]],
  ])("%s", (_, entry, problems) => {
    const r = AgreementNameEntry.safeParse(entry);
    const got = r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(got.length).toBe(problems.length);
    problems.forEach((p, i) => expect(got[i]).toContain(p));
  });
});

describe("gaiko lint on data/agreement-names", () => {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-names-lint-"));
  cpSync(GOOD, dir, { recursive: true });
  cpSync(join(FIXTURES, "agreement-names"), join(dir, "agreement-names"), { recursive: true });
  const r = lintData(dir, { sharedDir: FIXTURE_SHARED });
  const lines = r.diagnostics.filter((d) => d.file.includes("agreement-names")).map((d) => `${d.severity} ${formatDiagnostic(d).replace(/\S*agreement-names\//g, "")}`);

  it("names the file, line, entry and field of each problem, and the fix", () => {
    expect(lines).toEqual([
      "error broken.yaml:2 [0].source: say where the Japanese title comes from — add source: <a data/sources id> (and locator:), or translated: true for gaiko's own translation",
      "error broken.yaml:7 [1].translated: a name found in a source is not a translation — remove translated: true, or remove source: if no source gives this title",
      "error broken.yaml:9 [2].ja: must be written in Japanese (kana or kanji) — give the Japanese title",
      "error broken.yaml:11 [3].source: unknown source \"web-no-such-source\" — add it to data/sources or fix the id",
      "error broken.yaml:14 [4].id: \"japan\" is a curated state (data/states/japan.yaml) — give its Japanese name as names.ja in its own file, and remove this entry",
      "error broken.yaml:20 [6].id: \"ggo-twice\" is listed twice (also broken.yaml [5]) — keep one entry",
      "error broken.yaml:23 [7].source: say where the Japanese title comes from — add source: <a data/sources id> (and locator:), or translated: true for gaiko's own translation",
      "error broken.yaml:25 [7].translatd: Unrecognized key: \"translatd\" — remove the field or fix its spelling: an entry has id, ja, source, locator, translated",
      "error broken.yaml:28 [8].locator: a locator needs a source — add source:, or remove locator:",
      "error not-a-list.yaml:1 (file): the file holds fields, not a list — write one \"- id: …\" entry per agreement, or [] for none (see docs/data-format.md)",
    ]);
  });

  it("keeps the valid entries for the build, and only those", () => {
    expect(r.agreementNames.map((e) => e.id)).toEqual(["ggo-unknown-source", "japan", "ggo-twice", "ggo-twice", "ggo-good"]);
    expect(r.agreementNames.find((e) => e.id === "ggo-good")).toMatchObject({ ja: "正しい条約", source: "web-mofa-fixture", locator: "title", index: 9 });
    expect(r.agreementNames.some((e) => ["ggo-no-source", "ggo-both", "ggo-english", "ggo-typo", "ggo-locator-only"].includes(e.id))).toBe(false);
  });

  it("reports nothing for an empty list", () => {
    const empty = mkdtempSync(join(tmpdir(), "gaiko-names-empty-"));
    cpSync(GOOD, empty, { recursive: true });
    mkdirSync(join(empty, "agreement-names"));
    writeFileSync(join(empty, "agreement-names", "ggo-a.yaml"), "[]\n");
    const clean = lintData(empty, { sharedDir: FIXTURE_SHARED });
    expect(clean.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(clean.agreementNames).toEqual([]);
  });
});

describe("gaiko lint on data/dataset-names", () => {
  const lintWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "gaiko-dataset-names-lint-"));
    cpSync(GOOD, dir, { recursive: true });
    mkdirSync(join(dir, "dataset-names"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "dataset-names", name), text);
    const r = lintData(dir, { sharedDir: FIXTURE_SHARED });
    return { r, lines: r.diagnostics.filter((d) => d.file.includes("dataset-names")).map((d) => formatDiagnostic(d).replace(/\S*dataset-names\//g, "")) };
  };

  it.each([
    ["a list that is not a list", { "cow.yaml": "id: hanover\n" }, ['cow.yaml:1 (file): the file holds fields, not a list — write one "- id: …" entry per entity, or [] for none (see docs/data-format.md)']],
    ["a curated state", { "cow.yaml": "- id: japan\n  ja: 日本\n  translated: true\n" }, ['cow.yaml:1 [0].id: "japan" is a curated state (data/states/japan.yaml) — give its Japanese name as names.ja in its own file, and remove this entry']],
    ["an id listed in two files of the folder", { "a.yaml": "- id: hanover\n  ja: ハノーファー王国\n  translated: true\n", "b.yaml": "- id: hanover\n  ja: ハノーファー王国\n  translated: true\n" }, ['b.yaml:1 [0].id: "hanover" is listed twice (also a.yaml [0]) — keep one entry']],
    ["an entry without a source", { "cow.yaml": "- id: hanover\n  ja: ハノーファー王国\n" }, ["cow.yaml:1 [0].source: say where the Japanese title comes from — add source: <a data/sources id> (and locator:), or translated: true for gaiko's own translation"]],
    ["a valid list", { "cow.yaml": "- id: hanover\n  ja: ハノーファー王国\n  source: web-mofa-fixture\n  locator: \"title\"\n" }, []],
  ])("%s", (_, files, want) => {
    expect(lintWith(files).lines).toEqual(want);
  });

  it("hands the valid entries to the build, marked with their folder", () => {
    const { r } = lintWith({ "cow.yaml": "- id: hanover\n  ja: ハノーファー王国\n  source: web-mofa-fixture\n" });
    expect(r.agreementNames).toEqual([expect.objectContaining({ id: "hanover", ja: "ハノーファー王国", folder: "dataset-names", index: 0 })]);
  });
});

// Issues 14 and 15: the COW states and ICOW claims an import makes get their Japanese names too.
describe("a build with names for dataset states and claims (data/dataset-names)", () => {
  const DATASET_NAMES = `- id: baden
  ja: バーデン大公国
  source: web-mofa-fixture
  locator: "title"
- id: bavaria
  ja: バイエルン王国
  translated: true
- id: icow-claim-239407
  ja: 白海（ICOW主張239407）
  translated: true
- id: no-such-state
  ja: 存在しない国
  translated: true
`;
  // A state id in data/agreement-names is still a mistake there: that folder names agreements.
  const AGREEMENT_NAMES = `- id: saxony
  ja: ザクセン王国
  translated: true
`;
  let db: Database.Database;
  let dbFile: string;
  let built: FullBuildResult;

  beforeAll(async () => {
    const data = join(mkdtempSync(join(tmpdir(), "gaiko-dataset-names-")), "data");
    cpSync(GOOD, data, { recursive: true });
    mkdirSync(join(data, "dataset-names"));
    writeFileSync(join(data, "dataset-names", "cow.yaml"), DATASET_NAMES);
    mkdirSync(join(data, "agreement-names"));
    writeFileSync(join(data, "agreement-names", "ggo-a.yaml"), AGREEMENT_NAMES);
    const cow = vendorDir(data, cowStates);
    cpSync(join(FIXTURES, "datasets", "cow-state-system"), cow, { recursive: true });
    appendFileSync(join(cow, "cow_states.csv"), "BAV,245,Bavaria,1816,1,1,1871,1,18,2016\nSAX,269,Saxony,1816,1,1,1867,8,18,2016\n");
    cpSync(join(FIXTURES, "datasets", "icow-territorial-claims"), vendorDir(data, icowClaims), { recursive: true });
    dbFile = join(data, "..", "kb.db");
    // The fixture extracts hold deliberately broken rows: allow them, as the importers' own tests do.
    built = await buildAll(data, dbFile, [cowStates, icowClaims], { sharedDir: FIXTURE_SHARED, maxRejected: 0.5 });
    db = new Database(dbFile, { readonly: true });
  });

  const entity = (id: string) => db.prepare("SELECT kind, name_ja, json_extract(body, '$.names.ja') AS bodyJa, json_extract(body, '$.nameJaTranslated') AS translated FROM entities WHERE id = ?").get(id);

  it.each([
    ["a state named from a source", "baden", { kind: "state", name_ja: "バーデン大公国", bodyJa: "バーデン大公国", translated: null }],
    ["a state in gaiko's own translation", "bavaria", { kind: "state", name_ja: "バイエルン王国", bodyJa: "バイエルン王国", translated: 1 }],
    ["an ICOW claim in gaiko's own translation", "icow-claim-239407", { kind: "dispute", name_ja: "白海（ICOW主張239407）", bodyJa: "白海（ICOW主張239407）", translated: 1 }],
    ["a state listed only in data/agreement-names (not named)", "saxony", { kind: "state", name_ja: null, bodyJa: null, translated: null }],
  ])("%s: %s", (_, id, want) => {
    expect(entity(id)).toEqual(want);
  });

  it.each([
    ["バーデン大公国", "baden"],
    ["バイエルン", "bavaria"],
    ["白海", "icow-claim-239407"],
  ])("search finds the dataset entity by its Japanese name: %s", (query, id) => {
    const store = Store.open(dbFile);
    try {
      expect(search(store, query).results[0]?.id).toBe(id);
    } finally {
      store.close();
    }
  });

  it("cites the name's source on the state's page, and marks a translation in its fields", () => {
    const store = Store.open(dbFile);
    try {
      expect(showEntity(store, "baden")?.entity.sources.map((c) => [c.source, c.locator])).toEqual([["web-mofa-fixture", "title"]]);
      expect(showEntity(store, "bavaria")?.entity.fields).toMatchObject({ nameJaTranslated: true });
    } finally {
      store.close();
    }
  });

  it("warns, naming file, entry and fix, about an id no import made and a state listed among agreements", () => {
    expect(built.lint.warnings.filter((w) => /(agreement|dataset)-names/.test(w.file)).map((w) => `${w.file.replace(/.*\/data\//, "")} ${w.path}: ${w.message}`)).toEqual([
      "agreement-names/ggo-a.yaml [0].id: \"saxony\" is a state, not an agreement — check the id against `gaiko list agreements` (name a dataset entity of another kind in data/dataset-names), or remove the entry",
      "dataset-names/cow.yaml [3].id: no entity with this id was built — check the id against `gaiko show <id>` after a build (an import may have merged it into a curated entity), or remove the entry",
    ]);
  });
});
