import { describe, expect, it } from "vitest";
import { message, type Lang } from "../i18n/dict.js";
import { checkSummary, claimWhen, expectedWords, pairInTextOrder, polarityOf, polarityWords, RECORD_WORDS, relationWords, sameWordsAs, spanWords, tagLabel } from "./claim-words.js";

const tIn = (lang: Lang) => (key: Parameters<typeof message>[1], params?: Record<string, string | number>) => message(lang, key, params);

describe("relationWords", () => {
  it.each([
    // The API's label, in the page's language.
    [{ p: "signatory-of", label: { en: "signed", ja: "署名者" } }, "ja", "署名者"],
    [{ p: "signatory-of", label: { en: "signed", ja: "署名者" } }, "en", "signed"],
    // Without one, the model's label: never the predicate's id ("party-to").
    [{ p: "party-to" }, "ja", "締約国"],
    [{ p: "party-to" }, "en", "party to"],
    [{ p: "member-of" }, "ja", "加盟"],
  ] as const)("writes %o in %s as %s", (claim, lang, want) => {
    expect(relationWords(claim, lang)).toBe(want);
  });
});

describe("claimWhen", () => {
  it.each([
    [{ time: { edtf: "1972" }, edge: "any" }, "ja", "1972年"],
    [{ time: { edtf: "1972" }, edge: "any" }, "en", "in 1972"],
    [{ time: { edtf: "1972-09-29" }, edge: "start" }, "ja", "1972年9月29日から"],
    [{ time: { edtf: "1972-09-29" }, edge: "start" }, "en", "from 29 Sep 1972"],
    [{ time: { edtf: "1945-08-15" }, edge: "end" }, "ja", "1945年8月15日まで"],
    [{ time: { edtf: "1956-12-18" }, edge: "any" }, "en", "on 18 Dec 1956"],
    [{ time: { edtf: "1991/1992" }, edge: "span" }, "ja", "1991年〜1992年"],
    [{ time: null, edge: "today" }, "ja", "現在"],
    [{ time: null, edge: "ever" }, "ja", "日付の指定なし"],
    [{ time: null, edge: "ever" }, "en", "no date given"],
    [{ time: null }, "en", "no date given"],
  ] as const)("writes %o in %s as %s", (claim, lang, want) => {
    expect(claimWhen(claim, lang, tIn(lang))).toBe(want);
  });

  it("never shows an EDTF string or an edge word", () => {
    for (const edge of ["start", "end", "span", "any"] as const)
      for (const lang of ["en", "ja"] as const) expect(claimWhen({ time: { edtf: "1972-09-29/.." }, edge }, lang, tIn(lang))).not.toMatch(/\.\.|\/|start|end|span|any/);
  });
});

describe("spanWords", () => {
  it.each([
    ["ja", "1972-09-29/..", "1972年9月29日〜現在"],
    ["en", "1972-09-29/..", "29 Sep 1972 – today"],
    ["ja", "1978-08-12", "1978年8月12日"],
    ["ja", "../1945", "不明〜1945年"],
  ] as const)("writes %s %s as %s", (lang, edtf, want) => {
    expect(spanWords(lang, edtf)).toBe(want);
  });
});

describe("polarityOf", () => {
  it.each([
    [{ polarity: "negative" }, "negative"],
    [{ polarity: "positive" }, "positive"],
    [{}, "positive"],
  ] as const)("reads %o as %s", (claim, want) => {
    expect(polarityOf(claim)).toBe(want);
  });

  it("has words in both languages that say assert or deny", () => {
    expect(message("ja", "check.polarity.positive")).toContain("肯定");
    expect(message("ja", "check.polarity.negative")).toContain("否定");
    expect(message("ja", "check.polarity")).toBe("肯定／否定");
  });
});

describe("expectedWords", () => {
  it.each([
    ["1978-08-12", "ja", "1978年8月12日"],
    ["1978-08-12", "en", "12 Aug 1978"],
    ["1972-09-29/.., 1952-04-28/1972-09-29", "ja", "1972年9月29日〜現在、1952年4月28日〜1972年9月29日"],
    // Names and notes come in English: the Japanese reason says them in Japanese instead.
    ["United States, China", "ja", null],
    ["United States, China", "en", "United States, China"],
    [null, "en", null],
  ] as const)("writes %s in %s as %s", (expected, lang, want) => {
    expect(expectedWords(expected, lang)).toBe(want);
  });
});

describe("the words for an evidence statement's standing", () => {
  it.each(["en", "ja"] as const)("never show the status word itself in %s", (lang) => {
    for (const key of Object.values(RECORD_WORDS)) expect(message(lang, key)).not.toMatch(/status|accepted|contested|rejected|状態/i);
    expect(new Set(Object.values(RECORD_WORDS).map((k) => message(lang, k))).size).toBe(3);
  });

  it("are Japanese on the Japanese page", () => {
    for (const key of Object.values(RECORD_WORDS)) expect(message("ja", key)).not.toMatch(/[A-Za-z]/);
  });
});

