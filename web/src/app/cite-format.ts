/**
 * How to cite a page of the explorer: APA 7, Chicago (notes and bibliography) and BibTeX, each naming
 * the data release the page was read from and the page's address (its date and language included), so
 * that a reader can find the same facts again. Pure: the access date is passed in.
 */
import { MONTH_NAMES as MONTHS } from "../i18n/months.js";

export interface CiteInput {
  /** The entity's id (for the BibTeX key). */
  id: string;
  name: { en: string; ja: string | null };
  /** The data release the page shows. */
  release: string;
  /** When the release was built (ISO), for the year. */
  builtAt: string;
  /** The page's full address. */
  url: string;
  /** The day the reader looked, YYYY-MM-DD. */
  accessed: string;
  lang: "en" | "ja";
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

const AUTHOR = "gaiko contributors";
const WORK = "gaiko: Japan's foreign relations";

/** "5 December 2026" as "December 5, 2026" (APA and Chicago write month first). */
function longDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** The page's title: in Japanese, the Japanese name with the English one as a translation in brackets. */
function titleOf(c: CiteInput): string {
  return c.lang === "ja" && c.name.ja && c.name.ja !== c.name.en ? `${c.name.ja} [${c.name.en}]` : c.name.en;
}

/** Escapes BibTeX's special characters in a field's text. */
function tex(s: string): string {
  return s.replace(/[\\{}%&#_$~^]/g, (ch) => (ch === "\\" ? "\\textbackslash{}" : ch === "~" ? "\\textasciitilde{}" : ch === "^" ? "\\textasciicircum{}" : `\\${ch}`));
}

/**
 * The three citations of one page.
 * @example citations({ id: "japan", name: { en: "Japan", ja: "日本" }, release: "07ba7fa2", builtAt: "2026-12-05T19:34:07Z", url: "https://gaiko.example/entity/japan", accessed: "2026-12-05", lang: "en" }).apa
 * // "gaiko contributors. (2026). Japan. In gaiko: Japan's foreign relations (Data release 07ba7fa2). Retrieved December 5, 2026, from https://gaiko.example/entity/japan"
 */
export function citations(c: CiteInput): Citations {
  const year = /^\d{4}/.exec(c.builtAt)?.[0] ?? c.accessed.slice(0, 4);
  const title = titleOf(c);
  const built = /^\d{4}-\d{2}-\d{2}/.exec(c.builtAt)?.[0];
  const apa = `${AUTHOR}. (${year}). ${title}. In ${WORK} (Data release ${c.release}). Retrieved ${longDate(c.accessed)}, from ${c.url}`;
  const chicago = `${AUTHOR}. “${title}.” ${WORK}. Data release ${c.release}${built ? `, ${longDate(built)}` : ""}. Accessed ${longDate(c.accessed)}. ${c.url}.`;
  const key = `gaiko-${c.id.replace(/[^A-Za-z0-9-]/g, "")}-${c.release.slice(0, 8).replace(/[^A-Za-z0-9]/g, "")}`;
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {${tex(title)}},`,
    `  howpublished = {${tex(WORK)}},`,
    `  year = {${year}},`,
    `  note = {Data release ${tex(c.release)}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.accessed}}`,
    `}`,
  ].join("\n");
  return { apa, chicago, bibtex };
}
