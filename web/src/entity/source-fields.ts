// A source's fields as a reader sees them: labelled in the page's language ("Published", 公表日), dates
// written out, the type in words; a field the vocabulary lacks keeps its key and value. Pure: no DOM.
import { message, type Lang, type MessageKey } from "../i18n/dict.js";
import { referenceDate } from "./reference-date.js";

const LABELS: Record<string, MessageKey> = {
  type: "source.field.type",
  publisher: "source.field.publisher",
  published: "source.field.published",
  accessed: "source.field.accessed",
  caveat: "source.field.caveat",
  author: "source.field.author",
  licence: "source.field.licence",
  dataset: "source.field.dataset",
  summary: "source.field.summary",
  file: "source.field.file",
};
const TYPES: Record<string, MessageKey> = {
  web: "source.type.web",
  book: "source.type.book",
  dataset: "source.type.dataset",
  document: "source.type.document",
  seed: "source.type.seed",
};
const DATES = new Set(["published", "accessed"]);
/** Fields the data writes as English prose, with no Japanese field beside them (301 caveats, 6 summaries). */
const PROSE = new Set(["caveat", "summary", "licence"]);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * One field of a source: its label and its value, ready to show.
 * @example sourceField("ja", "published", "1990-05-08") // { label: "公表日", value: "1990年5月8日" }
 * @example sourceField("en", "type", "web") // { label: "Type", value: "web page" }
 * @example sourceField("ja", "caveat", "A defence-site briefing.") // { label: "注意", value: "A defence-site briefing.", englishOnly: true }
 */
export function sourceField(lang: Lang, key: string, value: string | number): { label: string; value: string; englishOnly?: true } {
  const labelKey = LABELS[key];
  const label = labelKey ? message(lang, labelKey) : key;
  const text = String(value);
  // An English caveat on a Japanese page is marked as English, as an English-only role or note is.
  if (lang === "ja" && PROSE.has(key) && !JAPANESE.test(text)) return { label, value: text, englishOnly: true };
  if (key === "type" && TYPES[text]) return { label, value: message(lang, TYPES[text]!) };
  // In full, as the entity pages' references write the same source's date ("21 November 2026", not "21 Nov 2026").
  if (DATES.has(key) && /^\d{4}(-\d{2}){0,2}$/.test(text)) return { label, value: referenceDate(text, lang) };
  return { label, value: text };
}
