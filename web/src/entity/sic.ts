// A dataset's own title keeps its spelling, marked where it is wrong: the GGO treaty data's
// "General Fisheries Comission" is its title, not gaiko's typo. Pure.

/** Misspellings seen in imported titles (a whole word, as the dataset writes it). */
const MISSPELT = ["Comission"];
const PATTERN = new RegExp(`\\b(${MISSPELT.join("|")})\\b(?! \\[sic\\])`, "g");

/**
 * A name with "[sic]" after each word known to be misspelt in its source.
 * @example withSic("Agreement For The Establishment Of A General Fisheries Comission For The Mediterranean") // "Agreement For The Establishment Of A General Fisheries Comission [sic] For The Mediterranean"
 * @example withSic("Treaty of Peace with Japan") // "Treaty of Peace with Japan"
 */
export function withSic(name: string): string {
  return name.replace(PATTERN, "$1 [sic]");
}
