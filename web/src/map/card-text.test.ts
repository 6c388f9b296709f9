import { describe, expect, it } from "vitest";
import { cardText } from "./card-text.js";

// A pinned card read "South Korea" over "South Korea: Diplomatic relations" (issue 15, S4).
describe("a pinned map card's line under its heading", () => {
  it.each([
    ["South Korea: Diplomatic relations", "South Korea", "Diplomatic relations"],
    ["大韓民国：外交関係あり", "大韓民国", "外交関係あり"],
    ["China: No relations yet (established later) — uncertain", "China", "No relations yet (established later) — uncertain"],
    ["Taiwan: no data: not a state in gaiko's data", "Taiwan", "No data: not a state in gaiko's data"],
    ["United Kingdom (on India's territory, colony): Diplomatic relations", "United Kingdom", "United Kingdom (on India's territory, colony): Diplomatic relations"],
    ["Japan", "Japan", "Japan"],
    ["Korea: Under Japanese rule", "South Korea", "Korea: Under Japanese rule"],
  ])("%j under %j reads %j", (title, heading, want) => {
    expect(cardText(title, heading)).toBe(want);
  });
});
