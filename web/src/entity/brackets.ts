import type { Lang } from "../i18n/dict.js";

/**
 * The brackets around an aside in the page's language: full-width and with no space before them in
 * Japanese (失効（後継条約により失効）, 締約国（2）), " (" and ")" in English.
 * @example brackets("ja") // ["（", "）"]
 * @example `${"Parties"}${brackets("en")[0]}2${brackets("en")[1]}` // "Parties (2)"
 */
export function brackets(lang: Lang): readonly [open: string, close: string] {
  return lang === "ja" ? ["（", "）"] : [" (", ")"];
}

/**
 * `text` followed by `aside` in brackets.
 * @example withAside("締約国", 2, "ja") // "締約国（2）"
 */
export function withAside(text: string, aside: string | number, lang: Lang): string {
  const [open, close] = brackets(lang);
  return `${text}${open}${aside}${close}`;
}
