import type { Lang } from "../i18n/dict.js";
import { roleWords } from "../i18n/roles.js";
import { formatDate } from "../time/dates.js";

/** A piece of a name as shown: its text and the language it is written in. */
export interface NamePart {
  text: string;
  lang: Lang;
}

/**
 * The gloss the Archigos importer adds to a leader it knows only by the dataset's name:
 * "<leader>[ (<title>)] (leader of <state> from <year>)" (src/datasets/importers/leaders.ts).
 */
const GLOSSED = /^(.+?)(?: \(([^()]+)\))? \(leader of (.+) from (\d{4})\)$/;

/** The states such a gloss names, in Japanese (the importer reads Japan's leaders only). */
const STATES: Readonly<Record<string, { id: string; ja: string }>> = { Japan: { id: "japan", ja: "日本" } };

/**
 * An entity's name as a page in `lang` shows it. A name the data gives in Japanese is shown whole. A
 * name with no Japanese stays English, but on a Japanese page the parts that are not a name (an
 * importer's title and "leader of Japan from 1868") are written in Japanese: only the personal name is
 * English, and `english` says so (the page marks it 英語のみ).
 * @example nameParts({ en: "Mutsuhito (Emperor) (leader of Japan from 1868)", ja: null }, "ja") // { parts: [{ text: "Mutsuhito", lang: "en" }, { text: "（天皇、1868年から日本の指導者）", lang: "ja" }], english: true }
 * @example nameParts({ en: "Shigeru Yoshida", ja: "吉田茂" }, "ja") // { parts: [{ text: "吉田茂", lang: "ja" }], english: false }
 */
export function nameParts(name: { en: string; ja: string | null }, lang: Lang): { parts: NamePart[]; english: boolean } {
  if (lang === "en") return { parts: [{ text: name.en, lang: "en" }], english: false };
  if (name.ja) return { parts: [{ text: name.ja, lang: "ja" }], english: false };
  const m = GLOSSED.exec(name.en);
  const state = m ? STATES[m[3]!] : undefined;
  if (!m || !state) return { parts: [{ text: name.en, lang: "en" }], english: true };
  const [, personal, title, , year] = m;
  // A title the role rules write in Japanese ("Emperor" of Japan is 天皇); any other stays with the English name.
  const words = title ? roleWords(title.toLowerCase(), "ja", { polity: state.id }) : null;
  const glosses = [words?.lang === "ja" ? words.text : null, `${formatDate("ja", year!)}から${state.ja}の指導者`].filter((g) => g !== null);
  const english = title && words?.lang !== "ja" ? `${personal} (${title})` : personal!;
  return { parts: [{ text: english, lang: "en" }, { text: `（${glosses.join("、")}）`, lang: "ja" }], english: true };
}

/**
 * The name as plain text (a tooltip, a title): on a Japanese page an English name is followed by the
 * words of the English-only mark.
 * @example nameText({ en: "Mutsuhito (Emperor) (leader of Japan from 1868)", ja: null }, "ja", "英語のみ") // "Mutsuhito（天皇、1868年から日本の指導者）［英語のみ］"
 */
export function nameText(name: { en: string; ja: string | null }, lang: Lang, englishOnly: string): string {
  const { parts, english } = nameParts(name, lang);
  return parts.map((p) => p.text).join("") + (english ? `［${englishOnly}］` : "");
}
