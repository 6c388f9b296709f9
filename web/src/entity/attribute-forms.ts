import type { StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { stateTakesThe } from "../../../src/model/articles.js";

/**
 * How an attribute's role (`p: attribute`, e.g. "capital", "refused to sign", "Japan concludes the
 * treaty") is said. A role is one of four kinds of words, and each has its own sentence:
 *
 * - a noun phrase the subject owns: "China's capital: Beijing", 中国の首都：北京 (the predicate's own forms);
 * - something said of the subject itself ("first visit to China by a Japanese emperor: yes", "capital
 *   of Japan: Tokyo" on Tokyo): "Tokyo has been the capital of Japan since 1869", 東京は1869年から日本の首都である;
 * - a passive predicate whose value is its date ("adopted by the UN General Assembly: 2013-04"): "The
 *   Arms Trade Treaty was adopted by the UN General Assembly in April 2013", 武器貿易条約は2013年4月に国連総会で採択された;
 * - a clause or a predicate that is no noun ("refused to sign", "Japan concludes the treaty", "Korean name"):
 *   a line headed by the role ("Refused to sign: …", 署名拒否：…), and where its value is its date, the
 *   clause in the past tense ("Japan concluded the treaty on 9 May 2014", 2014年5月9日、日本が条約を締結した).
 *
 * A role headed line names the subject only off its own page (an attribute is shown on the page of its
 * place too): "The Joint Statement — issued: …". The kind is read from the words, never from a list of roles.
 */
export type AttributeKind = "noun" | "holder" | "passive" | "clause" | "label";

/** The forms of one language, with the role's words where the sentence changes them (a past tense, した). */
export interface AttributeForms {
  forms: { point: string; open: string; closed: string };
  /** The role's words to write instead of the table's (a clause in the past tense); null keeps them. */
  role: string | null;
}

/** Past participles that do not end in -ed, and the adjectives a role uses as its predicate ("absent"). */
const PARTICIPLES = new Set(
  "built held made taken given known sent kept left paid brought found set seen written drawn chosen withdrawn laid led won met begun broken spoken struck sold told bought caught taught put cut shut hit let read run become come done gone born borne shown thrown torn worn sworn absent".split(" "),
);

/** Words ending in -ed that are no verb's: "seed wording", "hundred". */
const NOT_PARTICIPLE = /^(?:[a-z]{0,2}eed|speed|breed|creed|greed|steed|tweed|bed|red|shed|sled|hundred|kindred)$/;

/** Past tenses that do not end in -ed, by the present (third person) a role writes. */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  gives: "gave", withdraws: "withdrew", takes: "took", makes: "made", holds: "held", sends: "sent", keeps: "kept",
  leaves: "left", pays: "paid", brings: "brought", finds: "found", sets: "set", puts: "put", wins: "won", meets: "met",
  begins: "began", becomes: "became", comes: "came", goes: "went", says: "said", sees: "saw", tells: "told", is: "was",
  has: "had", does: "did", leads: "led", lays: "laid", sells: "sold", breaks: "broke", speaks: "spoke", chooses: "chose",
};
const PAST_FORMS = new Set(Object.values(IRREGULAR_PAST));

/** Words after which a verb has its object or complement: "refused to sign", "replaced the 1972 agreement". */
const OBJECT_START = /^(?:(?:to|the|a|an|its|his|her|their|that|this|these|those)$|[\p{Lu}\d])/u;

/** What follows a passive participle: nothing, a preposition or an adverb ("adopted by …", "applied provisionally …"), not a noun ("revised agreement"). */
const PASSIVE_NEXT = /^(?:by|at|in|for|from|on|as|with|under|until|into|over|after|before|during|[a-z]+ly),?$/;

/** A preposition that wants the value after it: "first prime-ministerial visit since: 1985", "described as". */
const ENDS_IN_PREPOSITION = /\b(?:since|by|for|from|as|to|at|in|on|with|of|until|after|before|into|over)$/;

/** Roles that open with a superlative or an ordinal are one thing the subject was ("first visit …: yes"). */
const SUPERLATIVE = /^(?:first|last|only|second|third|fourth|fifth|largest|biggest|oldest|youngest)\b/;

/** A value that is a day or a month, or a date of any precision with its qualifier (EDTF: "1890-11-23?", "1578?"). */
const DAY_OR_MONTH = /^\d{4}(?:-\d{2}(?:-\d{2})?[~?%]?|(?:-\d{2}){0,2}[~?%])$/;

