import { describe, expect, it } from "vitest";
import { placeTickLabels, textWidth } from "./tick-labels.js";

describe("the timeline axis's tick labels", () => {
  // Zoomed to 20 Sep – 10 Oct 1972 the axis read "9 Oct 1972 11 Oct 1972" run together (issue 15, S4).
  it("leaves out a label at the right edge that would run into the one before it", () => {
    const ticks = [
      { x: 560, text: "5 Oct 1972" },
      { x: 700, text: "9 Oct 1972" },
      { x: 765, text: "11 Oct 1972" },
    ];
    expect(placeTickLabels(ticks, 780, 11)).toEqual([
      { x: 560, text: "5 Oct 1972", anchor: "middle" },
      { x: 700, text: "9 Oct 1972", anchor: "middle" },
    ]);
  });

  it.each([
    ["years, well apart", [20, 100, 200, 300].map((x, i) => ({ x, text: String(1950 + 10 * i) })), 4],
    ["Japanese days, well apart", [50, 200, 350].map((x, i) => ({ x, text: `1972年10月${i + 1}日` })), 3],
    ["Japanese days, too close", [50, 120, 190].map((x, i) => ({ x, text: `1972年10月${i + 1}日` })), 2],
  ])("keeps every label that has room, none touching: %s", (_, ticks, n) => {
    const labels = placeTickLabels(ticks, 780, 11);
    expect(labels).toHaveLength(n);
    for (const [a, b] of labels.slice(1).map((l, i) => [labels[i]!, l] as const)) {
      const extent = (l: typeof a) => (l.anchor === "end" ? [l.x - textWidth(l.text, 11), l.x] : [l.x - textWidth(l.text, 11) / 2, l.x + textWidth(l.text, 11) / 2]);
      expect(extent(b)[0]!).toBeGreaterThan(extent(a)[1]!);
    }
  });

  it("ends a label at its tick near the right edge, not past it", () => {
    expect(placeTickLabels([{ x: 770, text: "2026" }], 780, 11)).toEqual([{ x: 770, text: "2026", anchor: "end" }]);
  });

  it.each([
    ["11 Oct 1972", 68],
    ["1972年9月22日", 82],
    ["1950", 28],
  ])("estimates the width of %j near the %i px measured at 11 px", (text, px) => {
    expect(Math.abs(textWidth(text, 11) - px)).toBeLessThan(px * 0.1);
  });
});
