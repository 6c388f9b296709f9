import type { GeneratedName } from "./generated-names.js";

/**
 * A series' meeting by its number, shared by search (src/kb/search/index.ts) and the checker's gazetteer
 * (src/check/gazetteer.ts), so that "the sixth Pacific Islands Leaders Meeting" or "the 7th TICAD" means the same
 * meeting to both (issue 13 item 3).
 */

/** Ordinal words, first to twentieth, and Roman numerals to twenty: the numbers of a series' meetings. */
export const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
export const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

/** The highest number a meeting is looked up by. */
export const MAX_NUMBER = ORDINAL_WORDS.length;

/**
 * "1st", "2nd", "3rd", "11th", "22nd".
 *
 * @example ordinalNumber(6) // "6th"
 */
export function ordinalNumber(n: number): string {
  return `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
}

/** A series' English name without a bracket at its end ("Pacific Islands Leaders Meeting (PALM, the series)"). */
export const seriesBase = (name: string) => name.replace(/\s*\([^)]*\)$/, "");

/**
 * The ways a meeting of a series is named by its number, from a name of the series (`base`, without its closing
 * bracket): the ordinal before it ("sixth …", "6th …") or the number after it ("… VI", "…6", "… 6", "…-VI"; the
 * Roman numeral in lower case, as `base` is given).
 *
 * @example numberedForms("ticad", 7) // ["seventh ticad", "7th ticad", "ticad vii", "ticad7", "ticad 7", "ticad-vii"]
 */
export function numberedForms(base: string, n: number): string[] {
  return [`${ORDINAL_WORDS[n - 1]} ${base}`, `${ordinalNumber(n)} ${base}`, `${base} ${ROMAN[n - 1]}`, `${base}${n}`, `${base} ${n}`, `${base}-${ROMAN[n - 1]}`];
}

/**
 * The meetings of series by their numbers, read from every entity's English names and aliases (`englishNames`,
 * in the order the store lists them: a later entity named alike takes the name).
 */
export class SeriesNumbers {
  private readonly byName = new Map<string, string>();

  constructor(private readonly englishNames: ReadonlyMap<string, readonly string[]>) {
    for (const [id, names] of englishNames) for (const name of names) this.byName.set(seriesBase(name).toLowerCase(), id);
  }

  /**
   * The one meeting of a series by its number ("the sixth Pacific Islands Leaders Meeting", "the 6th Tokyo
   * International Conference on African Development", "the seventh TICAD"): an entity named the series' name
   * with that ordinal before it ("Sixth …", "6th …") or its abbreviation with the number after it ("TICAD VI",
   * "PALM6", "TICAD 7"). None when no entity, or more than one, is named so.
   *
   * @example new SeriesNumbers(names).numbered("ticad", 7) // "ticad-7-2019"
   */
  numbered(series: string, n: number): string | undefined {
    if (n < 1 || n > MAX_NUMBER) return undefined;
    const forms = (this.englishNames.get(series) ?? []).flatMap((name) => numberedForms(seriesBase(name).toLowerCase(), n));
    const hits = new Set(forms.map((f) => this.byName.get(f)).filter((id): id is string => !!id && id !== series));
    return hits.size === 1 ? [...hits][0] : undefined;
  }
}

/** A name that starts with an ordinal ("Second Sino-Japanese War", "6th G7 summit"): a numbered thing, no series. */
const LEADING_ORDINAL = new RegExp(`^(?:${ORDINAL_WORDS.join("|")}|\\d+(?:st|nd|rd|th)) (.+)$`);
/** The number after a name: " VI", "-VI", " 7". */
const TRAILING_NUMBER = /^(.+?)(?: |-)(?:[ivx]+|\d+)$/;

/**
 * What names may be numbered forms of, lower case: each name without an ordinal before it or a number after it
 * ("sixth pacific islands leaders meeting", "palm6", "ticad vii" give "pacific islands leaders meeting", "palm",
 * "ticad"). A series none of whose names is among them has no numbered meeting, and is not looked up.
 */
function numberedBases(englishNames: ReadonlyMap<string, readonly string[]>): Set<string> {
  const bases = new Set<string>();
  for (const names of englishNames.values()) {
    for (const name of names) {
      const key = seriesBase(name).toLowerCase();
      const lead = LEADING_ORDINAL.exec(key)?.[1];
      if (lead) bases.add(lead);
      const trail = TRAILING_NUMBER.exec(key)?.[1];
      if (trail) bases.add(trail);
      // Glued digits ("palm10", or "g76" for a "g7" series): every cut of the digits at the end.
      for (let k = key.length - 1; k > 0 && /\d/.test(key[k]!); k--) bases.add(key.slice(0, k));
    }
  }
  return bases;
}

/**
 * For search: each meeting that `numbered` finds for a series of `seriesIds`, named in every numbered form of
 * English name of its series ("Seventh TICAD", "7th TICAD", "TICAD VII", "7th Tokyo International Conference on
 * African Development" for ticad-7-2019; a name of several words only with the ordinal before it), the forms it
 * has no name for already. These are the names
 * the checker resolves through `SeriesNumbers.numbered`; they are search's only (the checker keeps its own rule of
 * an ordinal before a name, which a following "ministerial meeting" overrides).
 *
 * @example numberedNames(names, ["ticad"]).get("ticad-7-2019") // [{ text: "Seventh TICAD", lang: "en", kind: "generated" }, …]
 */
export function numberedNames(englishNames: ReadonlyMap<string, readonly string[]>, seriesIds: Iterable<string>): Map<string, GeneratedName[]> {
  const numbers = new SeriesNumbers(englishNames);
  const bases = numberedBases(englishNames);
  const out = new Map<string, GeneratedName[]>();
  for (const series of seriesIds) {
    const keys = (englishNames.get(series) ?? []).map((name) => seriesBase(name).toLowerCase());
    // A series is named without a number ("Second Sino-Japanese War" is a war, numbered itself, not a series of wars).
    if (!keys.some((k) => bases.has(k)) || keys.some((k) => LEADING_ORDINAL.test(k))) continue;
    for (let n = 1; n <= MAX_NUMBER; n++) {
      const meeting = numbers.numbered(series, n);
      if (!meeting) continue;
      const have = new Set([...(englishNames.get(meeting) ?? []), ...(out.get(meeting) ?? []).map((g) => g.text)].map((t) => t.toLowerCase()));
      const made: GeneratedName[] = [];
      for (const name of englishNames.get(series) ?? []) {
        const base = seriesBase(name);
        // A number after the name ("TICAD VI", "PALM6", "TICAD-VI") follows an abbreviation; a name of several words
        // takes its ordinal before it ("Sixth Tokyo International Conference …").
        const forms = numberedForms(base, n).slice(0, /\s/.test(base) ? 2 : undefined);
        for (const form of forms) {
          // The ordinal word capitalised and the Roman numeral in capitals, as titles write them.
          const text = form.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/([ -])([ivx]+)$/, (_, sep: string, r: string) => `${sep}${r.toUpperCase()}`);
          if (have.has(text.toLowerCase())) continue;
          have.add(text.toLowerCase());
          made.push({ text, lang: "en", kind: "generated" });
        }
      }
      if (made.length) out.set(meeting, [...(out.get(meeting) ?? []), ...made]);
    }
  }
  return out;
}
