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

  it.each([
    // 960 px across 960 map units: a label 11 units high. ベネズエラ 13.2 units above コロンビア once touched it.
    ["stacked", { x: 300, y: 200 }, { x: 300, y: 213.2 }],
    // コンゴ民主共和国 (8 × 11 px) and タンザニア (5 × 11 px) side by side, 5 px between their ends: with the
    // halos, about 2 px apart, which read as touching.
    ["side by side", { x: 300, y: 200 }, { x: 300 + 44 + 27.5 + 5, y: 200 }],
  ])("keeps two Japanese names %s from touching", (_, a, b) => {
    const big = (key: string, text: string, at: { x: number; y: number }): LabelCandidate => ({ key, text, ...at, area: 120 * 120 });
    const labels = placeLabels([big("180", "コンゴ民主共和国", a), big("834", "タンザニア", b)], world, 960, 11);
    expect(labels.map((l) => l.text)).toEqual(["コンゴ民主共和国"]);
  });

  it("leaves out states outside the view", () => {
    expect(placeLabels(states, { x: 0, y: 0, width: 300, height: 147 }, 960, 6.5)).toEqual([]);
  });

  // Panned on a 390 px phone, North Korea's centre lay just inside the view's top edge and its name was cut in half.
  it("leaves out a name that would run over the view's edge", () => {
    const korea: LabelCandidate = { key: "408", text: "北朝鮮", x: 700, y: 100.8, area: 40 * 40 };
    const top = { x: 660, y: 100, width: 80, height: 39 };
    expect(placeLabels([korea], top, 390, 11)).toEqual([]);
    expect(placeLabels([korea], { ...top, y: 90 }, 390, 11).map((l) => l.text)).toEqual(["北朝鮮"]);
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

describe("placeLabels with a state always named", () => {
  const japan = new Set(["392"]);
  const phone = 390;

  it.each([
    ["the whole world on a phone", world, phone],
    ["the whole world on a desktop", world, 1280],
    ["East Asia on a phone", { x: 660, y: 100, width: 160, height: 78 }, phone],
  ])("names Japan on %s, however small it is drawn", (_name, box, width) => {
    expect(placeLabels(states, box, width, 11, japan).map((l) => l.key)).toContain("392");
  });

  it("writes Japan's name beside its shape, to the east, when the shape cannot hold it", () => {
    const [label] = placeLabels(states, world, phone, 11, japan);
    expect(label!.key).toBe("392");
    expect(label!.x).toBeGreaterThan(790);
  });

  it("writes the name west of the shape when the east is off the view", () => {
    const edge = { x: 500, y: 0, width: 295, height: 300 };
    const label = placeLabels(states, edge, phone, 11, japan).find((l) => l.key === "392");
    expect(label!.x).toBeLessThan(790);
  });

  it("writes the name on the shape when it holds it (zoomed in)", () => {
    const close = { x: 760, y: 130, width: 60, height: 40 };
    const label = placeLabels(states, close, 1280, 6.5, japan).find((l) => l.key === "392");
    expect(label!.x).toBe(790);
  });

  it("names the state first, so a larger neighbour's name gives way to it", () => {
    const bigNeighbour: LabelCandidate = { key: "999", text: "Neighbourland", x: 805, y: 150, area: 40 * 40 };
    const keys = placeLabels([...states, bigNeighbour], world, 1280, 6.5, japan).map((l) => l.key);
    expect(keys).toContain("392");
    expect(keys).not.toContain("999");
  });

  it("still leaves it out when it lies outside the view", () => {
    expect(placeLabels(states, { x: 0, y: 0, width: 300, height: 147 }, phone, 11, japan)).toEqual([]);
  });
});
