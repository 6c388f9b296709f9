import { describe, expect, it } from "vitest";
import { searchable } from "./debounce.js";

describe("searchable", () => {
  it.each([
    ["竹島", true],
    ["EU", true],
    ["竹", true],
    ["a", false],
    ["  ", false],
    ["Dokdo", true],
  ])("%j → %s", (q, want) => {
    expect(searchable(q)).toBe(want);
  });
});
