import { MISSION_PLACE_JA } from "../mission-places.js";

/**
 * Places a role names ("host (Warsaw)", "embassy, Tokyo", "sixth summit, Bali") as Japanese writes them:
 * MOFA's katakana for places abroad (ワルシャワ, ミュンヘン), kanji for China, Korea, Taiwan and Japan. A
 * state's own name comes from the states (roles.ts's lookup); a place with an entity in data/ is written
 * as its names.ja (a test holds them equal). A mission's place is the one table the embassies importer
 * also writes its Japanese notes with (src/model/mission-places.ts), but for two cities whose entities in
 * data/ are named otherwise. A place missing here leaves its whole role in English, marked English-only:
 * never half-translated.
 */
export const ROLE_PLACES: Readonly<Record<string, string>> = {
  ...MISSION_PLACE_JA,
  // As data/'s entities name them (the importer's notes keep 市).
  "Mexico City": "メキシコシティ", "New York City": "ニューヨーク",
  // Named by the roles of trips and meetings (not by the missions' snapshot).
  Athens: "アテネ", Bali: "バリ", Berlin: "ベルリン", Bonn: "ボン", Burma: "ビルマ", Cannes: "カンヌ", Capri: "カプリ", Cebu: "セブ",
  Ceylon: "セイロン", Charlevoix: "シャルルボワ", Cologne: "ケルン", Copenhagen: "コペンハーゲン", "Cox's Bazar": "コックスバザール",
  "Da Nang": "ダナン", Delhi: "デリー", Dinard: "ディナール", Erbil: "エルビル", Fiuggi: "フィウッジ", Gyeongju: "慶州",
  Johannesburg: "ヨハネスブルグ", Lima: "リマ", Liverpool: "リバプール", London: "ロンドン", "Los Cabos": "ロスカボス", Lucca: "ルッカ",
  Lyon: "リヨン", "Lübeck": "リューベック", Madrid: "マドリード", Makassar: "マカッサル", Manila: "マニラ", Matera: "マテーラ",
  Midrand: "ミッドランド", "Münster": "ミュンスター", Naypyidaw: "ネーピードー", "New York": "ニューヨーク", Niagara: "ナイアガラ",
  "Nusa Dua": "ヌサドゥア", Peleliu: "ペリリュー", Pittsburgh: "ピッツバーグ", Pohnpei: "ポンペイ", Santiago: "サンティアゴ",
  Seattle: "シアトル", Seoul: "ソウル", Seville: "セビリア", "Sharm El-Sheikh": "シャルム・エル・シェイク", Toronto: "トロント",
  Washington: "ワシントン",
  // States and territories as a role names them, where the state's own name differs.
  "Federal Republic of Yugoslavia": "ユーゴスラビア連邦共和国", "Hong Kong Special Administrative Region": "香港特別行政区",
  "Palestinian Authority": "パレスチナ自治政府", "Afghan Interim Administration": "アフガニスタン暫定行政機構",
};
