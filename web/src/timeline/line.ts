import type { EntityRef, StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { roleWords, type NameLookup, type RoleTables } from "../i18n/roles.js";
import { codedValueJa } from "../i18n/values.js";
import { roleContext, valueToken } from "../entity/sentences.js";
import { nameText } from "../entity/person-name.js";

/**
 * One statement of the timeline's list as the line reads: subject, the predicate's label, object or
 * value, role, place. Pure: the list renders the tokens (entities linked, a text in another language
 * than the page's marked English-only); the date is beside the line, in the page's style.
 */
export type LineToken = { text: string; lang?: Lang; part?: "predicate" | "value" | "role" } | { entity: EntityRef };

/**
 * The line of a statement in the page's language. A Japanese page gets the predicate's Japanese label,
 * the role in Japanese where a table or rule gives it (else English, `lang: "en"`), a coded value in
 * Japanese (else English, marked), full-width brackets and 場所 for the place; an attribute with a
 * Japanese role reads 「Xの<role>：<value>」.
 * @example timelineLine(chinaNuclear1964, "ja", undefined, tables) // [{entity: 中華人民共和国}, {text: "の"}, {text: "核兵器の保有状況", part: "role"}, {text: "："}, {text: "保有", part: "value"}]
 * @example timelineLine(chinaNuclear1964, "en") // [{entity: China}, {text: " "}, {text: "attribute", part: "predicate"}, {text: " "}, {text: "possessing", part: "value"}, {text: " ("}, {text: "nuclear weapons status (Bleek; NTI)", part: "role"}, {text: ")"}]
 */
export function timelineLine(s: StatementView, lang: Lang, names?: NameLookup, tables?: RoleTables): LineToken[] {
  const ja = lang === "ja";
  const role = s.role ? roleWords(s.role, lang, roleContext(s, names, tables)) : null;
  const value = s.value ? lineValue(s.value, s.role, lang) : null;
  if (ja && s.p === "attribute" && role?.lang === "ja" && value) {
    return [{ entity: s.subject }, { text: "の" }, { text: role.text, lang: role.lang, part: "role" }, { text: "：" }, value];
  }
  const tokens: LineToken[] = [{ entity: s.subject }, { text: " " }, { text: s.label[lang], part: "predicate" }];
  if (s.object) tokens.push({ text: " " }, { entity: s.object });
  if (value) tokens.push({ text: " " }, value);
  if (role) tokens.push({ text: ja ? "（" : " (" }, { text: role.text, lang: role.lang, part: "role" }, { text: ja ? "）" : ")" });
  if (s.at) tokens.push({ text: ja ? "（場所：" : " @ " }, { entity: s.at }, ...(ja ? [{ text: "）" }] : []));
  return tokens;
}

/** A value in the page's language: a dataset's coded word in Japanese, else as valueToken marks it. */
function lineValue(value: string, role: string | null, lang: Lang): LineToken {
  const coded = lang === "ja" ? codedValueJa(value, role) : null;
  return coded ? { text: coded, lang: "ja", part: "value" } : { ...valueToken(value, lang), part: "value" };
}

/**
 * The line as plain text (the chart's tooltip): on a Japanese page each English part is followed by
 * the English-only words, as the list marks it with a badge.
 * @example lineText(timelineLine(sakhalin1945, "ja", undefined, tables), "ja", "英語のみ") // "サハリン 属性 taken by the Soviet Union at the end of the Second World War［英語のみ］（南部）"
 */
export function lineText(tokens: readonly LineToken[], lang: Lang, englishOnly: string): string {
  return tokens
    .map((t) => ("entity" in t ? nameText(t.entity.name, lang, englishOnly) : t.lang && t.lang !== lang ? `${t.text}［${englishOnly}］` : t.text))
    .join("");
}
