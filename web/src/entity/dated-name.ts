// An event's name beside its own date: "Tiananmen Square crackdown (1989)" listed after "3 June 1989"
// read the year twice (issue 15); the name keeps any bracket that is not just that date.
import { MONTH_NAMES } from "../i18n/months.js";

const MONTHS = new Set(MONTH_NAMES);
/** A trailing bracket, half- or full-width, and what it holds. */
const TRAILING = /\s*(?:\(([^()]*)\)|（([^（）]*)）)$/;

/** Whether a bracket's text is a date or a span of dates and nothing else: "July 2014", "6–8 July 2008", "1990年9～10月". */
function onlyDate(text: string): boolean {
  if (/^\d{4}(\s*[–-]\s*\d{4})?$/.test(text)) return true;
  if (/^[\d年月日～〜–\-・、\s]+$/.test(text)) return /\d{4}年/.test(text);
  return /\d{4}/.test(text) && /^[\dA-Za-z\s,–-]+$/.test(text) && (text.match(/[A-Za-z]+/g) ?? []).every((w) => MONTHS.has(w));
}

/**
 * The name without a trailing bracket that only repeats the date shown beside it: the bracket must hold a
 * date (or a span of dates) alone and name the shown date's year. Any other bracket ("(Bandung
 * Conference)", "（第34回首脳会議）") and a date of another year stay.
 * @example withoutOwnDate("Tiananmen Square crackdown (1989)", "1989-06-03") // "Tiananmen Square crackdown"
 * @example withoutOwnDate("細川総理の訪中（1994年3月）", "1994-03") // "細川総理の訪中"
 * @example withoutOwnDate("Asian–African Conference (Bandung Conference)", "1955-04") // unchanged
 */
export function withoutOwnDate(name: string, date: string): string {
  const year = /^-?(\d{4})/.exec(date)?.[1];
  const m = TRAILING.exec(name);
  const inside = m ? (m[1] ?? m[2] ?? "") : "";
  if (!year || !m || !inside.includes(year) || !onlyDate(inside)) return name;
  const rest = name.slice(0, m.index).trimEnd();
  return rest || name;
}

/**
 * An entity whose names (English and Japanese) leave out a trailing bracket repeating `date`: for a line
 * that shows the date beside the name. The id, and so the link, is the entity's own.
 * @example undatedNames(tiananmen, "1989-06-03").name // { en: "Tiananmen Square crackdown", ja: "天安門事件" }
 */
export function undatedNames<E extends { name: { en: string; ja: string | null } }>(entity: E, date: string): E {
  const en = withoutOwnDate(entity.name.en, date);
  const ja = entity.name.ja === null ? null : withoutOwnDate(entity.name.ja, date);
  return en === entity.name.en && ja === entity.name.ja ? entity : { ...entity, name: { ...entity.name, en, ja } };
}
