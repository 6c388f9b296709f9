// The explorer's map draws every country shape on a day from the as-of engine. Before a state existed, its shape
// shows who held the land (a `holds-territory` statement: British Malaya, French West Africa…), or else "state yet to
// exist" with no holder. TRUTH39 (session 37) found 68 states with a map shape, born after 1851, whose shape had no
// holder on the eve of independence; DATA27 recorded the colonial rulers (ICOW Colonial History v1.1 with a public
// source for the dates), leaving 17; DATA30 (session 38) recorded two more (South Africa's four British colonies,
// 1902–1910; Germany's occupation of Lithuania, 1915–1918), leaving the 15 below. This test asks the map's own code
// (test/asof/audit/map-names.ts) what it shows on the day before each such state's first `exists` day, and holds the
// list of shapes still without a holder to the one below, so that the gap cannot grow back silently; a ruler added for
// one of them makes the test fail until it is taken off.
import { describe, expect, it } from "vitest";
import { administrationAsOf } from "../../src/kb/asof/holdings.js";
import { worldOf } from "../../src/kb/asof/store.js";
import { relationsAsOf } from "../../src/kb/relations.js";
import { sharedStore } from "../helpers.js";
import { COUNTRY_SHAPES, mapAnswer, SHAPES } from "./audit/map-names.js";
import { apiOf } from "./api.js";

const { store } = apiOf(sharedStore());

/** States born after 1851 whose shape still shows no holder the day before, and why none is recorded. */
const NO_HOLDER: Record<string, string> = {
  // The land was split among rulers that data/ has no entity for (a note, no statement, as the brief asks).
  "libya": "1943-1951 British (Tripolitania, Cyrenaica) and French (Fezzan) military administration; no entity for the parts",
  "poland": "partitioned among Russia, Prussia/Germany and Austria until 1918; no entity for the parts",
  // Formed from or out of a state, not a colony: the predecessor is a state in its own right, or not in data/.
  "italy": "unified in 1861 from several states",
  "romania": "the united principalities under Ottoman suzerainty (not a colony) until 1878",
  "turkey": "successor of the Ottoman Empire",
  "saudi-arabia": "formed by Ibn Saud from Nejd and the Hejaz",
  "norway": "a kingdom in union with Sweden until 1905, not a held land",
  "finland": "Russian grand duchy until 1917; the Russian Empire entry ends on 14 September 1917, before independence in December",
  "estonia": "declared independent on 24 February 1918, a day before German troops reached Tallinn; no publisher's source read says who held the mainland on the eve (the Bolsheviks were withdrawing)",
  "latvia": "under German occupation in 1918 (Riga from September 1917); no source of the kind the data needs (a publisher's own page) was found for the occupation's dates",
  // Contested or held by no state on the eve.
  "palestine": "the 1967 occupation of the West Bank and Gaza is contested; not recorded as a holding",
  "western-sahara": "Spanish until 1976, then claimed by Morocco (and Mauritania until 1979); contested",
  "eritrea": "held by the EPLF, not a state, from May 1991 until independence in 1993",
  "timor-leste": "administered by the UN (UNTAET), not a state, from 1999 to 2002",
  "vietnam": "Japan's occupation is dated to August 1945 (month only); the Democratic Republic was declared on 2 September",
};

/** The day before an EDTF day (`1960-10-01` → `1960-09-30`). */
function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Each state with a country shape and a first `exists` day after 1851, with that day. */
function youngStates(): { id: string; key: string; start: string }[] {
  const rows = relationsAsOf(store, "2026-01-01").relations;
  const byIso = new Map(rows.filter((r) => r.isoNumeric).map((r) => [r.isoNumeric!, r.state.id]));
  const first = store.prepared("SELECT min(s_min) AS start FROM statements WHERE subject = ? AND p = 'exists'");
  const out: { id: string; key: string; start: string }[] = [];
  for (const shape of COUNTRY_SHAPES) {
    const id = shape.id ? byIso.get(shape.id) : undefined;
    if (!id) continue;
    const start = (first.get(id) as { start: string | null }).start;
    // Only states born on a known day after 1851 (the map starts in 1850).
    if (start && /^\d{4}-\d{2}-\d{2}$/.test(start) && start > "1851-12-31") out.push({ id, key: shape.key, start });
  }
  return out;
}

describe("who held a state's land on the eve of its independence (the map's 'state yet to exist')", () => {
  const young = youngStates();

  it("is recorded for every state born after 1851 but the listed ones", () => {
    const missing = young.filter((s) => {
      const a = mapAnswer(store, s.key, dayBefore(s.start));
      return a.polity === s.id && a.held === null;
    });
    expect(missing.map((s) => s.id).sort()).toEqual(Object.keys(NO_HOLDER).sort());
    expect(Object.keys(NO_HOLDER)).toHaveLength(15);
  });

  it.each([
    // [state, the eve of its first day, the holder whose row the shape shows, how it held the land]
    ["south-africa", "1910-05-30", "united-kingdom", "colony"], // the Cape, Natal, Transvaal and Orange River colonies
    ["lithuania", "1918-02-15", "german-empire", "occupation"], // Ober Ost, from 1915
  ])("shows %s's land on %s as held by %s (%s)", (id, eve, holder, role) => {
    const s = young.find((x) => x.id === id)!;
    expect(mapAnswer(store, s.key, eve)).toMatchObject({ polity: holder, held: `${holder} ${role}` });
  });

  it("is drawn from the engine, not assumed: Nigeria's shape the day before 1 October 1960 is British", () => {
    // Not a vacuous sweep: most of the world's states were born after 1851.
    expect(young.length).toBeGreaterThan(100);
    const nigeria = young.find((s) => s.id === "nigeria")!;
    expect(nigeria.start).toBe("1960-10-01");
    expect(mapAnswer(store, nigeria.key, "1960-09-30")).toMatchObject({ polity: "united-kingdom", held: "united-kingdom colony" });
    expect(mapAnswer(store, nigeria.key, "1960-10-02")).toMatchObject({ polity: "nigeria", held: null });
  });
});

