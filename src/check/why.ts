// The reason for a verdict, kept as a code with its values and written out in English and Japanese
// from one table, so that both languages always say the same thing.
import { PREDICATES, type Predicate } from "../model/predicates.js";
import type { Store } from "../kb/store.js";
import { roleJa } from "./role-ja.js";

export type WhyCode =
  | "holds" | "rejected-claim" | "time-mismatch" | "end-unknown" | "no-date" | "nothing"
  | "opposite-holds" | "opposite-absent" | "denied-but-holds" | "denied-and-absent" | "denied-rejected"
  | "modal" | "reported" | "date-of-name" | "attribute-holds" | "attribute-rejected" | "type-mismatch"
  | "not-among" | "denied-not-among" | "never-in-force" | "denied-never-in-force" | "not-among-signers" | "denied-not-among-signers" | "signed-in-office" | "denied-signed-in-office" | "not-among-claimants" | "denied-not-among-claimants" | "takes-part" | "other-participant" | "denied-other-participant" | "coarser" | "date-bounds-other" | "other-holder" | "not-among-participants" | "denied-not-among-participants" | "other-seat" | "ambiguous-name" | "date-unread" | "a-day-apart" | "took-effect-then" | "century-unread" | "year-unread" | "date-of-signing" | "span-start-differs" | "span-end-differs" | "office-elsewhere" | "denied-office-elsewhere" | "located-elsewhere" | "denied-located-elsewhere" | "held-elsewhere" | "denied-held-elsewhere" | "held-at" | "held-there" | "denial-undated" | "sole-ally" | "notice-before-end";

export interface Why {
  code: WhyCode;
  /**
   * Values the sentence is made of: `held` (what the knowledge base holds, EDTF or a description), `given` (the text's
   * date), `who`; `signers`, entity ids joined by commas (signers, claimants, participants, states of offices), each
   * named in the reader's language; `role`, a statement's role as the data writes it (an attribute's, a seat's),
   * written in Japanese as the explorer writes it; `whatJa`, the Japanese of a value `what` (the data's `value_ja`).
   */
  params: { held?: string; given?: string; who?: string; what?: string; whatJa?: string; role?: string; holder?: string; rel?: string; target?: string; signers?: string; givenEdtf?: string };
}

/** What the knowledge base holds when none of its statements is dated: a value of `held`, written out in the reader's language. */
export const NO_DATE = "no date recorded";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** One EDTF date as a reader writes it: "29 Sep 1972", "Sep 1972", "1972"; "1972年9月29日" in Japanese. */
function dateText(d: string, ja: boolean): string {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/.exec(d);
  if (!m) return d;
  const [, y, mo, da, q] = m;
  const about = q ? (ja ? "頃" : "c. ") : "";
  if (ja) return `${Number(y)}年${mo ? `${Number(mo)}月` : ""}${da ? `${Number(da)}日` : ""}${about}`;
  return `${about}${da ? `${Number(da)} ` : ""}${mo ? `${MONTHS[Number(mo) - 1]} ` : ""}${y}`;
}

/**
 * EDTF dates and intervals inside a text made readable: "1952-04-28/.." → "28 Apr 1952 – today"
 * ("1952年4月28日〜現在").
 *
 * @example readableDates("1972-09-29", true) // "1972年9月29日"
 */
function readableDates(s: string, ja: boolean): string {
  return s.replace(/(-?\d{4}(?:-\d{2}){0,2}[~?%]?|\.\.)?\/(-?\d{4}(?:-\d{2}){0,2}[~?%]?|\.\.)?|-?\b\d{4}-\d{2}(?:-\d{2})?\b[~?%]?/g, (all, a?: string, b?: string) => {
    if (!all.includes("/")) return dateText(all, ja);
    const left = !a || a === ".." ? (ja ? "不明" : "?") : dateText(a, ja);
    const right = b === ".." ? (ja ? "現在" : "today") : b ? dateText(b, ja) : ja ? "終了時期不明" : "end unknown";
    return ja ? `${left}〜${right}` : `${left} – ${right}`;
  });
}

