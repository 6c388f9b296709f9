import type { EntityRef, StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { roleWords, type NameLookup, type RoleTables } from "../i18n/roles.js";
import { roleContext, sentence, valueInLanguage, valueToken, withNamesThen } from "../entity/sentences.js";
import { nameText } from "../entity/person-name.js";

/**
 * One statement of the timeline's list as the line reads: subject, the predicate's label, object or
 * value, role, place. Pure: the list renders the tokens (entities linked, a text in another language
 * than the page's marked English-only); the date is beside the line, in the page's style.
 */
export type LineToken = { text: string; lang?: Lang; part?: "predicate" | "value" | "role" } | { entity: EntityRef };
type TextToken = Extract<LineToken, { text: string }>;

/**
 * The line of a statement in the page's language. A Japanese page gets the predicate's Japanese label,
 * the role in Japanese where a table or rule gives it (else English, `lang: "en"`), a coded value in
 * Japanese (else English, marked), full-width brackets and 場所 for the place. An attribute is said as
 * the entity pages say it (sentences.ts, attribute-forms.ts), without the date shown beside the line:
 * 「Xの<role>：<value>」 only where the role is a noun X owns.
 * @example lineText(timelineLine(chinaNuclear1964, "ja", undefined, tables), "ja", "英語のみ") // "中華人民共和国の核兵器の保有状況：保有"
 * @example lineText(timelineLine(armsTradeTreatyAdopted, "en"), "en", "English only") // "The Arms Trade Treaty was adopted by the UN General Assembly in April 2013"
 * @example timelineLine(communiqueSigned, "en") // [{entity: Japan–China Joint Communiqué}, {text: " "}, {text: "signed", part: "predicate"}, {text: " in "}, {entity: Beijing}]
 */
export function timelineLine(given: StatementView, lang: Lang, names?: NameLookup, tables?: RoleTables): LineToken[] {
  const ja = lang === "ja";
  if (given.p === "attribute" && given.role) return attributeLine(given, lang, names, tables);
  // A value the data also gives in Japanese (value_ja) is written in Japanese on a Japanese page.
  // Named as then: 中華民国 on the Security Council from 1945, not 台湾.
  const s = valueInLanguage(withNamesThen(given), lang);
  const role = s.role ? roleWords(s.role, lang, roleContext(s, names, tables)) : null;
  const value = s.value ? lineValue(s.value, s.role, lang) : null;
  const tokens: LineToken[] = [{ entity: s.subject }, { text: " " }, { text: s.label[lang], part: "predicate" }];
  if (s.object) tokens.push({ text: " " }, { entity: s.object });
  if (value) tokens.push({ text: " " }, ...english(value));
  if (role) tokens.push({ text: ja ? "（" : " (" }, ...english({ text: role.text, lang: role.lang, part: "role" }), { text: ja ? "）" : ")" });
  // "signed in Beijing", not the data's "signed @ Beijing" (issue 15 named "occurred @" among the dump's marks).
  if (s.at) tokens.push({ text: ja ? "（場所：" : " in " }, { entity: s.at }, ...(ja ? [{ text: "）" }] : []));
  return tokens;
}

/**
 * An attribute as the entity pages' sentence, off its subject's page and without its date phrase: "The
 * Arms Trade Treaty was adopted by the UN General Assembly in April 2013", 武器貿易条約は2013年4月に国連総会で
 * 採択された, "China's nuclear weapons status: possessing", not "… attribute 2013-04 (adopted by …)" or
 * 武器貿易条約の国連総会で採択. English words inside a Japanese part are marked, as on the rest of the line.
 */
function attributeLine(s: StatementView, lang: Lang, names?: NameLookup, tables?: RoleTables): LineToken[] {
  return sentence(s, lang, names, tables, undefined, { undated: true }).flatMap((t): LineToken[] => {
    if ("entity" in t) return [t];
    const token: TextToken = { text: t.text, ...(t.lang && { lang: t.lang }), ...(t.part && { part: t.part }) };
    return lang === "ja" ? english(token) : [token];
  });
}

/** A run of English words (one with a lower-case letter: not an acronym such as ASEAN or COW). */
const ENGLISH_RUN = /[A-Za-z][A-Za-z.'’-]*(?:[ ,]+[A-Za-z][A-Za-z.'’-]*)*/g;

/**
 * A Japanese part split where it keeps English words: a mission's city the data names in English
 * only (総領事館（Nagoya）), a value in both languages. Those words become parts of their own,
 * `lang: "en"`, which the page marks English-only; an English part or an acronym is left as it is.
 * @example english({ text: "総領事館（Nagoya）", lang: "ja", part: "role" }) // [{ text: "総領事館（", lang: "ja", part: "role" }, { text: "Nagoya", lang: "en", part: "role" }, { text: "）", lang: "ja", part: "role" }]
 */
function english(token: TextToken): TextToken[] {
  if (token.lang === "en" || !/[a-z]/.test(token.text) || !/[\u3000-\u9fff\uff00-\uffef]/.test(token.text)) return [token];
  const parts: TextToken[] = [];
  let at = 0;
  for (const m of token.text.matchAll(ENGLISH_RUN)) {
    if (!/[a-z]/.test(m[0])) continue;
    if (m.index > at) parts.push({ ...token, text: token.text.slice(at, m.index) });
    parts.push({ ...token, text: m[0], lang: "en" });
    at = m.index + m[0].length;
  }
  if (at < token.text.length) parts.push({ ...token, text: token.text.slice(at) });
  return parts;
}

/** A value in the page's language, as valueToken writes it (a dataset's coded word in Japanese, English marked). */
function lineValue(value: string, role: string | null, lang: Lang): TextToken {
  return { ...valueToken(value, lang, role), part: "value" };
}

/**
 * The line as plain text (the chart's tooltip): on a Japanese page each English part is followed by
 * the English-only words, as the list marks it with a badge.
 * @example lineText(timelineLine(sakhalin1945, "ja", undefined, tables), "ja", "英語のみ") // "サハリンの南部：taken by the Soviet Union at the end of the Second World War［英語のみ］"
 */
export function lineText(tokens: readonly LineToken[], lang: Lang, englishOnly: string): string {
  return tokens
    .map((t) => ("entity" in t ? nameText(t.entity.name, lang, englishOnly) : t.lang && t.lang !== lang ? `${t.text}［${englishOnly}］` : t.text))
    .join("");
}
