// Pure and with no imports, so that the explorer (web/src/entity/articles.ts) and the dataset importers'
// summaries (src/datasets/importers/summary-text.ts) put "the" before the same states.

/** States whose English name takes "the" in running text: a union, kingdom, republic or empire, a plural. */
const STATE_WITH_THE = /^(?:United|Republic|Kingdom|Empire|Federation|Union|Commonwealth|Democratic|Federal|Islamic|People's|Holy See|Principality|Grand Duchy|Sultanate|State of)\b|\b(?:Empire|Republic|Kingdom|Union|Islands|States|Emirates|Federation|Shogunate|Confederation|Sultanate|Caliphate|Dynasty)$|^(?:Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Czech Republic)$/u;

/**
 * Whether a state's English name takes "the" in running text.
 * @example stateTakesThe("United Kingdom") // true
 * @example stateTakesThe("China") // false
 */
export function stateTakesThe(name: string): boolean {
  return STATE_WITH_THE.test(name);
}
