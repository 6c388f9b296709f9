// What the importers' summaries share: dates written Japanese style (src/model/ja-date.ts) and states named in both languages,
// so that an entity a dataset makes reads as well on a Japanese page as on an English one.
import { stateTakesThe } from "../../model/articles.js";
import { jaDate } from "../../model/ja-date.js";
import { namesFromAliasesOn } from "../../kb/asof/names.js";
import type { ImportSink } from "../types.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * An EDTF month or year written in English words.
 *
 * @example enMonth("1938-01") // "January 1938"
 */
export function enMonth(d: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(d);
  if (!m) return d;
  return m[2] ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : m[1]!;
}

/**
 * A span of two months (or years) in English and Japanese, said once where both ends share a year.
 *
 * @example monthSpan("1938-01", "1938-02") // { en: "January to February 1938", ja: "1938年1月から2月まで" }
 */
export function monthSpan(from: string, to: string): { en: string; ja: string } {
  if (from === to) return { en: enMonth(from), ja: jaDate(from) };
  const sameYear = from.slice(0, 4) === to.slice(0, 4) && from.length === 7 && to.length === 7;
  if (sameYear) return { en: `${MONTHS[Number(from.slice(5, 7)) - 1]} to ${enMonth(to)}`, ja: `${jaDate(from)}から${Number(to.slice(5, 7))}月まで` };
  return { en: `${enMonth(from)} to ${enMonth(to)}`, ja: `${jaDate(from)}から${jaDate(to)}まで` };
}

/**
 * A stored state's (or other entity's) name in English and Japanese: the Japanese from the entity,
 * else from the names the build gives dataset entities, else the English one.
 *
 * @example namesOf(sink, "canada") // { en: "Canada", ja: "カナダ" }
 */
export function namesOf(sink: ImportSink, id: string): { en: string; ja: string } {
  const en = sink.lookup<{ name_en: string }>("SELECT name_en FROM entities WHERE id = ?", id)[0]?.name_en ?? id;
  return { en, ja: sink.nameJa(id) ?? en };
}

/**
 * A state's names as it went by on `day` (its aliases with a period, as the map and the entity pages read them),
 * else its names today: a dispute of 1927 with the state gaiko calls Taiwan is with the Republic of China.
 *
 * @example namesOn(sink, "taiwan", "1927-01-24") // { en: "Republic of China", ja: "中華民国" }
 */
export function namesOn(sink: ImportSink, id: string, day: string): { en: string; ja: string } {
  const today = namesOf(sink, id);
  const aliases = sink.lookup<{ aliases: string | null }>("SELECT json_extract(body, '$.aliases') AS aliases FROM entities WHERE id = ?", id)[0]?.aliases ?? null;
  const then = namesFromAliasesOn(aliases, day);
  return { en: then.en ?? today.en, ja: then.ja ?? today.ja };
}

/**
 * A state's English name as running text writes it, with "the" where English puts one.
 *
 * @example inText("United States") // "the United States"
 * @example inText("Canada") // "Canada"
 */
export function inText(name: string): string {
  return stateTakesThe(name) && !/^the\s/i.test(name) ? `the ${name}` : name;
}
