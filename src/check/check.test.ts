import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { CheckResult } from "../model/results.js";
import { check } from "./check.js";
import { CheckInputError, decodeInput, guessFormat, htmlToText } from "./input.js";
import { splitSentences } from "./sentences.js";
import { findSlant } from "./slant.js";
import { findTimes } from "./times.js";
import { similar, WordBag, wordsOf } from "./words.js";

const { store } = fixtureStore();
afterAll(() => store.close());
const verdicts = (text: string) => check(store, text).claims.map((c) => [c.subject.id, c.p, c.object?.id ?? null, c.verdict, c.expected]);

describe("time expressions", () => {
  it.each([
    ["signed on August 12, 1978", "1978-08-12"],
    ["on 12 August 1978", "1978-08-12"],
    ["in Aug. 1978", "1978-08"],
    ["in 1978", "1978"],
    ["from 1945 to 1952", "1945/1952"],
    ["1945–52", "1945/1952"],
    ["in the 1980s", "1980/1989"],
    ["1978年8月12日", "1978-08-12"],
    ["昭和53年", "1978"],
    ["平成元年1月", "1989-01"],
    ["2020-01-14", "2020-01-14"],
    ["in the early 20th century", "1900/1939"],
    ["the mid-19th century", "1830/1869"],
    ["in the late 1980s", "1986/1989"],
    // Ranges of days in one year, in both languages (TICAD7's 2019年8月28日から30日まで had been read as the 28th alone,
    // and まで made it the end: a true sentence contradicted).
    ["2019年8月28日から30日まで", "2019-08-28/2019-08-30"],
    ["2019年8月28日～9月2日", "2019-08-28/2019-09-02"],
    ["2019年8月28~30日", "2019-08-28/2019-08-30"],
    ["from 28 to 30 August 2019", "2019-08-28/2019-08-30"],
    ["28–30 August 2019", "2019-08-28/2019-08-30"],
    ["August 28-30, 2019", "2019-08-28/2019-08-30"],
    // The era year in brackets before 年, as Japanese government pages write it (session 33: read as the year alone before).
    ["1956（昭和31）年12月18日", "1956-12-18"],
    ["1992(平成4)年9月", "1992-09"],
    ["1993(平成5)年5月23日から5月28日まで", "1993-05-23/1993-05-28"],
  ])("reads %j as %s", (text, edtf) => {
    expect(findTimes(text).map((t) => t.edtf)).toEqual([edtf]);
  });

  it("gives a month written without its year the year of the date just before it", () => {
    expect(findTimes("It reached Acapulco on 25 January 1614, Mexico City in March and Havana in July.").map((t) => t.edtf)).toEqual(["1614-01-25", "1614-03", "1614-07"]);
    expect(findTimes("It may rain in May.").map((t) => t.edtf)).toEqual([]);
  });

  it("marks a range written out at both ends, not a decade or a 'between'", () => {
    expect(findTimes("the Cold War (1947–1991), the 1980s, between 1950 and 1960").map((t) => t.bounds ?? false)).toEqual([true, false, false]);
  });

  it("reads a year in two digits with the century of the full year before it, and none without one (session 33)", () => {
    expect(findTimes("2019年に始まった。ロシアは22年2月に侵攻した。第5回(13年)").map((t) => t.edtf)).toEqual(["2019", "2022-02", "2013"]);
    expect(findTimes("1998年の合意と02年3月5日の声明").map((t) => t.edtf)).toEqual(["1998", "2002-03-05"]);
    expect(findTimes("ロシアは20年2月に侵攻した。20年間続いた。").map((t) => t.edtf)).toEqual([]);
  });

  it("reads 'to the present day' and 現在 as the check's own today, not the clock's (session 33)", () => {
    expect(findTimes("from 1972 to the present day", "2026-12-05").map((t) => t.edtf)).toEqual(["1972", "2026-12-05"]);
    expect(findTimes("現在も続く", "2001-02-03").map((t) => t.edtf)).toEqual(["2001-02-03"]);
  });

  it("refuses an impossible day but keeps its year", () => {
    expect(findTimes("on February 30, 1990").map((t) => t.edtf)).toEqual(["1990"]);
  });
});

describe("content words", () => {
  it("splits compounds, drops plural and possessive endings and function words", () => {
    expect([...wordsOf("Japan's counter-piracy missions and the sanctions")]).toEqual(["japan", "counter", "piracy", "mission", "sanction"]);
  });

  it("meets inflected forms through a shared stem, but not a noun in -ment and its root", () => {
    expect(similar("collided", "collision")).toBe(true);
    expect(similar("reinvestigate", "reinvestigation")).toBe(true);
    expect(similar("state", "statement")).toBe(false);
    expect(similar("trade", "trawler")).toBe(false);
    expect(new WordBag(["collided", "ship"]).shared(["collision", "incident"])).toEqual(["collision"]);
  });
});

describe("sentences", () => {
  it("does not end a sentence at U.S. or Gen., and ends one at 。", () => {
    const t = "The U.S. and Japan met. Gen. MacArthur arrived.日本は加盟した。次に";
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(["The U.S. and Japan met.", "Gen. MacArthur arrived.日本は加盟した。", "次に"]);
  });
});

