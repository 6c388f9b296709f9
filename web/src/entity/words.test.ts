import { describe, expect, it } from "vitest";
import { AgreementEntity, DisputeEntity, EventEntity, OrganizationEntity, PlaceEntity, PolicyEntity, StateEntity } from "../../../src/model/entity.js";
import { datasetLine, datasetSource, singular, typeWords } from "./words.js";

describe("one dataset row is counted in the singular", () => {
  it.each([
    ["treaties", "signed", 1, "1883-07-27", "1883-07-27", "1 signing date (GGO treaty data), 1883"],
    ["treaties", "signatory-of", 1, "1883-07-27", "1883-07-27", "1 treaty signature (GGO treaty data), 1883"],
    ["treaties", "party-to", 1, null, null, "1 treaty party (GGO treaty data)"],
    ["archigos", "holds", 1, "1957-02-25", "1960-07-19", "1 term of leaders (Archigos), 1957–1960"],
    ["unknown-set", "attribute", 1, null, null, "1 row from the unknown-set dataset"],
    ["treaties", "signed", 2, "1883-07-27", "1890-01-01", "2 signing dates (GGO treaty data), 1883–1890"],
  ] as const)("%s/%s × %i", (dataset, p, n, from, to, want) => {
    expect(datasetLine(dataset, p, n, from, to, "en")).toBe(want);
  });

  it.each([
    ["wars (Correlates of War)", "war (Correlates of War)"],
    ["years of diplomatic representation (DIPCON)", "year of diplomatic representation (DIPCON)"],
    ["code records", "code record"],
  ])("makes %s singular as %s", (noun, want) => {
    expect(singular(noun)).toBe(want);
  });
});

describe("a dataset's years", () => {
  // Japan's page read "428 treaty parties (GGO treaty data), 1911–9999" and "（1911–9999年）".
  it.each([
    ["treaties", "party-to", 428, "1911-12-15", "9999-12-31", "en", "428 treaty parties (GGO treaty data), from 1911"],
    ["treaties", "party-to", 428, "1911-12-15", "9999-12-31", "ja", "条約締約記録（GGO） 428件（1911年以降）"],
    ["isd", "attribute", 1, "1968-01-31", null, "en", "1 independence record (ISD), from 1968"],
    ["isd", "attribute", 1, "1968-01-31", null, "ja", "独立の記録（ISD） 1件（1968年以降）"],
    ["conflict", "at-war", 15, "1894-01-01", "1945-12-31", "ja", "戦争（COW） 15件（1894–1945年）"],
    ["conflict", "at-war", 1, "1894-01-01", "1894-12-31", "en", "1 war (Correlates of War), 1894"],
  ] as const)("%s/%s %i %s–%s in %s", (dataset, p, n, from, to, lang, want) => {
    expect(datasetLine(dataset, p, n, from, to, lang)).toBe(want);
  });
});

describe("a dispute's own page", () => {
  // Militarized dispute 129's page read "2 militarised disputes, 1931–1933" for its two sides and
  // "データセット「conflict」の記録 1件" for its dates (issue 15, S4).
  it.each([
    ["participant", 2, "subject", "en", "2 sides (Correlates of War), 1931–1933"],
    ["participant", 2, "subject", "ja", "当事国（COW） 2件（1931–1933年）"],
    ["occurred", 1, "subject", "en", "1 date (Correlates of War), 1931–1933"],
    ["occurred", 1, "subject", "ja", "発生期間（COW） 1件（1931–1933年）"],
    ["participant", 186, "object", "en", "186 militarised disputes, 1931–1933"],
    ["participant", 186, null, "ja", "軍事化された国家間紛争 186件（1931–1933年）"],
  ] as const)("counts conflict/%s × %i from the %s side in %s as %j", (p, n, side, lang, want) => {
    expect(datasetLine("conflict", p, n, "1931-09-18", "1933-05-31", lang, side)).toBe(want);
  });

  it.each(["en", "ja"] as const)("never shows the dataset's slug in %s", (lang) => {
    for (const p of ["participant", "occurred"]) expect(datasetLine("conflict", p, 1, null, null, lang, "subject")).not.toMatch(/conflict/);
  });
});

describe("the dataset a fact comes from, in a few words", () => {
  it.each([
    ["treaties", "signed", "en", "GGO treaty data"],
    ["treaties", "in-force", "ja", "GGO"],
    ["atop", "x", "en", "ATOP"],
    ["unknown-set", "x", "en", "unknown-set"],
  ] as const)("%s/%s (%s) → %s", (dataset, p, lang, want) => {
    expect(datasetSource(dataset, p, lang)).toBe(want);
  });
});

describe("every entity type in words", () => {
  it.each([
    ["normalization", "国交正常化"],
    ["surrender", "降伏"],
    ["founding", "設立"],
    ["communique", "共同声明"],
    ["limited-recognition", "承認が限定的な国家"],
  ] as const)("gives the type %s in Japanese: %s (a Japanese list page showed it in English)", (type, want) => {
    expect(typeWords(type, "ja")).toBe(want);
  });
});

describe("every type the schema allows is written in Japanese words", () => {
  const types = [
    ...StateEntity.shape.statehood.options,
    ...OrganizationEntity.shape.type.options,
    ...AgreementEntity.shape.type.options,
    ...DisputeEntity.shape.type.options,
    ...PlaceEntity.shape.type.options,
    ...EventEntity.shape.type.options,
    ...PolicyEntity.shape.type.options,
  ].filter((type) => type !== "other");
  it.each([...new Set(types)])("%s is written in Japanese, not as its slug", (type) => {
    const ja = typeWords(type, "ja");
    expect(ja).not.toBeNull();
    expect(ja).not.toMatch(/[A-Za-z]/);
  });
});
