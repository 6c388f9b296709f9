import { useI18n } from "../app/location.js";
import { formatDate } from "./dates.js";
import { eraTitle } from "./wareki.js";
import type { Lang } from "../i18n/dict.js";

/**
 * A date as readers of the page's language write it, in a <time> element; in Japanese the era date
 * (昭和47年9月29日) shows on hover. Intervals show both ends.
 *
 * `write` writes it in another style, such as an entity page's dates in full.
 * @example <DateText date="1972-09-29" />
 */
export function DateText({ date, className, write = (lang, d) => formatDate(lang, d) }: { date: string; className?: string; write?: (lang: Lang, date: string) => string }) {
  const { lang } = useI18n();
  const single = date.includes("/") ? null : date;
  const era = lang === "ja" ? eraTitle(date) : null;
  return (
    <time className={className} dateTime={single && /^\d{4}(-\d{2}){0,2}$/.test(single) ? single : undefined} title={era ?? undefined}>
      {write(lang, date)}
    </time>
  );
}

