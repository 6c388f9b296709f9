import { describe, expect, it } from "vitest";
import { categoryOf, legendOf, isUncertain, parseLayer, type Layer } from "./colour.js";
import { agreement, row } from "./fixtures.js";

describe("categoryOf", () => {
  it.each<[Layer, ReturnType<typeof row>, string]>([
    ["status", row("taiwan", "diplomatic-relations"), "diplomatic-relations"],
    ["status", row("taiwan", "severed"), "severed"],
    ["status", row("kosovo", "not-yet-existing"), "not-yet-existing"],
    ["alliance", row("united-states", "diplomatic-relations", { alliance: true }), "alliance"],
    ["alliance", row("france", "diplomatic-relations"), "no-alliance"],
    ["alliance", row("ussr", "no-longer-existing"), "no-longer-existing"],
    ["agreements", row("france", "diplomatic-relations"), "agreements-0"],
    ["agreements", row("china", "diplomatic-relations", { agreements: [agreement("a")] }), "agreements-1"],
    ["agreements", row("korea", "diplomatic-relations", { agreements: [agreement("a"), agreement("b"), agreement("c")] }), "agreements-2"],
    ["agreements", row("us", "diplomatic-relations", { agreements: ["a", "b", "c", "d"].map(agreement) }), "agreements-4"],
    ["agreements", row("kosovo", "not-yet-existing", { agreements: [] }), "not-yet-existing"],
  ])("on the %s layer puts %o in %s", (layer, r, key) => {
    expect(categoryOf(layer, { kind: "row", row: r }).key).toBe(key);
  });

  it("gives Japan and shapes with no state their own categories", () => {
    expect(categoryOf("status", { kind: "japan" }).key).toBe("japan");
    expect(categoryOf("alliance", { kind: "no-data" }).key).toBe("no-data");
  });

  it("draws every category a layer can give in its legend", () => {
    const statuses = ["diplomatic-relations", "recognized-no-relations", "at-war", "severed", "none", "never", "not-yet-existing", "no-longer-existing", "unknown"] as const;
    for (const layer of ["status", "alliance", "agreements"] as const) {
      const keys = new Set(legendOf(layer).map((c) => c.key));
      for (const status of statuses) {
        for (const n of [0, 1, 2, 5]) {
          for (const alliance of [true, false]) {
            const r = row("x", status, { alliance, agreements: Array.from({ length: n }, (_, i) => agreement(`a${i}`)) });
            expect(keys.has(categoryOf(layer, { kind: "row", row: r }).key)).toBe(true);
          }
        }
      }
      expect(keys.has("japan") && keys.has("no-data")).toBe(true);
    }
  });
});

describe("layers", () => {
  it("reads the layers it knows and refuses unknown names", () => {
    expect(parseLayer("alliance")).toBe("alliance");
    expect(parseLayer("unvoting")).toBe("unvoting");
    expect(parseLayer("nonsense")).toBe("status");
    expect(parseLayer(null)).toBe("status");
  });
  it("marks an uncertain status (drawn as a pattern over the colour), never Japan or a certain one", () => {
    expect(isUncertain({ kind: "row", row: row("a", "diplomatic-relations", { certain: false }) })).toBe(true);
    expect(isUncertain({ kind: "row", row: row("a", "diplomatic-relations") })).toBe(false);
    expect(isUncertain({ kind: "japan" })).toBe(false);
  });
});
