// Issue 15, "one as-of engine answers every view", as an invariant over the real knowledge base, read
// through the API routes the explorer reads: Japan's page once counted 194 states with relations beside the
// map's 195 (statements counted, not the engine's states). It may not come back for any state on the days
// swept here. (The agreements list's twin invariant: agreements-standing.test.ts.)
import { describe, expect, it } from "vitest";
import { EntityView, RelationsResult } from "../../src/model/results.js";
import { heldOnDay } from "../../web/src/entity/fact-counts.js";
import { entityUrl } from "../../web/src/entity/load.js";
import { sharedStore } from "../helpers.js";
import { apiOf, DAYS } from "./api.js";

const { get } = apiOf(sharedStore());

describe("the fact box's count of relations and the engine's relations", () => {
  it.each(DAYS)("agree for every state on %s (Japan: every state in relations; another state: its own, 1 or 0)", async (day) => {
    const relations = RelationsResult.parse(await get(`/api/v1/relations?asOf=${day}`)).relations;
    const inRelations = new Set(relations.filter((r) => r.status === "diplomatic-relations").map((r) => r.state.id));
    const wrong: string[] = [];
    for (const id of ["japan", ...relations.map((r) => r.state.id)]) {
      // Japan's page as the explorer loads it; another state's sections come whole with any slice of its statements.
      const view = EntityView.parse(await get(entityUrl(id, id === "japan" ? { asOf: day, statements: "summary" } : { asOf: day, p: "exists", limit: 1 })));
      const want = id === "japan" ? inRelations.size : Number(inRelations.has(id));
      if (heldOnDay(view, "diplomatic-relations") !== want) wrong.push(`${id}: page ${heldOnDay(view, "diplomatic-relations")}, /relations ${want}`);
    }
    expect(wrong).toEqual([]);
    // Not a vacuous sweep: Japan had relations with some state on every day swept.
    expect(inRelations.size).toBeGreaterThan(0);
  });
});
