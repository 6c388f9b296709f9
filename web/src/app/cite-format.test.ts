import { describe, expect, it } from "vitest";
import { citations, type CiteInput } from "./cite-format.js";

const base: CiteInput = {
  id: "japan",
  name: { en: "Japan", ja: "日本" },
  release: "07ba7fa24dea0484",
  builtAt: "2026-12-05T19:34:07.975Z",
  url: "https://gaiko.example/entity/japan?asOf=1972-09-29",
  accessed: "2026-12-06",
  lang: "en",
};

describe("citations", () => {
  it("writes APA with the release, the retrieval date and the address", () => {
    expect(citations(base).apa).toBe(
      "gaiko contributors. (2026). Japan. In gaiko: Japan's foreign relations (Data release 07ba7fa24dea0484). Retrieved December 6, 2026, from https://gaiko.example/entity/japan?asOf=1972-09-29",
    );
  });

  it("writes Chicago with the release's date and the access date", () => {
    expect(citations(base).chicago).toBe(
      "gaiko contributors. “Japan.” gaiko: Japan's foreign relations. Data release 07ba7fa24dea0484, December 5, 2026. Accessed December 6, 2026. https://gaiko.example/entity/japan?asOf=1972-09-29.",
    );
  });

  it("writes BibTeX with a stable key, the release in a note and the address in url", () => {
    const b = citations(base).bibtex;
    expect(b.split("\n")[0]).toBe("@misc{gaiko-japan-07ba7fa2,");
    expect(b).toContain("  note = {Data release 07ba7fa24dea0484},");
    expect(b).toContain("  url = {https://gaiko.example/entity/japan?asOf=1972-09-29},");
    expect(b).toContain("  urldate = {2026-12-06}");
    expect(b.endsWith("}")).toBe(true);
  });

  it.each([
    [{ en: "Japan", ja: "日本" }, "ja", "日本 [Japan]"],
    [{ en: "Japan", ja: null }, "ja", "Japan"],
    [{ en: "Japan", ja: "日本" }, "en", "Japan"],
  ] as const)("titles %j in %s as %s", (name, lang, title) => {
    const c = citations({ ...base, name, lang });
    expect(c.apa).toContain(`(2026). ${title}. In`);
    expect(c.chicago).toContain(`“${title}.”`);
  });

  it("escapes BibTeX's special characters in a title", () => {
    const b = citations({ ...base, name: { en: "R&D {50%} #1 under_score $x~y^z \\ end", ja: null } }).bibtex;
    expect(b).toContain("title = {R\\&D \\{50\\%\\} \\#1 under\\_score \\$x\\textasciitilde{}y\\textasciicircum{}z \\textbackslash{} end},");
  });
});
