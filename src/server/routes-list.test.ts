import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { listFixtureStore } from "../../test/lists/fixture.js";
import { LIST_KINDS, ListResult, SeriesCatalog, SeriesResult } from "../model/lists.js";
import { ApiError } from "../model/results.js";
import { createApp } from "./app.js";
import { explorerPage } from "./shell.js";

const { store } = listFixtureStore();
afterAll(() => store.close());
const app = createApp(store);
const get = async <T>(schema: z.ZodType<T>, path: string, status = 200): Promise<T> => {
  const r = await app.request(path);
  expect(r.status, await r.clone().text()).toBe(status);
  return schema.parse(await r.json());
};

describe("the list and series routes", () => {
  it.each<[string, string, number]>([
    ["/api/v1/list/agreements", "agreements", 3],
    ["/api/v1/list/agreements?with=CHN", "agreements", 1],
    ["/api/v1/list/agreements?type=security&asOf=1961", "agreements", 1],
    ["/api/v1/list/agreements?from=1960&to=1960&sort=-signed&limit=1", "agreements", 2],
    ["/api/v1/list/memberships?with=japan&asOf=1930", "memberships", 1],
    ["/api/v1/list/offices?with=japan&type=foreign-minister&from=1970&to=1980", "offices", 2],
    ["/api/v1/list/events?in=north-korea", "events", 1],
    ["/api/v1/list/disputes?with=china", "disputes", 1],
    ["/api/v1/list/missions", "missions", 5],
    ["/api/v1/list/missions?by=JPN&asOf=2010", "missions", 2],
    ["/api/v1/list/missions?in=japan&type=embassy&from=2022&to=2022", "missions", 2],
    ["/api/v1/list/agreements?signedFrom=1951&signedTo=1960", "agreements", 2],
    ["/api/v1/list/agreements?signedFrom=1960-01-19&asOf=1979", "agreements", 2],
  ])("answer %s with the documented shape", async (path, kind, total) => {
    const r = await get(ListResult, path);
    expect([r.kind, r.total]).toEqual([kind, total]);
    expect(r.rows.length).toBeLessThanOrEqual(r.limit);
  });

  it("page the same way as the CLI: limit, offset and the total before paging", async () => {
    const r = await get(ListResult, "/api/v1/list/agreements?limit=1&offset=2");
    expect([r.total, r.offset, r.limit, r.rows.length]).toEqual([3, 2, 1, 1]);
  });

  it("send a list as CSV with ids beside names, and the Japanese names last (empty where there is none)", async () => {
    const r = await app.request("/api/v1/list/offices?with=japan&type=foreign-minister&from=1970&to=1980&format=csv");
    expect(r.headers.get("content-type")).toContain("text/csv");
    expect((await r.text()).split("\n").slice(0, 3)).toEqual([
      "holder,holder_name,polity,polity_name,role,from,to,holds,statement,holder_name_ja,polity_name_ja,holds_on_day",
      "kiichi-aichi,Kiichi Aichi,japan,Japan,foreign-minister,1968-11-30,1971-07-05,no,t-aichi-fm,,日本,no",
      "takeo-fukuda,Takeo Fukuda,japan,Japan,foreign-minister,1971-07-05,1972,no,t-fukuda-fm,,日本,no",
    ]);
  });

  it("list several parties' Japanese names in the order of their ids", async () => {
    const lines = (await (await app.request("/api/v1/list/agreements?with=china&format=csv")).text()).split("\n");
    expect(lines[0]).toBe("agreement,name,type,parties,party_names,signed,in_force,ended,ended_how,standing,certain,name_ja,party_names_ja");
    expect(lines[1]).toMatch(/^japan-china-peace-and-friendship-treaty,.*,japan; china,Japan; China,.*,日中平和友好条約,日本; 中華人民共和国$/);
  });

  it("send missions as CSV with ids beside names, the type and city apart from the role as written", async () => {
    const r = await app.request("/api/v1/list/missions?with=china&sort=-from&format=csv");
    expect((await r.text()).split("\n").slice(0, 2)).toEqual([
      "sender,sender_name,host,host_name,type,city,place,role,from,to,holds,origin,statement,sender_name_ja,host_name_ja,holds_on_day",
      "china,China,japan,Japan,embassy,Minato-ku,,\"embassy, Minato-ku\",2022-11,2022-11,no,dataset:embassies,dataset-m-china-japan-embassy,中華人民共和国,日本,unknown",
    ]);
  });

  it("say holdsKnown: false beside holds: no where the sources leave the day unknown (the November 2022 snapshot today)", async () => {
    const r = await get(ListResult, "/api/v1/list/missions?with=china&asOf=2026-01-01");
    expect(r.total).toBe(1);
    const all = await get(ListResult, "/api/v1/list/missions?with=china");
    const rows = all.rows as { statement: string; holds: string; holdsKnown?: false }[];
    expect(rows.map((x) => [x.statement, x.holds, x.holdsKnown ?? null])).toEqual(
      expect.arrayContaining([["dataset-m-china-japan-embassy", "no", false], ["m-japan-china-consulate", "no", null]]),
    );
  });

  it("list every series with unit and source, and one series' values", async () => {
    const c = await get(SeriesCatalog.strict(), "/api/v1/series");
    expect(c.series.map((s) => s.name)).toEqual(["shared-igos", "sipri-military-expenditure"]);
    const r = await get(SeriesResult.strict(), "/api/v1/series/sipri-military-expenditure?state=JPN&from=2001");
    expect(r.points.map((p) => [p.entity.id, p.year, p.value])).toEqual([["japan", 2001, 46.1e9]]);
    const csv = await (await app.request("/api/v1/series/shared-igos?format=csv")).text();
    expect(csv.split("\n")[1]).toBe(`japan,Japan,china,China,2000,41,organisations (count),import-test-series,test.csv line 2000,${store.release},日本,中華人民共和国`);
  });

  it.each<[string, number, string, string]>([
    ["/api/v1/list/treaties", 400, "invalid-parameter", "kind"],
    ["/api/v1/list/agreements?sort=colour", 400, "invalid-parameter", "sort"],
    ["/api/v1/list/agreements?asOf=1960&from=1950", 400, "invalid-parameter", "asOf"],
    ["/api/v1/list/agreements?from=1970&to=1960", 400, "invalid-parameter", "to"],
    ["/api/v1/list/agreements?asOf=1960-13-01", 400, "invalid-parameter", "asOf"],
    ["/api/v1/list/agreements?limit=0", 400, "invalid-parameter", "limit"],
    ["/api/v1/list/agreements?colour=red", 400, "invalid-parameter", "colour"],
    ["/api/v1/list/events?with=atlantis", 404, "not-found", "with"],
    ["/api/v1/list/memberships?type=associate", 400, "invalid-parameter", "type"],
    ["/api/v1/list/missions?type=embassies", 400, "invalid-parameter", "type"],
    ["/api/v1/list/missions?by=atlantis", 404, "not-found", "by"],
    ["/api/v1/list/agreements?signedFrom=1960-13", 400, "invalid-parameter", "signedFrom"],
    ["/api/v1/list/agreements?signedTo=soon", 400, "invalid-parameter", "signedTo"],
    ["/api/v1/list/agreements?signedFrom=1970&signedTo=1960", 400, "invalid-parameter", "signedTo"],
    ["/api/v1/list/events?signedFrom=1970", 400, "invalid-parameter", "signedFrom"],
    ["/api/v1/list/agreements?by=japan", 400, "invalid-parameter", "by"],
    ["/api/v1/series/gdp-per-capita", 404, "not-found", "gdp-per-capita"],
    ["/api/v1/series/shared-igos?from=2001&to=2000", 400, "invalid-parameter", "to"],
    ["/api/v1/series/shared-igos?state=atlantis", 404, "not-found", "state"],
  ])("answer %s with the one error shape (%i %s)", async (path, status, code, mention) => {
    const r = await get(ApiError.strict(), path, status);
    expect(r.error.code).toBe(code);
    expect(JSON.stringify(r.error)).toContain(mention);
  });

  it.each(LIST_KINDS)("give the explorer's page of %s its title, not 'page not found'", (kind) => {
    const page = explorerPage(store, new URL(`http://gaiko.test/list/${kind}`), "2026-01-01");
    expect([page.status, page.title]).toEqual([200, expect.not.stringMatching(/not found/i)]);
  });

  it("declare both routes in the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/list/{kind}", "/api/v1/series", "/api/v1/series/{name}"]));
  });
});
