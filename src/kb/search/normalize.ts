import { searchKey } from "../text.js";

/**
 * The words of a text as search tokens: `searchKey` folding (full/half width, case, diacritics such as
 * Ō → o), dashes, hyphens and apostrophes as word breaks (EU–Japan = EU-Japan = EU Japan), a possessive
 * 's dropped, and Japanese split where the script changes (日本EU経済連携協定 → 日本 · eu · 経済連携協定),
 * lone hiragana particles (の, と) dropped.
 *
 * @example tokenize("Japan's EPA with Mexico") // ["japan", "epa", "with", "mexico"]
 * @example tokenize("日本とEUの経済連携協定")      // ["日本", "eu", "経済連携協定"]
 */
export function tokenize(text: string): string[] {
  // G-7, G-20, P-5: one letter joined to a number by a hyphen is one word, as G7 is.
  const key = searchKey(text).replace(/'s\b/g, "").replace(/\b([a-z])-(\d{1,3})\b/g, "$1$2").replace(/[-'"’.,;:!?()[\]{}/\\|«»「」『』（）・、。〜~&+*#@%$^=<>]/g, " ");
  const out: string[] = [];
  for (const word of key.split(/\s+/)) {
    if (!word) continue;
    for (const run of word.match(SCRIPT_RUN) ?? []) {
      if (/^[\u3040-\u309f]$/.test(run)) continue;
      out.push(run);
    }
  }
  return out;
}

/** Runs of one script: Latin letters and digits, kanji, hiragana, katakana (with ー), hangul, other. */
const SCRIPT_RUN = /[a-z0-9]+|[\u4e00-\u9fff\u3400-\u4dbf々〆]+|[\u3040-\u309f]+|[\u30a0-\u30ffー]+|[\uac00-\ud7af]+|[^\sa-z0-9\u4e00-\u9fff\u3400-\u4dbf々〆\u3040-\u309f\u30a0-\u30ffー\uac00-\ud7af]+/g;

/** Words that carry no subject: dropped from a query that has others, and from names compared whole with a query. */
export const STOPWORDS: ReadonlySet<string> = new Set(["the", "of", "and", "with", "for", "between", "in", "on", "to", "a", "an", "by", "at", "from", "who", "what", "when", "was", "is"]);

/** True for a token in a CJK script, matched as a substring rather than as a whole word. */
export function isCjk(token: string): boolean {
  return /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆ー]/.test(token);
}

/**
 * Folds the spellings of long vowels in romanised Japanese (Tōkyō → tokyo is done by `searchKey`;
 * here Toukyou and Tookyoo → tokyo), applied to index and query alike.
 *
 * @example foldRomaji("toukyou") // "tokyo"
 */
export function foldRomaji(token: string): string {
  return token.replace(/ou/g, "o").replace(/oo/g, "o").replace(/uu/g, "u").replace(/oh(?=[^aeiou]|$)/g, "o");
}

/** The character bigrams of a CJK token (its single character when it has one). */
export function bigrams(token: string): string[] {
  const chars = [...token];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Edit distance with adjacent swaps (optimal string alignment), stopped early past `cap`.
 *
 * @example editDistance("mexcio", "mexico", 2) // 1
 */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
  }
  return d[a.length]![b.length]!;
}
