import { describe, expect, it } from "vitest";
import { compactNumber, seriesWords, unitFits } from "./series-words.js";

const CATALOG = [
  "armed-forces-personnel", "armed-forces-share-population", "cow-exports", "cow-imports", "dipcon-representation", "gdelt-goldstein",
  "milex-share-gdp-long-run", "nmc-cinc", "nmc-milex", "nmc-milper", "nmc-tpop", "shared-igos", "sipri-military-expenditure",
  "sipri-military-expenditure-share-gdp", "un-peacekeeping-force", "un-peacekeeping-missions", "un-peacekeeping-observers",
  "un-peacekeeping-police", "un-peacekeeping-troops", "unga-idealpoint", "unga-agreement-with-japan",
];

describe("a series' title and unit in the page's language", () => {
  it.each(CATALOG)("gives %s a Japanese title and unit with no English words", (name) => {
    const w = seriesWords({ name, title: "English title", unit: "English unit" }, "ja");
    expect(w.title).not.toBe("English title");
    expect(w.unit).not.toBe("English unit");
    // Acronyms of datasets (COW, SIPRI, GDELT …) stay; ordinary English words do not.
    expect(`${w.title} ${w.unit}`.replace(/\b(COW|NMC|IGO|SIPRI|GDELT|DIPCON|IISS|CINC|GDP|Our World in Data)\b/g, "")).not.toMatch(/[a-z]{3,}/);
  });

  it.each([
    [{ name: "nmc-tpop", title: "Total population (COW NMC)", unit: "thousands of people" }, "en", { title: "Total population (COW NMC)", unit: "thousands of people" }],
    [{ name: "new-series", title: "New series", unit: "things" }, "ja", { title: "New series", unit: "things" }],
  ] as const)("keeps the API's words for %j in %s when it has none of its own", (s, lang, want) => {
    expect(seriesWords(s, lang)).toEqual(want);
  });
});

describe("a series chart's axis on a phone", () => {
  it.each([
    ["en", 300_000_000_000, "300bn"],
    ["ja", 300_000_000_000, "3000億"],
    ["en", 2_500_000, "2.5m"],
    ["ja", 0.25, "0.25"],
    ["en", -5, "-5"],
  ] as const)("writes a %s tick %d short: %s", (lang, v, want) => {
    expect(compactNumber(lang)(v)).toBe(want);
  });

  it.each([
    ["people", "en", 390, true],
    ["米ドル（実質。Our World in DataによるSIPRIの数値）", "ja", 292, false], // the chart on a 390 px phone is 292 px wide
    ["GDPに対する%", "ja", 292, true],
    ["share of roll calls (0 to 1; an abstention against yes or no counts ½)", "en", 1200, false],
  ] as const)("puts the unit %j (%s) over a %i px chart only if it fits: %s", (unit, lang, width, want) => {
    expect(unitFits(unit, lang, width)).toBe(want);
  });
});
