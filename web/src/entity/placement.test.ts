import { describe, expect, it } from "vitest";
import { placeCard, type Rect } from "./placement.js";

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const badge = (left: number, top: number): Rect => ({ left, top, right: left + 24, bottom: top + 16 });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("where a citation's preview card goes", () => {
  it.each([
    ["a badge high on a desktop page", badge(600, 200), { width: 352, height: 160 }, desktop, "below"],
    ["a badge near the bottom of a desktop page", badge(600, 850), { width: 352, height: 160 }, desktop, "above"],
    ["a badge at a phone's right edge", badge(360, 300), { width: 374, height: 200 }, phone, "below"],
    ["a badge at a phone's left edge, low", badge(4, 780), { width: 374, height: 200 }, phone, "above"],
    ["a card wider than the phone", badge(200, 100), { width: 500, height: 120 }, phone, "below"],
  ] as const)("keeps the card inside the viewport and off the badge for %s", (_, anchor, card, viewport, side) => {
    const p = placeCard(anchor, card, viewport);
    const width = Math.min(card.width, viewport.width - 16);
    const height = p.maxHeight ?? card.height;
    const box = { left: p.left, top: p.top, right: p.left + width, bottom: p.top + height };
    expect(p.side).toBe(side);
    expect(box.left).toBeGreaterThanOrEqual(8);
    expect(box.right).toBeLessThanOrEqual(viewport.width - 8);
    expect(box.top).toBeGreaterThanOrEqual(8);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height - 8);
    expect(overlaps(box, anchor)).toBe(false);
  });

  it("lets a card taller than either side scroll on the larger side, still clear of the badge", () => {
    const anchor = badge(100, 300);
    const p = placeCard(anchor, { width: 300, height: 900 }, phone);
    expect(p).toMatchObject({ side: "below", top: anchor.bottom + 6 });
    expect(p.maxHeight).toBe(844 - 8 - (anchor.bottom + 6));
  });

  it("centres the card under the badge when there is room", () => {
    expect(placeCard(badge(600, 200), { width: 200, height: 100 }, desktop).left).toBe(612 - 100);
  });
});
