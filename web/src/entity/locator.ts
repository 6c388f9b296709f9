import type { Lang } from "../i18n/dict.js";

/**
 * A citation's locator as a reader writes it: "¶4", "art. 2", "row 1,204" (the file a row comes from
 * stays in `detail`, for the tooltip and the dialog). Pure.
 */
export interface Locator {
  short: string;
  /** Whether it narrows the source down (a paragraph, an article, a row); "full text" does not. */
  telling: boolean;
  /** What `short` left out of the data's locator: a dataset row's file and note (the preview shows it beside). */
  detail: string | null;
}

const WORDS: Record<string, [en: string, ja: string]> = {
  text: ["full text", "全文"],
  lead: ["lead", "冒頭"],
  abstract: ["abstract", "要旨"],
  preamble: ["preamble", "前文"],
  title: ["title", "題名"],
  header: ["header", "冒頭部"],
  table: ["table", "表"],
  // A news article as a whole (not an article of a treaty).
  article: ["article", "記事全体"],
  "article text": ["article text", "記事本文"],
  // Words a Japanese reference list showed in English (issue 15: 66 "infobox", 38 "entry" locators).
  infobox: ["infobox", "情報ボックス"],
  entry: ["entry", "項目"],
  summary: ["summary", "概要"],
  caption: ["caption", "図版説明"],
  // A collection item's or an archive record's description (the /check page's Japanese references read "description, ¶2").
  description: ["description", "説明"],
  "opening statement": ["opening statement", "冒頭発言"],
  "opening remarks": ["opening remarks", "冒頭発言"],
  heading: ["heading", "見出し"],
  "editorial note": ["editorial note", "編者注"],
};
const WHOLE = new Set(["text", "article", "article text"]);

// An article of a treaty: "Art. 1", "Article XIV", "Arts. XVIII-XIX", "Articles I-II"; the numeral must stand
// apart from the word, so "article" (a news article) is not read as "art." + "icle".
const ARTICLE = /^(?:(articles|arts\.?)|article|art\.?)\s*(?<=\s|\.)((?:\d+|[IVXLC]+)(?![a-z])(?:\s*[–-]\s*(?:\d+|[IVXLC]+)(?![a-z]))?)(.*)$/i;

const group = (n: string, lang: Lang) => (lang === "ja" ? n : Number(n).toLocaleString("en-GB"));

/**
 * The places one locator string names, split at semicolons outside parentheses.
 * @example splitLocators("lead; infobox") // ["lead", "infobox"]
 * @example splitLocators("text (outbreak July 1894; section 2)") // ["text (outbreak July 1894; section 2)"]
 */
export function splitLocators(locator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let part = "";
  for (const ch of locator) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === ";" && depth === 0) {
      out.push(part);
      part = "";
    } else part += ch;
  }
  out.push(part);
  return out.map((p) => p.trim()).filter(Boolean);
}

/**
 * The file a row comes from and the data's note on it, without the row's number again (the short form
 * says it): the preview of a Japanese page read "68行目 (ne5_…csv line 68 (Admin. by Russia; Claimed by Japan))".
 * @example rowDetail("cow_capitals.csv", " (Tokyo)") // "cow_capitals.csv: Tokyo"
 */
function rowDetail(file: string, rest: string): string {
  const note = rest.trim();
  const bracketed = /^\(([^()]*(?:\([^()]*\)[^()]*)*)\)(.*)$/.exec(note);
  const words = bracketed ? `${bracketed[1]!.trim()}${bracketed[2]!}` : note.replace(/^;\s*/, "");
  return words ? `${file}: ${words}` : file;
}

/**
 * @example formatLocator("parties_GGO.csv.gz line 24387", "en") // { short: "row 24,387", detail: "parties_GGO.csv.gz" }
 * @example formatLocator("para. 2", "ja") // { short: "¶2", detail: null }
 */
