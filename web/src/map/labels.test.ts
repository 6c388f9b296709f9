import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "./labels.js";

const world = { x: 0, y: 0, width: 960, height: 470 };
const states: LabelCandidate[] = [
  { key: "156", text: "China", x: 700, y: 160, area: 40 * 40 },
  { key: "643", text: "Russia", x: 700, y: 80, area: 90 * 90 },
  { key: "410", text: "South Korea", x: 770, y: 150, area: 5.5 * 5.5 },
  { key: "392", text: "Japan", x: 790, y: 150, area: 7 * 7 },
  { key: "496", text: "Mongolia", x: 705, y: 162, area: 25 * 25 },
];

describe("placeLabels", () => {
  it("names the large states of the whole world, and not the small ones", () => {
    expect(placeLabels(states, world, 960, 6.5).map((l) => l.text)).toEqual(["Russia", "China"]);
  });

  it("names smaller states once zoomed in, at the same size on screen", () => {
    const eastAsia = { x: 660, y: 100, width: 160, height: 78 };
    const labels = placeLabels(states, eastAsia, 960, 6.5);
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(["China", "Japan", "South Korea"]));
    expect(labels[0]!.size * (960 / eastAsia.width)).toBeCloseTo(11);
  });

  it("leaves out a label that would overlap a larger state's", () => {
    const eastAsia = { x: 660, y: 100, width: 160, height: 78 };
    expect(placeLabels(states, eastAsia, 960, 6.5).map((l) => l.text)).not.toContain("Mongolia");
  });

  it("leaves out states outside the view", () => {
    expect(placeLabels(states, { x: 0, y: 0, width: 300, height: 147 }, 960, 6.5)).toEqual([]);
  });

  it("fits fewer names on a phone", () => {
    expect(placeLabels(states, world, 390, 6.5).map((l) => l.text)).toEqual(["Russia"]);
  });

  it("names a state drawn over several shapes once, on the largest", () => {
    const ussr = [
      { key: "643", text: "Soviet Union", x: 700, y: 80, area: 90 * 90 },
      { key: "804", text: "Soviet Union", x: 560, y: 110, area: 30 * 30 },
    ];
    expect(placeLabels(ussr, world, 960, 6.5).map((l) => l.key)).toEqual(["643"]);
  });
});
