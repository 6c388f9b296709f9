import { describe, expect, it } from "vitest";
import { loadData } from "./load.js";
import { generatedNames, yearTreatyNames } from "./generated-names.js";
import { flattenStatements } from "./statements.js";
import type { Entity } from "../model/entity.js";

const state = (id: string, en: string, ja: string): Entity => ({ id, kind: "state", origin: `states/${id}.yaml`, names: { en, ja }, aliases: [], sources: [], statements: [], tags: [], statehood: "sovereign" }) as Entity;
const agreement = (id: string, en: string, scope: "bilateral" | "multilateral", aliases: { text: string; lang: string }[] = []): Entity =>
  ({ id, kind: "agreement", origin: `agreements/${id}.yaml`, names: { en }, aliases, sources: [], tags: [], type: "trade", scope,
    statements: [{ p: "party-to", subject: "mexico", object: id, status: "accepted", sources: [] }] }) as unknown as Entity;

describe("generatedNames", () => {
  it("makes the short names of a bilateral EPA from its partner's names, in English and Japanese", () => {
    const entities = [state("japan", "Japan", "日本"), state("mexico", "Mexico", "メキシコ"), agreement("japan-mexico-epa", "Agreement between Japan and the United Mexican States for the Strengthening of the Economic Partnership", "bilateral", [{ text: "Japan–Mexico EPA", lang: "en" }])];
    const names = generatedNames(entities, flattenStatements(entities)).get("japan-mexico-epa")!.map((n) => n.text);
    expect(names).toEqual(["Mexico–Japan EPA", "Japan–Mexico Economic Partnership Agreement", "Mexico EPA", "日メキシコEPA", "日メキシコ経済連携協定"]);
  });

  it("makes none for a multilateral agreement or one that is not an EPA", () => {
    const entities = [state("mexico", "Mexico", "メキシコ"), agreement("cptpp", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "multilateral"), agreement("t", "Treaty of Amity", "bilateral")];
    expect(generatedNames(entities, flattenStatements(entities)).size).toBe(0);
  });

  it("names a treaty by its year when Japan signed no other treaty or convention that year", () => {
    const treaty = (id: string, en: string, year: string) =>
      ({ id, kind: "agreement", origin: `data/agreements/${id}.yaml`, names: { en }, aliases: [], sources: [], tags: [], type: "peace", scope: "bilateral",
        statements: [{ p: "signed", time: year, status: "accepted", sources: [] }, { p: "party-to", subject: "japan", object: id, status: "accepted", sources: [] }] }) as unknown as Entity;
    const entities = [state("japan", "Japan", "日本"), treaty("a", "Treaty of Peace A", "1965-06-22"), treaty("b", "Treaty of Peace B", "1951-09-08"), treaty("c", "Security Treaty C", "1951-09-08"), treaty("d", "Convention D", "1854-03-31"), treaty("e", "Treaty E", "1854-10-14"), treaty("f", "Statement on a Peace Treaty", "2000-09-05")];
    const names = yearTreatyNames(entities, flattenStatements(entities));
    expect([...names].map(([id, n]) => [id, n.map((x) => x.text)])).toEqual([["a", ["1965 Treaty", "1965 treaty"]]]);
  });

  it("runs over data/ and marks every name it makes as generated", () => {
    const { entities } = loadData("data");
    const made = [...generatedNames(entities, flattenStatements(entities)).values()].flat();
    expect(made.every((n) => n.kind === "generated")).toBe(true);
  }, 60_000);
});
