import type { Store } from "../kb/store.js";
import { search } from "../kb/search.js";
import { lastWords, nearestHits, nearestSearches } from "../model/nearest.js";
import { asOfDay, lastDay } from "../model/time.js";
import { utcDay } from "./cache.js";
import { factsCaption, shellFacts, stateFact } from "./shell-facts.js";
import { typeWords } from "../model/type-words.js";
import { KIND, LISTS, SITE, T, TAGLINE, VIEWS, type Lang } from "./shell-text.js";

/**
 * The explorer's HTML as the server sends it, before any JS runs: each page's title, description and
 * Open Graph tags, a short readable text inside #root (an entity's name, kind and first summary
 * sentence; a view's title; a 404 page with the nearest names), and the HTTP status the address
 * deserves (404 for an unknown route or id, 400 for an impossible date). React replaces #root's text
 * when it starts. Every value from the data or the address is escaped here.
 */

/** What the server knows of one explorer page before the JS runs. */
export interface ShellPage {
  status: 200 | 400 | 404;
  lang: Lang;
  title: string;
  description: string;
  /** The page's absolute address. */
  url: string;
  type: "website" | "article";
  /** The HTML placed inside #root, already escaped. */
  body: string;
}

/** Escapes text for HTML content and for double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/**
 * Whether an `asOf` value from an address is a date the explorer accepts: a year, month or real
 * calendar day between 0001 and 9999 (1972-02-30, 1975-13 and banana are not). The web app applies
 * the same rule (web/src/app/asof.ts); a test holds them to one table.
 *
 * @example isExplorerDate("1972-02-29") // true
 */
export function isExplorerDate(value: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || value.startsWith("0000")) return false;
  const day = asOfDay(value);
  // asOfDay rolls an impossible day over (1973-02-29 → 1973-03-01): a full date must come back as given.
  return typeof day === "string" && (value.length < 10 || day === value);
}

/** The first sentence of a summary, at most about 240 characters. @example firstSentence("A. B.") // "A." */
export function firstSentence(text: string): string {
  const m = /^.+?(?:[a-z0-9)\]”"'][.!?](?=\s+["“(A-Z0-9])|。)/su.exec(text);
  const s = (m ? m[0] : text).trim();
  return s.length <= 240 ? s : `${s.slice(0, 239).replace(/\s+\S*$/u, "")}…`;
}

/**
 * The page the explorer shows at `url`, as far as the server can tell: its status, title, description
 * and readable text. `today` is the day a page without a date is seen as of.
 *
 * @example explorerPage(store, new URL("http://localhost/entity/atlantis"), "2026-12-05").status // 404
 */
export function explorerPage(store: Store, url: URL, today: string): ShellPage {
  const lang: Lang = url.searchParams.get("lang") === "ja" ? "ja" : "en";
  const page = (p: Omit<ShellPage, "lang" | "url">): ShellPage => ({ ...p, lang, url: url.origin + url.pathname + url.search });
  const parts = url.pathname.split("/").filter(Boolean).map(safeDecode);
  const [head = "", id] = parts;
  if (parts.length === 2 && (head === "entity" || head === "source")) {
    const row = store.entityRow(id!);
    if (!row || (head === "source" && row.kind !== "source")) return page(notFound(store, lang, url.pathname, T.noEntity[lang].replace("{id}", () => id!)));
  } else if (!(parts.length <= 1 && Object.hasOwn(VIEWS, head)) && !(parts.length === 2 && head === "list" && Object.hasOwn(LISTS, id!))) {
    return page(notFound(store, lang, url.pathname, T.noPage[lang].replace("{path}", () => safeDecodeUri(url.pathname))));
  }
  const asOf = url.searchParams.get("asOf");
  if (asOf !== null && asOf !== "" && !isExplorerDate(asOf)) {
    const message = lang === "ja"
      ? `アドレスの日付「${asOf}」は有効な日付ではありません。1972-09-29、1975-06、1975 のように指定してください。`
      : `The date in the address, “${asOf}”, is not a valid date: give one such as 1972-09-29, 1975-06 or 1975.`;
    // The ways on, as the explorer offers them: the month's last day for a day past it, or no date.
    const at = (value: string | null) => {
      const q = new URLSearchParams(url.search);
      if (value) q.set("asOf", value);
      else q.delete("asOf");
      return escapeHtml(url.pathname + (q.size ? `?${q}` : ""));
    };
    const day = /^(\d{4}-(0[1-9]|1[0-2]))-\d{2}$/.exec(asOf);
    const last = day ? lastDay(day[1]!) : null;
    const instead = typeof last === "string" && last !== "0000" && asOf > last ? last : null;
    const links = [
      instead ? `<a href="${at(instead)}">${lang === "ja" ? `代わりに ${instead} を表示` : `Show ${instead} instead`}</a>` : null,
      `<a href="${at(null)}">${lang === "ja" ? "日付なしで表示" : "Show the page without a date"}</a>`,
    ].filter(Boolean);
    return page({ status: 400, type: "website", title: `${T.badDate[lang]} — ${SITE[lang]}`, description: message, body: `<h1>${T.badDate[lang]}</h1><p role="alert">${escapeHtml(message)}</p><p>${links.join(" · ")}</p>` });
  }
  if (head === "entity" || head === "source") return page(entityPage(store, lang, id!, asOf ? (asOfDay(asOf) as string) : null, today));
  const view = head === "list" ? { title: LISTS[id!]!, about: VIEWS["search"]!.about } : VIEWS[head]!;
  return page({
    status: 200,
    type: "website",
    title: `${view.title[lang]} — ${SITE[lang]}`,
    description: head === "list" ? TAGLINE[lang] : view.about[lang],
    body: `<h1>${escapeHtml(view.title[lang])}</h1><p>${escapeHtml(head === "list" ? TAGLINE[lang] : view.about[lang])}</p>`,
  });
}

