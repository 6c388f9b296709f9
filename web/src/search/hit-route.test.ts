import { describe, expect, it } from "vitest";
import { href } from "../app/route.js";
import { hitRoute } from "./hit-route.js";

// The search box sent a source hit to /entity/<id>, an empty page (session 37, READ37).
describe("where a search hit leads", () => {
  it.each([
    [{ id: "web-wikipedia-ja-takeshima", kind: "source" }, "/source/web-wikipedia-ja-takeshima?lang=ja"],
    [{ id: "liancourt-rocks", kind: "place" }, "/entity/liancourt-rocks?lang=ja"],
    [{ id: "china", kind: "state" }, "/entity/china?lang=ja"],
  ])("%j leads to %s", (hit, path) => {
    expect(href(hitRoute(hit), {}, new URLSearchParams("lang=ja"))).toBe(path);
  });
});
