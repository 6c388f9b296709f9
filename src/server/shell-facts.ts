import { relationRow } from "../kb/relations.js";
import type { Store } from "../kb/store.js";
import type { RelationStatus } from "../model/results.js";

/**
 * One sentence about a state for the server's HTML shell when the data holds no summary of it: its
 * relationship with Japan on the page's date, from the as-of engine (the same row the map shows).
 */

type Lang = "en" | "ja";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date as written (YYYY, YYYY-MM or YYYY-MM-DD) the way a reader writes it.
 * @example readableDay("1972-09-29", "en") // "29 September 1972"
 * @example readableDay("1972-09-29", "ja") // "1972年9月29日"
 */
function readableDay(day: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(day);
  if (!m) return day;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (lang === "ja") return `${y}年${mo ? `${mo}月` : ""}${mo && d ? `${d}日` : ""}`;
  return [d && mo ? String(d) : null, mo ? MONTHS[mo - 1] : null, String(y)].filter(Boolean).join(" ");
}

const STATUS: Record<RelationStatus, { en: (since: string | null) => string; ja: (since: string | null) => string } | null> = {
  "diplomatic-relations": { en: (s) => `Diplomatic relations with Japan${s ? ` since ${s}` : ""}.`, ja: (s) => `${s ? `${s}から` : ""}日本と国交あり。` },
  "recognized-no-relations": { en: () => "Recognised by Japan, without diplomatic relations.", ja: () => "日本が承認、国交なし。" },
  "at-war": { en: (s) => `At war with Japan${s ? ` since ${s}` : ""}.`, ja: (s) => `${s ? `${s}から` : ""}日本と戦争状態。` },
  severed: { en: (s) => `Relations with Japan severed${s ? ` on ${s}` : ""}.`, ja: (s) => `${s ? `${s}に` : ""}日本との国交断絶。` },
  none: { en: () => "No diplomatic relations with Japan.", ja: () => "日本と国交なし。" },
  never: { en: () => "Never had diplomatic relations with Japan.", ja: () => "日本と国交を結んだことがない。" },
  "not-yet-existing": { en: () => "Did not yet exist.", ja: () => "まだ存在していない。" },
  "no-longer-existing": { en: (s) => `No longer existed${s ? ` after ${s}` : ""}.`, ja: (s) => `${s ? `${s}に` : ""}消滅。` },
  unknown: null,
};

/**
 * A state's relationship with Japan on `day` in one sentence, or null for Japan and when unknown.
 *
 * @example stateFact(store, "china", "2026-12-05", "en", false) // "Diplomatic relations with Japan since 29 September 1972."
 */
export function stateFact(store: Store, id: string, day: string, lang: Lang, dated: boolean): string | null {
  if (id === "japan") return null;
  const row = relationRow(store, id, day);
  const say = STATUS[row.status];
  if (!say) return null;
  const since = row.since ? readableDay(row.since, lang) : null;
  const ally = row.alliance ? (lang === "ja" ? "日本の同盟国。" : " Allied with Japan.") : "";
  const sentence = say[lang](since) + ally;
  if (!dated) return sentence;
  return lang === "ja" ? `${readableDay(day, lang)}時点: ${sentence}` : `As of ${readableDay(day, lang)}: ${sentence}`;
}
