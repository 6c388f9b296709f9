import type { Lang } from "../i18n/dict.js";

/** Sample texts for the checker: a contradicted date, supported claims, and loaded wording. */
export const SAMPLE_TEXT: Record<Lang, string> = {
  en:
    "Japan and China signed a peace treaty in 1972. Japan and China normalised relations on 29 September 1972. " +
    "Japan joined the United Nations in 1956. The Treaty of San Francisco was signed in 1951. " +
    "South Korea and Japan established diplomatic relations in 1965. " +
    "Critics say the shameful so-called settlement was obviously a betrayal, and Tokyo clearly gave up too much.",
  ja: "日本と中国は1972年に平和条約に署名した。日本と中国は1972年9月29日に国交を正常化した。日本は1956年に国際連合に加盟した。批評家によれば、このいわゆる合意は明らかに裏切りだった。",
};
