import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { AgreementNameEntry } from "../model/agreement-names.js";
import { formatDiagnostic, lintData } from "./lint.js";

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
