import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { useDebounced, searchable } from "./debounce.js";
import { hitRoute } from "./hit-route.js";
import { matchedNote } from "./matched.js";
import { DateText } from "../time/DateText.js";

/** Instant search over names and aliases in English and Japanese; results are links to entity pages. */
export function SearchBox() {
  const { t, name, lang } = useI18n();
  const { query, navigate } = useNav();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const settled = useDebounced(q.trim(), 150);
  const results = useApi<SearchResult>(searchable(settled) ? api.search(settled) : null);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const close = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") setOpen(false);
    if (e.key === "Enter" && q.trim()) {
      // An exact name opens its page; anything else opens every result, with filters.
      e.preventDefault();
      const hit = results.state === "ready" && settled === q.trim() ? results.data.results[0] : undefined;
      const exact = hit && (hit.matched.toLowerCase() === q.trim().toLowerCase() || name(hit.name).toLowerCase() === q.trim().toLowerCase());
      setOpen(false);
      navigate(exact ? href(hitRoute(hit), {}, query) : href({ view: "search" }, { q: q.trim() }, query));
    }
    if (e.key === "ArrowDown") {
      const first = box.current?.querySelector<HTMLAnchorElement>(".search-results a");
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    const links = [...(box.current?.querySelectorAll<HTMLAnchorElement>(".search-results a") ?? [])];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === "ArrowDown" && i < links.length - 1) {
      e.preventDefault();
      links[i + 1]!.focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      (i > 0 ? links[i - 1]! : box.current?.querySelector("input"))?.focus();
    } else if (e.key === "Escape") {
      setOpen(false);
      box.current?.querySelector("input")?.focus();
    }
  };
  const show = open && searchable(settled) && results.state === "ready";

  return (
    <div className="search" ref={box} role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t("search.label")}
      </label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        value={q}
        placeholder={t("search.placeholder")}
        autoComplete="off"
        aria-controls={listId}
        aria-expanded={show}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKey}
      />
      <div id={listId} className="search-results" hidden={!show} onKeyDown={onListKey} aria-live="polite">
        {show && results.state === "ready" && (
          <>
            <p className="visually-hidden">{t("search.results", { n: results.data.total })}</p>
            {results.data.results.length === 0 ? (
              <p className="nodata">{t("search.none", { q: settled })}</p>
            ) : (
              <ul aria-label={t("search.results", { n: results.data.total })}>
                {(results.data.answers ?? []).map((a, i) => (
                  <li key={`answer-${i}`} className="search-answer">
                    <Link href={a.link} onClick={() => setOpen(false)}>
                      <span className="hit-name">{lang === "ja" ? a.title.ja : a.title.en}</span>
                      {a.entities.length > 1 && <span className="hit-matched"> · {a.entities.slice(0, 4).map((x) => name(x.name)).join(lang === "ja" ? "、" : ", ")}{a.entities.length > 4 ? "…" : ""}</span>}
                    </Link>
                  </li>
                ))}
                {results.data.results.map((hit) => {
                  const note = matchedNote(hit, name(hit.name), settled);
                  return (
                    <li key={hit.id}>
                      <Link href={href(hitRoute(hit), {}, query)} onClick={() => setOpen(false)} data-id={hit.id}>
                        <span className="hit-name">{name(hit.name)}</span> <span className="hit-kind">{t(`entity.kind.${hit.kind}`)}</span>
                        {hit.date && <> <DateText className="hit-date" date={hit.date} /></>}
                        {note && <span className="hit-matched"> · {note}</span>}
                      </Link>
                    </li>
                  );
                })}
                <li className="search-all">
                  <Link href={href({ view: "search" }, { q: settled }, query)} onClick={() => setOpen(false)}>
                    {t("search.all", { q: settled })}
                  </Link>
                </li>
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
