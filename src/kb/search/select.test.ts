import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Marks } from "./scratch.js";
import { firstInOrder } from "./select.js";

describe("firstInOrder", () => {
  it.each([
    [[3, 1, 4, 5, 9, 2], 2, [1, 2]],
    [[3, 1, 4, 5, 9, 2], 0, []],
    [[3, 1, 4], 3, [1, 3, 4]],
    [[3, 1, 4], 10, [1, 3, 4]],
    [[], 5, []],
  ])("takes the first of %j, %i of them, as %j", (items, count, expected) => {
    expect(firstInOrder(items, count, (a, b) => a - b)).toEqual(expected);
  });

  it("gives the first items of a full sort, in order, for any list and count", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 300 }), fc.nat(320), (items, count) => {
        // An order with a tie-break, as ranking uses: by the last digit, then by value.
        const cmp = (a: number, b: number) => (((b % 10) + 10) % 10) - (((a % 10) + 10) % 10) || a - b;
        expect(firstInOrder(items, count, cmp)).toEqual([...items].sort(cmp).slice(0, count));
      }),
    );
  });

  it("leaves the list it was given as it was", () => {
    const items = [5, 4, 3, 2, 1];
    firstInOrder(items, 2, (a, b) => a - b);
    firstInOrder(items, 9, (a, b) => a - b);
    expect(items).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("Marks", () => {
  it("keeps a value per entry until cleared", () => {
    const m = new Marks(4);
    m.clear();
    expect(m.get(2)).toBe(-1);
    m.set(2, 7);
    m.set(0, 0);
    expect([m.get(0), m.get(1), m.get(2)]).toEqual([0, -1, 7]);
    m.clear();
    expect([m.get(0), m.get(2)]).toEqual([-1, -1]);
  });
});
