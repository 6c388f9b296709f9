// How a sentence holds a claim: asserted or denied (polarity), excepted by a quantifier ("every … except
// X"), only possible (modality) or reported as someone else's (attribution). Each reader looks at the
// clause around a claim's cue, never at the whole sentence, so that "Japan has no peace treaty with
// Russia but signed the 1956 declaration" denies the treaty and asserts the declaration.

/** Words that deny what follows them in English; "no" and "without" deny the noun phrase they open. */
const NEGATION_EN = /\b(?:not(?!\s+only)|never|no(?!\s+longer\s+only)|neither|nor|without|cannot|has yet to|have yet to|had yet to|yet to|failed to|fails to|lacks?|absence of|ruled out|rules out|refused to|refuses to|declined to|declines to|n't)\b|n't\b/gi;
/** Japanese negation follows the verb: 署名していない, 締結せず, 国交がない; 未 prefixes it: 未署名, 未締結. */
// ず denies only after a verb ("署名せず"), not inside いずれ (either), まず (first), 必ず (surely), わずか (slight), はず
// (expected), ずっと (all along) or にもかかわらず (despite): AUD37 found いずれも read as a denial.
const NEGATION_JA = /(?:ない|なかった|なし|ません|(?<![いまはわっ必]|かかわら)ず(?![っかつれ])(?:に)?|ぬ|未(?=[\p{Script=Han}]))/gu;
/** Where a clause ends: a clause can deny only inside itself. */
// Commas are not breaks: they mostly separate the items of a list ("allied with the United States, Mexico and Canada").
// A comment set off after a comma ("…, signalling American unease", "…, stressing its ties with Japan") and a Japanese
// clause of contrast ("…に変わりはないが、…") begin clauses of their own: their names are no parties of the words before.
const CLAUSE_BREAK = /[;:。]|\b(?:but|while|whereas|although|though|however|and then|which|who|since|after|before|because|when|where)\b|,\s+(?:signall?ing|stressing|noting|saying|citing|adding|reflecting|highlighting|underscoring|underlining|prompting|sparking|fuell?ing|triggering|angering|irking|drawing|indicating|suggesting)\b|(?<=(?:ない|[いたるだすう]))が、|けれども?、|ものの、/giu;
/**
 * Japanese phrases that end in ない and affirm: "に変わりはない" (remains), "変わらない", "違いない" (must be), "欠かせない"
 * (indispensable), "ほかならない" (is nothing but), "揺るぎない" (unshaken): "日米同盟が外交の基軸であることに変わりはない"
 * had denied the alliance and contradicted it.
 */
const AFFIRMING_JA = /変わり(?:は|が)?(?:ない|ありません)|変わらない|変わることはない|違いない|欠かせない|ほかならない|他ならない|揺るぎない|揺るがない|間違いない|惜しまない/gu;
/** Words that make a claim a possibility or a plan, not a fact. */
// "May" the month ("in May 2017", "on 3 May") is no modal.
const MODAL = /\b(?:(?<!\b(?:in|of|early|late|mid|since|until|by|from|\d{1,2})[\s-]+)may(?![\s,]+\d)|might|could|would|should|plans? to|planned to|planning to|intends? to|intended to|is expected to|are expected to|hopes? to|seeks? to|sought to|aims? to|proposed|considering|could be|is to|are to|will)\b|予定|見通し|方針|検討/gi;
/** A writer reporting another's view: "China claims that", "critics say", "according to Beijing". */
const REPORTING = /\b(?:claims? that|claimed that|says?|said|argues?|argued|asserts? that|asserted that|alleges?|alleged|maintains? that|insists?|insisted|accuses?|accused|contends?|believes?|according to|in the view of)\b|によると|と主張|と述べ/gi;
/** "every … except X", "all … but X", "with the exception of X", "apart from X", "other than X". */
const EXCEPT = /\b(?:except(?: for)?|excepting|with the exception of|apart from|other than|save for|all but|but not)\b|を除く|以外/gi;

/** Where an exception ends: what follows is added to the whole, not excepted from it. */
const EXCEPT_END = /,?\s*\b(?:in addition to|as well as|along with|plus|and also|besides|together with)\b|[,、]\s*(?=and\b)/gi;

export type Polarity = "positive" | "negative";

/** The stretch of `slice` that holds the offset `at`, between clause breaks. */
export function clauseAround(slice: string, at: number): [number, number] {
  const { starts, ends } = clauseBreaks(slice);
  let start = 0;
  let end = slice.length;
  for (let j = 0; j < starts.length; j++) {
    if (ends[j]! <= at) start = ends[j]!;
    else if (starts[j]! >= at) {
      end = starts[j]!;
      break;
    }
  }
  return [start, end];
}

/**
 * The clause breaks of a sentence, found once: the rules ask for the clause around one offset after another
 * in the same sentence (the last sentence read is kept).
 */
function clauseBreaks(slice: string): Breaks {
  if (lastBreaks.slice === slice) return lastBreaks;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of slice.matchAll(CLAUSE_BREAK)) (starts.push(m.index), ends.push(m.index + m[0].length));
  return (lastBreaks = { slice, starts, ends });
}
interface Breaks {
  slice: string;
  starts: number[];
  ends: number[];
}
let lastBreaks: Breaks = { slice: "", starts: [], ends: [] };

