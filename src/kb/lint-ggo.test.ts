import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { formatDiagnostic, lintData } from "./lint.js";

/** The good fixtures plus agreements whose `ggo:` lists are given; the lint lines about `ggo`. */
function lintLinks(links: Record<string, string[]>): string[] {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-ggo-lint-"));
  cpSync(GOOD, dir, { recursive: true });
  for (const [id, ggo] of Object.entries(links)) {
    writeFileSync(join(dir, "agreements", `${id}.yaml`), `names: {en: "${id}"}\ntype: convention\nscope: multilateral\nggo: ${JSON.stringify(ggo)}\nsources: [{source: web-mofa-fixture, locator: "§ 1"}]\n`);
  }
  return lintData(dir, { sharedDir: FIXTURE_SHARED }).diagnostics.filter((d) => d.path.startsWith("ggo")).map((d) => formatDiagnostic(d).replace(/^.*agreements\//, ""));
}

describe("ggo: links in gaiko lint", () => {
  it.each([
    ["one id in two agreements", { a: ["CMNTBT_1996A"], b: ["CMNTBT_1996A"] }, ['b.yaml:4 ggo[0]: "CMNTBT_1996A" is also linked by a — one GGO instrument is one agreement: keep the link in the agreement it is, or add @<signature day> to tell apart instruments GGO gives one id']],
    ["a bare id and a dated link to it", { a: ["UNCLOS_1982A"], b: ["UNCLOS_1982A@1994-07-28"] }, [expect.stringMatching(/^b\.yaml:4 ggo\[0\]: "UNCLOS_1982A@1994-07-28" is also linked by a/)]],
    ["two days under one id", { a: ["UNCLOS_1982A@1994-07-28"], b: ["UNCLOS_1982A@1995-08-04"] }, []],
    ["two ids in one agreement", { a: ["PHYPNM_1979A", "PHYPNM_1980A"] }, []],
    ["a lowercase id", { a: ["cmntbt_1996a"] }, [expect.stringMatching(/^a\.yaml:4 ggo\[0\]: a GGO treatyID such as "CMNTBT_1996A"/)]],
  ])("%s", (_, links, want) => {
    expect(lintLinks(links)).toEqual(want);
  });
});
