import type { MessageKey } from "../i18n/dict.js";

/**
 * The map's region presets and the states each one frames, by the map's shape keys (ISO 3166 numeric
 * codes; `name:` for the three shapes without one). The groupings are the UN's M49 regions as the
 * countrycode package's code list gives them (Eastern Asia, South-eastern Asia, Europe, the Americas,
 * Africa); the Middle East, which M49 does not define, is Western Asia without the Caucasus, with Egypt
 * and Iran. Left out, as their shapes would stretch a frame over another region or an ocean: Russia and
 * Svalbard from Europe (Russia's shape reaches the Pacific), Greenland (Denmark's), Bouvet Island and
 * South Georgia from the Americas, the French Southern and Antarctic Lands, the British Indian Ocean
 * Territory and St Helena from Africa. Pure data.
 */
export const REGIONS = {
  world: null,
  "east-asia": ["156", "158", "344", "392", "408", "410", "446", "496"],
  "southeast-asia": ["096", "104", "116", "360", "418", "458", "608", "626", "702", "704", "764"],
  europe: [
    "008", "020", "040", "056", "070", "100", "112", "191", "203", "208", "233", "234", "246", "248", "250", "276", "292", "300", "336", "348", "352",
    "372", "380", "428", "438", "440", "442", "470", "492", "498", "499", "528", "578", "616", "620", "642", "674", "688", "703", "705", "724", "752",
    "756", "804", "807", "826", "831", "832", "833", "name:Kosovo",
  ],
  americas: [
    "028", "032", "044", "052", "060", "068", "076", "084", "092", "124", "136", "152", "170", "188", "192", "212", "214", "218", "222", "238", "254",
    "308", "312", "320", "328", "332", "340", "388", "474", "484", "500", "531", "533", "534", "535", "558", "591", "600", "604", "630", "652", "659",
    "660", "662", "663", "666", "670", "740", "780", "796", "840", "850", "858", "862",
  ],
  africa: [
    "012", "024", "072", "108", "120", "132", "140", "148", "174", "175", "178", "180", "204", "226", "231", "232", "262", "266", "270", "288", "324",
    "384", "404", "426", "430", "434", "450", "454", "466", "478", "480", "504", "508", "516", "562", "566", "624", "638", "646", "678", "686", "690",
    "694", "706", "710", "716", "728", "729", "732", "748", "768", "788", "800", "818", "834", "854", "894", "name:Somaliland",
  ],
  "middle-east": ["048", "196", "275", "364", "368", "376", "400", "414", "422", "512", "634", "682", "760", "784", "792", "818", "887", "name:N. Cyprus"],
} as const satisfies Record<string, readonly string[] | null>;

export type RegionId = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as RegionId[];
export const REGION_LABEL: Record<RegionId, MessageKey> = {
  world: "map.region.world",
  "east-asia": "map.region.east-asia",
  "southeast-asia": "map.region.southeast-asia",
  europe: "map.region.europe",
  americas: "map.region.americas",
  africa: "map.region.africa",
  "middle-east": "map.region.middle-east",
};

/** The region named in the address, or the whole world. @example parseRegion("europe") // "europe" */
export function parseRegion(value: string | null): RegionId {
  return value && Object.hasOwn(REGIONS, value) ? (value as RegionId) : "world";
}