function entityPage(store: Store, lang: Lang, id: string, asOf: string | null, today: string): Omit<ShellPage, "lang" | "url"> {
  const row = store.entityRow(id)!;
  const name = lang === "ja" ? (row.name_ja ?? row.name_en) : row.name_en;
  const other = lang === "ja" ? row.name_en : row.name_ja;
  const kind = KIND[row.kind][lang];
  const own = lang === "ja" ? row.summary_ja : row.summary_en;
  // A state is told in one sentence in the reader's language even without a summary in it: its
  // relationship with Japan on the page's date. Otherwise the English summary, marked for a Japanese reader.
  // An address with a date asks about that day: its fact comes first, before the summary.
  const dated = row.kind === "state" && asOf !== null ? stateFact(store, row.id, asOf, lang, true) : null;
  const fact = !own && row.kind === "state" ? (dated ?? stateFact(store, row.id, today, lang, false)) : null;
  const summary = own ?? fact ?? row.summary_en ?? "";
  const lead = dated && dated !== summary ? dated : null;
  const english = lang === "ja" && !own && !fact && summary !== "";
  const sentence = summary === fact ? summary : summary ? firstSentence(summary) : "";
  const otherName = other && other !== name ? ` <span class="other-name" lang="${lang === "ja" ? "en" : "ja"}">${escapeHtml(other)}</span>` : "";
  const text = english ? `<span lang="en">${escapeHtml(sentence)}</span> ${T.englishOnly.ja}` : escapeHtml(sentence);
  // A small fact box, as the explorer's (signed, in force, relations since, who administers), on the
  // address's day or today; a state's relationship is left out where the lines above say it already.
  const day = asOf ?? today;
  const facts = shellFacts(store, row.id, row.kind, day, lang, lead !== null || (fact !== null && summary === fact));
  const caption = factsCaption(day, lang);
  const box = facts.length
    ? `<section class="shell-facts" aria-label="${escapeHtml(caption)}"><p class="muted small">${escapeHtml(caption)}</p><dl>${facts.map((f) => `<dt>${escapeHtml(f.term)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("")}</dl></section>`
    : "";
  // The type in words ("Agreement · peace treaty", 条約・協定 · 平和条約), not its slug ("peace").
  const type = typeWords(row.type, lang);
  return {
    status: 200,
    type: "article",
    title: `${name} — ${SITE[lang]}`,
    description: clip([lead, summary].filter(Boolean).join(" ") || `${name}: ${kind}. ${TAGLINE[lang]}`, 300),
    body:
      `<article class="shell-fact" data-id="${escapeHtml(row.id)}"><p class="eyebrow">${escapeHtml(kind)}${type ? ` · ${escapeHtml(type)}` : ""}</p>` +
      `<h1>${escapeHtml(name)}${otherName}</h1>` +
      (lead ? `<p class="as-of-fact">${escapeHtml(lead)}</p>` : "") +
      (sentence ? `<p class="summary">${text}</p>` : "") +
      box +
      `</article>`,
  };
}

/**
 * The 404 page for `path`, with the names nearest its last segment: the same searches and ranking as
 * the explorer's own 404 page (src/model/nearest.ts), run here against the kb, so a reader without
 * JavaScript is offered Japan for /entity/japn and nothing for /no/such/page.
 */
function notFound(store: Store, lang: Lang, path: string, what: string): Omit<ShellPage, "lang" | "url"> {
  const words = lastWords(path);
  const found = nearestSearches(words).map(({ q, limit }) => search(store, q, { limit }).results);
  const hits = nearestHits(words, found);
  const items = hits.map((h) => {
    const name = lang === "ja" ? (h.name.ja ?? h.name.en) : h.name.en;
    const href = `/entity/${encodeURIComponent(h.id)}${lang === "ja" ? "?lang=ja" : ""}`;
    const english = lang === "ja" && !h.name.ja ? ` lang="en"` : "";
    return `<li><a href="${escapeHtml(href)}" data-id="${escapeHtml(h.id)}"${english}>${escapeHtml(name)}</a> <span class="muted">${escapeHtml(KIND[h.kind][lang])}</span></li>`;
  });
  const q = lang === "ja" ? "?lang=ja" : "";
  return {
    status: 404,
    type: "website",
    title: `${T.notFound[lang]} — ${SITE[lang]}`,
    description: what,
    body:
      `<section class="not-found"><h1>${T.notFound[lang]}</h1><p>${escapeHtml(what)}</p>` +
      (items.length ? `<p>${T.nearest[lang]}</p><ul class="suggestions">${items.join("")}</ul>` : `<p>${T.none[lang]}</p>`) +
      `<p><a href="/${q}">${T.goMap[lang]}</a> · <a href="/search${q}">${T.goSearch[lang]}</a></p></section>`,
  };
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/u, "")}…`;
}

