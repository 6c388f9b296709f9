/**
 * Two small pages served without a build step: a readable API reference rendered from the OpenAPI
 * document, and a plain explorer (search, an entity with its cited statements, relations as of a
 * date) that works until the full explorer (web/) is built. All text from the API is inserted with
 * textContent, never as HTML.
 */

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK JP",sans-serif;margin:0;color:#1d2430;background:#fafaf7}
header{background:#1d2430;color:#fff;padding:.8rem 1.2rem}header a{color:#fff}
main{max-width:72rem;margin:auto;padding:1rem 1.2rem}
input,select,button{font:inherit;padding:.3rem .5rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
.muted{color:#5b6470}.rejected{color:#8a1c1c}.contested{color:#8a5a00}
code{background:#eee;padding:0 .2rem}a{color:#0b4f9c}
`;

const shell = (title: string, body: string, script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body><header><strong>gaiko 外交</strong> · <a href="/">explorer</a> · <a href="/api/v1">API reference</a></header>
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

export function homePage(): string {
  return shell(
    "gaiko explorer",
    `<h1>Japan's foreign relations <span class="muted">日本の外交関係</span></h1>
     <form id="sf" role="search"><label>Search / 検索 <input id="q" name="q" placeholder="竹島, Dokdo, San Francisco…" autocomplete="off"></label>
     <button>Search</button></form><ul id="hits"></ul>
     <section id="entity"></section>
     <h2>Relations as of <input id="asof" type="date" value="1972-09-29" aria-label="as-of date"></h2>
     <p id="counts" class="muted"></p><table id="rel"></table>`,
    `const $ = (id) => document.getElementById(id);
     const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };
     const link = (ref) => { const a = el("a", ref.name.en + (ref.name.ja ? " (" + ref.name.ja + ")" : "")); a.href = "#" + ref.id; return a; };
     async function api(path) { const r = await fetch(path); const body = await r.json(); if (!r.ok) throw new Error(body.error.message); return body; }
     $("sf").onsubmit = async (ev) => { ev.preventDefault(); const q = $("q").value.trim(); if (!q) return;
       const r = await api("/api/v1/search?q=" + encodeURIComponent(q)); $("hits").replaceChildren(...r.results.map((h) => { const li = el("li"); li.append(link(h), el("span", " · " + h.kind, "muted")); return li; }));
       if (!r.results.length) $("hits").replaceChildren(el("li", "no match", "muted")); };
     async function show(id) {
       const v = await api("/api/v1/entities/" + encodeURIComponent(id) + "?asOf=" + $("asof").value);
       const s = $("entity"); s.replaceChildren(el("h2", v.entity.name.en + (v.entity.name.ja ? " — " + v.entity.name.ja : "")));
       if (v.entity.summary.en) s.append(el("p", v.entity.summary.en));
       const t = el("table"); t.append(Object.assign(el("tr"), { innerHTML: "<th>when</th><th>statement</th><th>as of date</th><th>sources</th>" }));
       for (const st of v.statements) { const tr = t.insertRow(); tr.className = st.status;
         tr.insertCell().textContent = st.time ?? "unknown";
         const c = tr.insertCell(); c.append(link(st.subject), " " + st.label.en + " "); if (st.object) c.append(link(st.object));
         if (st.role) c.append(" (" + st.role + ")"); if (st.status !== "accepted") c.append(el("strong", " [" + st.status + "]")); if (st.note) c.append(el("div", st.note, "muted"));
         tr.insertCell().textContent = st.holds ?? "";
         const src = tr.insertCell(); for (const cit of st.sources) { const a = el(cit.url ? "a" : "span", cit.title + (cit.locator ? " " + cit.locator : "")); if (cit.url) a.href = cit.url; src.append(a, el("br")); } }
       s.append(t); }
     async function relations() {
       const r = await api("/api/v1/relations?asOf=" + $("asof").value);
       $("counts").textContent = Object.entries(r.counts).map(([k, n]) => k + ": " + n).join(" · ") + " — release " + r.release;
       const t = $("rel"); t.replaceChildren(Object.assign(el("tr"), { innerHTML: "<th>state</th><th>status</th><th>since</th><th>alliance</th><th>agreements in force</th>" }));
       for (const x of r.relations) { const tr = t.insertRow(); tr.insertCell().append(link(x.state)); tr.insertCell().textContent = x.status + (x.certain ? "" : " (uncertain)");
         tr.insertCell().textContent = x.since ?? ""; tr.insertCell().textContent = x.alliance ? "yes" : ""; tr.insertCell().textContent = x.agreements.map((a) => a.name.en).join("; "); } }
     $("asof").onchange = () => { relations(); if (location.hash) show(location.hash.slice(1)); };
     window.onhashchange = () => show(location.hash.slice(1));
     relations(); if (location.hash) show(location.hash.slice(1));`,
  );
}
