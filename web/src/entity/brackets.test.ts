import { describe, expect, it } from "vitest";
import { withAside } from "./brackets.js";

describe("an aside in brackets in the page's language", () => {
  it.each([
    ["締約国", 2, "ja", "締約国（2）"],
    ["Parties", 2, "en", "Parties (2)"],
    ["失効", "後継条約により失効", "ja", "失効（後継条約により失効）"],
  ] as const)("%s with %s (%s) reads %s", (text, aside, lang, want) => {
    expect(withAside(text, aside, lang)).toBe(want);
  });
});
