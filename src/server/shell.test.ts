import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { buildDatabase } from "../kb/build.js";
import { Store } from "../kb/store.js";
import { parseRoute } from "../../web/src/app/route.js";
import { checkAsOf } from "../../web/src/app/asof.js";
import { createApp } from "./app.js";
import { escapeHtml, explorerPage, firstSentence, isExplorerDate, renderShell } from "./shell.js";

// The good fixtures plus a state whose name and summary try to break out of the HTML.
const dir = mkdtempSync(join(tmpdir(), "gaiko-shell-"));
cpSync(GOOD, join(dir, "data"), { recursive: true });
writeFileSync(
  join(dir, "data", "states", "scriptland.yaml"),
  `names: {en: "</title><script>alert(1)</script>", ja: "<img src=x onerror=alert(2)>"}
statehood: sovereign
summary: {en: "A \\"quoted\\" & <b>bold</b> land. It has a second sentence.", ja: "危険な<script>名前の国。二文目。"}
sources: [{source: web-mofa-fixture, locator: "§ 1"}]
statements:
  - {p: exists, time: "1912-01-01/..", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}
  - {p: diplomatic-relations, object: japan, time: "1952-04-28/..", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}
`,
);
writeFileSync(
  join(dir, "data", "states", "lemuria.yaml"),
  `names: {en: "Lemuria"}
statehood: sovereign
sources: [{source: web-mofa-fixture, locator: "§ 1"}]
statements:
  - {p: exists, time: "1912-01-01/..", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}
`,
);
// An organisation that is no international one (the Khmer Rouge, the Diet and the SDF are organisations too).
mkdirSync(join(dir, "data", "organizations"), { recursive: true });
writeFileSync(
  join(dir, "data", "organizations", "fixture-movement.yaml"),
  `names: {en: "Fixture Movement", ja: "フィクスチャー運動"}
type: other
sources: [{source: web-mofa-fixture, locator: "§ 1"}]
statements:
  - {p: exists, time: "1967/1999", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}
`,
);
buildDatabase(join(dir, "data"), join(dir, "shell.db"), { sharedDir: FIXTURE_SHARED });
const store = Store.open(join(dir, "shell.db"));
afterAll(() => store.close());

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="Japan's foreign relations" />
    <title>gaiko 外交 — Japan's foreign relations</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const page = (path: string) => explorerPage(store, new URL(`http://gaiko.test${path}`), "2026-12-05");
const html = (path: string) => renderShell(TEMPLATE, page(path));