export function formatLocator(locator: string, lang: Lang): Locator {
  const l = locator.trim();
  const rows = /^(.*?\S)\s+lines?\s+(\d+)(?:\s*[–-]\s*(\d+))?((?:\s*\(.*\))?(?:;.*)?)$/.exec(l);
  if (rows) {
    const [, file, a, b, rest] = rows;
    const text = b ? `${group(a!, lang)}–${group(b, lang)}` : group(a!, lang);
    return { short: lang === "ja" ? `${text}行目` : `${b ? "rows" : "row"} ${text}`, telling: true, detail: rowDetail(file!, rest!) };
  }
  // "paras 1–2, 5 (left on the 15th)" and "para. 1: note" as ¶, the note kept (the data writes it so 700 times).
  const para = /^(?:¶|paragraphs?\.?|paras?\.?)\s*(\d+(?:\s*[–-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–-]\s*\d+)?)*)\s*(\(.*\)|:.*)?$/i.exec(l);
  if (para) {
    const [, nums, note] = para;
    const rest = !note ? "" : note.startsWith(":") ? `: ${note.slice(1).trim()}` : ` ${note}`;
    return { short: `¶${nums!.replace(/\s+/g, "").replace(/,/g, ", ")}${rest}`, telling: true, detail: null };
  }
  const art = ARTICLE.exec(l);
  if (art) {
    const [, plural, num, rest] = art;
    return { short: lang === "ja" ? `第${num}条${rest}` : `${plural ? "arts." : "art."} ${num}${rest}`, telling: true, detail: null };
  }
  // "text (outbreak July 1894; section 2: …)": the whole text, with a note of the part meant; the note says it.
  const noted = /^text\s*\((.+)\)$/i.exec(l);
  if (noted) return { short: noted[1]!, telling: true, detail: null };
  // "lead: PRC as sole government": a part of the text and a note on it.
  const part = /^(\w+)\s*:\s*(.+)$/.exec(l);
  const named = part && WORDS[part[1]!.toLowerCase()];
  if (part && named) return { short: `${named[lang === "ja" ? 1 : 0]}: ${part[2]}`, telling: true, detail: null };
  // "lead and infobox": two parts, each in words.
  const pair = /^(\w+) and (\w+)$/i.exec(l);
  const both = pair && [WORDS[pair[1]!.toLowerCase()], WORDS[pair[2]!.toLowerCase()]];
  if (both && both[0] && both[1]) {
    const i = lang === "ja" ? 1 : 0;
    return { short: `${both[0][i]}${lang === "ja" ? "・" : " and "}${both[1][i]}`, telling: true, detail: null };
  }
  // "description, ¶2", "header and para. 3", "title and opening statement": a part of the text named in words, then
  // a paragraph of it or another part (the /check page's Japanese references read "description, ¶2" in English).
  const within = /^([a-z]+(?: (?!and\b)[a-z]+)?)(?:(,| and)\s+(.+)|\s+((?:¶|paras?\.?\s|paragraphs?\s).*))$/i.exec(l);
  const whole = within && WORDS[within[1]!.toLowerCase()];
  const rest = within && (within[3] ?? within[4])!;
  const next = rest && formatLocator(rest, lang).short;
  if (whole && rest && next && (/^¶/.test(next) || WORDS[rest.toLowerCase()])) {
    const joint = within[2] === " and" ? (lang === "ja" ? "・" : " and ") : " ";
    return { short: `${whole[lang === "ja" ? 1 : 0]}${joint}${next}`, telling: true, detail: null };
  }
  // "item 2": the second item of a list or a press release.
  const item = /^items?\s+(\d+(?:\s*[–-]\s*\d+)?)$/i.exec(l);
  if (item) return { short: lang === "ja" ? `項目${item[1]!.replace(/\s+/g, "")}` : l, telling: true, detail: null };
  const word = WORDS[l.toLowerCase()];
  if (word) return { short: word[lang === "ja" ? 1 : 0], telling: !WHOLE.has(l.toLowerCase()), detail: null };
  return { short: l, telling: true, detail: null };
}

/**
 * A reference's locators without one that a longer one of the list already begins with ("secr-1953-dull"
 * beside "secr-1953-dull: started 1953-01-21, ended 1959-04-22": John Foster Dulles's reference named the
 * row twice, from his office's statement and its dataset row).
 * @example withoutRepeats(["row 12", "row 12: started 1953", "¶2"]) // ["row 12: started 1953", "¶2"]
 * @example withoutRepeats(["¶6", "¶6 (signed on 12 August)"]) // ["¶6 (signed on 12 August)"]
 */
export function withoutRepeats(locators: readonly string[]): string[] {
  // Also "¶6" beside "¶6 (the two sides signed the treaty on August 12, 1978)": the /check page's reference read "¶6, ¶6 (…)".
  return locators.filter((l) => !locators.some((m) => m !== l && (m.startsWith(`${l}:`) || m.startsWith(`${l}：`) || m.startsWith(`${l} (`))));
}
