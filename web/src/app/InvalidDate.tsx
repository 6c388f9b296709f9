import { useEffect } from "react";
import { Link, useI18n, useNav } from "./location.js";
import { withParams } from "./route.js";
import type { AsOfCheck } from "./asof.js";
import type { Lang } from "../i18n/dict.js";
import { formatDate } from "../time/dates.js";

const TEXT: Record<Lang, { title: string; message: string; reason: Record<"not-a-date" | "no-such-month" | "no-such-day", string>; instead: string; without: string }> = {
  en: {
    title: "Invalid date",
    message: "The date in the address, “{value}”, is not a valid date: {reason}. Give one such as 1972-09-29, 1975-06 or 1975.",
    reason: { "not-a-date": "it is not written as a year, a month or a day", "no-such-month": "there is no such month", "no-such-day": "there is no such day in that month" },
    instead: "Show {date} instead",
    without: "Show the page without a date",
  },
  ja: {
    title: "無効な日付",
    message: "アドレスの日付「{value}」は有効な日付ではありません（{reason}）。1972-09-29、1975-06、1975 のように指定してください。",
    reason: { "not-a-date": "年・年月・年月日の形ではありません", "no-such-month": "その月はありません", "no-such-day": "その月にその日はありません" },
    instead: "代わりに{date}を表示",
    without: "日付なしで表示",
  },
};

/**
 * Why a date in the address is refused, in the page's language, with the forms to give instead: for the
 * asOf of a view, the timeline's from and to, a list's date filters (never the date parser's own words).
 * @example invalidDateMessage("en", { state: "invalid", value: "1972-13", reason: "no-such-month", instead: "1972" }) // "The date in the address, “1972-13”, is not a valid date: there is no such month. Give one …"
 */
export function invalidDateMessage(lang: Lang, check: Extract<AsOfCheck, { state: "invalid" }>): string {
  const text = TEXT[lang];
  return text.message.replace("{value}", check.value).replace("{reason}", text.reason[check.reason]);
}

/**
 * What the explorer shows instead of a view when the address's date is impossible: the reason and the
 * ways on (the nearest real date, or no date), never a silent "today". The server answers such an
 * address 400 with the same message.
 */
export function InvalidDate({ check }: { check: Extract<AsOfCheck, { state: "invalid" }> }) {
  const { lang } = useI18n();
  const { pathname, query } = useNav();
  const text = TEXT[lang];
  useEffect(() => {
    document.title = `${text.title} — gaiko 外交`;
  }, [text.title]);
  return (
    <section className="invalid-date" aria-labelledby="invalid-date-title">
      <h1 id="invalid-date-title">{text.title}</h1>
      <p className="failure" role="alert">
        {invalidDateMessage(lang, check)}
      </p>
      <p>
        {check.instead && (
          <>
            <Link href={withParams(pathname, query, { asOf: check.instead })}>{text.instead.replace("{date}", formatDate(lang, check.instead))}</Link> ·{" "}
          </>
        )}
        <Link href={withParams(pathname, query, { asOf: null })}>{text.without}</Link>
      </p>
    </section>
  );
}