const TEXT: Record<WhyCode, { en: string; ja: string }> = {
  holds: { en: "the knowledge base holds {held}", ja: "知識ベースの記録と一致する（{held}）" },
  "rejected-claim": { en: "the knowledge base records this as a claim that better sources contradict", ja: "知識ベースはこれを、より確かな資料が否定する主張として記録している" },
  "time-mismatch": { en: "the text gives {given}; the knowledge base holds {held}", ja: "本文は{given}とするが、知識ベースの記録は{held}" },
  "span-start-differs": { en: "the text gives {given}; the knowledge base holds {held}: the start differs, the end agrees", ja: "本文は{given}とするが、知識ベースの記録は{held}。始まりが異なり、終わりは一致する" },
  "span-end-differs": { en: "the text gives {given}; the knowledge base holds {held}: the end differs, the start agrees", ja: "本文は{given}とするが、知識ベースの記録は{held}。終わりが異なり、始まりは一致する" },
  "date-of-signing": { en: "the date given is that of a signing; the text does not say when this began", ja: "示された日付は調印の日で、これがいつ始まったかは本文に書かれていない" },
  "year-unread": { en: "the sentence gives the month this began without its year, and its other date is told of something else; that it held at some time is all the checker could check", ja: "本文は始まった月を年なしで示し、別の日付は別の事柄のもの。確認できるのは、これがいつかの時点であったことだけ" },
  "century-unread": { en: "the sentence gives a year in two digits, and no year written in full before it tells its century; that this happened at some time is all the checker could check", ja: "本文の年は下2桁だけで、その前に4桁の年がなく世紀が分からない。確認できるのは、これがいつかの時点で起きたことだけ" },
  "took-effect-then": { en: "the text gives {given}; the knowledge base holds {held} for its adoption, and the policy took effect in {given}: the text may mean that", ja: "本文は{given}、知識ベースの採用の記録は{held}だが、この政策は{given}から実施されており、本文はそれを指している可能性がある" },
  "notice-before-end": { en: "the text gives {given}; the knowledge base holds {held}: a withdrawal is announced before it takes effect, and the text may give the day of the notice", ja: "本文は{given}とするが、知識ベースの記録は{held}。脱退は通告から発効まで時間がかかるため、本文は通告の時点を指している可能性がある" },
  "a-day-apart": { en: "the text gives {given}; the knowledge base holds {held}: one day apart, as the day of a war's start or an attack differs across time zones", ja: "本文は{given}、知識ベースの記録は{held}で、1日の違い（開戦や攻撃の日付は時差により1日ずれることがある）" },
  "end-unknown": { en: "the knowledge base holds {held}, whose end is not known", ja: "知識ベースの記録は{held}で、終了時期が分からない" },
  "no-date": { en: "the knowledge base records no date for this", ja: "知識ベースにはこの日付の記録がない" },
  nothing: { en: "nothing in the knowledge base decides this", ja: "知識ベースにはこれを判断する記録がない" },
  "opposite-holds": { en: "the knowledge base records the opposite: {holder} {rel} {target} ({held})", ja: "知識ベースの記録は逆である：{holder}・{target}：{rel}（{held}）" },
  "opposite-absent": { en: "the knowledge base records {holder} {rel} {target} ({held}), which does not decide this date", ja: "知識ベースの記録（{holder}・{target}：{rel}、{held}）ではこの時点を判断できない" },
  "denied-but-holds": { en: "the text denies it, but the knowledge base holds it ({held})", ja: "本文は否定しているが、知識ベースには記録がある（{held}）" },
  "denied-and-absent": { en: "the text denies it, and the knowledge base agrees: it records this only for {held}", ja: "本文の否定は知識ベースの記録と一致する（記録があるのは{held}のみ）" },
  "denied-rejected": { en: "the text denies it, and the knowledge base records it as a claim that better sources contradict", ja: "本文の否定は知識ベースの記録と一致する（知識ベースはこれを、より確かな資料が否定する主張として記録している）" },
  "date-unread": { en: "the sentence gives a date, but the checker could not tell what it dates; that this happened at some time is all it could check", ja: "本文には日付があるが、何の日付かを判別できなかった。確認できるのは、これがいつかの時点で起きたことだけ" },
  "date-of-name": { en: "the date given is the agreement's own (its signature); the text does not say when this happened", ja: "本文の日付は協定自体（署名）の日付で、これがいつのことかは書かれていない" },
  modal: { en: "the text speaks of a plan or a possibility, not of a fact", ja: "本文は事実ではなく、予定や可能性を述べている" },
  reported: { en: "the text reports this as {who}'s view, not as its own", ja: "本文はこれを{who}の見解として伝えている" },
  "attribute-holds": { en: "the knowledge base records {role}: {what}", ja: "知識ベースの記録と一致する（{role}：{what}）" },
  "attribute-rejected": { en: "the knowledge base records \"{what}\" as a claim that better sources contradict", ja: "知識ベースは「{what}」を、より確かな資料が否定する主張として記録している" },
  "not-among": { en: "the knowledge base records {held} states as parties, signatories or members of {target}, and {holder} is not one of them", ja: "知識ベースは{target}の締約国・署名国・加盟国として{held}か国を記録しているが、{holder}はその中にない" },
  "denied-not-among": { en: "the knowledge base records {held} states as parties, signatories or members of {target}, and {holder} is not one of them, as the text says", ja: "知識ベースが記録する{target}の締約国・署名国・加盟国{held}か国に{holder}は含まれず、本文と一致する" },
  "not-among-signers": { en: "the knowledge base records the {held} persons who signed {target}, and {holder} is not one of them", ja: "知識ベースは{target}に署名した{held}人を記録しているが、{holder}はその中にない" },
  "never-in-force": { en: "the knowledge base records that {target} never entered into force", ja: "知識ベースの記録では、{target}は発効していない" },
  "denied-never-in-force": { en: "the knowledge base also records that {target} never entered into force", ja: "知識ベースの記録でも、{target}は発効していない" },
  "signed-in-office": { en: "the knowledge base records {signers} as signing {target} in an office {holder} held only at another time", ja: "知識ベースは{target}の署名者として{signers}を記録しており、{holder}がその職にあったのは別の時期である" },
  "denied-signed-in-office": { en: "the knowledge base records {signers} as signing {target} in an office {holder} held only at another time, as the text says", ja: "知識ベースは{target}の署名者として{signers}を記録しており、{holder}は署名していない。本文と一致する" },
  "denied-not-among-signers": { en: "the knowledge base records the {held} persons who signed {target}, and {holder} is not one of them, as the text says", ja: "知識ベースが記録する{target}の署名者{held}人に{holder}は含まれず、本文と一致する" },
  "not-among-claimants": { en: "the knowledge base records {signers} as claiming {target}, and {holder} is not one of them", ja: "知識ベースは{target}の領有を主張する国として{signers}を記録しているが、{holder}はその中にない" },
  "denied-not-among-claimants": { en: "the knowledge base records {signers} as claiming {target}, and {holder} is not one of them, as the text says", ja: "知識ベースが記録する{target}の領有主張国（{signers}）に{holder}は含まれず、本文と一致する" },
  "takes-part": { en: "the knowledge base records {who} as taking part in {target}", ja: "知識ベースの記録では、{who}は{target}に加わっている" },
  "held-elsewhere": { en: "the knowledge base records {holder} as held in {signers}, not in {target}", ja: "知識ベースは{holder}の開催地を{signers}と記録しており、{target}ではない" },
  "denied-held-elsewhere": { en: "the knowledge base records {holder} as held in {signers}, not in {target}, as the text says", ja: "知識ベースの記録でも{holder}の開催地は{signers}で、{target}ではなく、本文と一致する" },
  "denial-undated": { en: "the text denies it at a time it does not give, and the knowledge base records it at some times only", ja: "本文は時期を示さずに否定しており、知識ベースの記録は一部の時期に限られる" },
  "held-there": { en: "the knowledge base records {holder} as held in {target}", ja: "知識ベースは{holder}の開催地を{target}と記録している" },
  "held-at": { en: "the knowledge base records {holder} as held in {signers}, in {target}", ja: "知識ベースは{holder}の開催地を{target}の{signers}と記録している" },
  "located-elsewhere": { en: "the knowledge base records {holder} in {signers}, not in {target}", ja: "知識ベースは{holder}の所在を{signers}と記録しており、{target}ではない" },
  "denied-located-elsewhere": { en: "the knowledge base records {holder} in {signers}, not in {target}, as the text says", ja: "知識ベースの記録でも{holder}の所在は{signers}で、{target}ではなく、本文と一致する" },
  "office-elsewhere": { en: "the knowledge base records {holder} in offices of {signers} only, none of {target}", ja: "知識ベースは{holder}の公職を{signers}のものだけ記録しており、{target}の公職はない" },
  "denied-office-elsewhere": { en: "the knowledge base records {holder} in offices of {signers} only, none of {target}, as the text says", ja: "知識ベースの記録でも{holder}の公職は{signers}のものだけで、{target}の公職はなく、本文と一致する" },
  "other-participant": { en: "the knowledge base records {holder}, not {who}, as taking part in {target}", ja: "知識ベースの記録では、{target}に加わったのは{who}ではなく{holder}である" },
  "denied-other-participant": { en: "the knowledge base records {holder}, not {who}, as taking part in {target}, as the text says", ja: "知識ベースの記録でも、{target}に加わったのは{who}ではなく{holder}であり、本文と一致する" },
  "date-bounds-other": { en: "the text's dates bound other events (\"since\", \"until\"); it does not say when this held", ja: "本文の日付は別の出来事の起点や期限を示すもので、これがいつのことかは書かれていない" },
  "not-among-participants": { en: "the knowledge base records {signers} as the states taking part in {target}, and {holder} is not one of them", ja: "知識ベースは{target}に加わった国として{signers}を記録しており、{holder}はその中にない" },
  "denied-not-among-participants": { en: "the knowledge base records {signers} as the states taking part in {target}, and {holder} is not one of them, as the text says", ja: "知識ベースが記録する{target}の当事国（{signers}）に{holder}は含まれず、本文と一致する" },
  "other-seat": { en: "the knowledge base records {holder}'s seats on {target} as {role} only ({held})", ja: "知識ベースの記録では、{holder}の{target}での議席は{role}のみである（{held}）" },
  "ambiguous-name": { en: "the text's name fits several agreements and nothing in the sentence tells which is meant (read here as {target})", ja: "本文の名称は複数の協定に当てはまり、文中からどれを指すか判断できない（ここでは{target}と読んだ）" },
  "sole-ally": { en: "the knowledge base records every alliance of {target}; its one ally then: {holder} ({held})", ja: "知識ベースは{target}の同盟をすべて記録しており、その時期の同盟国は{holder}のみである（{held}）" },
  "other-holder": { en: "the knowledge base records {holder} in this office of {target} then ({held})", ja: "知識ベースの記録では、その時期に{target}のこの職にあったのは{holder}である（{held}）" },
  coarser: { en: "the knowledge base holds only {held}, so the text's more precise date ({given}) cannot be checked", ja: "知識ベースの記録は{held}までで、本文のより詳しい日付（{given}）は確かめられない" },
  "type-mismatch": { en: "the knowledge base records {what} between them, not {given}", ja: "知識ベースの記録では両者間の合意は{what}であり、{given}ではない" },
};