// The islands of Japan's South Seas Mandate, and Nauru, are drawn as points, which the sweep above (country shapes
// only) does not reach. DATA33 (session 38) recorded who held each of them from 1885: before, Palau's and the
// Federated States of Micronesia's points showed nothing before 1914 or between 1945 and 1947, and Nauru's nothing
// before 1968. Each day below is read from a holding's sources, not from the engine.
describe("who held the Pacific islands Japan held under mandate, and Nauru, on the map's points", () => {
  it.each([
    // [point, day, the row the point shows, who held the land and how (null: the state itself)]
    ["585", "1890-01-01", "spain", "spain colony"], // Palau: Spanish since the papal mediation of 1885
    ["585", "1905-01-01", "german-empire", "german-empire colony"], // sold to Germany in 1899
    ["585", "1917-01-01", "japanese-rule:palau", "japan occupation"], // seized in October 1914
    ["585", "1930-01-01", "japanese-rule:palau", "japan mandate"], // mandate from 17 December 1920
    ["585", "1945-06-01", "japanese-rule:palau", "japan mandate"], // Koror held until the surrender of 2 September 1945
    ["585", "1946-06-01", "united-states", "united-states occupation"],
    ["585", "1990-01-01", "united-states", "united-states trust"], // the last district, to 1 October 1994
    ["585", "1994-09-30", "united-states", "united-states trust"],
    ["585", "1994-10-01", "palau", null],
    ["583", "1890-01-01", "spain", "spain colony"], // the Carolines
    ["583", "1945-06-01", "japanese-rule:micronesia", "japan mandate"], // Chuuk surrendered on 2 September 1945
    ["583", "1946-06-01", "united-states", "united-states occupation"],
    ["583", "1986-11-02", "united-states", "united-states trust"],
    ["583", "1986-11-03", "micronesia", null],
    ["584", "1890-01-01", "german-empire", "german-empire protectorate"], // from 15 October 1885
    ["584", "1914-09-28", "german-empire", "german-empire protectorate"],
    ["584", "1914-09-29", "japanese-rule:marshall-islands", "japan occupation"],
    ["584", "1944-01-30", "japanese-rule:marshall-islands", "japan mandate"],
    ["584", "1944-01-31", "united-states", "united-states occupation"], // Majuro
    ["584", "1947-07-18", "united-states", "united-states trust"],
    ["584", "1986-10-21", "marshall-islands", null],
    ["520", "1890-01-01", "german-empire", "german-empire colony"], // Nauru, annexed in 1888
    ["520", "1930-01-01", "australia", "australia mandate"],
    ["520", "1943-01-01", "japanese-rule:nauru", "japan occupation"], // 25 August 1942 – 13 September 1945
    ["520", "1950-01-01", "australia", "australia trust"],
    ["520", "1968-01-31", "nauru", null],
  ])("shows point %s on %s as %s (%s)", (key, day, polity, held) => {
    expect(mapAnswer(store, key, day)).toMatchObject({ polity, held });
  });

  it("names no land under Japanese rule on the point and no state before it existed", () => {
    // Palau's point in 1930 is Japan's land under mandate, not yet Palau: the map writes no name on it.
    expect(SHAPES.has("585")).toBe(true);
    expect(mapAnswer(store, "585", "1930-01-01").en).toBe("-");
    expect(mapAnswer(store, "585", "2000-01-01")).toMatchObject({ en: "Palau", ja: "パラオ", status: "diplomatic-relations" });
  });

  it("gives the Northern Mariana Islands (a place: no state, so no map row) an administrator on every day from 1885", () => {
    const world = worldOf(store);
    const admin = (day: string) => {
      const a = administrationAsOf(world, "northern-mariana-islands", day).administrator;
      return a ? `${a.id} ${a.role ?? "-"}` : null;
    };
    expect(admin("1890-01-01")).toBe("spain colony");
    expect(admin("1905-01-01")).toBe("german-empire colony");
    expect(admin("1917-01-01")).toBe("japan -"); // occupation
    expect(admin("1930-01-01")).toBe("japan mandate");
    expect(admin("1944-07-08")).toBe("japan mandate");
    expect(admin("1944-07-09")).toBe("united-states -"); // Saipan secured
    expect(admin("1960-01-01")).toBe("united-states trust");
    expect(admin("1986-11-03")).toBe("united-states commonwealth");
    for (let y = 1885; y <= 2026; y++) expect(admin(`${y}-07-01`), `${y}`).not.toBeNull();
  });
});
