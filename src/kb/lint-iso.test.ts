import { describe, expect, it } from "vitest";
import { isoClashes } from "./lint-iso.js";

describe("isoClashes (rule iso-code-taken)", () => {
  it.each([
    ["a place with a state's code", [{ id: "guam", kind: "place", isoNumeric: "316" }, { id: "somewhere", kind: "state", isoNumeric: "316" }], [{ id: "guam", code: "316", first: "somewhere" }]],
    ["two places with one code", [{ id: "macau", kind: "place", isoNumeric: "446" }, { id: "macao", kind: "place", isoNumeric: "446" }], [{ id: "macao", code: "446", first: "macau" }]],
    ["two states with one code", [{ id: "a", kind: "state", isoNumeric: "001" }, { id: "b", kind: "state", isoNumeric: "001" }], [{ id: "b", code: "001", first: "a" }]],
    ["codes of their own, and entities with none", [{ id: "guam", kind: "place", isoNumeric: "316" }, { id: "japan", kind: "state", isoNumeric: "392" }, { id: "tokyo", kind: "place" }, { id: "ussr", kind: "state" }], []],
  ])("finds %s", (_, entities, want) => {
    expect(isoClashes(entities)).toEqual(want);
  });
});
