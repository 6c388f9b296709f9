import { useId, useState, type FormEvent } from "react";
import { Link, useI18n, useNav } from "./location.js";
import { withParams } from "./route.js";
import { parseAsOf } from "../time/dates.js";
import { checkAsOf } from "./asof.js";
import type { Lang } from "../i18n/dict.js";
import { DateText } from "../time/DateText.js";

const TEXT: Record<Lang, { invalid: string }> = {
  en: { invalid: "“{value}” is not a date: give a year, a month or a day, such as 1975, 1975-06 or 1972-09-29." },
  ja: { invalid: "「{value}」は日付ではありません。1975、1975-06、1972-09-29 のように年・年月・年月日で入力してください。" },
};

/**
 * The date the page is seen as of (in the URL), or all dates. The field's placeholder is the format
 * (YYYY-MM-DD), not a date that could be taken for a set one; a value that is not a date is refused
 * with a message instead of being dropped.
 */
export function AsOfControl({ allowAll = true }: { allowAll?: boolean }) {
  const { t, lang } = useI18n();
  const { query, pathname, navigate } = useNav();
  const asOf = parseAsOf(query.get("asOf"));
  const [draft, setDraft] = useState(asOf ?? "");
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = checkAsOf(draft.trim());
    if (check.state === "invalid") {
      setError(TEXT[lang].invalid.replace("{value}", check.value));
      return;
    }
    setError(null);
    navigate(withParams(pathname, query, { asOf: check.state === "ok" ? check.value : null }));
  };
  return (
    <form className="as-of-control" onSubmit={submit} noValidate>
      <label>
        {t("asOf")}{" "}
        <input
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          size={11}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </label>{" "}
      <button type="submit" aria-label={lang === "ja" ? "この日付で表示" : "Show this date"}>→</button>{" "}
      {!allowAll ? null : asOf ? (
        <>
          <DateText className="as-of" date={asOf} /> ·{" "}
          <Link href={withParams(pathname, query, { asOf: null })} onClick={() => setDraft("")}>
            {t("entity.asOfAll")}
          </Link>
        </>
      ) : (
        <span className="muted">{t("entity.asOfAll")}</span>
      )}
      {error && (
        <p id={errorId} className="failure" role="alert" style={{ margin: "0.4rem 0 0" }}>
          {error}
        </p>
      )}
    </form>
  );
}
