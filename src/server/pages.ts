/**
 * Two small pages served without a build step: a readable API reference rendered from the OpenAPI
 * document, and a plain explorer (search, an entity with its cited statements, relations as of a
 * date) that works until the full explorer (web/) is built. All text from the API is inserted with
 * textContent, never as HTML.
 */
import { HOLDS_JA, RELATION_STATUS_JA, STATEMENT_STATUS_JA } from "./ja-words.js";
import { jaDateScript } from "./plain-date.js";
import { KIND, T, type Lang } from "./shell-text.js";

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK JP",sans-serif;margin:0;color:#1d2430;background:#fafaf7}
header{background:#1d2430;color:#fff;padding:.8rem 1.2rem}header a{color:#fff}
main{max-width:72rem;margin:auto;padding:1rem 1.2rem}
input,select,button{font:inherit;padding:.3rem .5rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
.muted{color:#5b6470}.rejected{color:#8a1c1c}.contested{color:#8a5a00}
code{background:#eee;padding:0 .2rem}a{color:#0b4f9c}
`;

/** The fixed words of the header both pages share. */
const HEADER: Record<Lang, { explorer: string; reference: string; other: string }> = {
  en: { explorer: `<a href="/">explorer</a>`, reference: "API reference", other: `<a href="/?lang=ja" lang="ja" hreflang="ja">日本語</a>` },
  ja: { explorer: `<a href="/?lang=ja">エクスプローラー</a>`, reference: "APIリファレンス", other: `<a href="/" lang="en" hreflang="en">English</a>` },
};

const shell = (title: string, body: string, script: string, lang: Lang = "en", switchable = false) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body><header><strong>gaiko 外交</strong> · ${HEADER[lang].explorer} · <a href="/api/v1">${HEADER[lang].reference}</a>${switchable ? ` · ${HEADER[lang].other}` : ""}</header>
<main>${body}</main><script type="module">${script}</script></body></html>`;

export function referencePage(): string {
  return shell(
    "gaiko API reference",
    `<h1>API reference</h1><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
     Every answer names the data release it came from; errors share one shape <code>{"error":{"status","code","message"}}</code>.</p>
     <div id="ops"></div>`,
    `const doc = await (await fetch("/api/v1/openapi.json")).json();
     const ops = document.getElementById("ops");
     for (const [path, item] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(item)) {
       const sec = document.createElement("section");
       const h = document.createElement("h2"); h.textContent = method.toUpperCase() + " " + path; sec.append(h);
       const p = document.createElement("p"); p.textContent = op.summary ?? ""; sec.append(p);
       if (op.parameters?.length) {
         const t = document.createElement("table");
         t.innerHTML = "<tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>";
         for (const prm of op.parameters) {
           const tr = t.insertRow();
           for (const v of [prm.name, prm.in, prm.required ? "yes" : "no", JSON.stringify(prm.schema)]) tr.insertCell().textContent = v;
         }
         sec.append(t);
       }
       ops.append(sec);
     }`,
  );
}

/** The plain explorer's fixed words: in the page itself, and those its script puts beside the API's data. */
const HOME = {
  en: {
    title: "gaiko explorer",
    h1: `Japan's foreign relations <span class="muted" lang="ja">日本の外交関係</span>`,
    search: "Search / 検索",
    button: "Search",
    relations: (input: string) => `Relations as of ${input}`,
    asOf: "as-of date",
  },
  ja: {
    title: "gaiko エクスプローラー",
    h1: `日本の外交関係 <span class="muted" lang="en">Japan's foreign relations</span>`,
    search: "検索",
    button: "検索",
    relations: (input: string) => `日本と各国の関係（${input} 時点）`,
    asOf: "基準日",
  },
} satisfies Record<Lang, unknown>;

const SCRIPT_WORDS = {
  en: {
    noMatch: "no match",
    kind: {} as Record<string, string>,
    entityCols: ["when", "statement", "as of date", "sources"],
    holds: {} as Record<string, string>,
    status: {} as Record<string, string>,
    englishOnly: "",
    relationCols: ["state", "status", "since", "alliance", "agreements in force"],
    relation: {} as Record<string, string>,
    uncertain: " (uncertain)",
    allied: "yes",
    release: " — release ",
    sep: "; ",
  },
  ja: {
    noMatch: "該当なし",
    kind: Object.fromEntries(Object.entries(KIND).map(([k, t]) => [k, t.ja])),
    entityCols: ["日付", "記述", "基準日に", "出典"],
    holds: HOLDS_JA,
    status: STATEMENT_STATUS_JA,
    englishOnly: T.englishOnly.ja,
    relationCols: ["国", "状態", "開始", "同盟", "発効中の協定"],
    relation: RELATION_STATUS_JA,
    uncertain: "（不確実）",
    allied: "同盟国",
    release: " — データリリース ",
    sep: "、",
  },
} satisfies Record<Lang, unknown>;

/** A value as a script literal: JSON, with `<` escaped so that nothing in it can close the script element. */
const literal = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

/**
 * The plain explorer, in English or in Japanese (`?lang=ja`, as the full explorer's shell reads it):
 * fixed words, entity names, summaries, notes (note_ja) and dates in the page's language, English
 * marked (英語のみ) where no Japanese is written.
 *
 * @example homePage("ja") // '<!doctype html>\n<html lang="ja">…'
 */
export function homePage(lang: Lang = "en"): string {
  const w = HOME[lang];
  // The English page shows dates as the API writes them; the Japanese one as src/model/ja-date.ts writes them.
  const date = lang === "ja" ? jaDateScript() : `(d) => d ?? "unknown"`;
  return shell(
    w.title,
    `<h1>${w.h1}</h1>
     <form id="sf" role="search"><label>${w.search} <input id="q" name="q" placeholder="竹島, Dokdo, San Francisco…" autocomplete="off"></label>
     <button>${w.button}</button></form><ul id="hits"></ul>
     <section id="entity"></section>
     <h2>${w.relations(`<input id="asof" type="date" value="1972-09-29" aria-label="${w.asOf}">`)}</h2>
     <p id="counts" class="muted"></p><table id="rel"></table>`,
    `const L = ${literal(lang)}, W = ${literal(SCRIPT_WORDS[lang])};
     const date = ${date};
     const $ = (id) => document.getElementById(id);
     const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
     const head = (cols) => { const tr = el("tr"); for (const c of cols) tr.append(el("th", c)); return tr; };
     const name = (n) => (L === "ja" ? n.ja ?? n.en : n.en);
     const both = (n) => (L === "ja" ? (n.ja ? n.ja + " (" + n.en + ")" : n.en) : n.en + (n.ja ? " (" + n.ja + ")" : ""));
     const inLang = (en, ja) => (L === "ja" ? ja ?? (en ? en + " " + W.englishOnly : en) : en);
     const link = (ref) => { const a = el("a", both(ref.name)); a.href = "#" + ref.id; return a; };
     async function api(path) { const r = await fetch(path); const body = await r.json(); if (!r.ok) throw new Error(body.error.message); return body; }
     $("sf").onsubmit = async (ev) => { ev.preventDefault(); const q = $("q").value.trim(); if (!q) return;
       const r = await api("/api/v1/search?q=" + encodeURIComponent(q)); $("hits").replaceChildren(...r.results.map((h) => { const li = el("li"); li.append(link(h), el("span", " · " + (W.kind[h.kind] ?? h.kind), "muted")); return li; }));
       if (!r.results.length) $("hits").replaceChildren(el("li", W.noMatch, "muted")); };
     async function show(id) {
       const v = await api("/api/v1/entities/" + encodeURIComponent(id) + "?asOf=" + $("asof").value);
       const n = v.entity.name, other = L === "ja" ? n.en : n.ja;
       const s = $("entity"); s.replaceChildren(el("h2", name(n) + (other ? " — " + other : L === "ja" ? " " + W.englishOnly : "")));
       const summary = inLang(v.entity.summary.en, v.entity.summary.ja); if (summary) s.append(el("p", summary));
       const t = el("table"); t.append(head(W.entityCols));
       for (const st of v.statements) { const tr = t.insertRow(); tr.className = st.status;
         tr.insertCell().textContent = date(st.time);
         const c = tr.insertCell(); c.append(link(st.subject), " " + st.label[L] + " "); if (st.object) c.append(link(st.object));
         if (st.role) c.append(" (" + st.role + ")"); if (st.status !== "accepted") c.append(el("strong", " [" + (W.status[st.status] ?? st.status) + "]"));
         const note = inLang(st.note, st.note_ja); if (note) c.append(el("div", note, "muted"));
         tr.insertCell().textContent = st.holds ? W.holds[st.holds] ?? st.holds : "";
         const src = tr.insertCell(); for (const cit of st.sources) { const a = el(cit.url ? "a" : "span", cit.title + (cit.locator ? " " + cit.locator : "")); if (cit.url) a.href = cit.url; src.append(a, el("br")); } }
       s.append(t); }
     async function relations() {
       const r = await api("/api/v1/relations?asOf=" + $("asof").value);
       $("counts").textContent = Object.entries(r.counts).map(([k, n]) => (W.relation[k] ?? k) + ": " + n).join(" · ") + W.release + r.release;
       const t = $("rel"); t.replaceChildren(head(W.relationCols));
       for (const x of r.relations) { const tr = t.insertRow(); tr.insertCell().append(link(x.state)); tr.insertCell().textContent = (W.relation[x.status] ?? x.status) + (x.certain ? "" : W.uncertain);
         tr.insertCell().textContent = x.since ? date(x.since) : ""; tr.insertCell().textContent = x.alliance ? W.allied : ""; tr.insertCell().textContent = x.agreements.map((a) => name(a.name)).join(W.sep); } }
     $("asof").onchange = () => { relations(); if (location.hash) show(location.hash.slice(1)); };
     window.onhashchange = () => show(location.hash.slice(1));
     relations(); if (location.hash) show(location.hash.slice(1));`,
    lang,
    true,
  );
}
