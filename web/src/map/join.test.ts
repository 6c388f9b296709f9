import { describe, expect, it } from "vitest";
import { joinShapes, shapeKey } from "./join.js";
import { heldBy, row, territory } from "./fixtures.js";

const shapes = [
  { id: "392", name: "Japan" },
  { id: "643", name: "Russia" },
  { id: "158", name: "Taiwan" },
  { id: undefined, name: "Kosovo" },
  { id: undefined, name: "Somaliland" },
];

function subjectId(map: ReturnType<typeof joinShapes>, key: string): string {
  const info = map.get(key)!;
  return info.subject.kind === "row" ? info.subject.row.state.id : info.subject.kind;
}

describe("joinShapes", () => {
  it("joins by ISO numeric code, and Kosovo by name", () => {
    const map = joinShapes(shapes, [row("taiwan", "severed", { isoNumeric: "158" }), row("kosovo", "diplomatic-relations")]);
    expect(subjectId(map, "158")).toBe("taiwan");
    expect(subjectId(map, "name:Kosovo")).toBe("kosovo");
    expect(subjectId(map, "392")).toBe("japan");
    expect(subjectId(map, "name:Somaliland")).toBe("no-data");
  });

  it("draws the USSR on Russia's shape while the engine says the USSR held it", () => {
    const russia1975 = row("russia", "not-yet-existing", { isoNumeric: "643", ...heldBy("ussr", "sovereign") });
    const map1975 = joinShapes(shapes, [russia1975, row("ussr", "diplomatic-relations")]);
    expect(subjectId(map1975, "643")).toBe("ussr");
    expect(map1975.get("643")!.territoryOf?.state.id).toBe("russia");

    const map1992 = joinShapes(shapes, [row("russia", "diplomatic-relations", { isoNumeric: "643" }), row("ussr", "no-longer-existing")]);
    expect(subjectId(map1992, "643")).toBe("russia");
    expect(map1992.get("643")!.territoryOf).toBeNull();
  });

  it("draws a territory with the state it belongs to", () => {
    const map = joinShapes([{ id: "304", name: "Greenland" }], [row("denmark", "diplomatic-relations", { isoNumeric: "208" })]);
    expect(subjectId(map, "304")).toBe("denmark");
    expect(map.get("304")!.dependency).toBe(true);
  });

  it("keeps today's state on its shape once it has relations of its own, even if a predecessor is still recorded", () => {
    const map = joinShapes(shapes, [row("russia", "diplomatic-relations", { isoNumeric: "643" }), row("ussr", "severed")]);
    expect(subjectId(map, "643")).toBe("russia");
  });

  it("draws Korea under Japanese rule, and a shape nobody is recorded to hold as its own row", () => {
    const korea = [{ id: "410", name: "South Korea" }];
    const ruled = joinShapes(korea, [row("south-korea", "not-yet-existing", { isoNumeric: "410", ...heldBy("japan", "colony") })]);
    expect(subjectId(ruled, "410")).toBe("japanese-rule");
    const bare = joinShapes(korea, [row("south-korea", "not-yet-existing", { isoNumeric: "410" }), row("joseon", "diplomatic-relations")]);
    expect(subjectId(bare, "410")).toBe("south-korea");
  });

  // DATA33 recorded who held the Northern Mariana Islands (a place, no state) on every day since 1885; the point
  // showed no data, and a list of sovereigns of today would have drawn the United States there in 1930.
  describe("a territory that is a place, drawn by who held it on the date", () => {
    const nmi = [{ id: "580", name: "N. Mariana Is." }];
    const us = row("united-states", "at-war", { isoNumeric: "840" });
    it.each([
      ["Spain's colony in 1890", territory("northern-mariana-islands", "580", "spain", "colony", "rules"), "spain"],
      ["Japan's mandate in 1930", territory("northern-mariana-islands", "580", "japan", "mandate"), "japanese-rule"],
      ["American occupation in 1944", territory("northern-mariana-islands", "580", "united-states", "occupation", "occupies"), "united-states"],
      ["no holder the engine knows", territory("northern-mariana-islands", "580", null), "no-data"],
    ])("shows %s", (_, place, want) => {
      const map = joinShapes(nmi, [us, row("spain", "diplomatic-relations", { isoNumeric: "724" })], [place]);
      expect(subjectId(map, "580")).toBe(want);
      expect(map.get("580")!.place?.place.id).toBe("northern-mariana-islands");
      expect(map.get("580")!.territoryOf).toBeNull();
    });

    it("gives no data where the holder has no row, rather than a guess", () => {
      const map = joinShapes(nmi, [us], [territory("northern-mariana-islands", "580", "german-empire", "colony", "rules")]);
      expect(subjectId(map, "580")).toBe("no-data");
    });

    it("takes the engine's holder over the all-dates sovereign of a dependent shape, and a state's own row over a place", () => {
      const pr = [{ id: "630", name: "Puerto Rico" }];
      expect(subjectId(joinShapes(pr, [us]), "630")).toBe("united-states");
      expect(subjectId(joinShapes(pr, [us, row("spain", "diplomatic-relations")], [territory("puerto-rico", "630", "spain", "colony", "rules")]), "630")).toBe("spain");
      const palau = [{ id: "585", name: "Palau" }];
      const own = joinShapes(palau, [row("palau", "diplomatic-relations", { isoNumeric: "585" })], [territory("somewhere", "585", "japan")]);
      expect(subjectId(own, "585")).toBe("palau");
      expect(own.get("585")!.place).toBeUndefined();
    });
  });

  it("keys shapes by ISO code or by name", () => {
    expect(shapeKey({ id: "392", name: "Japan" })).toBe("392");
    expect(shapeKey({ id: undefined, name: "Kosovo" })).toBe("name:Kosovo");
  });
});
