import { describe, expect, it } from "vitest";
import { loadData } from "./load.js";
import { generatedNames, plainStateNames, reversedPairNames, yearlessNames, yearTreatyNames } from "./generated-names.js";
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
    expect(names).toEqual(["Agreement between the United Mexican States and Japan for the Strengthening of the Economic Partnership", "Mexico–Japan EPA", "Japan–Mexico Economic Partnership Agreement", "Mexico EPA", "日メキシコEPA", "日メキシコ経済連携協定"]);
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

describe("names without their year", () => {
  const named = (id: string, en: string, aliases: string[] = []) =>
    ({ id, kind: "agreement", origin: `data/agreements/${id}.yaml`, names: { en }, aliases: aliases.map((text) => ({ text, lang: "en" })), sources: [], statements: [] }) as unknown as Entity;
  it("gives a pair's distinct agreement its name without the year, and no generic or shared name", () => {
    const m = yearlessNames([
      named("sjd-1956", "Joint Declaration (1956)", ["Soviet–Japanese Joint Declaration of 1956"]),
      named("tokyo-1993", "Tokyo Declaration (1993)"),
      named("rja-1907", "Russo-Japanese Agreement (1907)"),
      named("a-1", "Japan–Ruritania Trade Agreement (1960)"),
      named("a-2", "Japan–Ruritania Trade Agreement of 1970"),
      named("b-1", "Japan–Elbonia Joint Statement (1980)"),
      named("b-2", "Japan–Elbonia Joint Statement", []),
    ]);
    expect([...m].map(([id, n]) => [id, n.map((x) => x.text)])).toEqual([["sjd-1956", ["Soviet–Japanese Joint Declaration"]]]);
  });
});

describe("names with the states as people write them", () => {
  const treaty = (id: string, en: string) => ({ id, kind: "agreement", origin: `agreements/${id}.yaml`, names: { en }, aliases: [], sources: [], tags: [], statements: [] }) as unknown as Entity;

  it("drops the formal styles and gives the pair both ways round", () => {
    const names = plainStateNames([treaty("c", "Agreement on Commerce between the Commonwealth of Australia and Japan"), treaty("k", "Treaty of Peace and Amity between the United States of America and the Empire of Japan")]);
    expect(names.get("c")!.every((n) => n.searched === false)).toBe(true);
    expect(names.get("c")!.map((n) => n.text)).toEqual(["Agreement on Commerce between Australia and Japan", "Agreement on Commerce between Japan and Australia"]);
    // "the Empire of Japan" runs on past the pair's words: the pair is not turned round.
    expect(names.get("k")!.map((n) => n.text)).toEqual(["Treaty of Peace and Amity between the United States and the Empire of Japan"]);
  });

  it("does not swap a pair whose name runs on ('the Association of Southeast Asian Nations'), nor make a name another entity has", () => {
    const names = plainStateNames([treaty("a", "Framework between Japan and the Association of Southeast Asian Nations"), treaty("x", "Agreement between the Republic of Chile and Japan"), treaty("y", "Agreement between Chile and Japan")]);
    expect(names.get("a")).toBeUndefined();
    expect(names.get("x")).toBeUndefined();
  });
});

describe("names with the pair the other way round", () => {
  const named = (id: string, en: string, ja: string, aliases: { text: string; lang: string }[] = []) =>
    ({ id, kind: "agreement", origin: `agreements/${id}.yaml`, names: { en, ja }, aliases, sources: [], tags: [], statements: [] }) as unknown as Entity;
  const states = [state("japan", "Japan", "日本"), state("mongolia", "Mongolia", "モンゴル"), state("china", "China", "中国")];

  it("writes the partner first, as the partner's side does, in English and Japanese", () => {
    const m = reversedPairNames([
      ...states,
      named("plan", "Japan–Mongolia Mid-term Action Plan (2017)", "日本・モンゴル中期行動計画（2017年）", [{ text: "日・モンゴル中期行動計画", lang: "ja" }]),
      named("jcs", "Japan–China Joint Communiqué", "日中共同声明"),
    ]);
    expect(m.get("plan")!.map((n) => `${n.lang} ${n.text}`)).toEqual(["en Mongolia–Japan Mid-term Action Plan (2017)", "ja モンゴル・日本中期行動計画（2017年）", "ja モンゴル・日本中期行動計画"]);
    expect(m.get("jcs")!.map((n) => n.text)).toEqual(["China–Japan Joint Communiqué", "中日共同声明"]);
    expect([...m.values()].flat().every((n) => n.searched === false)).toBe(true);
  });

  it("turns no pair whose other name is no state's, and makes no name two agreements would share", () => {
    const m = reversedPairNames([
      ...states,
      named("asean", "Japan–ASEAN Comprehensive Economic Partnership", "日・ASEAN包括的経済連携協定"),
      named("a", "Japan–Mongolia Joint Statement (1998)", "日本・モンゴル共同声明"),
      named("b", "Japan–Mongolia Joint Statement (2007)", "日本・モンゴル共同声明"),
    ]);
    expect(m.get("asean")).toBeUndefined();
    expect(m.get("a")!.map((n) => n.text)).toEqual(["Mongolia–Japan Joint Statement (1998)"]);
    expect(m.get("b")!.map((n) => n.text)).toEqual(["Mongolia–Japan Joint Statement (2007)"]);
  });
});
