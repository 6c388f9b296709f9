import { describe, expect, it } from "vitest";
import { missionOfRole } from "./lists.js";

describe("a mission statement's role read as type and city", () => {
  it.each([
    ["embassy, Kyiv", "embassy", "Kyiv"],
    ["consulate general, Recife", "consulate-general", "Recife"],
    // The city keeps its own comma: everything after the kind is the city.
    ["embassy, Washington, D.C.", "embassy", "Washington, D.C."],
    ["Consulate, Hakodate", "consulate", "Hakodate"],
    ["consular office, Erbil", "consular-office", "Erbil"],
    ["honorary consulate, Nashville", "honorary-consulate", "Nashville"],
    ["de facto embassy, Taipei", "de-facto-embassy", "Taipei"],
    ["apostolic nunciature, Chiyoda-ku", "nunciature", "Chiyoda-ku"],
    ["mission", "mission", null],
    ["embassy", "embassy", null],
    // A role that does not open with a kind: the kind is looked for in it, and no city is read off a comma.
    ["VOC trading post (factory) at Dejima, Nagasaki", "trading-post", null],
    ["British legation at Edo", "legation", null],
    ["liaison office", "other", null],
    [null, "mission", null],
  ] as const)("reads %j as %s in %j", (role, type, city) => {
    expect(missionOfRole(role)).toEqual({ type, city });
  });
});
