import type { EntityRef } from "../api/types.js";
import { stateTakesThe } from "../../../src/model/articles.js";
import { disputeArticle } from "./sentences.js";

/**
 * Whether English writes "the" before an entity's name in running text: "Japan has been a party to
 * the Treaty of Peace with Japan", "Japan and the United Kingdom were allies", "China has claimed the
 * Senkaku Islands" — not "party to Treaty of Peace with Japan" (issue 15, seen on every treaty's page).
 * A name with its own possessive ("Abe's visit to China"), an acronym ("CITES", "APEC", "NATO") and a
 * person's name take none.
 * @example takesThe({ id: "united-kingdom", kind: "state", name: { en: "United Kingdom" } }) // true
 * @example takesThe({ id: "china", kind: "state", name: { en: "China" } }) // false
 */
export function takesThe(e: EntityRef): boolean {
  const name = e.name.en.trim();
  if (!name || /^the\s/i.test(name) || POSSESSIVE.test(name)) return false;
  const first = name.split(/[\s–-]/)[0] ?? "";
  switch (e.kind) {
    case "agreement":
      return !ACRONYM.test(name);
    case "organization":
      return !ACRONYM.test(first);
    case "state":
      return stateTakesThe(name);
    case "place":
      return PLACE_WITH_THE.test(name);
    case "dispute":
      return disputeArticle(e);
    case "event":
      return !/^Operation\s/.test(name);
    case "policy":
      return !ACRONYM.test(first) && !/^Article\s/.test(name) && /\s/.test(name);
    default:
      return false;
  }
}

/** A possessive within the first words of a name: "Abe's visit", "Foreign Minister Kōno's visit". */
const POSSESSIVE = /^(?:\S+\s){0,3}\S+(?:['’]s|s['’])(?=\s|$)/u;
/** A word in capitals or with digits: an acronym ("CITES", "APEC", "G7", "JARPA"). */
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&+]+$/u;
/** Places English names with "the": island groups, seas, straits, peninsulas. */
const PLACE_WITH_THE = /\b(?:Islands|Isles|Rocks|Territories|Sea|Ocean|Strait|Straits|Peninsula|Archipelago|Channel|Gulf)$|^(?:Sea|Gulf|Bay|Strait|Straits|Isle) of\b/u;