/**
 * The reason in both languages: entity ids among the values become names, dates become readable.
 *
 * @example bilingual({ code: "holds", params: { held: "1956-12-18/.." } }, store).ja // "知識ベースの記録と一致する（1956年12月18日〜現在）"
 */
export function bilingual(why: Why, store: Store): { en: string; ja: string } {
  // The same reasons recur in a text (a relation held since one date, a date one record gives): each is written out
  // once per store (the names it uses do not change in a store), a new object for each caller.
  let memo = WRITTEN.get(store);
  if (!memo) WRITTEN.set(store, (memo = new Map()));
  const key = `${why.code}\u0000${JSON.stringify(why.params)}`;
  let r = memo.get(key);
  if (!r) {
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, (r = { en: fill(TEXT[why.code].en, false, why, store), ja: fill(TEXT[why.code].ja, true, why, store) }));
  }
  return { en: r.en, ja: r.ja };
}

/** Reasons written out, per store, by code and values. */
const WRITTEN = new WeakMap<Store, Map<string, { en: string; ja: string }>>();

// The helpers of bilingual are functions of the module, not closures made per reason (a closure per call, and
// tsx's naming of each, cost more than the work they do).

/** An entity's name in the reader's language (English where it has no Japanese one); undefined for no entity. */
function nameOf(store: Store, id: string, ja: boolean): string | undefined {
  const ref = store.ref(id);
  return ref ? (ja ? ref.name.ja ?? ref.name.en : ref.name.en) : undefined;
}

