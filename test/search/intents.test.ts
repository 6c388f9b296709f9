// Office questions answered from the as-of engine over the full build: the office under its earlier name counts too.
import { afterAll, describe, expect, it } from "vitest";
import { search } from "../../src/kb/search.js";
import { sharedStore } from "../helpers.js";

const store = sharedStore();
afterAll(() => store.close());

describe("office questions", () => {
  it("answers 'foreign minister 1871' with the Foreign Lords (外務卿) of that year, and 外務大臣 1880 with Inoue Kaoru (DATA22's data)", () => {
    const ids = (q: string) => search(store, q).answers?.find((a) => a.intent === "office")?.entities.map((e) => e.id) ?? [];
    expect(ids("foreign minister 1871")).toEqual(["nobuyoshi-sawa", "iwakura-tomomi", "taneomi-soejima"]);
    expect(ids("外務大臣 1880")).toEqual(["kaoru-inoue"]);
  });
});
