// A reference's date in the entity page's style: the fact box and the statements write dates in full
// ("28 January 1977"), and the references beside them wrote "18 Jul 2017" (issue 15).
import type { Lang } from "../i18n/dict.js";
import { formatDate } from "../time/dates.js";
import { longDate } from "./sentences.js";

/**
 * A source's date as the entity page writes its other dates: a day, month or year in full; anything
 * else (an interval) as the explorer writes dates elsewhere.
 * @example referenceDate("2017-07-18", "en") // "18 July 2017"
 * @example referenceDate("2017-07", "ja") // "2017年7月"
 * @example referenceDate("1945/1952", "en") // "1945 – 1952"
 */
export function referenceDate(date: string, lang: Lang): string {
  return /^-?\d{4}(-\d{2}){0,2}[~?%]?$/.test(date) ? longDate(date, lang) : formatDate(lang, date);
}

/**
 * The byline of a citation's preview card: publisher and date, the date written as the reference list
 * below writes it (the card wrote "18 Jul 2017" above a list reading "18 July 2017").
 * @example referenceByline("Ministry of Foreign Affairs of Japan", "2017-07-18", "en") // "Ministry of Foreign Affairs of Japan · 18 July 2017"
 * @example referenceByline(null, "2016-03-18", "ja") // "2016年3月18日"
 */
export function referenceByline(publisher: string | null | undefined, date: string | null | undefined, lang: Lang): string {
  return [publisher, date ? referenceDate(date, lang) : null].filter(Boolean).join(" · ");
}
