import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { shortNames } from "./short-names.js";
import { timeline } from "./timeline.js";

const { store } = fixtureStore();
afterAll(() => store.close());

describe("shortNames", () => {
  it.each([
    // An alias of kind "name" shorter than the name, in the language of each.
    ["china", { ja: "中国" }, "takes the Japanese alias 中国 and leaves out the English alias, longer than China"],
    ["united-states", { ja: "米国" }, "never takes an abbreviation (US), nor an alias longer than the name"],
    ["ussr", { ja: "ソ連" }, "never takes an abbreviation (USSR)"],
    ["taiwan", undefined, "leaves out an entity whose aliases are all longer than its names"],
    ["north-korea", undefined, "leaves out an entity whose only alias is an abbreviation"],
    ["senkaku-islands-dispute", undefined, "never takes a local-language alias (zh)"],
  ] as [string, object | undefined, string][])("for %s gives %o: it %s", (id, want) => {
    expect(shortNames(store, [id])[id]).toEqual(want);
  });

  it("gives nothing for no ids, and each entity once however often it is asked for", () => {
    expect(shortNames(store, [])).toEqual({});
    expect(shortNames(store, ["china", "china", "japan-does-not-exist"])).toEqual({ china: { ja: "中国" } });
  });
});

describe("the timeline's shortNames", () => {
  it("names only entities its items name, and every one of them it can shorten", () => {
    const answer = timeline(store, { with: "china" });
    const named = new Set(answer.items.flatMap(({ statement: s }) => [s.subject, s.object, s.at, s.via].filter((r) => r !== null).map((r) => r.id)));
    expect(Object.keys(answer.shortNames ?? {}).every((id) => named.has(id))).toBe(true);
    expect(answer.shortNames?.china).toEqual({ ja: "中国" });
  });
});
