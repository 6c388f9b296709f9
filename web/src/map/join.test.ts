import { describe, expect, it } from "vitest";
import { joinShapes, shapeKey } from "./join.js";
import { heldBy, row } from "./fixtures.js";

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

  it("keys shapes by ISO code or by name", () => {
    expect(shapeKey({ id: "392", name: "Japan" })).toBe("392");
    expect(shapeKey({ id: undefined, name: "Kosovo" })).toBe("name:Kosovo");
  });
});
