import { describe, expect, it } from "vitest";
import { numberBadges, PageNumbers, readingOrder } from "./numbering.js";

const badge = (source: string, ...locators: string[]) => ({ source, locators });

describe("reference numbers in reading order", () => {
  it.each([
    [["a"], ["a"]],
    [["b", "a", "b", "c", "a"], ["b", "a", "c"]],
    [[], []],
  ])("orders %j as %j (first met, each once)", (sources, want) => {
    expect(readingOrder(sources)).toEqual(want);
  });

  it("numbers the first source a reader meets 1, whatever order the page's parts loaded in", () => {
    // Japan's page before: the summary's references came first, so the first badge read "68".
    const n = new PageNumbers();
    n.set([badge("seed-002", "row 126"), badge("mofa-venezuela", "¶2"), badge("mofa-belgium"), badge("mofa-venezuela", "¶4")]);
    expect(["seed-002", "mofa-venezuela", "mofa-belgium"].map(n.numberOf)).toEqual([1, 2, 3]);
    expect(n.locators.get("mofa-venezuela")).toEqual(["¶2", "¶4"]);
  });

  it("keeps the numbers before a section that opens and numbers its new sources in place", () => {
    const n = new PageNumbers();
    n.set([badge("a"), badge("c")]);
    n.set([badge("a"), badge("b"), badge("c")]);
    expect(["a", "b", "c"].map(n.numberOf)).toEqual([1, 2, 3]);
  });

  it("tells its subscribers only when a number or a locator changed", () => {
    const n = new PageNumbers();
    let calls = 0;
    n.subscribe(() => calls++);
    expect(n.set([badge("a", "¶1")])).toBe(true);
    expect(n.set([badge("a", "¶1"), badge("a", "¶1")])).toBe(false);
    expect(n.set([badge("a", "¶1", "¶2")])).toBe(true);
    expect(calls).toBe(2);
  });

  it("gathers each source's locators once, in reading order", () => {
    expect(numberBadges([badge("a", "¶2"), badge("b"), badge("a", "¶4", "¶2")]).locators).toEqual(
      new Map([
        ["a", ["¶2", "¶4"]],
        ["b", []],
      ]),
    );
  });
});