describe("explorerPage: the status an address deserves", () => {
  it.each([
    ["/", 200],
    ["/timeline", 200],
    ["/network", 200],
    ["/votes", 200],
    ["/check", 200],
    ["/search?q=china", 200],
    ["/list/agreements", 200],
    ["/entity/japan", 200],
    ["/entity/taiwan/?asOf=1972-09-29", 200],
    ["/source/seed-fixture", 200],
    ["/entity/atlantis", 404],
    ["/source/japan", 404],
    ["/nonsense", 404],
    ["/list/nonsense", 404],
    ["/entity", 404],
    ["/entity/japan/extra", 404],
    ["/toString", 404],
    ["/entity/%E", 404],
    ["/assets/missing.js", 404],
    ["/entity/japan?asOf=1972-02-30", 400],
    ["/?asOf=banana", 400],
    ["/timeline?asOf=1975-13", 400],
    ["/?asOf=1975-06", 200],
    ["/?asOf=", 200],
  ] as const)("answers %s with %i", (path, status) => {
    expect(page(path).status).toBe(status);
  });

  it("knows the same routes as the explorer", () => {
    const paths = ["/", "/timeline", "/network", "/votes", "/check", "/search", "/list/agreements", "/list/offices", "/list/nonsense", "/entity/japan", "/source/seed-fixture", "/nonsense", "/entity", "/timeline/x", "/toString"];
    for (const path of paths) expect(page(path).status === 404, path).toBe(parseRoute(path).view === "not-found");
  });

  it("suggests the nearest names for an unknown id, in English and Japanese", () => {
    const en = html("/entity/chinna");
    expect(en).toContain("Page not found");
    expect(en).toMatch(/<a href="\/entity\/china" data-id="china">China<\/a>/);
    const ja = html("/entity/chinna?lang=ja");
    expect(ja).toContain('<html lang="ja"');
    expect(ja).toContain("ページが見つかりません");
    expect(ja).toMatch(/<a href="\/entity\/china\?lang=ja" data-id="china">(中華人民共和国|中国)/);
  });

  it("marks an English-only name among a Japanese reader's suggestions", () => {
    expect(html("/entity/lemuriaa?lang=ja")).toContain('<a href="/entity/lemuria?lang=ja" data-id="lemuria" lang="en">Lemuria</a>');
  });

  // The explorer's own rule (src/model/nearest.ts): the last segment only, nearest names first, so a
  // view's name or a word such as "no" earlier in the path suggests nothing.
  it.each([
    ["/entity/chinna", ["china"]],
    ["/nonsense/chinna", ["china"]],
    ["/china/nonsense", []],
    ["/no/such/page", []],
  ])("suggests for %s what the explorer's 404 page does: %j", (path, ids) => {
    const got = [...html(path).matchAll(/<ul class="suggestions">(.*?)<\/ul>/g)].flatMap((m) => [...m[1]!.matchAll(/data-id="([^"]+)"/g)].map((d) => d[1]));
    expect(got.slice(0, ids.length)).toEqual(ids);
    if (ids.length === 0) expect(html(path)).toContain("No similar names were found.");
  });

  it.each([
    ["/entity/chinna", "There is nothing with the id “chinna”."],
    ["/entity/chinna?lang=ja", "ID「chinna」の項目はありません。"],
    ["/no/such/page", "There is no page at /no/such/page."],
    ["/no/such/page?lang=ja", "/no/such/page というページはありません。"],
  ])("says what is missing at %s as the explorer's 404 page does: %s", (path, said) => {
    expect(html(path)).toContain(`<p>${said}</p>`);
  });

  it("says so when no name is near", () => {
    expect(html("/zzzzqqqq")).toContain("No similar names were found.");
  });

  it("rejects an impossible date with a message, in both languages", () => {
    expect(html("/?asOf=1972-02-30")).toMatch(/role="alert">The date in the address, “1972-02-30”, is not a valid date/);
    expect(html("/?asOf=banana&lang=ja")).toContain("アドレスの日付「banana」は有効な日付ではありません");
  });

  it.each([
    ["/entity/japan?asOf=1972-02-30&lang=ja", '<a href="/entity/japan?asOf=1972-02-29&amp;lang=ja">代わりに 1972-02-29 を表示</a> · <a href="/entity/japan?lang=ja">日付なしで表示</a>'],
    ["/timeline?asOf=1975-04-31", '<a href="/timeline?asOf=1975-04-30">Show 1975-04-30 instead</a> · <a href="/timeline">Show the page without a date</a>'],
    ["/?asOf=banana", '<p><a href="/">Show the page without a date</a></p>'],
    ["/?asOf=1975-13-01", '<p><a href="/">Show the page without a date</a></p>'],
  ])("offers the ways on from an impossible date at %s without the JS", (path, links) => {
    expect(html(path)).toContain(links);
  });
});

describe("renderShell: a readable page before the JS", () => {
  it("gives an entity page its title, summary, Open Graph tags and fact line", () => {
    const out = html("/entity/japan-china-peace-and-friendship-treaty?asOf=1980");
    expect(out.match(/<title>/g)).toHaveLength(1);
    expect(out.match(/name="description"/g)).toHaveLength(1);
    expect(out).toContain(`<title>${escapeHtml(store.entityRow("japan-china-peace-and-friendship-treaty")!.name_en)} — gaiko 外交</title>`);
    expect(out).toContain('<meta name="description" content="A fixture treaty." />');
    expect(out).toContain('<meta property="og:description" content="A fixture treaty." />');
    expect(out).toContain('<meta property="og:url" content="http://gaiko.test/entity/japan-china-peace-and-friendship-treaty?asOf=1980" />');
    expect(out).toContain('<meta property="og:type" content="article" />');
    expect(out).toMatch(/<div id="root"><div class="shell"[^>]*><article class="shell-fact"[^>]*><p class="eyebrow">Agreement[^<]*<\/p><h1>[^<]+/);
    expect(out).toContain('<p class="summary">A fixture treaty.</p>');
    expect(out).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
  });

  it.each([
    ["/entity/taiwan", "<p class=\"summary\">Relations with Japan severed on 29 September 1972.</p>"],
    ["/entity/taiwan?asOf=1960", "<p class=\"summary\">As of 1 January 1960: Diplomatic relations with Japan since 28 April 1952.</p>"],
    ["/entity/taiwan?asOf=1960&lang=ja", "<p class=\"summary\">1960年1月1日時点: 1952年4月28日から日本と国交あり。</p>"],
  ])("tells a state without a summary by its relationship with Japan on the page's date (%s)", (path, text) => {
    const out = html(path);
    expect(out).toContain(text);
    expect(out).toContain(`<meta name="description" content="${text.replace(/<[^>]+>/g, "")}" />`);
  });

  // FIX15 (audit MAP15 item 7): the shell had no fact box (an agreement got no dates) and wrote type slugs
  // ("Agreement · peace").
  it.each([
    ["/entity/japan-china-peace-and-friendship-treaty?asOf=1980", "Agreement · peace treaty", "As of 1 January 1980", ["Signed", "12 August 1978"], ["In force", "since 23 October 1978"]],
    ["/entity/japan-china-peace-and-friendship-treaty?asOf=1978-09-01&lang=ja", "条約・協定 · 平和条約", "1978年9月1日時点", ["署名", "1978年8月12日"], ["発効", "未発効"]],
    ["/entity/senkaku-islands-dispute?asOf=1980", "Dispute · territorial", "As of 1 January 1980", ["Claimed by — Senkaku Islands dispute", "China"], null],
    ["/entity/taiwan?asOf=1960", "State · state with limited recognition", "As of 1 January 1960", ["Alliance with Japan", "no"], ["Agreements in force with Japan", "0"]],
  ] as const)("gives %s a fact box on the address's day and its type in words", (path, eyebrow, caption, first, second) => {
    const out = html(path);
    expect(out).toContain(`<p class="eyebrow">${eyebrow}</p>`);
    const box = /<section class="shell-facts" aria-label="([^"]+)">(.*?)<\/section>/.exec(out);
    expect(box?.[1]).toBe(caption);
    const rows = [...box![2]!.matchAll(/<dt>([^<]*)<\/dt><dd>([^<]*)<\/dd>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toContainEqual([...first]);
    if (second) expect(rows).toContainEqual([...second]);
  });

  it("calls an organisation 組織 on a Japanese page, not 国際機関 (which the Khmer Rouge and the Diet are not)", () => {
    expect(html("/entity/fixture-movement?lang=ja")).toContain('<p class="eyebrow">組織</p>');
    expect(html("/entity/fixture-movement")).toContain('<p class="eyebrow">Organisation</p>');
  });

  it("leaves a state's relationship out of its fact box where the line above says it, and boxes no other kind", () => {
    // The dated line says "Diplomatic relations with Japan since 28 April 1952" already.
    expect(html("/entity/taiwan?asOf=1960")).not.toMatch(/<dt>Relations with Japan<\/dt>/);
    expect(html("/entity/japan")).not.toContain("shell-facts");
    expect(html("/entity/beijing")).not.toContain("shell-facts");
  });

  it("marks an English summary shown to a Japanese reader", () => {
    const out = html("/entity/japan-china-peace-and-friendship-treaty?lang=ja");
    expect(out).toContain('<p class="summary"><span lang="en">A fixture treaty.</span> (英語のみ)</p>');
    expect(out).toContain('<meta property="og:locale" content="ja_JP" />');
  });

  it.each([
    ["/entity/scriptland", "en"],
    ["/entity/scriptland?lang=ja", "ja"],
    ["/entity/%3Cscript%3Ealert(3)%3C%2Fscript%3E", "404"],
    ["/%3Cscript%3Ealert(4)%3C%2Fscript%3E", "404"],
    ["/?asOf=%3Cscript%3Ealert(5)%3C%2Fscript%3E", "400"],
    ["/entity/scriptland?x=%22%3E%3Cscript%3Ealert(6)%3C%2Fscript%3E", "query"],
  ])("escapes every value from the data and the address (%s)", (path) => {
    const out = html(path);
    // The template's one script tag is the only one; no attribute is broken out of.
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).not.toMatch(/<img|<b>|"><script|=x onerror=alert\(2\)>/);
  });

  it("keeps the first summary sentence for the fact line and the whole summary for the description", () => {
    const out = html("/entity/scriptland");
    expect(out).toContain('<p class="summary">A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; land.</p>');
    expect(out).toContain('content="A &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; land. It has a second sentence."');
  });

  it("puts the day's fact before the summary when the address names a date", () => {
    const dated = html("/entity/scriptland?asOf=1960-01-01");
    expect(dated).toMatch(/<meta name="description" content="As of 1 January 1960: [^"]*A &quot;quoted&quot;/);
    expect(dated).toMatch(/<p class="as-of-fact">As of 1 January 1960: [^<]*<\/p><p class="summary">A &quot;quoted&quot;/);
    // Without a date the summary alone, as before.
    expect(html("/entity/scriptland")).not.toContain("as-of-fact");
  });

  it("falls back to the head's end when the template has no title", () => {
    const out = renderShell("<html><head></head><body><div id=\"root\"></div></body></html>", page("/timeline"));
    expect(out).toMatch(/<title>Timeline — gaiko 外交<\/title>[\s\S]*<\/head>/);
    expect(out).toMatch(/<div id="root"><div class="shell"[^>]*><h1>Timeline<\/h1>/);
  });
});

