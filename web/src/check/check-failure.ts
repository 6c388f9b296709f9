import type { Lang, MessageKey } from "../i18n/dict.js";

/**
 * What the /check page says when a text cannot be checked, in the page's language: from the API's error code
 * (its messages are written for the command line, in English, with byte counts and HTTP statuses), or before
 * any request for a text that is empty or only a web address. Pure: the page renders what this returns.
 */

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Why a text was not checked: an API error's status, code and message, or null for no answer at all. */
export interface CheckFailure {
  status: number | null;
  code: string | null;
  message: string;
}

/** A web address alone: a scheme or www., then no space. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i;

/**
 * Why a text should not be sent at all, or null: nothing but spaces, or nothing but web addresses (the checker
 * reads a text; it does not open links).
 * @example beforeSending("  https://www.mofa.go.jp/a/b.html ") // "address"
 * @example beforeSending("Japan joined the UN in 1956.") // null
 */
export function beforeSending(text: string): "empty" | "address" | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "empty";
  return words.every((w) => ADDRESS.test(w)) ? "address" : null;
}

/**
 * A size in megabytes (of 1,048,576 bytes) as the page's language writes numbers, to two decimals, rounded up
 * with `up` (a text just over the limit is never said to be the limit's size: "1.01 MB", not "1 MB").
 * @example megabytes(1100088, "en") // "1.05 MB"
 * @example megabytes(1048586, "en", true) // "1.01 MB"
 */
export function megabytes(bytes: number, lang: Lang, up = false): string {
  const mb = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-GB", { maximumFractionDigits: 2 }).format(up ? Math.ceil(mb * 100) / 100 : mb)} MB`;
}

/**
 * The sentence the page shows for a text the API did not check (never the API's English message on the Japanese
 * page, never an HTTP status or a count of bytes). `bytes` is the size of the text sent.
 * @example failureWords({ status: 413, code: "too-large", message: "… over the limit of 1048576 bytes …" }, 1100088, "en", t) // "the text is 1.05 MB, and the checker takes at most 1 MB at a time. Check it in parts."
 */
export function failureWords(f: CheckFailure, bytes: number, lang: Lang, t: T): string {
  switch (f.code) {
    case "empty":
      return t("check.error.empty");
    case "too-large": {
      const limit = /limit of (\d+) bytes/.exec(f.message)?.[1];
      return limit ? t("check.error.tooLarge", { size: megabytes(bytes, lang, true), limit: megabytes(Number(limit), lang) }) : t("check.error.tooLargeNoLimit", { size: megabytes(bytes, lang, true) });
    }
    case "result-too-large":
      return t("check.error.resultTooLarge");
    case "check-timeout":
      return t("check.error.timeout");
    case "busy":
      return t("check.error.busy");
    case "binary":
    case "encoding":
      return t("check.error.notText");
  }
  if (f.status === null) return t("check.error.unreachable");
  // Another failure (a server fault): the English page keeps the API's words, which say what happened.
  return lang === "ja" ? t("check.error.other") : `${t("check.error.other")} (${f.message})`;
}
