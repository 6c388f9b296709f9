import { useState, type FormEvent } from "react";
import { Link, useI18n, useNav } from "./location.js";
import { withParams } from "./route.js";
import { formatDate, parseAsOf } from "../time/dates.js";

/** The date the page is seen as of (in the URL), or all dates. */
export function AsOfControl({ allowAll = true }: { allowAll?: boolean }) {
  const { t, lang } = useI18n();
  const { query, pathname, navigate } = useNav();
  const asOf = parseAsOf(query.get("asOf"));
  const [draft, setDraft] = useState(asOf ?? "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = parseAsOf(draft);
    navigate(withParams(pathname, query, { asOf: value }));
  };
  return (
    <form className="as-of-control" onSubmit={submit}>
      <label>
        {t("asOf")}{" "}
        <input type="text" inputMode="numeric" pattern="-?\d{4}(-\d{2}(-\d{2})?)?" placeholder="1972-09-29" value={draft} onChange={(e) => setDraft(e.target.value)} size={11} />
      </label>{" "}
      <button type="submit">→</button>{" "}
      {!allowAll ? null : asOf ? (
        <>
          <span className="as-of">{formatDate(lang, asOf)}</span> ·{" "}
          <Link href={withParams(pathname, query, { asOf: null })} onClick={() => setDraft("")}>
            {t("entity.asOfAll")}
          </Link>
        </>
      ) : (
        <span className="muted">{t("entity.asOfAll")}</span>
      )}
    </form>
  );
}