describe("dates and sentences", () => {
  it.each([
    ["1972-09-29", true],
    ["1972-02-29", true],
    ["1973-02-29", false],
    ["1900-02-29", false],
    ["2000-02-29", true],
    ["1972-02-30", false],
    ["1975-13", false],
    ["1975-06", true],
    ["1975", true],
    ["0000", false],
    ["banana", false],
    ["19720929", false],
    ["1972-9-29", false],
    [" 1972", false],
    ["-0660", false],
  ])("reads %s as valid: %s — on the server and in the explorer alike", (value, valid) => {
    expect(isExplorerDate(value)).toBe(valid);
    expect(checkAsOf(value).state).toBe(valid ? "ok" : "invalid");
  });

  it.each([
    ["Japan is an island country. It lies in East Asia.", "Japan is an island country."],
    ["The U.S. and Japan signed it. Later more.", "The U.S. and Japan signed it."],
    ["日本は島国である。東アジアにある。", "日本は島国である。"],
    ["One sentence only.", "One sentence only."],
  ])("takes the first sentence of %s", (text, want) => {
    expect(firstSentence(text)).toBe(want);
  });
});

describe("the server's explorer pages", () => {
  const web = join(dir, "web");
  mkdirSync(web);
  writeFileSync(join(web, "index.html"), TEMPLATE);
  const app = createApp(store, { webRoot: web });
  const browser = { accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

  it.each([
    ["/entity/atlantis", 404, "Page not found"],
    ["/nonsense?lang=ja", 404, "ページが見つかりません"],
    ["/entity/japan?asOf=1972-02-30", 400, "is not a valid date"],
    ["/entity/japan", 200, "<h1>Japan <span class=\"other-name\" lang=\"ja\">日本</span></h1>"],
  ])("answers a browser at %s with %i and the page", async (path, status, text) => {
    const r = await app.request(path, { headers: browser });
    expect(r.status).toBe(status);
    expect(r.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await r.text()).toContain(text);
    if (status !== 200) expect(r.headers.get("etag")).toBeNull();
  });

  it("lets a browser revalidate the HTML (a rebuilt explorer names other assets) and keep hashed assets for good", async () => {
    writeFileSync(join(web, "app-1234abcd.js"), "console.log(1)");
    const r = await app.request("/entity/japan", { headers: browser });
    expect(r.headers.get("cache-control")).toBe("no-cache");
    expect(r.headers.get("etag")).toBeNull();
    expect((await app.request("/app-1234abcd.js")).headers.get("cache-control")).toMatch(/immutable/);
    expect((await app.request("/api/v1/entities/japan")).headers.get("etag")).toContain(store.release);
  });

  it("answers other clients' 404 in the error shape, and leaves the API's own 404s alone", async () => {
    const r = await app.request("/entity/atlantis");
    expect(r.status).toBe(404);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe("not-found");
    const api = await app.request("/api/v1/entities/atlantis", { headers: browser });
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/json/);
  });
});