describe("input", () => {
  it.each<[Uint8Array, string]>([
    [new Uint8Array(), "empty"],
    [Buffer.from("   \n "), "empty"],
    [Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), "binary"],
    [Uint8Array.from([0x82, 0xa0, 0x82, 0xa2]), "encoding"],
    [Buffer.from("x".repeat(2000)), "too-large"],
  ])("refuses bad input (%#: %s) with a clear error", (bytes, code) => {
    try {
      decodeInput(bytes, 1000);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CheckInputError);
      expect((e as CheckInputError).code).toBe(code);
      expect((e as Error).message).toMatch(/ — |:/);
    }
  });

  it("reads HTML as its text and guesses formats", () => {
    expect(htmlToText("<p>Japan &amp; China</p><script>x()</script><p>1978</p>")).toBe("Japan & China\n1978\n");
    expect(guessFormat("<!doctype html><p>x</p>")).toBe("html");
    expect(guessFormat("# Title", "notes.md")).toBe("markdown");
  });
});

describe("mention linking", () => {
  const linked = (text: string) => check(store, text).mentions.map((m) => [m.text, m.entity.id]);
  it.each([
    ["Japan's treaty with China", [["Japan", "japan"], ["China", "china"]]],
    ["US-Japan talks", [["US", "united-states"], ["Japan", "japan"]]],
    ["Japanese and Chinese officials", [["Japanese", "japan"], ["Chinese", "china"]]],
    ["日米同盟と日中関係", [["日", "japan"], ["米", "united-states"], ["日", "japan"], ["中", "china"]]],
    ["竹島 (Dokdo)", [["竹島", "liancourt-rocks"], ["Dokdo", "liancourt-rocks"]]],
    ["the USSR and the Soviet Union", [["USSR", "ussr"], ["Soviet Union", "ussr"]]],
  ])("links %j", (text, want) => expect(linked(text)).toEqual(want));

  it("does not link lowercase words or pronouns that spell an abbreviation", () => {
    expect(linked("let us go to japan")).toEqual([]);
  });
});

describe("verdicts", () => {
  it("supports a date the knowledge base holds and contradicts one it does not, with the value it holds", () => {
    // Each of the two named states signed it then, too: a claim of its own for each.
    expect(verdicts("Japan and China signed their peace and friendship treaty on August 12, 1978.")).toEqual([
      ["japan-china-peace-and-friendship-treaty", "signed", null, "supported", null],
      ["japan", "signatory-of", "japan-china-peace-and-friendship-treaty", "supported", null],
      ["china", "signatory-of", "japan-china-peace-and-friendship-treaty", "supported", null],
    ]);
    expect(verdicts("The Treaty of Peace and Friendship between Japan and the People's Republic of China was signed in 1972.")).toEqual([
      ["japan-china-peace-and-friendship-treaty", "signed", null, "contradicted", "1978-08-12"],
    ]);
  });

  it("decides diplomatic status as of the date a sentence gives", () => {
    expect(verdicts("Japan established diplomatic relations with China in 1972.")).toEqual([["china", "diplomatic-relations", "japan", "supported", null]]);
    expect(verdicts("Japan established diplomatic relations with China in 1965.")).toEqual([["china", "diplomatic-relations", "japan", "contradicted", "1972-09-29/.."]]);
  });

  it("decides a relation the sentence names by its date, not by the mere link between the two", () => {
    const r = check(store, "Japan ratified the Treaty of Peace and Friendship between Japan and the People's Republic of China in 1970.");
    expect(r.claims.filter((c) => c.subject.id === "japan").map((c) => [c.p, c.verdict])).toEqual([["party-to", "contradicted"]]);
    // Two names side by side assert no relation between them: a link the text does not assert is no claim.
    const linked = check(store, "Japan and the Treaty of Peace and Friendship between Japan and the People's Republic of China.");
    expect(linked.claims.filter((c) => c.subject.id === "japan")).toEqual([]);
  });

  it("says not checkable rather than supported when nothing in the knowledge base decides a claim", () => {
    expect(verdicts("Japan and Kosovo fought a war in 1990.")).toEqual([]);
    const r = check(store, "Japan established diplomatic relations with Kosovo in 2009.");
    expect(r.claims.map((c) => c.verdict)).toEqual(["not-checkable"]);
  });

  it("gives evidence with statements and their sources", () => {
    const [c] = check(store, "The Treaty of Peace and Friendship between Japan and the People's Republic of China was signed in 1972.").claims;
    expect(c!.evidence.map((e) => e.status).sort()).toEqual(["accepted", "rejected"]);
    expect(c!.evidence.flatMap((e) => e.sources.map((s) => s.source))).toContain("web-mofa-fixture");
  });

  it("keeps slant apart from verdicts", () => {
    const r = check(store, "Critics say the so-called treaty, clearly signed in 1978, failed.");
    expect(r.slant.map((s) => s.kind)).toEqual(["unattributed-opinion", "loaded", "intensifier", "evaluative"]);
    expect(findSlant("Japan signed it in 1978.")).toEqual([]);
  });

  it("answers the documented JSON shape, with spans into the text", () => {
    const text = "Japan joined the UN in 1956. 日本は1978年8月12日に日中平和友好条約に署名した。";
    const r = CheckResult.strict().parse(check(store, text));
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of r.claims) expect(c.end).toBeLessThanOrEqual(text.length);
    expect(r.document).toEqual({ format: "text", bytes: Buffer.byteLength(text), chars: text.length, sentences: 2 });
  });
});