/** Whether a value is the statement's date: a day or a month, or a year that is the statement's own time. */
function isDated(value: string, time: string | null): boolean {
  return DAY_OR_MONTH.test(value) || (/^\d{4}$/.test(value) && time === value);
}

const words = (role: string) => role.split(/\s+/);

/** Whether a word is a verb's past participle (or a predicate adjective): "adopted", "built", "absent"; not "seed". */
function participle(word: string): boolean {
  return (/^[a-z][a-z-]*ed$/.test(word) && !NOT_PARTICIPLE.test(word)) || PARTICIPLES.has(word);
}

/** The role's head word after a leading adverb ("provisionally applied …"), and what follows it. */
function head(role: string): { first: string; rest: string[] } {
  const w = words(role);
  const skip = w.length > 1 && /^[a-z]+ly$/.test(w[0]!) ? 1 : 0;
  return { first: w[skip] ?? "", rest: w.slice(skip + 1) };
}

/**
 * A finite verb after the role's first word: "Japan concludes the treaty", "United States withdraws",
 * "ministerial meeting decided the acquisition"; -1 where there is none. The words before it are its subject,
 * all names or all common words: in "year Japan joined the ITU" the verb is in a clause on "year".
 */
function finiteVerbAt(role: string): number {
  const w = words(role);
  for (let i = 1; i < w.length; i++) {
    const word = w[i]!;
    const next = w[i + 1];
    const before = w.slice(0, i);
    const names = before.every((x) => /^\p{Lu}/u.test(x));
    if (!names && !before.every((x) => /^[a-z]/.test(x))) return -1;
    if (PAST_FORMS.has(word) || Object.hasOwn(IRREGULAR_PAST, word)) return i;
    // Only a verb is followed by its object; a plural noun ("normalisation talks to resume", "Japanese patrols")
    // or a participle ending the role ("Japanese Peruvians deported") is not.
    if (word.length < 4) continue;
    if (/^[a-z]+ed$/.test(word) && !NOT_PARTICIPLE.test(word) && next !== undefined && /^(?:the|a|an|its|their|to|that)$/.test(next)) return i;
    if (/^[a-z]+s$/.test(word) && !/(?:ss|us|is)$/.test(word) && next !== undefined && /^(?:the|a|an|its|their|that)$/.test(next)) return i;
    // A clause with its subject named: "United States withdraws", "Japan announces acceptance".
    if (i <= 3 && names && /^[a-z]+s$/.test(word) && !/(?:ss|us|is)$/.test(word)) return i;
  }
  return -1;
}

/** A participle after a noun, the role's head: "agreement reached", "amending protocol signed in Tokyo". */
function participleAfterNoun(role: string): boolean {
  const w = words(role);
  const i = w.findIndex((x, k) => k > 0 && participle(x));
  return i > 0 && w.slice(0, i).every((x) => /^[a-z]/.test(x)) && (w[i + 1] === undefined || !OBJECT_START.test(w[i + 1]!));
}

/**
 * The English kind of a role on a subject named `subject` with the value `value`.
 * @example englishKind("capital (GGO)", "China", "Beijing") // "noun"
 * @example englishKind("refused to sign", "Korean Armistice Agreement", "Republic of Korea") // "label"
 * @example englishKind("adopted by the UN General Assembly", "Arms Trade Treaty", "2013-04") // "passive"
 * @example englishKind("Japan concludes the treaty", "Arms Trade Treaty", "2014-05-09") // "clause"
 * @example englishKind("first TICAD held in Africa", "TICAD VI", "yes") // "holder"
 */
export function englishKind(role: string, subject: string, value: string | null, time: string | null = null): AttributeKind {
  const v = value ?? "";
  // The value is the sentence's date only where the statement has no other time.
  const own = !time || time === v;
  const dated = own && isDated(v, time);
  // "yes" says the role of the subject only where the role is a thing of the subject's kind: a visit's
  // "first visit to China by …", not an arrival's "first documented Europeans to reach Japan".
  // A value that is the subject's own name makes it the holder of a role that ties it to another ("capital of
  // Japan: Tokyo" on Tokyo), not of a bare noun it owns ("name: Japan–Taiwan Exchange Association" is its name).
  if ((v === "yes" && SUPERLATIVE.test(role) && headNoun(role) === headNoun(subject)) || (v !== "" && v === subject && /\s(?:of|to|in|for|at|on|with|between)\s/.test(role))) return "holder";
  const { first, rest } = head(role);
  const verbFirst = /^[a-z]/.test(first) && participle(first);
  // A bare year is a date only for a passive ("built: 1192"); elsewhere it may be a count ("American deaths: 2403").
  if (own && (DAY_OR_MONTH.test(v) || /^\d{4}$/.test(v)) && verbFirst && (rest.length === 0 || PASSIVE_NEXT.test(rest[0]!))) return "passive";
  if (dated && (finiteVerbAt(role) > 0 || participleAfterNoun(role))) return "clause";
  if (verbFirst || finiteVerbAt(role) > 0 || ENDS_IN_PREPOSITION.test(role) || v === "yes") return "label";
  // A role that opens with a name or a demonym ("Japanese negotiator", "Japan's position", "Korean name"), or
  // that names the subject itself ("year Japan joined the ITU" on Japan), has a holder of its own.
  if (/^\p{Lu}/u.test(role) || namesSubject(role, subject)) return "label";
  return "noun";
}

