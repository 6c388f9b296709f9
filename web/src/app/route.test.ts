import { describe, expect, it } from "vitest";
import { href, parseRoute, routePath, withParams } from "./route.js";

describe("parseRoute", () => {
  it.each([
    ["/", { view: "map" }],
    ["", { view: "map" }],
    ["/entity/japan", { view: "entity", id: "japan" }],
    ["/entity/liancourt-rocks/", { view: "entity", id: "liancourt-rocks" }],
    ["/source/seed-000", { view: "source", id: "seed-000" }],
    ["/timeline", { view: "timeline" }],
    ["/network", { view: "network" }],
    ["/votes", { view: "votes" }],
    ["/check", { view: "check" }],
    ["/nowhere/else", { view: "not-found", path: "/nowhere/else" }],
    ["/entity/%E", { view: "entity", id: "%E" }],
  ] as const)("reads %s", (path, want) => {
    expect(parseRoute(path)).toEqual(want);
  });

  it("round-trips every route through its path", () => {
    for (const path of ["/", "/entity/japan", "/source/seed-000", "/timeline", "/network", "/votes", "/check"]) {
      expect(routePath(parseRoute(path))).toBe(path);
    }
  });
});

describe("href", () => {
  it("carries the language and date but not view-specific parameters", () => {
    const current = new URLSearchParams("lang=ja&asOf=1960&layer=alliance");
    expect(href({ view: "entity", id: "japan" }, {}, current)).toBe("/entity/japan?lang=ja&asOf=1960");
  });
  it("lets a parameter be set or removed", () => {
    const current = new URLSearchParams("asOf=1960");
    expect(href({ view: "timeline" }, { with: "china", from: 1950, asOf: null }, current)).toBe("/timeline?with=china&from=1950");
  });
});

describe("withParams", () => {
  it("changes one parameter and keeps the rest", () => {
    expect(withParams("/", new URLSearchParams("asOf=1975&lang=ja"), { layer: "alliance" })).toBe("/?asOf=1975&lang=ja&layer=alliance");
    expect(withParams("/", new URLSearchParams("asOf=1975"), { asOf: null })).toBe("/");
  });
});
