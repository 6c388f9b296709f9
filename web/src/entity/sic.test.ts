import { describe, expect, it } from "vitest";
import { withSic } from "./sic.js";

describe("a dataset title's misspelling", () => {
  it.each([
    ["Agreement For The Establishment Of A General Fisheries Comission For The Mediterranean", "Agreement For The Establishment Of A General Fisheries Comission [sic] For The Mediterranean"],
    ["General Fisheries Comission [sic] For The Mediterranean", "General Fisheries Comission [sic] For The Mediterranean"],
    ["International Whaling Commission", "International Whaling Commission"],
    ["Treaty of Peace with Japan", "Treaty of Peace with Japan"],
    ["地中海漁業一般委員会の設置に関する協定", "地中海漁業一般委員会の設置に関する協定"],
  ])("%j reads %j", (name, want) => {
    expect(withSic(name)).toBe(want);
  });
});
