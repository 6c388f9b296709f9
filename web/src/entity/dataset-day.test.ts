import { describe, expect, it } from "vitest";
import type { EntityView } from "../api/types.js";
import { datasetDay, datasetSpan } from "./dataset-day.js";

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

describe("a fact box span taken from imported rows", () => {
  // A militarised dispute's fact box was empty: its dates were only in the folded rows (issue 15, S4).
  const occurred = (over: Partial<Section>) => sec({ p: "occurred", from: "1931-09-18", to: "1933-05-31", datasets: [{ dataset: "conflict", count: 1, from: "1931-09-18", to: "1933-05-31" }], ...over });
  it.each([
    ["one dataset, a span", [occurred({})], { from: "1931-09-18", to: "1933-05-31", dataset: "conflict" }],
    ["one dataset, one day", [occurred({ to: "1931-09-18" })], { from: "1931-09-18", to: null, dataset: "conflict" }],
    ["an open end", [occurred({ to: "9999-12-31" })], { from: "1931-09-18", to: null, dataset: "conflict" }],
    ["a curated statement exists (it is shown instead)", [occurred({ curated: 1 })], null],
    ["no date", [occurred({ from: null, to: null })], null],
    ["no such section", [sec({})], null],
  ] as const)("%s", (_, sections, want) => {
    expect(datasetSpan([...sections], "occurred")).toEqual(want);
  });
});
