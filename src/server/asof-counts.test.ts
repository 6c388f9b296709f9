// One as-of engine answers every view: Japan's agreements in force on a day are as many in the graph
// the network page draws (its count is the agreements Japan has a party-to edge to, web/src/network/model.ts),
// in the agreements list filtered by Japan and the day, and in Japan's own page (the held count of its
// party-to section). The graph once kept GGO's open GFCM row of 1992 for Japan, which the engine sets aside
// beside the row that ends with Japan's withdrawal of 31 October 2020: 150 against 149 today.
import { afterAll, describe, expect, it } from "vitest";
import { sharedStore } from "../../test/helpers.js";
import { ListResult } from "../model/lists.js";
import { EntityView, GraphResult } from "../model/results.js";
import { createApp } from "./app.js";

const store = sharedStore();
afterAll(() => store.close());
const app = createApp(store);
const get = async <T>(schema: { parse(x: unknown): T }, path: string): Promise<T> => {
  const r = await app.request(path);
  expect(r.status, path).toBe(200);
  return schema.parse(await r.json());
};

const today = new Date().toISOString().slice(0, 10);

describe("Japan's agreements in force, as each view counts them", () => {
  it.each(["1950-01-01", "1960-06-01", "1990-01-01", "2020-06-01", "2021-01-01", today])("agree on %s", async (day) => {
    const graph = await get(GraphResult, `/api/v1/graph?asOf=${day}`);
    const inGraph = new Set(graph.edges.filter((e) => e.p === "party-to" && e.source === "japan").map((e) => e.target));
    const list = await get(ListResult, `/api/v1/list/agreements?with=japan&asOf=${day}&limit=1`);
    const page = await get(EntityView, `/api/v1/entities/japan?asOf=${day}`);
    const held = page.sections?.find((s) => s.p === "party-to")?.held ?? 0;
    expect({ graph: inGraph.size, list: list.total }).toEqual({ graph: held, list: held });
    // The GFCM counts while Japan was a party and not after it left (31 October 2020).
    expect(inGraph.has("ggo-esgfcm-1949a")).toBe(day >= "1997-06-12" && day < "2020-10-31");
  });
});
