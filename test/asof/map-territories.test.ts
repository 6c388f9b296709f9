// Territories that data/ holds as places, not states (the Northern Mariana Islands, Guam, Macau), drawn on the map's
// points of their ISO codes (MAP38, session 38). DATA33 recorded who held the Northern Marianas on every day since 1885,
// but the map had rows for states only, so its point showed nothing; a list of today's sovereigns would have drawn the
// United States there in 1930. The point now shows the engine's administrator of the place (administrationAsOf, served
// as the `territories` of GET /api/v1/relations), asked here through the API and the map's own join and tooltip code.
// Each day below is read from the holdings' sources (the notes of the places' statements), not from the engine.
// DATA36 (session 38) made places of the territories the map had drawn with today's sovereign on every date (Puerto
// Rico as the United States before 1898, Greenland, New Caledonia) or not at all (Hong Kong, French Polynesia), and
// gave Guam its Spanish rule before 1898.
import { describe, expect, it } from "vitest";
import { EntityView, RelationsResult, TerritoryRow, type RelationRow } from "../../src/model/results.js";
import { message, nameIn, type Lang } from "../../web/src/i18n/dict.js";
import { sharedStore } from "../helpers.js";
import { mapAnswer, SHAPES } from "./audit/map-names.js";
import { apiOf } from "./api.js";

const { store, get } = apiOf(sharedStore());

type KeyedShape = { id: string | undefined; name: string; key: string };
type MapModel = (
  shapes: readonly KeyedShape[],
  rows: readonly RelationRow[],
  layer: "status",
  t: (key: Parameters<typeof message>[1], params?: Record<string, string | number>) => string,
  name: (n: { en: string; ja: string | null }) => string,
  entityHref: (id: string) => string,
  lang: Lang,
  territories: readonly TerritoryRow[],
) => { styles: Map<string, { title: string; heading?: string; target: string | null }> };
// As in audit/map-names.ts: model.ts takes a type from WorldMap.tsx, which the root tsconfig cannot read.
const MODEL = "../../web/src/map/model.js";
const { mapModel } = (await import(MODEL)) as { mapModel: MapModel };

/** What the map's point `key` says on `day` in `lang`: its tooltip and where a tap leads, from the API's answer. */
async function tooltip(key: string, day: string, lang: Lang): Promise<{ title: string; heading?: string; target: string | null }> {
  const r = RelationsResult.parse(await get(`/api/v1/relations?asOf=${day}`));
  const t = (k: Parameters<typeof message>[1], p?: Record<string, string | number>) => message(lang, k, p);
  const styles = mapModel([SHAPES.get(key)!], r.relations, "status", t, (n) => nameIn(lang, n), (id) => `/entity/${id}`, lang, r.territories ?? []).styles;
  return styles.get(key)!;
}

describe("the territories of GET /api/v1/relations", () => {
  it("lists each place with an ISO code, in its documented shape, with a point on the map", async () => {
    const r = RelationsResult.strict().parse(await get("/api/v1/relations?asOf=1930-01-01"));
    const territories = r.territories!.map((x) => TerritoryRow.strict().parse(x));
    expect(territories.map((x) => `${x.place.id} ${x.isoNumeric}`)).toEqual([
      "french-polynesia 258",
      "greenland 304",
      "guam 316",
      "hong-kong 344",
      "macau 446",
      "new-caledonia 540",
      "northern-mariana-islands 580",
      "puerto-rico 630",
    ]);
    for (const x of territories) expect(SHAPES.has(x.isoNumeric), x.place.id).toBe(true);
    // The status filter narrows the states' rows, not the territories.
    const filtered = RelationsResult.parse(await get("/api/v1/relations?asOf=1930-01-01&status=never"));
    expect(filtered.territories).toHaveLength(8);
  });

  it("gives the holder the place's page gives (one as-of engine)", async () => {
    const r = RelationsResult.parse(await get("/api/v1/relations?asOf=1930-01-01"));
    const nmi = r.territories!.find((x) => x.place.id === "northern-mariana-islands")!;
    const page = EntityView.parse(await get("/api/v1/entities/northern-mariana-islands?asOf=1930-01-01"));
    expect(nmi.holder).toMatchObject({ state: { id: "japan" }, role: "mandate", via: "administers" });
    expect(page.onDay?.administration?.administrator).toMatchObject({ entity: { id: "japan" }, role: "mandate" });
  });
});