/** The first match of a global pattern in a text (exec from the start: matchAll would copy the pattern per call). */
function anyIn(re: RegExp, s: string): RegExpMatchArray | undefined {
  re.lastIndex = 0;
  const m = re.exec(s);
  re.lastIndex = 0;
  return m ?? undefined;
}

/**
 * Whether the clause holding a claim's cue denies it: an English negation before the cue (at most
 * six words before it, so that a denial far back in a long clause does not flip a later verb), or a
 * Japanese negation after it. "no diplomatic relations", "has never signed", "has yet to ratify",
 * "署名していない".
 *
 * @example polarityAt("Japan has never signed a peace treaty with Russia.", 16) // "negative"
 */
export function polarityAt(slice: string, at: number): Polarity {
  const [start, end] = clauseAround(slice, at);
  const before = slice.slice(start, at);
  const words = before.split(/\s+/).filter(Boolean);
  const near = words.slice(-6).join(" ");
  if (anyIn(NEGATION_EN, near) && !closedRelative(slice, start, before)) return "negative";
  // Japanese: the negation comes after the verb that carries the claim, within the clause.
  const after = slice.slice(at, Math.min(end, at + 24)).replace(AFFIRMING_JA, (m) => "＿".repeat(m.length));
  if (/[\p{Script=Han}\p{Script=Hiragana}]/u.test(after) && anyIn(NEGATION_JA, after)) return "negative";
  if (/未(?:署名|締結|批准|加盟|発効|解決)/u.test(slice.slice(Math.max(start, at - 2), at + 4))) return "negative";
  return "positive";
}

/**
 * Whether the clause's denial sits in a relative clause that a comma has closed before the cue: "islands
 * which are not in dispute, were annexed by …" denies nothing of the annexation.
 */
function closedRelative(slice: string, start: number, before: string): boolean {
  if (!/\b(?:which|who)\s*$/i.test(slice.slice(Math.max(0, start - 8), start))) return false;
  let last: RegExpMatchArray | undefined;
  NEGATION_EN.lastIndex = 0;
  for (const m of before.matchAll(NEGATION_EN)) last = m;
  return !!last && before.slice(last.index! + last[0].length).includes(",");
}

/** Whether a modal word in the clause before the cue makes the claim a possibility or a plan. */
export function isModal(slice: string, at: number): boolean {
  const [start] = clauseAround(slice, at);
  return !!anyIn(MODAL, slice.slice(start, at)) || /(?:予定|見通し|方針|検討)/u.test(slice.slice(at, at + 16));
}

/**
 * The reporting phrase a claim sits under, if any ("China claims that …", "critics say …",
 * "according to Beijing, …"): the claim is then the reported party's, not the writer's.
 * Returns the offset where the reporting phrase starts, so callers can find who reports.
 */
export function reportedAt(slice: string, at: number): { start: number; end: number } | undefined {
  // "according to X, …" reports what follows; "X said …" reports what follows the verb. The first phrase is the
  // one to read: any later one starts later still.
  if (lastReporting.slice !== slice) {
    const m = anyIn(REPORTING, slice);
    lastReporting = { slice, start: m ? m.index! : -1, end: m ? m.index! + m[0].length : -1 };
  }
  const { start, end } = lastReporting;
  if (start < 0 || start >= at) return undefined;
  // "He said Japan hoped to build up “the strategic partnership between Japan and ASEAN,” which groups Brunei, …": a
  // relative clause the writer adds after the closing quote is the writer's, not the speaker's.
  if (/[”"][^“”"]*$/.test(slice.slice(end, at)) && /[“"]/.test(slice.slice(end, at)) && /[”"]\s*,?\s*(?:which|who)\b/.test(slice.slice(end, at))) return undefined;
  return { start, end };
}
/** The first reporting phrase of the last sentence asked about (-1 for none): each claim of a sentence asks again. */
let lastReporting: { slice: string; start: number; end: number } = { slice: "", start: -1, end: -1 };

/**
 * The spans of `slice` that an exception phrase covers ("except North Korea", "other than Taiwan"):
 * from the phrase to the end of its clause. An entity named inside one is excepted from what the
 * clause says of all the others.
 *
 * @example exceptionSpans("relations with every UN member except North Korea.") // [[35, 50]]
 */
export function exceptionSpans(slice: string): [number, number][] {
  const out: [number, number][] = [];
  // Most sentences have none: looked for once before a search that copies the pattern.
  if (!anyIn(EXCEPT, slice)) return out;
  EXCEPT.lastIndex = 0;
  for (const m of slice.matchAll(EXCEPT)) {
    const [, clauseEnd] = clauseAround(slice, m.index + m[0].length);
    // "… except North Korea, in addition to the Holy See": what is added back is not excepted.
    EXCEPT_END.lastIndex = m.index + m[0].length;
    const added = EXCEPT_END.exec(slice);
    const end = added && added.index < clauseEnd ? added.index : clauseEnd;
    out.push([m.index, Math.max(end, m.index + m[0].length)]);
  }
  return out;
}

/** Whether a sentence denies anything at all: restated attributes are not read in one that does. */
export function hasNegation(slice: string): boolean {
  return !!anyIn(NEGATION_EN, slice) || /(?:ない|なかった|ません|未(?:署名|締結|批准|加盟|発効|解決))/u.test(slice);
}
