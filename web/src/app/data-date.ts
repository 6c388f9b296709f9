// The data a page shows, dated for a reader: the day the store was built (`builtAt`), in words. The release
// hash ("96babf4848e361c8") means nothing to a reader; it stays in the JSON, the CSV and a title attribute.
import { message, type Lang } from "../i18n/dict.js";
import { longDate } from "../entity/sentences.js";

/**
 * "data as of 7 December 2026" / "2026年12月7日時点のデータ" from a build time (ISO, UTC); "date of the data
 * unknown" / "データの日付不明" where the store gives none (an old store reports "unknown").
 * @example dataAsOf("2026-12-07T11:48:42.092Z", "en") // "data as of 7 December 2026"
 * @example dataAsOf("2026-12-07T11:48:42.092Z", "ja") // "2026年12月7日時点のデータ"
 */
export function dataAsOf(builtAt: string, lang: Lang): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(builtAt)?.[0];
  return day ? message(lang, "data.asOf", { date: longDate(day, lang) }) : message(lang, "data.asOfUnknown");
}

/**
 * The release as a title attribute beside that date (for whoever must name the exact build).
 * @example releaseTitle("96babf4848e361c8", "ja") // "リリース 96babf4848e361c8"
 */
export function releaseTitle(release: string, lang: Lang): string {
  return message(lang, "data.release", { release });
}