describe("who held a territory that is a place, on the map's point", () => {
  it.each([
    // [point, day, the row the point shows, who held it and how ("-": no role), the place]
    ["580", "1890-01-01", "spain", "spain colony"], // Northern Marianas: Spanish until the sale of 1899
    ["580", "1905-01-01", "german-empire", "german-empire colony"],
    ["580", "1917-01-01", "japanese-rule:northern-mariana-islands", "japan occupation"], // seized in October 1914
    ["580", "1930-01-01", "japanese-rule:northern-mariana-islands", "japan mandate"], // not the United States
    ["580", "1944-07-08", "japanese-rule:northern-mariana-islands", "japan mandate"],
    ["580", "1944-07-09", "united-states", "united-states occupation"], // Saipan secured
    ["580", "1960-01-01", "united-states", "united-states trust"],
    ["580", "2000-01-01", "united-states", "united-states commonwealth"], // since 3 November 1986
    ["316", "1890-01-01", "spain", "spain colony"], // Guam: Spanish from 1668 until the surrender of 21 June 1898
    ["316", "1898-06-20", "spain", "spain colony"],
    ["316", "1898-06-21", "united-states", "united-states -"],
    ["316", "1930-01-01", "united-states", "united-states -"], // ceded by Spain in 1898
    ["316", "1943-01-01", "japanese-rule:guam", "japan occupation"], // December 1941 to 21 July 1944
    ["316", "1945-01-01", "united-states", "united-states -"],
    ["446", "1930-01-01", "portugal", "portugal -"], // Macau: Portuguese administration 1557 to the handover
    ["446", "1999-12-19", "portugal", "portugal -"],
    ["446", "1999-12-20", "china", "china -"],
    ["630", "1890-01-01", "spain", "spain colony"], // Puerto Rico: Spanish until 1898, not the United States
    ["630", "1898-07-24", "spain", "spain colony"],
    ["630", "1898-08-01", "united-states", "united-states occupation"], // US troops landed on 25 July 1898
    ["630", "1930-01-01", "united-states", "united-states -"], // the flag raised on 18 October 1898
    ["630", "2000-01-01", "united-states", "united-states commonwealth"], // since 25 July 1952
    ["304", "1900-01-01", "denmark", "denmark colony"], // Greenland: a Danish colony from 1721 to 1953
    ["304", "1943-01-01", "united-states", "united-states occupation"], // US protection from April 1941, an occupation to Wikipedia
    ["304", "1960-01-01", "denmark", "denmark -"], // a county of Denmark from 5 June 1953
    ["540", "1850-01-01", "no-data", null], // New Caledonia: no state held it before France took possession
    ["540", "1853-09-24", "france", "france colony"], // possession taken at Balade on 24 September 1853
    ["540", "1930-01-01", "france", "france colony"],
    ["540", "1960-01-01", "france", "france -"], // an overseas territory from 1946
    ["344", "1900-01-01", "united-kingdom", "united-kingdom colony"], // Hong Kong: British from 1842
    ["344", "1941-12-24", "united-kingdom", "united-kingdom colony"],
    ["344", "1941-12-25", "japanese-rule:hong-kong", "japan occupation"], // the governor surrendered on 25 December 1941
    ["344", "1945-08-30", "united-kingdom", "united-kingdom colony"], // handed to the Royal Navy on 30 August 1945
    ["344", "1997-06-30", "united-kingdom", "united-kingdom colony"],
    ["344", "1997-07-01", "china", "china -"], // the handover
    ["258", "1850-01-01", "france", "france protectorate"], // French Polynesia: Tahiti a protectorate from 1842
    ["258", "1880-06-29", "france", "france colony"], // ceded by Pomare V on 29 June 1880
    ["258", "1960-01-01", "france", "france -"], // an overseas territory from 1946
  ])("shows point %s on %s as %s (%s)", (key, day, polity, held) => {
    const a = mapAnswer(store, key, day);
    expect(a).toMatchObject({ polity, held });
    expect(a.place).not.toBeNull();
    // A territory is not its holder by name.
    expect(a.en).toBe("-");
  });

  it.each([
    // [point, the first year from which a holder is recorded on 1 July of every year]
    ["580", 1885], // Northern Marianas
    ["316", 1850], // Guam
    ["630", 1850], // Puerto Rico
    ["304", 1850], // Greenland
    ["540", 1854], // New Caledonia, from 24 September 1853
    ["344", 1850], // Hong Kong
    ["258", 1850], // French Polynesia
  ])("has a holder for point %s on 1 July of every year from %i to 2026", (key, from) => {
    for (let y = from; y <= 2026; y++) expect(mapAnswer(store, key, `${y}-07-01`).polity, `${y}`).not.toBe("no-data");
  });
});

describe("what the map's point says, in English and Japanese, with no raw id", () => {
  const RAW = /northern-mariana-islands|united-states|japan(?!ese)|german-empire|spain\b|portugal|\bchina\b|guam\b|macau\b|puerto-rico|greenland|new-caledonia|hong-kong|french-polynesia|united-kingdom|denmark|france\b/;
  it.each([
    ["580", "1930-01-01", "en", "Northern Mariana Islands: Under Japanese rule (as a mandate)"],
    ["580", "1930-01-01", "ja", "北マリアナ諸島：日本の統治下（委任統治領として）"],
    ["580", "1960-01-01", "ja", "北マリアナ諸島：アメリカ合衆国（信託統治領として）：外交関係あり"],
    ["580", "2000-01-01", "ja", "北マリアナ諸島：アメリカ合衆国（コモンウェルスとして）：外交関係あり"],
    ["540", "1850-01-01", "en", "New Caledonia: No data: gaiko's data records no one holding it on this date"],
    ["540", "1850-01-01", "ja", "ニューカレドニア：データなし：この日に統治していた国はgaikoのデータに記録がない"],
    ["316", "1943-01-01", "ja", "グアム：日本の統治下（占領により）"],
    ["446", "1930-01-01", "en", "Macau: Portugal: Diplomatic relations"],
    ["344", "1943-01-01", "ja", "香港：日本の統治下（占領により）"],
    ["344", "1900-01-01", "en", "Hong Kong: United Kingdom (as a colony): Diplomatic relations"],
    ["630", "1890-01-01", "ja", "プエルトリコ：スペイン（植民地として）：外交関係あり"],
    ["304", "1943-01-01", "en", "Greenland: United States (under occupation): At war"],
    ["258", "1850-01-01", "ja", "仏領ポリネシア：フランス（保護国として）：国交樹立前（のちに樹立）"],
  ])("point %s on %s in %s: %s", async (key, day, lang, want) => {
    const style = await tooltip(key, day, lang as Lang);
    expect(style.title).toBe(want);
    expect(style.title).not.toMatch(RAW);
    if (lang === "ja") expect(style.title.replace(/gaiko/g, "")).not.toMatch(/[A-Za-z]/);
    expect(style.target).toBe(`/entity/${mapAnswer(store, key, day).place}`);
  });
});