/** The path as the explorer shows it (decodeURI: "%2F" stays encoded), or as sent when it is malformed. */
function safeDecodeUri(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The built index.html with the page's status-independent head (lang, title, description, Open Graph
 * and Twitter tags, canonical address, the status for the app to read) and its text inside #root.
 *
 * @example renderShell(readFileSync("web/dist/index.html", "utf8"), explorerPage(store, url))
 */
export function renderShell(template: string, page: ShellPage): string {
  const meta = (attr: "name" | "property", key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const head = [
    `<title>${escapeHtml(page.title)}</title>`,
    meta("name", "description", page.description),
    meta("property", "og:title", page.title),
    meta("property", "og:description", page.description),
    meta("property", "og:url", page.url),
    meta("property", "og:type", page.type),
    meta("property", "og:site_name", SITE[page.lang]),
    meta("property", "og:locale", page.lang === "ja" ? "ja_JP" : "en_GB"),
    meta("name", "twitter:card", "summary"),
    meta("name", "gaiko-status", String(page.status)),
    `<link rel="canonical" href="${escapeHtml(page.url)}" />`,
  ].join("\n    ");
  let html = template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace(/\s*<meta name="description"[^>]*>/, "")
    .replace(/<title>[\s\S]*?<\/title>/, () => head);
  if (!html.includes(head)) html = html.replace("</head>", () => `${head}\n</head>`);
  // Laid out like the explorer's main column, so that the text does not jump when React replaces it.
  return html.replace(/<div id="root"><\/div>/, () => `<div id="root"><div class="shell" style="max-width:72rem;margin:0 auto;padding:1rem 1.2rem">${page.body}</div></div>`);
}

/**
 * The explorer's page maker for `serveExplorer`: each address's status and HTML from `store`.
 *
 * @example app.use("*", serveExplorer("web/dist", shellRenderer(store)))
 */
export function shellRenderer(store: Store, today: () => string = () => utcDay()): (url: URL, template: string) => { status: ShellPage["status"]; html: string; message: string } {
  return (url, template) => {
    const page = explorerPage(store, url, today());
    return { status: page.status, html: renderShell(template, page), message: page.description };
  };
}
