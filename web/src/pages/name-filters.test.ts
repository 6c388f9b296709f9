import { describe, expect, it } from "vitest";
import { looksLikeId, nameKinds, pickHit, relabel } from "./name-filters.js";

const hit = (id: string, kind: "state" | "event" | "person" | "place" | "organization" | "agreement") => ({ id, kind });

describe("pickHit", () => {
  it.each([
    ["the best-ranked hit of a kind the filter takes", "中国", [hit("senkaku-boat-collision-incident-2010", "event"), hit("china", "state")], ["state"], "china"],
    ["the hit whose id is the text, before a better-ranked one", "china", [hit("qing", "state"), hit("china", "state")], ["state"], "china"],
    ["none when no hit is of such a kind", "Abe's visit to Iran", [hit("abe-visit-to-iran-2019", "event")], ["state", "organization", "person"], null],
    ["a place for Held in", "Hiroshima", [hit("hiroshima-summit-2023", "event"), hit("hiroshima", "place")], ["place", "state"], "hiroshima"],
    ["none from no hits", "Narnia", [], ["state"], null],
  ] as const)("gives %s", (_, text, hits, kinds, want) => {
    expect(pickHit(text, hits, kinds)?.id ?? null).toBe(want);
  });
});

describe("looksLikeId", () => {
  it.each([
    ["south-korea", true],
    ["ussr", true],
    ["g7", true],
    ["South Korea", false],
    ["China", false],
    ["中国", false],
    ["-x", false],
    ["a--b", false],
  ])("%s → %s", (v, want) => {
    expect(looksLikeId(v)).toBe(want);
  });
});

describe("nameKinds", () => {
  it("takes only a sending state for Kept by, and a place or state for Held in", () => {
    expect(nameKinds("missions", "by")).toEqual(["state"]);
    expect(nameKinds("events", "in")).toEqual(["place", "state"]);
    expect(nameKinds("agreements", "with")).toContain("organization");
  });
});

describe("relabel", () => {
  it("keeps a Type the reader chose while the address's id was looked up, and labels the untouched name box", () => {
    const before = { by: "japan", type: "embassy", asOf: "2009-06-01" };
    const after = { by: "Japan", type: "embassy", asOf: "2009-06-01" };
    expect(relabel({ ...before, type: "consulate-general" }, before, after)).toEqual({ by: "Japan", type: "consulate-general", asOf: "2009-06-01" });
  });
  it("keeps a name box the reader has already retyped", () => {
    const before = { with: "china", type: "" };
    expect(relabel({ with: "South Korea", type: "" }, before, { with: "中国", type: "" })).toEqual({ with: "South Korea", type: "" });
  });
  it("takes every new label when nothing was changed", () => {
    const before = { with: "china", by: "" };
    expect(relabel(before, before, { with: "China", by: "" })).toEqual({ with: "China", by: "" });
  });
});
