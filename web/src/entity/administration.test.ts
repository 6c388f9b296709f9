import { describe, expect, it } from "vitest";
import { administrationBars } from "./administration.js";
import type { PlaceClaim } from "./group.js";

const claim = (state: string, p: string, start: string | null, end: string | null): PlaceClaim =>
  ({
    place: { id: "x", kind: "place", name: { en: "x", ja: null } },
    state: { id: state, kind: "state", name: { en: state, ja: null } },
    statement: { id: `${state}-${p}`, p, start, end, status: "accepted" },
  }) as unknown as PlaceClaim;

describe("administrationBars", () => {
  it("runs open ends to now and starts the chart at the decade of the first date", () => {
    const { bars, start, end } = administrationBars([claim("japan", "administers", "1905-01-01", "1945-12-31"), claim("south-korea", "administers", "1954-01-01", null)], 2026);
    expect(start).toBe(1900);
    expect(end).toBe(2026);
    expect(bars.map((b) => [b.stateId, Math.round(b.start), Math.round(b.end)])).toEqual([
      ["japan", 1905, 1946],
      ["south-korea", 1954, 2026],
    ]);
  });
  it("spans an undated claim over the whole chart and says it is undated", () => {
    const { bars } = administrationBars([claim("taiwan", "claims", null, null)], 2026);
    expect(bars[0]).toMatchObject({ dated: false, start: 1926, end: 2026 });
  });
});
