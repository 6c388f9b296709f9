import { useEffect } from "react";
import type { SearchResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import type { Lang } from "../i18n/dict.js";
import { lastWords, nearestHits, nearestSearches } from "../../../src/model/nearest.js";

/** This page's own words (kept here until the dictionary is free to take them). */
const TEXT: Record<Lang, { title: string; noPage: string; noEntity: string; nearest: string; none: string; map: string; search: string; searching: string }> = {
  en: {
    title: "Page not found",
    noPage: "There is no page at {path}.",
    noEntity: "There is nothing with the id “{id}”.",
    nearest: "Perhaps you meant:",
    none: "No similar names were found.",
    map: "Go to the map",
    search: "Search the knowledge base",
    searching: "Looking for similar names…",
  },
  ja: {
    title: "ページが見つかりません",
    noPage: "{path} というページはありません。",
    noEntity: "ID「{id}」の項目はありません。",
    nearest: "もしかして:",
    none: "似た名前は見つかりませんでした。",
    map: "地図へ",
    search: "知識ベースを検索",
    searching: "似た名前を探しています…",
  },
};

/**
 * The words of an address to look up: an entity id's or the path's, hyphens as spaces.
 * @example wordsOf("/entity/south-koria") // "south koria"
 */
export function wordsOf(path: string): string {
  const parts = path.split("/").filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const words = parts.length === 2 && (parts[0] === "entity" || parts[0] === "source") ? parts[1]! : parts.join(" ");
  return words.replace(/[-_+.]+/g, " ").trim().slice(0, 100);
}

/** A page for an address the explorer has no page for, with the nearest names (the server answers it 404). */
export function NotFound({ path }: { path: string }) {
  const { lang, name, t } = useI18n();
  const { query } = useNav();
  const text = TEXT[lang];
  const parts = path.split("/").filter(Boolean);
  const id = parts.length === 2 && (parts[0] === "entity" || parts[0] === "source") ? decodeSafe(parts[1]!) : null;
  const words = wordsOf(path);
  // The nearest names to the address's last segment (src/model/nearest.ts, which the server's 404 page
  // runs too): the words, and their first letters.
  const [q0, q1] = nearestSearches(lastWords(path));
  const byWords = useApi<SearchResult>(q0 ? api.search(q0.q, q0.limit) : null);
  const byPrefix = useApi<SearchResult>(q1 ? api.search(q1.q, q1.limit) : null);
  useEffect(() => {
    document.title = `${text.title} — gaiko 外交`;
  }, [text.title]);
  const loading = byWords.state === "loading" || (q1 !== undefined && byPrefix.state === "loading");
  const ready = (r: typeof byWords) => (r.state === "ready" ? r.data.results : []);
  const hits = loading ? [] : nearestHits(lastWords(path), [ready(byWords), ready(byPrefix)]);
  let shown = path;
  try {
    shown = decodeURI(path);
  } catch {
    // shown as sent
  }
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{text.title}</h1>
      <p>{id ? text.noEntity.replace("{id}", id) : text.noPage.replace("{path}", shown)}</p>
      {!q0 ? null : loading ? (
        <p className="loading" role="status">
          {text.searching}
        </p>
      ) : hits.length > 0 ? (
        <>
          <p>{text.nearest}</p>
          <ul className="suggestions">
            {hits.map((h) => (
              <li key={h.id}>
                <Link href={href({ view: "entity", id: h.id }, {}, query)} data-id={h.id} lang={lang === "ja" && !h.name.ja ? "en" : undefined}>
                  {name(h.name)}
                </Link>{" "}
                <span className="muted">{t(`entity.kind.${h.kind}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="nodata">{text.none}</p>
      )}
      <p>
        <Link href={href({ view: "map" }, {}, query)}>{text.map}</Link> ·{" "}
        <Link href={href({ view: "search" }, { q: words || null }, query)}>{text.search}</Link>
      </p>
    </section>
  );
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
