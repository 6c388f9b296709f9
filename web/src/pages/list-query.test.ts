import { describe, expect, it } from "vitest";
import { isListKind, listUrl, paging } from "./list-query.js";

describe("the list page's query", () => {
  it.each<[string, Parameters<typeof listUrl>, string]>([
    ["filters in API order, one page", ["offices", new URLSearchParams("with=japan&type=foreign-minister&from=1970&to=1980")], "/api/v1/list/offices?type=foreign-minister&with=japan&from=1970&to=1980&limit=50&offset=0"],
    ["the sticky as-of date when no window is set", ["agreements", new URLSearchParams("asOf=2010&type=trade&lang=ja")], "/api/v1/list/agreements?type=trade&asOf=2010&limit=50&offset=0"],
    ["a window over the sticky as-of date", ["agreements", new URLSearchParams("asOf=2010&from=2000")], "/api/v1/list/agreements?from=2000&limit=50&offset=0"],
    ["`in` only for events", ["disputes", new URLSearchParams("in=japan")], "/api/v1/list/disputes?limit=50&offset=0"],
    ["a mission's sender, host and type", ["missions", new URLSearchParams("by=japan&in=nigeria&type=embassy&asOf=2020")], "/api/v1/list/missions?type=embassy&in=nigeria&by=japan&asOf=2020&limit=50&offset=0"],
    ["`by` only for missions", ["agreements", new URLSearchParams("by=japan&with=china")], "/api/v1/list/agreements?with=china&limit=50&offset=0"],
    ["a signing window beside the sticky as-of date (they are not exclusive)", ["agreements", new URLSearchParams("signedFrom=2002&signedTo=2008&asOf=2010")], "/api/v1/list/agreements?asOf=2010&signedFrom=2002&signedTo=2008&limit=50&offset=0"],
    ["signing dates only for agreements", ["missions", new URLSearchParams("signedFrom=2002&by=japan")], "/api/v1/list/missions?by=japan&limit=50&offset=0"],
    ["the offset of a later page", ["events", new URLSearchParams("in=japan&offset=50")], "/api/v1/list/events?in=japan&limit=50&offset=50"],
    ["every row as CSV", ["events", new URLSearchParams("type=summit&offset=50"), "csv"], "/api/v1/list/events?type=summit&limit=1000&format=csv"],
  ])("asks for %s", (_, args, url) => {
    expect(listUrl(...args)).toBe(url);
  });

  it("knows the six kinds", () => {
    expect(["agreements", "memberships", "offices", "events", "disputes", "missions", "treaties"].map(isListKind)).toEqual([true, true, true, true, true, true, false]);
  });

  it.each<[{ total: number; offset: number; limit: number }, { prev: number | null; next: number | null }]>([
    [{ total: 120, offset: 0, limit: 50 }, { prev: null, next: 50 }],
    [{ total: 120, offset: 50, limit: 50 }, { prev: 0, next: 100 }],
    [{ total: 120, offset: 100, limit: 50 }, { prev: 50, next: null }],
  ])("pages %j", (r, expected) => {
    expect(paging(r)).toEqual(expected);
  });
});