/**
 * The head noun of a name or a role, lower-cased: the last word before its first preposition or participle.
 * @example headNoun("Jiang Zemin's state visit to Japan (1998)") // "visit"
 * @example headNoun("first equal treaty of Japan with a non-Asian country") // "treaty"
 */
export function headNoun(name: string): string {
  const bare = name.replace(/^.*['’]s\s+/u, "").replace(/\s*\(.*$/, "");
  const w = words(bare);
  const end = w.findIndex((x, i) => i > 0 && (/^(?:of|to|by|in|with|for|at|on|since|from|between|abroad|during)$/.test(x) || participle(x)));
  const last = (end < 0 ? w : w.slice(0, end)).pop() ?? "";
  return last.toLowerCase();
}

function namesSubject(role: string, subject: string): boolean {
  const name = subject.replace(/^the /i, "").trim();
  if (!name) return false;
  return new RegExp(`(?:^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(role);
}

/**
 * A clause in the past tense: "Japan concludes the treaty" → "Japan concluded the treaty", "United
 * States withdraws" → "The United States withdrew"; a clause already past stays.
 * @example pastClause("Japan notifies the depositary") // "Japan notified the depositary"
 */
export function pastClause(role: string): string {
  const w = words(role);
  const i = finiteVerbAt(role);
  if (i > 0) {
    const verb = w[i]!;
    w[i] = IRREGULAR_PAST[verb] ?? (PAST_FORMS.has(verb) || /ed$/.test(verb) ? verb : regularPast(verb));
  }
  const subject = w.slice(0, Math.max(i, 0)).join(" ");
  const said = w.join(" ");
  return i > 0 && /^\p{Lu}/u.test(subject) && stateTakesThe(subject) ? `The ${said}` : said;
}

function regularPast(verb: string): string {
  if (/ies$/.test(verb)) return verb.slice(0, -3) + "ied";
  if (/(?:ch|sh|ss|x|z)es$/.test(verb)) return verb.slice(0, -2) + "ed";
  const base = verb.slice(0, -1);
  return /e$/.test(base) ? `${base}d` : `${base}ed`;
}

/** A Japanese role that is a clause: it ends in its verb (…を締結, …で採択, …が承認, …を築いた), not in a noun. */
const JA_CLAUSE = /(?:(?:で|に|を|が|として|について|により)[\p{Script=Han}]{1,4}|[^\p{Script=Han}]た)(?:（[^（）]*）)?$/u;

/** The Japanese verb made finite before any closing bracket: 日本が条約を締結 → 日本が条約を締結した. */
function jaFinite(role: string, ending: "した" | "された"): string {
  if (/た(?:（[^（）]*）)?$/.test(role)) return role;
  const m = /^(.*?)((?:（[^（）]*）)?)$/u.exec(role)!;
  return `${m[1]}${ending}${m[2]}`;
}

/**
 * The Japanese kind of a role, given its Japanese words and the English kind: a passive clause (…で採択),
 * an active one, a noun the subject owns (の), or a line headed by the role.
 * @example japaneseKind("国連総会で採択", "passive", "武器貿易条約", true) // "passive"
 * @example japaneseKind("日本が条約を締結", "clause", "武器貿易条約", true) // "clause"
 * @example japaneseKind("首都", "noun", "中国", false) // "noun"
 * @example japaneseKind("署名拒否", "label", "朝鮮戦争休戦協定", false) // "noun"
 */
export function japaneseKind(roleJa: string, english: AttributeKind, subjectJa: string, dated: boolean, yes = false): AttributeKind {
  if (english === "holder") return "holder";
  const clause = JA_CLAUSE.test(roleJa);
  if (dated && clause) return english === "passive" && !roleJa.includes("が") ? "passive" : "clause";
  // A noun phrase is the subject's with の whatever English makes of it (署名拒否, 日本の立場); one with a
  // subject of its own (日本が拒否した要求) or naming the page's subject again is not, nor a bare "yes" (はい).
  if (yes || clause || roleJa.includes("が") || (subjectJa !== "" && roleJa.includes(subjectJa))) return "label";
  return "noun";
}

/**
 * The forms for an attribute, or null where the predicate's own forms say it (a noun the subject owns).
 * {vdate} is the value written as a date; a role-headed line names the subject only off its own page, and
 * only where the role does not name it.
 * @example attributeForms(armsTradeTreatyAdopted, { text: "adopted by the UN General Assembly", lang: "en" }, "en", true)?.forms.point // "{s} was {role} on {vdate}"
 */
export function attributeForms(s: StatementView, role: { text: string; lang: Lang }, lang: Lang, onOwnPage: boolean): AttributeForms | null {
  // A role that names its subject ("year Japan joined the ITU", ダーウィン空襲の総回数) needs it said no more, on any page.
  const ownPage = onOwnPage || (lang === "en" ? namesSubject(role.text, s.subject.name.en) : !!s.subject.name.ja && role.text.includes(s.subject.name.ja));
  // The data's own value (`s` as given, not the page's value_ja): "yes", a date, the subject's English name.
  const value = s.value ?? null;
  const english = englishKind(s.role ?? role.text, s.subject.name.en, value, s.time);
  // A passive's bare year ("built: 1192") is its date too; any other date is said once, where the statement has no other time.
  const dated = (english === "passive" || isDated(value ?? "", s.time)) && (!s.time || s.time === value);
  // A role with no Japanese words heads its line on a Japanese page: no の before English words.
  const kind = lang === "en" || role.lang !== "ja" ? (lang === "ja" && english !== "holder" ? "label" : english) : japaneseKind(role.text, english, s.subject.name.ja ?? "", dated, value === "yes");
  const same = (f: string) => ({ point: f, open: f, closed: f });
  // A noun the subject owns keeps the predicate's own forms, but for a value that is its date ("建設：1192年").
  if (kind === "noun") return dated && lang === "ja" ? { role: null, forms: same("{s}の{role}：{vdate}") } : null;
  if (lang === "en") {
    if (kind === "holder") return { role: null, forms: { point: "{s} was the {role} on {date}", open: "{s} has been the {role} since {from}", closed: "{s} was the {role} from {from} to {to}" } };
    const on = ENDS_IN_PREPOSITION.test(role.text) ? " " : " on ";
    if (kind === "passive") return { role: null, forms: same(`{s} was {role}${on}{vdate}`) };
    if (kind === "clause") {
      const past = pastClause(role.text);
      return { role: ownPage ? past : past.replace(/^The /, "the "), forms: same(ownPage ? `{Role}${on}{vdate}` : `{s}: {role}${on}{vdate}`) };
    }
    // "First prime-ministerial visit since 1985", "Lifting announced by Chief Cabinet Secretary …"; but
    // "Relations since: economic and cultural …", where "since" is no preposition of the value.
    const join = ENDS_IN_PREPOSITION.test(role.text) && /^[\p{Lu}\d]/u.test(value ?? "") ? " " : ": ";
    const said = value === "yes" || value === null ? "" : `${join}${dated ? "{vdate}" : "{value}"}`;
    const head = ownPage ? `{Role}${said}` : `{s} — {role}${said}`;
    const when = dated ? { point: head, open: head, closed: head } : { point: `${head}, {date}`, open: `${head}, since {from}`, closed: `${head}, from {from} to {to}` };
    return { role: null, forms: when };
  }
  if (kind === "holder") return { role: null, forms: { point: "{s}は{role}だった（{date}）", open: "{s}は{from}から{role}である", closed: "{s}は{from}から{to}まで{role}だった" } };
  if (kind === "passive") return { role: jaFinite(role.text, "された"), forms: same("{s}は{vdate}に{role}") };
  if (kind === "clause") return { role: jaFinite(role.text, "した"), forms: same(ownPage ? "{vdate}、{role}" : "{vdate}、{role}（{s}）") };
  const said = value === "yes" || value === null ? "" : `：${dated ? "{vdate}" : "{value}"}`;
  const head = ownPage ? `{role}${said}` : `{role}（{s}）${said}`;
  return { role: null, forms: dated ? same(head) : { point: `${head}（{date}）`, open: `${head}（{from}から）`, closed: `${head}（{from}から{to}まで）` } };
}
