import type { EntityRef, StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { roleWords, type NameLookup, type RoleContext, type RoleTables } from "../i18n/roles.js";
import { takesThe } from "./articles.js";
import { codedValueJa } from "../i18n/values.js";
import { undatedNames } from "./dated-name.js";
import { MONTH_NAMES as MONTHS } from "../i18n/months.js";
import { attributeForms } from "./attribute-forms.js";

/**
 * A statement as a sentence a reader would write ("Japan and China established diplomatic relations
 * on 29 September 1972"; 日本と中国は1972年9月29日に外交関係を樹立した). Pure: the page renders the
 * tokens, linking the entities; a date token keeps its EDTF date (for <time> and the era date); the data's
 * value and role are marked (`part`), which a list that shows them apart (the timeline's line) styles.
 */
export type Token = { text: string; lang?: Lang; date?: string; part?: "value" | "role" } | { entity: EntityRef };

/** [since a date, from one date to another, on a date (point predicates)] per language. */
type Forms = { open?: string; closed?: string; point?: string };
const T: Record<string, { en: Forms; ja: Forms }> = {
  "diplomatic-relations": {
    en: { open: "{s} and {o} established diplomatic relations on {from}", closed: "{s} and {o} had diplomatic relations from {from} to {to}" },
    ja: { open: "{s}と{o}は{from}に外交関係を樹立した", closed: "{s}と{o}は{from}から{to}まで外交関係にあった" },
  },
  "no-relations": {
    en: { open: "{s} and {o} have had no diplomatic relations since {from}", closed: "{s} and {o} had no diplomatic relations from {from} to {to}" },
    ja: { open: "{s}と{o}は{from}から国交がない", closed: "{s}と{o}は{from}から{to}まで国交がなかった" },
  },
  recognizes: { en: { open: "{s} recognised {o} on {from}", closed: "{s} recognised {o} from {from} to {to}" }, ja: { open: "{s}は{from}に{o}を承認した", closed: "{s}は{from}から{to}まで{o}を承認していた" } },
  "at-war": { en: { open: "{s} and {o} have been at war since {from}", closed: "{s} and {o} were at war from {from} to {to}" }, ja: { open: "{s}と{o}は{from}から戦争状態にある", closed: "{s}と{o}は{from}から{to}まで戦争状態にあった" } },
  alliance: { en: { open: "{s} and {o} have been allies since {from}", closed: "{s} and {o} were allies from {from} to {to}" }, ja: { open: "{s}と{o}は{from}から同盟関係にある", closed: "{s}と{o}は{from}から{to}まで同盟関係にあった" } },
  occupies: { en: { open: "{s} has occupied {o} since {from}", closed: "{s} occupied {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}を占領している", closed: "{s}は{from}から{to}まで{o}を占領した" } },
  rules: { en: { open: "{s} has ruled {o} since {from}", closed: "{s} ruled {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}を統治している", closed: "{s}は{from}から{to}まで{o}を統治した" } },
  administers: { en: { open: "{s} has administered {o} since {from}", closed: "{s} administered {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}を施政下に置いている", closed: "{s}は{from}から{to}まで{o}を施政下に置いた" } },
  claims: { en: { open: "{s} has claimed {o} since {from}", closed: "{s} claimed {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}の領有権を主張している", closed: "{s}は{from}から{to}まで{o}の領有権を主張した" } },
  "successor-of": { en: { point: "{s} succeeded {o} on {date}" }, ja: { point: "{s}は{date}に{o}を継承した" } },
  "holds-territory": { en: { open: "{s} has held the territory of {o} {role} since {from}", closed: "{s} held the territory of {o} {role} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}の領域を{role}保有している", closed: "{s}は{from}から{to}まで{o}の領域を{role}保有した" } },
  "member-of": { en: { open: "{s} has been a member of {o} since {from}", closed: "{s} was a member of {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}に加盟している", closed: "{s}は{from}から{to}まで{o}に加盟していた" } },
  "observer-of": { en: { open: "{s} has been an observer at {o} since {from}", closed: "{s} was an observer at {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}のオブザーバーである", closed: "{s}は{from}から{to}まで{o}のオブザーバーだった" } },
  signed: { en: { point: "{s} was signed on {date}" }, ja: { point: "{s}は{date}に署名された" } },
  "in-force": { en: { open: "{s} has been in force since {from}", closed: "{s} was in force from {from} to {to}" }, ja: { open: "{s}は{from}に発効した", closed: "{s}は{from}から{to}まで効力を有した" } },
  "superseded-by": { en: { point: "{s} was superseded by {o} on {date}" }, ja: { point: "{s}は{date}に{o}に引き継がれた" } },
  "party-to": { en: { open: "{s} has been a party to {o} since {from}", closed: "{s} was a party to {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}の締約国である", closed: "{s}は{from}から{to}まで{o}の締約国だった" } },
  "signatory-of": { en: { point: "{s} signed {o} on {date}" }, ja: { point: "{s}は{date}に{o}に署名した" } },
  "holds-office": { en: { open: "{s} has been {role} of {o} since {from}", closed: "{s} was {role} of {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}の{role}を務めている", closed: "{s}は{from}から{to}まで{o}の{role}を務めた" } },
  born: { en: { point: "{s} was born on {date}" }, ja: { point: "{s}は{date}に生まれた" } },
  died: { en: { point: "{s} died on {date}" }, ja: { point: "{s}は{date}に死去した" } },
  occurred: { en: { point: "{s} took place on {date}", closed: "{s} lasted from {from} to {to}", open: "{s} began on {from}" }, ja: { point: "{s}は{date}に起きた", closed: "{s}は{from}から{to}まで続いた", open: "{s}は{from}に始まった" } },
  participant: { en: { point: "{o} took part in {s}" }, ja: { point: "{o}は{s}に参加した" } },
  concerns: { en: { point: "{s} concerns {o}" }, ja: { point: "{s}は{o}に関わる" } },
  "located-in": { en: { point: "{s} is in {o}" }, ja: { point: "{s}は{o}にある" } },
  adopted: { en: { point: "{s} was adopted on {date}" }, ja: { point: "{s}は{date}に採択された" } },
  "in-effect": { en: { open: "{s} has been in effect since {from}", closed: "{s} was in effect from {from} to {to}" }, ja: { open: "{s}は{from}から有効である", closed: "{s}は{from}から{to}まで有効だった" } },
  "proposed-by": { en: { point: "{s} was proposed by {o}" }, ja: { point: "{s}は{o}が提唱した" } },
  founded: { en: { point: "{s} was founded on {date}" }, ja: { point: "{s}は{date}に設立された" } },
  "diplomatic-mission": { en: { open: "{s} has had a diplomatic mission in {o} since {from}", closed: "{s} had a diplomatic mission in {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}に在外公館を置いている", closed: "{s}は{from}から{to}まで{o}に在外公館を置いた" } },
  obligation: { en: { open: "{s} has owed {o} an alliance obligation since {from}", closed: "{s} owed {o} an alliance obligation from {from} to {to}" }, ja: { open: "{s}は{from}から{o}に対して同盟上の義務を負う", closed: "{s}は{from}から{to}まで{o}に対して同盟上の義務を負った" } },
  representation: { en: { open: "{s} has been diplomatically represented in {o} since {from}", closed: "{s} was diplomatically represented in {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}に外交代表を置いている", closed: "{s}は{from}から{to}まで{o}に外交代表を置いた" } },
  "system-member": { en: { open: "{s} has been a member of the interstate system since {from}", closed: "{s} was a member of the interstate system from {from} to {to}" }, ja: { open: "{s}は{from}から国家システムの一員である", closed: "{s}は{from}から{to}まで国家システムの一員だった" } },
  contiguous: { en: { open: "{s} and {o} have been neighbours since {from}", closed: "{s} and {o} were neighbours from {from} to {to}" }, ja: { open: "{s}と{o}は{from}から隣接している", closed: "{s}と{o}は{from}から{to}まで隣接していた" } },
  sanctions: { en: { open: "{s} has imposed sanctions on {o} since {from}", closed: "{s} imposed sanctions on {o} from {from} to {to}" }, ja: { open: "{s}は{from}から{o}に制裁を科している", closed: "{s}は{from}から{to}まで{o}に制裁を科した" } },
  exists: { en: { open: "{s} has existed since {from}", closed: "{s} existed from {from} to {to}" }, ja: { open: "{s}は{from}から存在する", closed: "{s}は{from}から{to}まで存在した" } },
  attribute: {
    en: { point: "{s}'s {role}: {value}, {date}", open: "{s}'s {role}: {value}, since {from}", closed: "{s}'s {role}: {value}, from {from} to {to}" },
    ja: { point: "{s}の{role}：{value}（{date}）", open: "{s}の{role}：{value}（{from}から）", closed: "{s}の{role}：{value}（{from}から{to}まで）" },
  },
  "related-to": { en: { point: "{s} is related to {o}" }, ja: { point: "{s}は{o}と関連する" } },
};

/**
 * An undated membership whose standing today nothing records (the data gives neither its end nor that all it
 * names still stands): said as the joining, which is true either way. "The United States has been a member of
 * the Allied Council for Japan" claimed a council that no longer meets; "became a member" does not.
 */
const BECAME: Readonly<Partial<Record<string, { en: string; ja: string }>>> = {
  "party-to": { en: "{s} became a party to {o}", ja: "{s}は{o}の締約国となった" },
  "member-of": { en: "{s} became a member of {o}", ja: "{s}は{o}に加盟した" },
  "observer-of": { en: "{s} became an observer at {o}", ja: "{s}は{o}のオブザーバーとなった" },
};

/**
 * The statement as it read when it began: its subject and object under the names they went by then (the API's
 * `subjectThen`, `objectThen`), ids and links unchanged — the China seat of 1945 was the Republic of China's
 * (中華民国), not Taiwan's.
 * @example withNamesThen({ ...taiwanOnSecurityCouncil, subjectThen: { en: "Republic of China", ja: "中華民国" } }).subject.name.ja // "中華民国"
 */
export function withNamesThen(s: StatementView): StatementView {
  if (!s.subjectThen && !s.objectThen) return s;
  return {
    ...s,
    subject: s.subjectThen ? { ...s.subject, name: s.subjectThen } : s.subject,
    object: s.object && s.objectThen ? { ...s.object, name: s.objectThen } : s.object,
  };
}

/**
 * The form a statement takes in the tense of today: one whose span runs on (undated, or "since …") but whose
 * subject, object or agreement has ended (`standing: "over"`) is told in the past ("was a party to", 締約国だった),
 * from its start where it has one; an undated membership of unknown standing as its joining (BECAME).
 */
function inTense(form: string, forms: Forms, s: StatementView, open: boolean, lang: Lang): string {
  if (s.standing === "over" && forms.closed && (open || !s.time)) return forms.closed.replace(lang === "ja" ? "{to}まで" : " to {to}", "");
  const became = BECAME[s.p];
  if (s.standing === "unknown" && !s.time && became) return became[lang];
  return form;
}

/**
 * Statements whose dispute is the claim's object or the attribute's subject: "Japan has claimed the
 * Kashmir dispute" and "…dispute's Japan's position on …" would be nonsense, so a claim on a dispute
 * is a side's position in it (its note) or its being a party to it, and a dispute's attribute is
 * said to be "in" it. {the} is "the" before a dispute named as one (see disputeArticle).
 */
const DISPUTE: Record<"position" | "party" | "attribute", { en: Forms; ja: Forms }> = {
  position: {
    en: { open: "{s}'s position in {the}{o} since {from}: {note}", closed: "{s}'s position in {the}{o} from {from} to {to}: {note}", point: "{s}'s position in {the}{o}, {date}: {note}" },
    ja: { open: "{o}における{s}の立場（{from}から）：{note}", closed: "{o}における{s}の立場（{from}から{to}まで）：{note}", point: "{o}における{s}の立場（{date}）：{note}" },
  },
  party: {
    en: { open: "{s} has been a party to {the}{o} since {from}", closed: "{s} was a party to {the}{o} from {from} to {to}" },
    ja: { open: "{s}は{from}から{o}の当事国である", closed: "{s}は{from}から{to}まで{o}の当事国だった" },
  },
  attribute: {
    en: { point: "{Role} in {the}{s}: {value}, {date}", open: "{Role} in {the}{s}: {value}, since {from}", closed: "{Role} in {the}{s}: {value}, from {from} to {to}" },
    ja: { point: "{s}における{role}：{value}（{date}）", open: "{s}における{role}：{value}（{from}から）", closed: "{s}における{role}：{value}（{from}から{to}まで）" },
  },
};

/**
 * Whether an entity is a dispute named as a dispute ("Kashmir dispute", "Japanese history textbook
 * controversy"), which English writes with "the"; an ICOW claim is named by its area and is claimed as one.
 * @example disputeArticle({ id: "kashmir-dispute", kind: "dispute", name: { en: "Kashmir dispute" } }) // true
 */
export function disputeArticle(e: EntityRef | null): boolean {
  return e?.kind === "dispute" && /\b(dispute|controversy|issue|question|problem)$/i.test(e.name.en);
}

/**
 * A participant on the event's own page: "John Howard took part", not "John Howard took part in Abe's
 * visit to Australia for the APEC leaders' meeting in Sydney (September 2007)" seven times over.
 */
function ownEventForms(s: StatementView, selfId: string | undefined): { en: Forms; ja: Forms } | null {
  return s.p === "participant" && selfId !== undefined && s.subject.id === selfId ? { en: { point: "{o} took part" }, ja: { point: "{o}が参加した" } } : null;
}

/**
 * A related-to statement whose role is a relation of its own, said as one: "The Cambodian civil war began
 * with the 1970 Cambodian coup", where the page read "… is related to the 1970 Cambodian coup (began with)".
 */
const RELATED: Readonly<Record<string, { en: Forms; ja: Forms }>> = {
  "began with": { en: { point: "{s} began with {o}" }, ja: { point: "{s}は{o}に始まった" } },
  "ended by": { en: { point: "{s} was ended by {o}" }, ja: { point: "{s}は{o}により終わった" } },
  "part of": { en: { point: "{s} was part of {o}" }, ja: { point: "{s}は{o}の一部だった" } },
};

/**
 * Whether a statement's sentence says its note (a side's position in a dispute); no other sentence does.
 * @example writesNote({ ...japanKurilClaim, note: "Japan regards the islands as its inherent territory" }) // true
 */
export function writesNote(s: Pick<StatementView, "p" | "object" | "note">): boolean {
  return s.p === "claims" && s.object?.kind === "dispute" && !!s.note;
}

/** The forms for a statement about a dispute that the predicate's own forms would say badly, if any. */
function disputeForms(s: StatementView): { en: Forms; ja: Forms } | null {
  if (s.p === "claims" && s.object?.kind === "dispute" && (s.note || disputeArticle(s.object))) return s.note ? DISPUTE.position : DISPUTE.party;
  if (s.p === "attribute" && s.subject.kind === "dispute") return DISPUTE.attribute;
  return null;
}


/**
 * One EDTF date (a day, month or year, perhaps approximate) written out in full, keeping its precision.
 * @example longDate("1972-09-29", "en") // "29 September 1972"
 * @example longDate("1590", "ja") // "1590年"
 */
export function longDate(date: string, lang: Lang): string {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/.exec(date);
  if (!m) return date;
  const [, y, mo, d, q] = m;
  const month = mo ? Number(mo) : null;
  const day = d ? Number(d) : null;
  if (lang === "ja") return `${Number(y)}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}${q ? "頃" : ""}`;
  const text = [day, month ? MONTHS[month - 1] : null, Number(y)].filter((x) => x !== null).join(" ");
  return q ? `about ${text}` : text;
}

/**
 * What English adds to a name to make it possessive: "'s", a bare apostrophe after a plural ("Kuril
 * Islands'"), or null where a possessive would be a second one in a row ("Abe's visit to Iran's …",
 * "Ministers' Meeting's") or would follow a bracket or a quote ("(2+2)'s").
 * @example possessive("Japan") // "'s"
 * @example possessive("Senkaku Islands") // "'"
 * @example possessive("Abe's visit to Iran") // null
 */
export function possessive(name: string): "'s" | "'" | null {
  if (/\S['’]s\b|s['’](?=\s|$)/u.test(name) || /[)\]'"’”]$/u.test(name)) return null;
  return /[^s]s$/u.test(name) ? "'" : "'s";
}

/** A place's English name that is a plural ("Senkaku Islands", "Liancourt Rocks", "Northern Territories"). */
const PLURAL_PLACE = /\b(?:Islands|Islets|Isles|Rocks|Territories)$/;
const PLURAL_VERB: Record<string, string> = { is: "are", has: "have", was: "were" };

/** A role that opens with its own possessive ("Japan's position", "South Korea's position", "Kishi's visit"). */
const OWN_POSSESSIVE = /^(?:\p{Lu}[\p{L}\d.-]*\s)*[\p{L}\d.-]+['’]s\s/u;

/**
 * An English form without the subject's possessive, for a subject or role that has one already:
 * "{s}'s {role}: …" becomes "{s} — {role}: …" (Kuril Islands — Japan's position: …), "{s}'s position
 * in …" becomes "The position of {s} in …".
 */
function withoutPossessive(form: string): string {
  return form.replace(/^\{s\}'s \{role\}/, "{s} — {role}").replace(/^\{s\}'s (\w+)/, "The $1 of {s}");
}

/** The statement's own EDTF time split into start and end ("" unknown, ".." open). */
function span(s: StatementView): { from: string | null; to: string | null; open: boolean } {
  if (!s.time) return { from: null, to: null, open: false };
  if (!s.time.includes("/")) return { from: s.time, to: null, open: false };
  const [a = "", b = ""] = s.time.split("/");
  // 9999-12-31 is the data's open end (an imported row still in force), not a day to print.
  const open = b === ".." || b.startsWith("9999");
  return { from: a && a !== ".." ? a : null, to: b && !open ? b : null, open };
}

/** Drops the date phrase from a form (for an undated statement). */
function undated(form: string, lang: Lang): string {
  return lang === "ja" ? form.replace(/（\{date\}）/, "").replace(/\{(from|date)\}(から|に)?(\{to\}まで)?/, "").replace("（）", "") : form.replace(/,? (since|on|from) \{(from|date)\}( to \{to\})?|, \{date\}/, "");
}

/** A value that is a date: a year and month, or a day (EDTF), written out as the page writes dates. */
/**
 * A value that is a date (EDTF): a day or a month, or a date of any precision with its qualifier (ISD's
 * independence of Luxembourg, "1890-11-23?", which a Japanese timeline wrote raw among its words). A bare
 * year stays a number: it may be a count.
 */
const DAY_OR_MONTH = /^\d{4}(?:-\d{2}(?:-\d{2})?[~?%]?|(?:-\d{2}){0,2}[~?%])$/;

/** An office of a party rather than of the state (its words already name the party, and so the country). */
const PARTY_OFFICE = /\bParty\b|党/;

/** "in" for "on" before a date that is no single day: "in 1951", "in September 1972" (the last token written). */
function inNotOn(tokens: Token[]): void {
  const prev = tokens[tokens.length - 1];
  if (prev && "text" in prev && prev.text.endsWith(" on ")) prev.text = `${prev.text.slice(0, -4)} in `;
}

/**
 * The sentence for a statement, as tokens (entities stay entities, to be linked). A Japanese page
 * passes the role tables it has loaded (Role.tsx's useRoleTables) for the statement's role; `selfId`, the
 * page's entity, shortens what would name the page again. A list that shows the statement's date beside
 * it (the timeline's line) asks for the sentence `undated`: without its date phrase, but with a value that
 * is its date ("was adopted by the UN General Assembly in April 2013").
 * @example sentence(japanChina1972, "en") // [{entity: Japan}, {text: " and "}, {entity: China}, {text: " established diplomatic relations on 29 September 1972"}]
 * @example sentenceText(sentence(tokyoCapitalOfJapan, "en", names, tables, undefined, { undated: true }), (e) => e.name.en) // "Tokyo has been the capital of Japan"
 */
export function sentence(given: StatementView, lang: Lang, names?: NameLookup, tables?: RoleTables, selfId?: string, options: { undated?: boolean } = {}): Token[] {
  const s = valueInLanguage(withNamesThen(given), lang);
  const words = s.role ? roleWords(s.role, lang, roleContext(s, names, tables)) : null;
  // An attribute whose role is no noun the subject owns ("refused to sign", "adopted by …", "Japan concludes
  // the treaty") has a sentence of its own (attribute-forms.ts); the data's value decides it, not value_ja.
  const attribute = s.p === "attribute" && s.subject.kind !== "dispute" && words ? attributeForms(given, words, lang, selfId === s.subject.id) : null;
  const role = words && attribute?.role ? { ...words, text: attribute.role } : words;
  const related = s.p === "related-to" && s.role && Object.hasOwn(RELATED, s.role) ? RELATED[s.role] : undefined;
  const forms = attribute?.forms ?? disputeForms(s)?.[lang] ?? ownEventForms(s, selfId)?.[lang] ?? related?.[lang] ?? T[s.p]?.[lang] ?? { point: lang === "ja" ? `{s}：${s.label.ja} {o}（{date}）` : `{s} ${s.label.en} {o}, {date}` };
  const { from, to, open } = span(s);
  const unknownEnd = lang === "ja" ? "不明な時期" : "an unknown date";
  const interval = s.time?.includes("/") ?? false;
  let form = inTense((interval ? (open ? (forms.open ?? forms.closed) : (forms.closed ?? forms.open)) : (forms.point ?? forms.open ?? forms.closed)) ?? "", forms, s, open, lang);
  if (!from || options.undated) form = undated(form, lang);
  // An attribute the data gives no role (the Khmer Rouge's "ruled Cambodia as Democratic Kampuchea") has its value
  // after the name: it read "The Khmer Rouge's : ruled …", "クメール・ルージュの：…".
  if (s.p === "attribute" && !role) form = form.replace("{s}'s {role}: ", "{s}: ").replace("{s}の{role}：", "{s}：");
  // A value that is the statement's own date ("signed in Tokyo by Japan: 2019-02-27, 27 February 2019",
  // 51 statements) is said once, written out by valueToken.
  // So is a value that ends in that date written out ("arrival in London: 9 May 1921, 9 May 1921"; "1941（1941年）").
  const sameDate = s.value && s.time && s.value === s.time && /^\d{4}(?:-\d{2}){0,2}$/.test(s.value) ? s.value : null;
  const valueIsDate = !!sameDate || (!!s.value && !!s.time && !s.time.includes("/") && valueToken(s.value, lang).text.endsWith(longDate(s.time, lang)));
  if (valueIsDate) form = form.replace(/, \{date\}$/, "").replace(/（\{date\}）$/, "");
  // A party office names its own body: "General Secretary of the Communist Party of the Soviet Union", not
  // "… of the Soviet Union of the Soviet Union"; "ソ連共産党書記長", not "ソビエト連邦のソ連共産党書記長".
  // So does an office whose title names its state, as the name of then does: "中華民国総統代行" of 中華民国 (1949), not
  // 中華民国の中華民国総統代行.
  const officeNamesState = !!s.object && !!role && role.text.includes(lang === "ja" ? (s.object.name.ja ?? s.object.name.en) : s.object.name.en);
  if (s.p === "holds-office" && role && (PARTY_OFFICE.test(role.text) || officeNamesState)) form = form.replace(" of {o}", "").replace("{o}の", "");
  if (lang === "en" && form.startsWith("{s}'s ")) {
    // English chains no possessives: not "…Agreement on Commerce's Kishi's visit", "Kuril Islands's Japan's position".
    const own = possessive(s.subject.name.en);
    if (own === null || (form.startsWith("{s}'s {role}") && role && OWN_POSSESSIVE.test(role.text))) form = withoutPossessive(form);
    else form = form.replace("{s}'s ", `{s}${own} `);
  }
  // A place named in the plural takes a plural verb: "The Habomai Islands are in the Northern Territories" (it said "is in").
  if (lang === "en" && s.subject.kind === "place" && PLURAL_PLACE.test(s.subject.name.en)) form = form.replace(/^\{s\} (is|has|was) /, (_, verb: string) => `{s} ${PLURAL_VERB[verb]} `);
  const endText = to ? longDate(to, lang) : unknownEnd;
  const tokens: Token[] = [];
  // English names some entities with "the" ("the United Kingdom", "the Treaty of Peace with Japan"),
  // "The" at the head of the sentence; a form's own {the} has said it already.
  const named = (e: EntityRef, after: string | undefined) => {
    if (lang === "en" && after !== "{the}" && takesThe(e)) tokens.push({ text: tokens.length === 0 ? "The " : "the " });
    tokens.push({ entity: e });
  };
  let previous: string | undefined;
  for (const part of form.split(/(\{\w+\})/)) {
    const after = previous;
    if (part) previous = part;
    // "G20 Osaka Summit (2019) lasted from 28 June 2019 …": a bracket that only repeats the sentence's own date goes.
    if (part === "{s}") named(from && /\{(?:date|from)\}/.test(form) ? undatedNames(s.subject, from) : s.subject, after);
    else if (part === "{o}") (s.object ? named(s.object, after) : tokens.push(valueToken(s.value, lang, s.role)));
    else if (part === "{from}" || part === "{date}") {
      // "on 29 September 1972" but "in 1951", "in September 1972".
      if (from && !/^-?\d{4}-\d{2}-\d{2}/.test(from)) inNotOn(tokens);
      tokens.push(from ? { text: longDate(from, lang), date: from } : { text: "" });
    } else if (part === "{to}") tokens.push(to ? { text: endText, date: to } : { text: endText });
    else if (part === "{value}") tokens.push(sameDate ? { text: longDate(sameDate, lang), date: sameDate } : { ...valueToken(s.value, lang, s.role), part: "value" });
    else if (part === "{vdate}") {
      // The value is the sentence's date: "was adopted in April 2013", "on 9 May 2014"; 2013年4月.
      const v = given.value ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) inNotOn(tokens);
      tokens.push({ text: longDate(v, lang), date: v });
    }
    else if (part === "{role}") tokens.push(role ? { text: role.text, lang: role.lang, part: "role" } : { text: "" });
    // At the head of a sentence: "Japan's position …" stays, "core issue" becomes "Core issue".
    else if (part === "{Role}") tokens.push(role ? { text: role.text.charAt(0).toUpperCase() + role.text.slice(1), lang: role.lang, part: "role" } : { text: "" });
    // A Japanese sentence takes the Japanese note where there is one; otherwise the English note, marked.
    else if (part === "{note}") tokens.push(lang === "ja" && s.note_ja ? { text: s.note_ja, lang: "ja" } : { text: s.note ?? "", lang: "en" });
    else if (part === "{the}") tokens.push({ text: disputeArticle(form.includes("{the}{o}") ? s.object : s.subject) ? "the " : "" });
    else if (part) tokens.push({ text: part });
  }
  if (role && !related && !/\{role\}/i.test(form)) tokens.push({ text: lang === "ja" ? "（" : " (" }, { text: role.text, lang: role.lang, part: "role" }, { text: lang === "ja" ? "）" : ")" });
  // "venue: Kuala Lumpur", not "venue: Kuala Lumpur, at Kuala Lumpur" (開催地：クアラルンプール（場所：クアラルンプール）).
  const placeSaid = !!s.at && form.includes("{value}") && [s.at.name.en, s.at.name.ja].includes(valueToken(s.value, lang, s.role).text);
  if (s.at && !placeSaid) {
    tokens.push({ text: lang === "ja" ? "（場所：" : ", at " });
    named(s.at, undefined);
    tokens.push({ text: lang === "ja" ? "）" : "" });
  }
  return tokens;
}

/**
 * The statement with its value in the page's language: on a Japanese page, the data's Japanese value
 * (`value_ja`) where it gives one, so that "about 7 km²" reads 約7平方キロメートル and not English-only.
 * @example valueInLanguage({ ...senkakuArea, value: "about 7 km²", value_ja: "約7平方キロメートル" }, "ja").value // "約7平方キロメートル"
 */
export function valueInLanguage(s: StatementView, lang: Lang): StatementView {
  return lang === "ja" && s.value_ja ? { ...s, value: s.value_ja } : s;
}

/**
 * A statement's value as a token: on a Japanese page, a value written in English words and no Japanese
 * ("laid a wreath at the memorial", "Washington DC") is marked English, so the page shows it with the
 * English-only badge; numbers and Japanese values are shown as they are; a dataset's coded word (OWID's
 * "possessing" for the role "nuclear weapons status (Bleek; NTI)") is written in Japanese (i18n/values.ts).
 * @example valueToken("Washington DC", "ja") // { text: "Washington DC", lang: "en" }
 * @example valueToken("possessing", "ja", "nuclear weapons status (Bleek; NTI)") // { text: "保有", lang: "ja" }
 */
export function valueToken(value: string | null | undefined, lang: Lang, role: string | null = null): { text: string; lang?: Lang } {
  const v = value ?? "";
  if (DAY_OR_MONTH.test(v)) return { text: longDate(v, lang) };
  const coded = lang === "ja" ? codedValueJa(v, role) : null;
  if (coded) return { text: coded, lang: "ja" };
  return lang === "ja" && /[A-Za-z]{2,}/.test(v) && !/[\u3040-\u30ff\u3400-\u9fff]/.test(v) ? { text: v, lang: "en" } : { text: v };
}

/**
 * What a statement's role depends on besides its text: the event a participant took part in (a visit's
 * host receives, a summit's hosts), the state whose office it is.
 * @example roleContext(yoshidaPrimeMinister) // { names: undefined, tables: undefined, event: undefined, polity: "japan" }
 */
export function roleContext(s: StatementView, names?: NameLookup, tables?: RoleTables): RoleContext {
  return { names, tables, event: s.p === "participant" ? s.subject.id : undefined, polity: s.p === "holds-office" ? s.object?.id : undefined };
}

/**
 * The sentence as plain text (for titles, tests and the page's document title).
 * @example sentenceText(sentence(s, "en"), (e) => e.name.en) // "Japan and China established diplomatic relations on 29 September 1972"
 */
export function sentenceText(tokens: readonly Token[], name: (e: EntityRef) => string): string {
  return tokens.map((t) => ("entity" in t ? name(t.entity) : t.text)).join("").replace(/\s+/g, " ").trim();
}
