import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { MISSION_PLACE_JA } from "../../../src/model/mission-places.js";
import { ROLE_PEOPLE } from "../../../src/model/roles/role-people.js";
import { ROLE_PLACES } from "../../../src/model/roles/role-places.js";

// The Japanese names of data/'s entities that a role may name: states, places, organisations, people.
const DATA = join(import.meta.dirname, "../../../data");
const entities = ["states", "places", "organizations", "people"].flatMap((dir) =>
  readdirSync(join(DATA, dir))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => ({ id: `${dir}/${basename(f, ".yaml")}`, names: (parse(readFileSync(join(DATA, dir, f), "utf8"))?.names ?? {}) as { en?: string; ja?: string | null } }))
    .filter((e) => e.names.en && e.names.ja),
);
const byEnglish = new Map(entities.map((e) => [e.names.en!, e]));
const people = entities.filter((e) => e.id.startsWith("people/"));

describe("the names roles write inside them", () => {
  it("writes a place, body or person that data/ has as an entity by the entity's Japanese name", () => {
    const differ = Object.entries({ ...ROLE_PLACES, ...ROLE_PEOPLE })
      .filter(([en, ja]) => byEnglish.has(en) && byEnglish.get(en)!.names.ja !== ja)
      .map(([en, ja]) => `${en}: ${ja}, but ${byEnglish.get(en)!.id} says ${byEnglish.get(en)!.names.ja}`);
    expect(differ).toEqual([]);
  });

  it("names a person with a title by the person's entity, where data/ has one", () => {
    const differ = Object.entries(ROLE_PEOPLE).flatMap(([en, ja]) =>
      people.filter((p) => en.endsWith(` ${p.names.en}`) && !ja.includes(p.names.ja!)).map((p) => `${en}: ${ja} does not name ${p.id} (${p.names.ja})`),
    );
    expect(differ).toEqual([]);
  });

  it("writes a mission's place as the embassies importer writes it in the statement's Japanese note, unless data/ names it", () => {
    const differ = Object.entries(MISSION_PLACE_JA)
      .filter(([en, ja]) => ROLE_PLACES[en] !== (byEnglish.get(en)?.names.ja ?? ja))
      .map(([en, ja]) => `${en}: importer ${ja}, roles ${ROLE_PLACES[en] ?? "(none)"}`);
    expect(differ).toEqual([]);
  });

  it("keeps the two tables apart: no name in both", () => {
    expect(Object.keys(ROLE_PEOPLE).filter((en) => Object.hasOwn(ROLE_PLACES, en))).toEqual([]);
  });

  it("writes every name in Japanese, with no English word left (an acronym such as F-X stays)", () => {
    const english = Object.entries({ ...ROLE_PLACES, ...ROLE_PEOPLE }).filter(([, ja]) => /\p{Ll}/u.test(ja));
    expect(english).toEqual([]);
  });
});
