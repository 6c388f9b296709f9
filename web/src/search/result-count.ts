// What the search page says about how many results it shows. Pure.
import type { MessageKey } from "../i18n/dict.js";

/**
 * The line above the results: their number, and, when the API answered only the first page of a
 * longer list, how many there are in all ("korea" said "100 results" of 385).
 * @example resultCount(100, 100, 385) // { key: "search.resultsOf", params: { n: 100, total: 385 } }
 * @example resultCount(12, 12, 12) // { key: "search.results", params: { n: 12 } }
 */
export function resultCount(shown: number, returned: number, total: number): { key: MessageKey; params: Record<string, number> } {
  return total > returned ? { key: "search.resultsOf", params: { n: shown, total } } : { key: "search.results", params: { n: shown } };
}
