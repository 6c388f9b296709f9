import { describe, expect, it } from "vitest";
import { matchedNote } from "./matched.js";

const sea = { en: "Sea of Japan", ja: "日本海" };
const china = { en: "China", ja: "中華人民共和国" };
const rocks = { en: "Liancourt Rocks", ja: "竹島" };

// A Japanese search for 竹島 listed "日本海 · Sea of Japan": the hit matched by its summary, and the line
// showed its English name as if that had matched (session 37, READ37).
describe("the name shown beside a search hit", () => {
  it.each([
    ["a Japanese query that matched a summary: no English name after the Japanese one", "Sea of Japan", sea, "日本海", "竹島", null],
    ["the same hit on an English page: the name is the one shown", "Sea of Japan", sea, "Sea of Japan", "竹島", null],
    ["an English query on a Japanese page, matched by the English name", "China", china, "中華人民共和国", "china", "China"],
    ["a query of two words, one of them in the name", "China", china, "中華人民共和国", "people's china", "China"],
    ["a Japanese alias that matched", "中国", china, "中華人民共和国", "中国", "中国"],
    ["a Japanese query on an English page, matched by the Japanese name", "竹島", rocks, "Liancourt Rocks", "竹島", "竹島"],
    ["an alias is shown whatever the query", "PRC", china, "China", "people's republic", "PRC"],
  ] as const)("%s", (_, matched, name, shown, query, want) => {
    expect(matchedNote({ matched, name }, shown, query)).toBe(want);
  });
});