/** Kinds whose English names take "the" inside a sentence ("members of the North Atlantic Treaty Organization"). */
const ARTICLED = new Set(["organization", "agreement", "event", "dispute", "policy"]);
/** States whose English names take "the": "the United States", "the Netherlands", "the Russian Empire". */
const STATE_WITH_THE = /^(?:United|Soviet|Republic|Kingdom|Empire|Democratic|Federal|Federated|Union|Netherlands|Philippines|Bahamas|Gambia|Maldives|Holy|Papal|Central|Dominican)\b|(?:Empire|Republic|Union|Kingdom|Islands|Emirates|States|Federation|Confederation|Shogunate|Protectorate|Commonwealth)$/;

/**
 * An entity's name as a noun inside an English reason: with "the" for a body, an agreement, an event, a dispute, a
 * policy, a group of islands or a state named so ("the United States"), unless the name has one already, is one word
 * ("Komeito", "BRICS") or opens with a possessive ("Abe's visit to India"). English reasons had read "members of
 * North Atlantic Treaty Organization", "records Soviet Union as taking part in …".
 *
 * @example nounOf(store, "nato") // "the North Atlantic Treaty Organization"
 */
function nounOf(store: Store, id: string): string | undefined {
  const ref = store.ref(id);
  if (!ref) return undefined;
  const n = ref.name.en;
  if (/^the\s/i.test(n)) return n;
  if (ref.kind === "state") return STATE_WITH_THE.test(n) ? `the ${n}` : n;
  const takesThe = ARTICLED.has(ref.kind) || (ref.kind === "place" && /\b(?:Islands|Isles|Rocks)$/.test(n));
  return takesThe && /\s/.test(n) && !/^\S+(?:\s\S+)?['’]s\s/.test(n) ? `the ${n}` : n;
}

/** A reason's text with its values written in. */
function fill(t: string, ja: boolean, why: Why, store: Store): string {
  return t.replace(/\{(\w+)\}/g, (_, k: keyof Why["params"]) => {
    const v = why.params[k] ?? "";
    if (k === "who" || k === "holder" || k === "target" || (k === "what" && why.code === "type-mismatch")) {
      return (v ? (ja ? nameOf(store, v, ja) : nounOf(store, v)) : undefined) ?? (k === "who" ? (ja ? "他者" : "another party") : "");
    }
    // A list of entity ids ("kakuei-tanaka,masayoshi-ohira"), each in the reader's language.
    if (k === "signers") return v.split(",").filter(Boolean).map((id) => (ja ? nameOf(store, id, ja) : nounOf(store, id)) ?? id).join(ja ? "、" : ", ");
    if (k === "rel") return v in PREDICATES ? PREDICATES[v as Predicate][ja ? "ja" : "en"] : v;
    // A role in Japanese from the explorer's tables ("（terms served as non-permanent member … (count): 12）" had
    // stood in a Japanese reason); a value in Japanese where the data gives one.
    if (k === "role") return readableDates(v ? (ja ? roleJa(store, v) : v) : ja ? "属性" : "it", ja);
    if (k === "what" && ja && why.params.whatJa) return readableDates(why.params.whatJa, ja);
    // "the text gives a peace treaty": the text's own words for the kind of agreement, with their article.
    if (k === "given" && why.code === "type-mismatch") return ja ? `「${v}」` : /[^\x00-\x7f]/.test(v) ? `“${v}”` : /^(?:an?|the)\s/i.test(v) ? v : `${/^[aeiou]/i.test(v) ? "an" : "a"} ${v}`;
    // In Japanese the text's date is written as a Japanese date ("from 1902 to 1939" → 1902年〜1939年), from its EDTF.
    // In English a date the text wrote in Japanese ("1955年", "昭和30年") is written from its EDTF too ("1955").
    // Words that take up another sentence's year ("the same year") are written as that year.
    const given = k === "given" && why.params.givenEdtf && (ja || /[^\x00-\x7f]/.test(v) || !/\d/.test(v)) ? why.params.givenEdtf : undefined;
    // Undated statements: said in Japanese on the Japanese side ("（no date recorded）" had stood in a Japanese reason),
    // and as a sentence after "holds" in English ("the knowledge base holds no date recorded").
    if (k === "held" && v === NO_DATE) return ja ? "日付の記録なし" : why.code === "holds" ? "it, with no date recorded" : v;
    // A year alone is a date too: "1907" is 1907年 in Japanese (a count of states never has four digits); spans are
    // listed with 、 in Japanese.
    if ((k === "held" || given) && ja) return readableDates(given ?? v, ja).replace(/(?<![\d-])(\d{4})(?![\d年-])/g, "$1年").replace(/, /g, "、");
    return readableDates(given ?? v, ja);
  });
}
