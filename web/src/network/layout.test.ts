import { describe, expect, it } from "vitest";
import { FIGURE, figureLayout, fit, textWidth } from "./layout.js";
import type { EgoNetwork, Tie } from "./model.js";

const tie = (id: string, value = 1): Tie => ({ node: { id, kind: "state", name: { en: id, ja: null }, degree: 1 }, value, start: null, certain: true, via: [], note: null, acts: [] });
const net = (counts: Partial<Record<EgoNetwork["groups"][number]["id"], number>>): Pick<EgoNetwork, "groups"> => ({
  groups: Object.entries(counts).map(([id, n]) => ({ id: id as EgoNetwork["groups"][number]["id"], ties: Array.from({ length: n }, (_, i) => tie(`${id}-${i}`, n - i)) })),
});

describe("fit", () => {
  it.each([
    ["Japan", 10, "Japan", false],
    ["Asia-Pacific Economic Cooperation", 10, "Asia-Pacific Eco…", true],
    ["アジア太平洋経済協力会議", 6, "アジア太平…", true],
  ])("fits %s into %d ems as %s", (text, room, want, cut) => {
    const got = fit(text, room);
    expect(got).toEqual({ text: want, cut });
    expect(textWidth(got.text)).toBeLessThanOrEqual(room);
  });
});

describe("figureLayout", () => {
  const layout = figureLayout(net({ allies: 2, war: 30, agreements: 40, memberships: 3 }), (t) => t.node.id);

  it("shows at most 8 partners a group and 12 agreement partners, and says how many more there are", () => {
    const count = (g: string) => layout.rows.filter((r) => r.group === g).length;
    expect([count("allies"), count("war"), count("agreements"), count("memberships")]).toEqual([2, 8, 12, 3]);
    expect(layout.texts.filter((x) => x.more !== null).map((x) => [x.group, x.more])).toEqual([["war", 22], ["agreements", 28]]);
  });

  it("puts political ties on the left and agreements and memberships on the right, Japan between", () => {
    expect(new Set(layout.rows.filter((r) => r.side === "left").map((r) => r.group))).toEqual(new Set(["allies", "war"]));
    expect(layout.rows.every((r) => (r.side === "left" ? r.x < layout.japan.x : r.x > layout.japan.x))).toBe(true);
  });

  it("gives every row its own line, inside the picture, and the strongest agreement partner the largest dot", () => {
    for (const side of ["left", "right"]) {
      const ys = [...layout.rows.filter((r) => r.side === side).map((r) => r.y), ...layout.texts.filter((x) => x.side === side).map((x) => x.y)].sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(FIGURE.font + 4));
      expect(Math.max(...ys)).toBeLessThan(layout.height);
    }
    const agreements = layout.rows.filter((r) => r.group === "agreements");
    expect(agreements[0]!.r).toBeGreaterThan(agreements.at(-1)!.r);
  });
});
