import { describe, expect, it } from "vitest";
import { message } from "../i18n/dict.js";
import { resultCount } from "./result-count.js";

// Searching "korea" said "100 results": the first 100 of the 385 the API counted (issue 15, S4).
describe("the search page's count of results", () => {
  it.each([
    [100, 100, 385, "en", "100 of 385 results shown; choose a kind to see others"],
    [100, 100, 385, "ja", "全385件中100件を表示（種類を選ぶと他の結果も表示されます）"],
    [12, 12, 12, "en", "12 results"],
    [40, 100, 385, "en", "40 of 385 results shown; choose a kind to see others"],
    [0, 0, 0, "ja", "0件"],
  ] as const)("%i shown of %i returned, %i in all, in %s: %j", (shown, returned, total, lang, want) => {
    const { key, params } = resultCount(shown, returned, total);
    expect(message(lang, key, params)).toBe(want);
  });
});
