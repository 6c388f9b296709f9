import { describe, expect, it } from "vitest";
import type { EntityView } from "../api/types.js";
import { datasetDay } from "./dataset-day.js";

type Section = NonNullable<EntityView["sections"]>[number];
const label = { en: "signed", ja: "署名" };
const sec = (over: Partial<Section>): Section => ({ p: "signed", label, count: 1, curated: 0, from: "1883-07-27", to: "1883-07-27", datasets: [{ dataset: "treaties", count: 1, from: "1883-07-27", to: "1883-07-27" }], ...over });

describe("a fact box date taken from imported rows", () => {
  it.each([
    ["one dataset, one day", [sec({})], { date: "1883-07-27", dataset: "treaties" }],
    ["a curated statement exists (it is shown instead)", [sec({ curated: 1 })], null],
    ["the rows disagree", [sec({ to: "1884-01-01" })], null],
    ["two datasets", [sec({ datasets: [sec({}).datasets[0]!, { dataset: "desta", count: 1, from: "1883-07-27", to: "1883-07-27" }] })], null],
    ["no such section", [sec({ p: "in-force" })], null],
    ["no sections at all", undefined, null],
  ] as const)("%s", (_, sections, want) => {
    expect(datasetDay(sections as EntityView["sections"], "signed")).toEqual(want);
  });
});
