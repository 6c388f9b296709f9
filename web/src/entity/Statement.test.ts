// The source page's statement list (Statement) as the timeline's list reads it: line.ts in the page's language.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { NavProvider } from "../app/location.js";
import { loadRoleTables } from "../i18n/Role.js";
import { Statement, StatusBadge } from "./Statement.js";

const ref = (id: string, en: string, ja: string | null, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en, ja } });
const china = ref("china", "China", "中華人民共和国");
const zhou = ref("zhou-enlai", "Zhou Enlai", "周恩来", "person");
const beijing = ref("beijing", "Beijing", "北京", "place");
const communique = ref("japan-china-joint-communique-1972", "Japan–China Joint Communiqué", "日中共同声明", "agreement");

function st(p: StatementView["p"], label: [string, string], subject: EntityRef, object: EntityRef | null, over: Partial<StatementView> = {}): StatementView {
  return {
    id: `${p}-${subject.id}`, p, label: { en: label[0], ja: label[1] }, subject, object, value: null, time: null, start: null, end: null, at: null, via: null,
    role: null, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [], ...over,
  };
}

const nuclear = st("attribute", ["attribute", "属性"], china, null, { value: "possessing", role: "nuclear weapons status (Bleek; NTI)" });
const office = st("holds-office", ["holds office", "在任"], zhou, china, { role: "foreign-minister" });
const signedAt = st("signed", ["signed", "署名"], communique, null, { at: beijing });
const freeText = st("attribute", ["attribute", "属性"], communique, null, { value: "ended the abnormal state of relations", role: "reception category" });

/** The claim's text as a reader sees it (tags dropped), rendered on a source page in `lang`. */
function claim(s: StatementView, lang: "en" | "ja"): string {
  vi.stubGlobal("window", { location: { pathname: "/source/web-mofa", search: lang === "ja" ? "?lang=ja" : "" } });
  const html = renderToStaticMarkup(createElement(NavProvider, null, createElement(Statement, { s, selfId: "web-mofa" })));
  const span = /<span class="claim">(.*?)<\/span> <span class="when">/s.exec(html)?.[1] ?? html;
  return span.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
}

beforeAll(async () => {
  await loadRoleTables();
});
afterAll(() => vi.unstubAllGlobals());

describe("a statement on a source page", () => {
  it.each([
    ["a coded value and its role", nuclear, "China's nuclear weapons status: possessing", "中華人民共和国の核兵器の保有状況：保有"],
    ["an office", office, "Zhou Enlai holds office China (Foreign Minister)", "周恩来 在任 中華人民共和国（外務大臣）"],
    ["a signature and its place", signedAt, "Japan–China Joint Communiqué signed in Beijing", "日中共同声明 署名（場所：北京）"],
    ["a free-text value the data gives in English only", freeText, "The Japan–China Joint Communiqué's reception category: ended the abnormal state of relations", "reception category 英語のみ（日中共同声明）：ended the abnormal state of relations 英語のみ"],
  ])("reads as the timeline's line for %s, in English and in Japanese", (_, s, en, ja) => {
    expect(claim(s, "en")).toBe(en);
    expect(claim(s, "ja")).toBe(ja);
  });

  it("quotes an English value and marks each English part on a Japanese page with the English-only badge", () => {
    vi.stubGlobal("window", { location: { pathname: "/source/web-mofa", search: "?lang=ja" } });
    const ja = renderToStaticMarkup(createElement(NavProvider, null, createElement(Statement, { s: freeText, selfId: "web-mofa" })));
    expect(ja.match(/badge english-only/g)).toHaveLength(2);
    expect(ja).toContain('<span class="value" lang="en">ended the abnormal state of relations</span>');
    vi.stubGlobal("window", { location: { pathname: "/source/web-mofa", search: "" } });
    const en = renderToStaticMarkup(createElement(NavProvider, null, createElement(Statement, { s: freeText, selfId: "web-mofa" })));
    expect(en).toContain("<q>ended the abnormal state of relations</q>");
    expect(en).not.toContain("english-only");
  });
});

describe("a contradicted claim's badge", () => {
  // Okinawa's page read "claimed by Foreign relations of Japan (Wikipedia article, founding seed 002), contradicted" (issue 15, S4).
  const seed = { source: "seed-002", title: "Foreign relations of Japan (Wikipedia article, founding seed 002)", locator: "¶3", url: null };
  it.each([
    ["en", "claimed by Foreign relations of Japan (Wikipedia article), contradicted"],
    ["ja", "Foreign relations of Japan (Wikipedia article)の主張、反証あり"],
  ] as const)("names the source as the references do, on an %s page", (lang, want) => {
    vi.stubGlobal("window", { location: { pathname: "/entity/okinawa", search: lang === "ja" ? "?lang=ja" : "" } });
    const html = renderToStaticMarkup(createElement(NavProvider, null, createElement(StatusBadge, { s: { status: "rejected", assertedBy: [], sources: [seed] } })));
    expect(html.replace(/<[^>]+>/g, "")).toBe(want);
  });
});
