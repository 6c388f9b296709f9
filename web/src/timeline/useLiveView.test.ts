import { describe, expect, it } from "vitest";
import { shownView, type LiveStep, type Written } from "./useLiveView.js";
import type { View } from "./scale.js";

// Views of four keyboard zoom steps from 1600–2025, and the address each one's commit writes.
const v0: View = { start: 1600, end: 2025 };
const v1: View = { start: 1706, end: 1918 };
const v2: View = { start: 1759, end: 1865 };
const s0 = "from=1600&to=2025";
const s1 = "from=1706&to=1918";
const s2 = "from=1759&to=1865";

describe("shownView: the timeline's view between a zoom step and its commit to the address", () => {
  it("shows the address's view when no step was made", () => {
    expect(shownView(v0, s0, null, null)).toBe(v0);
  });

  it("shows a step at once, before its commit", () => {
    const live: LiveStep = { view: v1, base: s0, seq: 1 };
    expect(shownView(v0, s0, live, null)).toBe(v1);
  });

  it("keeps a newer step when an earlier step's commit lands after it (the chart never jumps back)", () => {
    // Step 1 was committed as a transition; before it landed, step 2 was drawn at the old address.
    const live: LiveStep = { view: v2, base: s0, seq: 2 };
    const written: Written = { search: s1, seq: 1 };
    expect(shownView(v1, s1, live, written)).toBe(v2);
  });

  it("shows the address once the step's own commit has landed", () => {
    const live: LiveStep = { view: v2, base: s0, seq: 2 };
    const written: Written = { search: s2, seq: 2 };
    const fromAddress: View = { start: 1759, end: 1865 };
    expect(shownView(fromAddress, s2, live, written)).toBe(fromAddress);
  });

  it("gives way to an address the page did not write (a filter chosen, going back)", () => {
    const live: LiveStep = { view: v2, base: s0, seq: 2 };
    const written: Written = { search: s1, seq: 1 };
    expect(shownView(v0, `${s0}&kind=visit`, live, written)).toBe(v0);
    expect(shownView(v0, s0.replace("1600", "1500"), live, null)).toBe(v0);
  });
});
