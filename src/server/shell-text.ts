import type { Kind } from "../model/ids.js";

/** The words of the server's HTML shell (shell.ts), in English and Japanese. */

export type Lang = "en" | "ja";
type Text = Record<Lang, string>;

export const SITE: Text = { en: "gaiko 外交", ja: "gaiko 外交" };
export const TAGLINE: Text = {
  en: "Japan's foreign relations as a time-aware, source-cited knowledge base",
  ja: "日本の対外関係を、日付ごとに出典付きでたどる知識ベース",
};

/** The explorer's views whose path is one fixed word, with what a reader is told of each. */
export const VIEWS: Record<string, { title: Text; about: Text }> = {
  "": { title: { en: "Japan's relations with the world", ja: "日本と世界の関係" }, about: { en: "A map of Japan's relationship with every state as of a date: diplomatic relations, alliances and agreements in force.", ja: "日付を選び、各国と日本の関係(国交・同盟・発効中の条約)を地図で見る。" } },
  timeline: { title: { en: "Timeline", ja: "年表" }, about: { en: "Japan's foreign relations in time order: dated, source-cited events and statements.", ja: "日本の対外関係を時系列で。日付と出典のある出来事と記述。" } },
  network: { title: { en: "Japan's ties", ja: "日本の関係図" }, about: { en: "Japan's alliances, agreements, disputes and memberships as of a date.", ja: "ある日付における日本の同盟・条約・係争・加盟。" } },
  votes: { title: { en: "Japan's votes in the UN General Assembly", ja: "国連総会における日本の投票" }, about: { en: "How Japan's UN General Assembly votes compare with other states', year by year.", ja: "国連総会での日本の投票を、年ごとに他国と比べる。" } },
  check: { title: { en: "Check a text", ja: "文章を検証" }, about: { en: "Check the claims of a text about Japan's foreign relations against the cited knowledge base.", ja: "日本の対外関係についての文章の主張を、出典付きの知識ベースと照合する。" } },
  search: { title: { en: "Search", ja: "検索" }, about: { en: "Search states, agreements, disputes, people and events in English or Japanese.", ja: "国・条約・係争・人物・出来事を日本語または英語で検索する。" } },
};

export const LISTS: Record<string, Text> = {
  agreements: { en: "Agreements", ja: "条約・協定" },
  memberships: { en: "Memberships", ja: "加盟" },
  offices: { en: "Offices and holders", ja: "役職と在任者" },
  events: { en: "Events", ja: "出来事" },
  disputes: { en: "Disputes", ja: "係争" },
  missions: { en: "Diplomatic missions", ja: "在外公館・外交使節" },
};

export const KIND: Record<Kind, Text> = {
  state: { en: "State", ja: "国家" },
  // As the explorer says it (web/src/i18n/dict.ts): the kind holds the Diet, parties and companies too.
  organization: { en: "Organisation", ja: "組織" },
  agreement: { en: "Agreement", ja: "条約・協定" },
  dispute: { en: "Dispute", ja: "係争" },
  place: { en: "Place", ja: "地名" },
  person: { en: "Person", ja: "人物" },
  event: { en: "Event", ja: "出来事" },
  policy: { en: "Policy", ja: "政策" },
  source: { en: "Source", ja: "出典" },
};

export const T = {
  notFound: { en: "Page not found", ja: "ページが見つかりません" },
  // As the explorer's 404 page says it (web/src/pages/NotFound.tsx), so the text does not change when it starts.
  noPage: { en: "There is no page at {path}.", ja: "{path} というページはありません。" },
  noEntity: { en: "There is nothing with the id “{id}”.", ja: "ID「{id}」の項目はありません。" },
  nearest: { en: "Perhaps you meant:", ja: "もしかして:" },
  none: { en: "No similar names were found.", ja: "似た名前は見つかりませんでした。" },
  goMap: { en: "Go to the map", ja: "地図へ" },
  goSearch: { en: "Search the knowledge base", ja: "知識ベースを検索" },
  badDate: { en: "Invalid date", ja: "無効な日付" },
  englishOnly: { en: "", ja: "(英語のみ)" },
} satisfies Record<string, Text>;
