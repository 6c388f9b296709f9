// The plain explorer page, served while web/dist is not built (pages.ts homePage), in Japanese with
// ?lang=ja (issue 15 item 5). Its script is run here against a small stand-in for the DOM that has no
// innerHTML (text from the API goes in with textContent only) and fetches from the app itself.
import { afterAll, describe, expect, it } from "vitest";
import { fixtureStoreWithJapaneseNotes } from "../../test/helpers.js";
import { createApp } from "./app.js";
import { jaDate } from "../model/ja-date.js";
import { jaDateScript } from "./plain-date.js";

const store = fixtureStoreWithJapaneseNotes();
afterAll(() => store.close());
// No webRoot: the app serves the plain page at /.
const app = createApp(store);

/** An element as far as the page's script uses one; setting innerHTML throws. */
class Element {
  children: (Element | string)[] = [];
  className = "";
  href = "";
  value = "";
  constructor(readonly tag: string) {}
  get textContent(): string {
    return this.children.map((c) => (typeof c === "string" ? c : c.textContent)).join("");
  }
  set textContent(v: string) {
    this.children = [String(v)];
  }
  set innerHTML(_: string) {
    throw new Error(`innerHTML set on <${this.tag}>: text must go in with textContent`);
  }
  append(...xs: (Element | string)[]): void {
    this.children.push(...xs);
  }
  replaceChildren(...xs: (Element | string)[]): void {
    this.children = xs;
  }
  insertRow(): Element {
    const r = new Element("tr");
    this.children.push(r);
    return r;
  }
  insertCell(): Element {
    const c = new Element("td");
    this.children.push(c);
    return c;
  }
  /** Every descendant with this tag. */
  all(tag: string): Element[] {
    return this.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.tag === tag ? [c] : []), ...c.all(tag)]));
  }
}

/** Serves the page, runs its script with `#id` in the address, and returns its elements once every fetch it made is answered. */
async function openPage(query: string, hash: string, asOf: string): Promise<{ html: string; byId: Record<string, Element> }> {
  const res = await app.request(`/${query}`);
  expect(res.status).toBe(200);
  const html = await res.text();
  const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)![1]!;
  const byId: Record<string, Element> = Object.fromEntries(["sf", "q", "hits", "entity", "asof", "counts", "rel"].map((id) => [id, new Element(id)]));
  byId.asof!.value = asOf;
  const pending: Promise<unknown>[] = [];
  const fetch = (path: string) => {
    const p = Promise.resolve(app.request(path));
    pending.push(p);
    return p;
  };
  const document = { getElementById: (id: string) => byId[id], createElement: (tag: string) => new Element(tag) };
  new Function("document", "window", "location", "fetch", script)(document, {}, { hash }, fetch);
  // Each answer's body is read and drawn a few turns after it arrives; wait until no fetch is left.
  for (let seen = 0; seen < pending.length || seen === 0; ) {
    seen = pending.length;
    await Promise.all(pending);
    await new Promise((ok) => setImmediate(ok));
  }
  return { html, byId };
}

describe("the plain explorer page in Japanese", () => {
  it.each([
    ["?lang=ja", "ja", ["検索", "日本と各国の関係", `aria-label="基準日"`, "エクスプローラー"], ["Relations as of", "Search / 検索"]],
    ["", "en", ["Relations as of", "Search / 検索", `aria-label="as-of date"`, `<a href="/?lang=ja" lang="ja" hreflang="ja">日本語</a>`], ["日本と各国の関係", "エクスプローラー"]],
    ["?lang=fr", "en", ["Relations as of"], ["日本と各国の関係"]],
  ])("with %j is served in %s with its fixed words", async (query, lang, has, hasNot) => {
    const html = await (await app.request(`/${query}`)).text();
    expect(html).toContain(`<html lang="${lang}">`);
    for (const w of has) expect(html).toContain(w);
    for (const w of hasNot) expect(html).not.toContain(w);
  });

  it("shows an entity's Japanese name, its statements' predicates, dates and Japanese notes, and the English note marked", async () => {
    const { byId } = await openPage("?lang=ja", "#china", "1980-01-01");
    const entity = byId.entity!;
    expect(entity.all("h2")[0]?.textContent).toBe("中華人民共和国 — China");
    const rows = entity.all("tr").map((r) => r.children.map((c) => (typeof c === "string" ? c : c.textContent)));
    expect(rows[0]).toEqual(["日付", "記述", "基準日に", "出典"]);
    const exists = rows.find((r) => r[1]?.includes("存続"));
    expect(exists?.slice(0, 3)).toEqual(["1949年10月1日から", "中華人民共和国 (China) 存続 北京で建国を宣言。", "有効"]);
    const relations = rows.find((r) => r[1]?.includes("外交関係"));
    expect(relations?.slice(0, 3)).toEqual(["1972年9月29日から", "中華人民共和国 (China) 外交関係 日本 (Japan)By the joint communiqué. (英語のみ)", "有効"]);
  });

  it("shows Japan's relations as of the date in Japanese: names, status, since", async () => {
    const { byId } = await openPage("?lang=ja", "", "1980-01-01");
    const rows = byId.rel!.all("tr").map((r) => r.children.map((c) => (typeof c === "string" ? c : c.textContent)));
    expect(rows[0]).toEqual(["国", "状態", "開始", "同盟", "発効中の協定"]);
    expect(rows.find((r) => r[0] === "中華人民共和国 (China)")?.slice(1, 3)).toEqual(["外交関係あり", "1972年9月29日"]);
    expect(byId.counts!.textContent).toMatch(/^外交関係あり: \d+ .*— データリリース \S+$/);
  });

  it("keeps the English page as it was: English names first, the API's words and dates, the English note", async () => {
    const { byId } = await openPage("", "#china", "1980-01-01");
    const rows = byId.entity!.all("tr").map((r) => r.children.map((c) => (typeof c === "string" ? c : c.textContent)));
    expect(rows[0]).toEqual(["when", "statement", "as of date", "sources"]);
    expect(rows.find((r) => r[1]?.includes("existed"))?.slice(0, 3)).toEqual(["1949-10-01/..", "China (中華人民共和国) existed Founded in Beijing.", "yes"]);
    const rel = byId.rel!.all("tr").map((r) => r.children.map((c) => (typeof c === "string" ? c : c.textContent)));
    expect(rel.find((r) => r[0] === "China (中華人民共和国)")?.slice(1, 3)).toEqual(["diplomatic-relations", "1972-09-29"]);
  });
});

describe("the plain page's Japanese dates", () => {
  it("are written by src/model/ja-date.ts compiled for the browser, with no helper of tsx's (__name) it would lack", async () => {
    const html = await (await app.request("/?lang=ja")).text();
    expect(html).toContain(jaDateScript());
    expect(jaDateScript()).not.toMatch(/__name|<\/script/i);
    const date = new Function(`return ${jaDateScript()}`)() as typeof jaDate;
    for (const d of ["1972-09-29", "1945/1952", "1911/..", "../1952", "1613~", "1945?", "1584-08%", "1856/", null]) expect(date(d)).toBe(jaDate(d));
  });

  it("are not in the English page, which shows the API's dates as they are", async () => {
    const html = await (await app.request("/")).text();
    expect(html).not.toContain("gaikoJaDate");
  });
});
