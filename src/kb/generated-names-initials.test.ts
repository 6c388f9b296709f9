import { describe, expect, it } from "vitest";
import type { Entity } from "../model/entity.js";
import { otherSpellings, withoutInitials } from "./generated-names.js";

const person = (id: string, en: string, aliases: string[] = []) => ({ id, kind: "person", origin: "curated", names: { en }, aliases: aliases.map((text) => ({ text, lang: "en", kind: "name" })) }) as unknown as Entity;

describe("withoutInitials", () => {
  it("writes a person's name without its middle initials, as a name that links but is not searched", () => {
    expect(withoutInitials([person("henry-l-stimson", "Henry L. Stimson")]).get("henry-l-stimson")).toEqual([{ text: "Henry Stimson", lang: "en", kind: "generated", searched: false }]);
  });

  it("makes no name another entity has, or that two persons would share", () => {
    expect(withoutInitials([person("harry-s-truman", "Harry S. Truman", ["Harry Truman"])]).size).toBe(0);
    expect(withoutInitials([person("a", "John F. Smith"), person("b", "John Q. Smith")]).size).toBe(0);
    expect(withoutInitials([person("shinzo-abe", "Shinzo Abe")]).size).toBe(0);
  });
});

describe("otherSpellings", () => {
  const org = (id: string, en: string, aliases: string[] = []) => ({ id, kind: "organization", origin: "curated", names: { en }, aliases: aliases.map((text) => ({ text, lang: "en", kind: "name" })) }) as unknown as Entity;
  it("writes an organisation's name in the other English spelling, as a name that links but is not searched", () => {
    expect(otherSpellings([org("opec", "Organization of the Petroleum Exporting Countries")]).get("opec")).toEqual([{ text: "Organisation of the Petroleum Exporting Countries", lang: "en", kind: "generated", searched: false }]);
    expect(otherSpellings([org("x", "Ministry of Defence")]).get("x")?.map((n) => n.text)).toEqual(["Ministry of Defense"]);
  });

  it("makes no name another entity has, or that two would share, and leaves persons and states alone", () => {
    expect(otherSpellings([org("a", "Defense Agency"), org("b", "Defence Agency")]).size).toBe(0);
    expect(otherSpellings([org("a", "Labour Office X"), org("b", "Labor Office X", ["Labour Office X"])]).size).toBe(0);
    expect(otherSpellings([{ ...org("p", "Center Person"), kind: "person" } as Entity]).size).toBe(0);
  });
});
