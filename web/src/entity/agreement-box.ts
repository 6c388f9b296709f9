// What an agreement's fact box says besides its dates and parties: its type in words, and where to read its
// text. No agreement file has an address of its own (the schema has none), so the box had a "text" row that
// never showed; the text is a cited source that is the agreement itself: one whose title is one of the
// agreement's names, at an address in a collection of treaty texts.
import type { EntityView } from "../api/types.js";
import { message, type Lang } from "../i18n/dict.js";
import { typeWords } from "./words.js";

/**
 * Collections that publish the texts of treaties (an address there titled with the agreement's name is its
 * text, where an encyclopedia's article of the same title is not): the World and Japan database (GRIPS and
 * the University of Tokyo), Wikisource, the treaty pages of Japan's Ministry of Foreign Affairs, the UN
 * Treaty Series, Yale's Avalon Project.
 */
const TEXT_COLLECTIONS = [
  /^https?:\/\/(www\.)?worldjpn\.net\/documents\/texts\//,
  /^https?:\/\/www\.ioc\.u-tokyo\.ac\.jp\/(~|%7E)worldjpn\/documents\/texts\//i,
  /^https?:\/\/[a-z]+(\.m)?\.wikisource\.org\/wiki\/(?!Page:)/,
  /^https?:\/\/www\.mofa\.go\.jp\/mofaj\/gaiko\/treaty\/(htmls|pdfs)\//,
  /^https?:\/\/treaties\.un\.org\/doc\/Publication\/UNTS\//,
  /^https?:\/\/avalon\.law\.yale\.edu\//,
];

/** A title or name reduced to its words: case, accents, dashes, quotes and brackets do not tell two apart. */
function key(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export interface AgreementText {
  url: string;
  /** The address's host, as the link shows it ("worldjpn.net"). */
  host: string;
  /** The language the text is written in, from its title. */
  lang: Lang;
  /** The source it is, for its reference number. */
  source: string;
}

/**
 * The agreement's text among the sources its page cites (at most one per language, the page's language
 * first), or [] where none is its text.
 * @example agreementTexts(basicRelations1965, "en") // [{ url: "https://en.wikisource.org/wiki/Treaty_on_Basic_Relations_…", host: "en.wikisource.org", lang: "en", source: "web-wikisource-…" }]
 */
export function agreementTexts(view: Pick<EntityView, "entity" | "references">, lang: Lang): AgreementText[] {
  const names = new Set([view.entity.name.en, view.entity.name.ja ?? "", ...view.entity.aliases.map((a) => a.text)].filter(Boolean).map(key));
  const out = new Map<Lang, AgreementText>();
  for (const r of view.references ?? []) {
    if (!r.url || !TEXT_COLLECTIONS.some((c) => c.test(r.url!)) || !names.has(key(r.title))) continue;
    const written: Lang = /[\u3040-\u30ff\u3400-\u9fff]/.test(r.title) ? "ja" : "en";
    if (!out.has(written)) out.set(written, { url: r.url, host: new URL(r.url).hostname, lang: written, source: r.source });
  }
  return [...out.values()].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
}

/**
 * The agreement's type as the box's row says it, with its scope ("peace treaty, multilateral"; 平和条約・多国間),
 * or null where the data says only "other" and no scope.
 * @example agreementType("peace", "multilateral", "ja") // "平和条約・多国間"
 */
export function agreementType(type: string | null, scope: unknown, lang: Lang): string | null {
  const words = typeWords(type, lang);
  const scoped = scope === "bilateral" || scope === "multilateral" ? message(lang, `entity.scope.${scope}`) : null;
  const parts = [words, scoped].filter((x): x is string => x !== null);
  return parts.length ? parts.join(lang === "ja" ? "・" : ", ") : null;
}
