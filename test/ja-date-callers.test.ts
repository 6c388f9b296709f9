// One writer of Japanese dates, src/model/ja-date.ts, behind every surface that writes one (issue 15,
// review finding): the explorer's formatDate, the plain page's browser script, `gaiko show --lang ja`
// and the importers' summaries used to differ on qualifiers (1613~, 1945?, 1584-08%), intervals and
// open ends. Here each writes every form the data uses and must say what the module says.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VOICES } from "../src/cli/show-voice.js";
import { leaderSummary } from "../src/datasets/importers/leaders.js";
import { monthSpan } from "../src/datasets/importers/summary-text.js";
import { jaDate } from "../src/model/ja-date.js";
import { jaDateScript } from "../src/server/plain-date.js";
import { formatDate } from "../web/src/time/dates.js";
import { ROOT } from "./helpers.js";

/** One date of each shape in data/ and in the vendored datasets' statements (grep of both, 6 December 2026), and the EDTF forms the schema accepts beside them. */
const ONE_DATE = ["1972-09-29", "1972-09", "1972", "0950?", "2002-10-01?", "1613~", "1615-01~", "1584-08%", "1945?", "1972-21", "0000", "-0659"];
const INTERVALS = [
  "1945/1952", "1905-08-12/1911-07-13", "1942-04/1945", "1956-12-12/1978-04", "1904/1910-08-29", "1974/1977-01", "2000-11/2003-07-31",
  "1941-12-09/1957", "1612~/1630", "1963~/1990-05-22", "1982-11-01/2011-01-01~", "1991-05-23/1993-02-21?",
  "1911/..", "1991-12/..", "2020-08-01/..", "../1989", "../1939-06", "../1981-11-01", "../..", "1877/", "1996-01/", "1899-07-17/",
];

/** The plain page's date writer, as its script in the browser gets it. */
const page = new Function(`return ${jaDateScript()}`)() as (edtf: string | null) => string;

describe("every surface writes a Japanese date as src/model/ja-date.ts does", () => {
  it.each([...ONE_DATE, ...INTERVALS])("writes %j the same in the explorer, the plain page and gaiko show", (edtf) => {
    const want = jaDate(edtf);
    expect({ explorer: formatDate("ja", edtf), page: page(edtf), show: VOICES.ja.time(edtf), day: VOICES.ja.day(edtf) }).toEqual({ explorer: want, page: want, show: want, day: want });
  });

  it.each(ONE_DATE)("writes %j the same in the importers' summaries", (d) => {
    expect(monthSpan(d, d).ja).toBe(jaDate(d));
    expect(leaderSummary(d, "..").ja).toContain(`（${jaDate(d)}から）`);
  });

  it("writes no date as 日付不明 on the plain page and in gaiko show, and as nothing in the explorer, whose views pass null for no as-of day", () => {
    expect([page(null), VOICES.ja.time(null)]).toEqual(["日付不明", "日付不明"]);
    expect(formatDate("ja", null)).toBe("");
  });
});

/** Every `time:` written in data/, as the files write it (quoted or not). */
function dataTimes(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return dataTimes(path);
    if (!e.name.endsWith(".yaml")) return [];
    return [...readFileSync(path, "utf8").matchAll(/\btime: "?([^",}\s]+)/g)].map((m) => m[1]!);
  });
}

describe("the dates of data/", () => {
  const times = [...new Set(dataTimes(join(ROOT, "data")))];

  it("are thousands, so that the next test reads the data and not nothing", () => {
    expect(times.length).toBeGreaterThan(1000);
  });

  it("are each written in Japanese with nothing of EDTF left (no -, /, .., ~, ? or %)", () => {
    const left = times.filter((t) => /[-/.~?%]|\d{4}(?!年)/.test(jaDate(t)));
    expect(left).toEqual([]);
  });
});
