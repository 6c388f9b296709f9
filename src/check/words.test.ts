import { describe, expect, it } from "vitest";
import { TextWords, wordsOf } from "./words.js";

/** The text with ranges replaced by spaces, one after another, as the described-event search once did. */
const blank = (s: string, ranges: [number, number][]) => ranges.reduce((t, [a, b]) => t.slice(0, a) + " ".repeat(b - a) + t.slice(b), s);

describe("a sentence's words read once, for the words of its parts", () => {
  it.each<[string, [number, number][], string[]]>([
    ["Japan's visit to Pyongyang", [[0, 5]], ["visit", "pyongyang"]],
    ["Koizumi visited Pyongyang in September 2002", [[29, 43]], ["koizumi", "visited", "pyongyang"]],
    ["the Japan-DPRK Pyongyang Declaration was signed", [[4, 36]], ["signed"]],
    ["counter-piracy missions", [[0, 4]], ["ter", "piracy", "mission"]],
    ["O'Brien's talks", [[1, 3]], ["rien", "talk"]],
    ["''abc def's", [[0, 1]], ["abc", "def"]],
    ["visits and visitors", [[0, 3], [2, 6]], ["visitor"]],
    ["the summit in Tokyo", [[14, 22]], ["summit"]],
    ["no ranges at all", [], ["rang"]],
    ["İstanbul's talks with Ankara", [[0, 8]], ["talk", "ankara"]],
  ])("reads %j without %j as wordsOf reads it blanked", (text, ranges, words) => {
    const read = new TextWords(text);
    expect([...read.without(ranges)]).toEqual([...wordsOf(blank(text, ranges))]);
    expect([...read.without(ranges)]).toEqual(words);
  });

  it.each<[string, number, number]>([
    ["Japan's visit to Pyongyang", 0, 7],
    ["Japan's visit to Pyongyang", 3, 12],
    ["the Japan-DPRK Pyongyang Declaration", 4, 36],
    ["İstanbul's talks", 0, 10],
  ])("reads the part of %j from %i to %i as wordsOf reads that part", (text, a, b) => {
    expect([...new TextWords(text).within(a, b)]).toEqual([...wordsOf(text.slice(a, b))]);
  });

  it.each([
    "Japan's counter-piracy missions and the sanctions",
    // Runs of letters and apostrophes too short to be a word, and words starting or ending in apostrophes.
    "a'' b'c ab' x'yz ''abc it's O'Neill's ab a'",
    "Tōkyō's talks, CO2 quotas and G7's x1y2z3 ab1cd",
  ])("reads the whole text %j as wordsOf does", (text) => {
    expect([...new TextWords(text).all()]).toEqual([...wordsOf(text)]);
  });
});

describe("a word's content word, read from its last letters", () => {
  /** The rewrites the reading keeps to, as patterns (possessive, -ies, plural -es or -s); function words aside. */
  const byPatterns = (raw: string) => raw.replace(/'s?$/, "").replace(/(?<=...)(?:ies)$/, "y").replace(/(?<=...[^s])e?s$/, "");
  /**
   * Every word of three to eight characters of a, e, i, s and the apostrophe that starts with a letter: the letters
   * the reading looks at, any other, and lengths past every threshold it has (six letters, after "'s").
   */
  function* words(): Generator<string> {
    const chars = ["a", "e", "i", "s", "'"];
    for (let n = 3; n <= 8; n++)
      for (let x = 0; x < chars.length ** n; x++) {
        let w = "";
        for (let y = x, i = 0; i < n; i++, y = Math.floor(y / chars.length)) w += chars[y % chars.length];
        if (w[0] !== "'") yield w;
      }
  }

  // 390,600 words: the differences are gathered and compared once (an assertion per word took longer than the default
  // time limit on a loaded machine); the limit is raised for the same reason.
  it("is what the patterns make of every short word of the letters they read", () => {
    let compared = 0;
    const differ: string[] = [];
    for (const raw of words()) {
      const want = byPatterns(raw);
      const got = [...wordsOf(raw)];
      const expected = want.length < 3 ? [] : [want];
      if (got.length !== expected.length || got[0] !== expected[0]) differ.push(`${raw}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      compared++;
    }
    expect(differ.slice(0, 20)).toEqual([]);
    expect(compared).toBe(390_600);
  }, 60_000);

  it.each([
    ["countries", "country"],
    ["japan's", "japan"],
    ["states'", "stat"],
    ["classes", "classe"],
    ["fires", "fire"],
    ["buses", "buse"],
    ["this", ""],
    ["gas", "gas"],
  ])("reads %j as %j", (raw, want) => {
    expect([...wordsOf(raw)]).toEqual(want ? [want] : []);
  });
});