describe("the slant glosses", () => {
  it.each(["loaded", "evaluative", "unattributed-opinion", "intensifier"] as const)("gloss %s in Japanese", (kind) => {
    expect(message("ja", `check.slantGloss.${kind}`)).not.toMatch(/[A-Za-z]/);
  });
});

describe("checkSummary", () => {
  const stats = (claims: number, mentions: number, slant: number) => ({ claims, supported: claims, contradicted: 0, notCheckable: 0, mentions, slant });
  it.each([
    // A one-sentence check read "1 claims: 1 supported, … · 1 mentions · 1 slant notes".
    [stats(1, 1, 1), "en", "1 claim: 1 supported, 0 contradicted, 0 not checkable\u00a0· 1 mention\u00a0· 1 slant note"],
    [stats(11, 21, 0), "en", "11 claims: 11 supported, 0 contradicted, 0 not checkable\u00a0· 21 mentions\u00a0· 0 slant notes"],
    [stats(1, 1, 1), "ja", "主張1件：裏付けあり1件、矛盾0件、検証不能0件\u00a0· 言及1件\u00a0· 表現の注記1件"],
  ] as const)("says %o in %s as %s", (s, lang, want) => {
    expect(checkSummary(s, lang, tIn(lang))).toBe(want);
  });

  it("never leaves a line on a narrow screen to start with its separator", () => {
    for (const lang of ["en", "ja"] as const) expect(checkSummary(stats(5, 19, 0), lang, tIn(lang))).not.toMatch(/ ·/);
  });
});

describe("sameWordsAs (session 36: a phone showed one three-line sentence three times over, once per claim it makes)", () => {
  it("names the first claim read from the same words, and nothing for a first reading", () => {
    const a = { start: 0, end: 76 };
    const b = { start: 77, end: 120 };
    expect(sameWordsAs([a, a, a, b, { start: 77, end: 100 }, b])).toEqual([null, 1, 1, null, null, 4]);
    expect(sameWordsAs([])).toEqual([]);
  });
});

describe("tagLabel", () => {
  it("says a marker's verdict, and that the text denies the claim when it does, in the page's language", () => {
    expect(tagLabel({ verdict: "contradicted" }, 1, "en", tIn("en"))).toBe("Claim 1: Contradicted");
    expect(tagLabel({ verdict: "contradicted", polarity: "positive" }, 2, "en", tIn("en"))).toBe("Claim 2: Contradicted");
    expect(tagLabel({ verdict: "contradicted", polarity: "negative" }, 4, "en", tIn("en"))).toBe("Claim 4: Contradicted (the text denies this)");
    expect(tagLabel({ verdict: "not-checkable", polarity: "negative" }, 3, "ja", tIn("ja"))).toBe("主張3：検証不能（本文はこれを否定している）");
    expect(tagLabel({ verdict: "supported" }, 5, "ja", tIn("ja"))).toBe("主張5：裏付けあり");
  });
});

describe("polarityWords", () => {
  it.each([
    [{ polarity: "positive" }, null, "en", "the text asserts this"],
    [{ polarity: "negative" }, null, "ja", "本文はこれを否定している"],
    // A claim the text reports as another's is never said to be asserted by the text.
    [{ polarity: "positive" }, "China", "en", "the text reports China as asserting this, without saying so itself"],
    [{ polarity: "negative" }, "中華人民共和国", "ja", "本文は、中華人民共和国がこれを否定していると伝えている（本文自身の主張ではない）"],
  ] as const)("reads %j reported by %s in %s as %j", (claim, who, lang, words) => {
    expect(polarityWords(claim, who, tIn(lang))).toBe(words);
  });
});

describe("pairInTextOrder", () => {
  const japan = { id: "japan" };
  const china = { id: "china" };
  const un = { id: "united-nations" };
  // "Japan and China did not establish diplomatic relations in 1972." and a second sentence naming China first.
  const mentions = [
    { start: 0, entity: { id: "japan", kind: "state" as const, name: { en: "Japan", ja: "日本" } } },
    { start: 10, entity: { id: "china", kind: "state" as const, name: { en: "China", ja: "中華人民共和国" } } },
    { start: 70, entity: { id: "china", kind: "state" as const, name: { en: "China", ja: "中華人民共和国" } } },
    { start: 80, entity: { id: "japan", kind: "state" as const, name: { en: "Japan", ja: "日本" } } },
  ];
  it.each([
    ["a symmetric relation, named Japan first", { p: "diplomatic-relations", start: 0, end: 63, subject: china, object: japan }, [japan, china]],
    ["a symmetric relation, named China first in its own sentence", { p: "at-war", start: 64, end: 100, subject: japan, object: china }, [china, japan]],
    ["a relation with a direction", { p: "member-of", start: 0, end: 63, subject: japan, object: un }, [japan, un]],
    ["a relation with no object", { p: "signed", start: 0, end: 63, subject: japan, object: null }, [japan, null]],
  ] as const)("orders %s as the text does", (_, claim, pair) => {
    expect(pairInTextOrder(claim, mentions)).toEqual(pair);
  });
});
