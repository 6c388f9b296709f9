import { useEffect } from "react";
import type { SearchResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { ERAS, inEra } from "./eras.js";
import { resultCount } from "./result-count.js";
import { hitRoute } from "./hit-route.js";
import { matchedNote } from "./matched.js";
import { DateText } from "../time/DateText.js";

const KINDS = ["state", "agreement", "event", "person", "organization", "dispute", "place", "policy", "source"] as const;

/** All results of a query (/search?q=…), with filters by kind and era kept in the URL. */
export default function SearchPage() {
  const { t, name, lang } = useI18n();
  const { query, navigate } = useNav();
  const q = query.get("q") ?? "";
  const kind = query.get("kind") ?? "";
  const era = query.get("era") ?? "all";
  const results = useApi<SearchResult>(q.trim() ? api.search(q, 100, kind || undefined) : null);
  useEffect(() => {
    document.title = `${q} — ${t("search.label")} — gaiko`;
  }, [q, t]);
  const set = (key: string, value: string) => navigate(href({ view: "search" }, { q, kind, era: era === "all" ? null : era, [key]: value || null }, query));
  const hits = results.state === "ready" ? results.data.results.filter((h) => inEra(h.date, era)) : [];
  const count = results.state === "ready" ? resultCount(hits.length, results.data.results.length, results.data.total) : null;
  return (
    <section className="search-page" aria-labelledby="search-title">
      <h1 id="search-title">
        {t("search.label")}
        {lang === "ja" ? "：" : ": "}
        <q>{q}</q>
      </h1>
      <div className="filters">
        <label>
          {t("search.kind")}{" "}
          <select value={kind} onChange={(e) => set("kind", e.target.value)}>
            <option value="">{t("search.allKinds")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`entity.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("search.era")}{" "}
          <select value={era} onChange={(e) => set("era", e.target.value === "all" ? "" : e.target.value)}>
            <option value="all">{t("search.allEras")}</option>
            {ERAS.map((e) => (
              <option key={e.key} value={e.key}>
                {t(e.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {results.state === "loading" && q.trim() && <Loading />}
      {results.state === "error" && <Failure message={results.message} retry={results.retry} />}
      {results.state === "ready" && (
        <>
          {(results.data.answers ?? []).map((a, i) => (
            <div key={i} className="search-answer">
              <Link href={a.link}>{lang === "ja" ? a.title.ja : a.title.en}</Link>
              {a.entities.length > 1 && <p>{a.entities.map((e) => name(e.name)).join(lang === "ja" ? "、" : ", ")}</p>}
            </div>
          ))}
          <p className="muted">{count && t(count.key, count.params)}</p>
          {hits.length === 0 ? (
            <NoData reason={t("search.none", { q })} />
          ) : (
            <ol className="search-hits">
              {hits.map((h) => {
                const note = matchedNote(h, name(h.name), q);
                return (
                  <li key={h.id}>
                    <Link href={href(hitRoute(h), {}, query)}>{name(h.name)}</Link> <span className="hit-kind">{t(`entity.kind.${h.kind}`)}</span>
                    {h.date && <> <DateText className="when" date={h.date} /></>}
                    {note && <span className="hit-matched"> · {note}</span>}
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
