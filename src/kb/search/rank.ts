import { searchKey } from "../text.js";
import { bitCount, dateToken, FIELD_WEIGHT, FIELDS, letterMask, withPrefix, wordKey, type Doc, type Posting, type SearchIndex } from "./index.js";
import { bigrams, editDistance, foldRomaji, isCjk, STOPWORDS, tokenize } from "./normalize.js";
import { accumulatorsOf, type Marks } from "./scratch.js";
import { firstInOrder } from "./select.js";

export interface Scored {
  doc: Doc;
  /** 4: a name or alias is the query's words; 3: every query word matched; 2: most (by weight); 1: some. */
  tier: number;
  score: number;
  matched: string;
}

/** The hits of a query: how many there are (of the kind asked for), and the first of them in order. */
export interface Ranking {
  total: number;
  hits: Scored[];
}

/** Which hits to return: only those of a kind, and only the first `count` (all by default). */
export interface Wanted {
  kind?: string;
  count?: number;
}

/** How a query word may match an indexed token, and how much such a match is worth. */
interface Variant {
  token: string;
  weight: number;
  /** The token's posting, whose counts score the match (none for a CJK word, matched as a substring). */
  posting?: Posting;
}

/**
 * The documents one query word matched, in the order found, each with the variant it matched by and `at`: its
 * place in that variant's posting for a Latin word, or for a CJK word which fields hold it (bits: name 1, alias 2,
 * summary 4). Parallel arrays, not an object per document: a common word matches thousands.
 */
interface Hits {
  docs: number[];
  variants: Variant[];
  at: number[];
}

const noHits = (): Hits => ({ docs: [], variants: [], at: [] });

function push(hits: Hits, doc: number, v: Variant, at: number): number {
  hits.variants.push(v);
  hits.at.push(at);
  return hits.docs.push(doc) - 1;
}

/** Each field's weight, by the field's place in FIELDS. */
const WEIGHTS = FIELDS.map((f) => FIELD_WEIGHT[f]);

const K1 = 1.2;
const B = 0.75;

/**
 * Ranks documents for a query: each word is matched exactly, as romanised Japanese folded (Toukyou =
 * Tokyo), as a prefix (the last word, while typing), or within one edit for words of five letters or
 * more (two for ten or more); a year also matches the documents dated in it, as a word of their name;
 * CJK words match as substrings, and a long one that no name holds whole by most of its character pairs.
 * Scores are BM25 per field, weighted name > alias > summary; a document with a name or alias that is the
 * query's words ranks above the rest, then documents that match every word above those that match most,
 * and those above the rest; an exact name also adds a large bonus. Hits are ordered by tier, entities before sources (a source
 * is where a fact comes from, not what was sought: a tier lower), score, then id in code-point order;
 * only the first `want.count` are put in order, the rest only counted.
 *
 * @example rank(indexOf(store), "Japan-Mexico Economic Partnership Agreement").hits[0]?.doc.id
 */
export function rank(ix: SearchIndex, query: string, fts?: (word: string) => string[], want: Wanted = {}): Ranking {
  // "2021年": the counter after a year says nothing a year does not (and 年 is in nearly every Japanese summary).
  // 安倍首相, 習近平主席: a name and the title after it are two words.
  const all = tokenize(query)
    .filter((w, i, ws) => !(w === "年" && i > 0 && /^\d+$/.test(ws[i - 1]!)))
    .flatMap((w) => {
      const m = TITLED.exec(w);
      return m ? [m[1]!, m[2]!] : [w];
    });
  const content = all.filter((w) => !STOPWORDS.has(w));
  const words = content.length ? content : all;
  if (!words.length) return { total: 0, hits: [] };
  const key = searchKey(query);
  const weights = words.map((w) => Math.max(0.2, isCjk(w) ? 2 : ix.idf(w)));
  // For the tiers, no one word may weigh more than COVERAGE_CAP: a word only one document holds (a typo,
  // an acronym few use) would otherwise decide alone whether the rest of the query was matched.
  const coverageWeights = weights.map((w) => Math.min(w, COVERAGE_CAP));
  const totalWeight = coverageWeights.reduce((a, b) => a + b, 0);
  const acc = accumulatorsOf(ix, ix.docs.length);
  acc.member.clear();
  // The matched documents in the order first matched (which breaks ties in choosing the best candidates).
  const members: number[] = [];
  const avgLen = FIELDS.map((f) => ix.avgLen[f]);
  // Rare words first: a common word ("japan", "agreement") then only scores the candidates the rare
  // ones found, instead of bringing thousands of its own.
  // (Japanese words all weigh the same: the longer is the rarer, so 豪経済連携協定 goes before 日.)
  const order = words.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || words[b]!.length - words[a]!.length);
  for (const wi of order) {
    const w = words[wi]!;
    const cjk = isCjk(w);
    const common = !cjk && members.length > 0 && (ix.postings.get(w)?.docs.length ?? 0) > COMMON;
    const hits = common ? commonHits(ix, w, members) : cjk ? cjkHits(ix, w, fts, members) : latinHits(ix, w, wi === words.length - 1, acc.slot);
    for (let h = 0; h < hits.docs.length; h++) {
      const i = hits.docs[h]!;
      const v = hits.variants[h]!;
      const at = hits.at[h]!;
      let best = 0;
      for (let f = 0; f < WEIGHTS.length; f++) {
        const tf = cjk ? (at >> f) & 1 : v.posting!.tf[3 * at + f]!;
        if (!tf) continue;
        const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * ix.lens[3 * i + f]!) / avgLen[f]!));
        best = Math.max(best, WEIGHTS[f]! * norm * v.weight);
      }
      if (!best) continue;
      if (acc.member.get(i) < 0) {
        acc.member.set(i, members.push(i) - 1);
        acc.score[i] = 0;
        acc.matchedWeight[i] = 0;
        acc.words[i] = 0;
      }
      acc.score[i]! += best * weights[wi]!;
      acc.matchedWeight[i]! += coverageWeights[wi]! * Math.min(1, v.weight);
      acc.words[i]! += 1;
    }
  }
  const cued = kindCues(words);
  // The query's words as written (before 年 after a year is dropped or a title split off), as names are keyed.
  const written = tokenize(query);
  const exactOf = new Map((ix.exact.get(wordKey(written)) ?? []).map((e) => [e.doc, e]));
  // 安倍首相, トランプ大統領: a name and a person's title is the person whose name is or begins with that name
  // (安倍晋三, ドナルド・トランプ), not the events named for what that person did.
  if (all.length === 2 && TITLES.test(all[1]!) && isCjk(all[0]!)) {
    const stem = all[0]!;
    for (const i of members) {
      const doc = ix.docs[i]!;
      if (doc.kind !== "person" || exactOf.has(i)) continue;
      const name = doc.names.find((n) => n.tokens.has(stem) || (n.key.startsWith(stem) && isCjk(n.key)));
      if (!name) continue;
      exactOf.set(i, { doc: i, text: name.text, primary: false });
      // The one who held the title (安倍晋三 the prime minister, not his father 安倍晋太郎 the foreign minister).
      if ((TITLE_FORMS[all[1]!] ?? [all[1]!]).some((t) => doc.text.summary.includes(t))) acc.score[i]! += 10;
    }
  }
  // "Shikotan Island", "Futenma base": a place's name and the kind of place it is, which its name need not say.
  const named = written.filter((w) => !PLACE_WORDS.has(w));
  if (named.length && named.length < written.length) {
    for (const e of ix.exact.get(wordKey(named)) ?? []) if (ix.docs[e.doc]!.kind === "place" && !exactOf.has(e.doc)) exactOf.set(e.doc, e);
  }
  const matched = new Map<number, string>();
  for (const i of members) {
    const doc = ix.docs[i]!;
    if (cued.size && cued.has(doc.kind)) acc.score[i]! *= 1.3;
    const coverage = acc.matchedWeight[i]! / totalWeight;
    acc.tier[i] = acc.words[i] === words.length ? 3 : coverage >= 0.6 ? 2 : 1;
    const exact = exactOf.get(i);
    if (exact) {
      // A name that is the query's words (日・EU・EPA for 日EU・EPA, "UK accession to the CPTPP" for "UK accession to
      // CPTPP") ranks above every other hit. A former name counts for less than a name in use: 韓国 is South Korea
      // before the Korean Empire.
      // A name with the query's words in another spelling ("Annex 1 Of The …" for "Annex 1 To The …") counts for a little less.
      acc.score[i]! += (exact.primary ? 60 : exact.former ? 45 : 50) - (exact.keys && !exact.keys.includes(key) ? 5 : 0);
      acc.tier[i] = 4;
      matched.set(i, exact.text);
    }
  }
  // The name bonuses can reorder only near the top: they are computed for the best candidates alone (by tier,
  // then score, then the order matched).
  const { score, tier } = acc;
  const best = firstInOrder(members, TOP, (a, b) => tier[b]! - tier[a]! || higher(score[a]!, score[b]!) || acc.member.get(a) - acc.member.get(b));
  const forms = words.map((w) => ({ w, folded: foldRomaji(w), cjk: isCjk(w) }));
  const top = new Set(best);
  for (const i of best) {
    const doc = ix.docs[i]!;
    if (key.length >= 3 && doc.names.some((n) => n.key.startsWith(key) && n.key !== key)) score[i]! += 8;
    const name = bestName(doc, forms);
    // A name that holds the query's words, and little else, is what the reader typed.
    if (name.count) score[i]! += 14 * (name.count / words.length) ** 2 + 6 * (name.count / Math.max(name.count, name.size));
    if (!matched.get(i)) matched.set(i, name.text);
  }
  const kinds = want.kind ? members.filter((i) => ix.docs[i]!.kind === want.kind) : members;
  const first = firstInOrder(kinds, want.count ?? kinds.length, (a, b) => {
    const x = ix.docs[a]!;
    const y = ix.docs[b]!;
    return tier[b]! - y.source - (tier[a]! - x.source) || x.source - y.source || higher(score[a]!, score[b]!) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  });
  return {
    total: kinds.length,
    hits: first.map((i) => ({ doc: ix.docs[i]!, tier: tier[i]!, score: score[i]!, matched: top.has(i) ? (matched.get(i) ?? "") : ix.docs[i]!.primary })),
  };
}

/** -1 when `a` is the higher score, 1 when `b` is, else 0 (a whole number: a fraction returned would be boxed). */
const higher = (a: number, b: number): number => (a > b ? -1 : a < b ? 1 : 0);

/** The most one query word weighs when deciding how much of the query a document matched. */
const COVERAGE_CAP = 4;

/** How many of the best candidates get the name bonuses. */
const TOP = 120;

/** The name or alias holding most of the query's words (then the shortest), to rank and to show why a hit came up. */
function bestName(doc: Doc, words: readonly { w: string; folded: string; cjk: boolean }[]): { text: string; count: number; size: number } {
  let best = { text: doc.primary, count: 0, size: Number.POSITIVE_INFINITY };
  for (const n of doc.names) {
    let count = 0;
    for (const { w, folded, cjk } of words) if (cjk ? n.key.includes(w) : n.tokens.has(w) || n.tokens.has(folded)) count++;
    const size = n.tokens.size;
    if (count > best.count || (count === best.count && count > 0 && size < best.size)) best = { text: n.text, count, size };
  }
  return best;
}

/** A person's title written after the name, in Japanese. */
const TITLE = "(?:首相|総理大臣|総理|外相|外務大臣|大統領|国務長官|国家主席|主席|国王|大使|氏)";
const TITLES = new RegExp(`^${TITLE}$`);
/** A word of kanji that ends with a title, and a name of one character or more before it (安倍首相). */
const TITLED = new RegExp(`^([\u4e00-\u9fff々]+?)(${TITLE})$`);

/** The words a summary uses for a title written in short (首相: 内閣総理大臣). */
const TITLE_FORMS: Record<string, string[]> = {
  首相: ["首相", "総理大臣", "総理"],
  総理: ["首相", "総理大臣", "総理"],
  総理大臣: ["首相", "総理大臣", "総理"],
  外相: ["外相", "外務大臣"],
  外務大臣: ["外相", "外務大臣"],
  主席: ["主席"],
  国家主席: ["主席"],
  氏: [],
};

/** Words that say what kind of place a name is, typed after it though the place's name leaves them out. */
const PLACE_WORDS: ReadonlySet<string> = new Set(["island", "islands", "isle", "islet", "islets", "base", "city", "prefecture", "port", "harbor", "harbour", "strait", "peninsula", "bay", "river", "mount", "mountain"]);

/** A year, which also matches the documents dated in it. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** A word in more documents than this only scores candidates that rarer words found. */
const COMMON = 400;

/** The candidates among `docs` that hold a common word (exactly or folded). */
function commonHits(ix: SearchIndex, w: string, docs: readonly number[]): Hits {
  const folded = foldRomaji(w);
  const hits = noHits();
  const exact: Variant = { token: w, weight: 1, posting: ix.postings.get(w) };
  const fold: Variant = { token: folded, weight: 0.95, posting: ix.postings.get(folded) };
  const dated: Variant = { token: dateToken(w), weight: 1, posting: YEAR.test(w) ? ix.postings.get(dateToken(w)) : undefined };
  const exactAt = ix.positionsOf(w);
  const foldAt = folded !== w ? ix.positionsOf(folded) : undefined;
  const datedAt = dated.posting ? ix.positionsOf(dated.token) : undefined;
  for (const i of docs) {
    const k = exactAt ? exactAt[i]! : -1;
    if (datedAt && datedAt[i]! >= 0) push(hits, i, dated, datedAt[i]!);
    else if (k >= 0) push(hits, i, exact, k);
    else if (foldAt && foldAt[i]! >= 0) push(hits, i, fold, foldAt[i]!);
  }
  return hits;
}

/** Documents whose tokens match a Latin word: exactly, folded, as a prefix (last word) or with a typo. */
function latinHits(ix: SearchIndex, w: string, last: boolean, slot: Marks): Hits {
  const hits = noHits();
  // Each document's place in `hits`.
  slot.clear();
  // One variant object per matching token, shared by its documents (one per document made garbage).
  const take = (token: string, weight: number) => {
    const posting = ix.postings.get(token);
    if (!posting) return;
    const v: Variant = { token, weight, posting };
    for (let k = 0; k < posting.docs.length; k++) {
      const i = posting.docs[k]!;
      const h = slot.get(i);
      if (h < 0) slot.set(i, push(hits, i, v, k));
      else if (hits.variants[h]!.weight < weight) {
        hits.variants[h] = v;
        hits.at[h] = k;
      }
    }
  };
  // A year matches the documents dated in it as a word of their name (taken first: a year in a summary is a weaker match).
  if (YEAR.test(w)) take(dateToken(w), 1);
  take(w, 1);
  const folded = foldRomaji(w);
  if (folded !== w) take(folded, 0.95);
  if (last && w.length >= 3 && !/^\d+$/.test(w)) for (const token of withPrefix(ix, w, 30)) take(token, 0.7);
  if (w.length >= 5 && !ix.postings.has(w) && !/\d/.test(w)) {
    const cap = w.length >= 10 ? 2 : 1;
    const mask = letterMask(w);
    for (let len = w.length - cap; len <= w.length + cap; len++) {
      for (const { token, mask: m } of ix.vocabByLength.get(len) ?? []) {
        // Each edit adds or removes at most two letters from the set of letters a word holds.
        if ((token[0] !== w[0] && token[1] !== w[1]) || bitCount(m ^ mask) > 2 * cap) continue;
        if (editDistance(w, token, cap) <= cap) take(token, 0.6);
      }
    }
  }
  return hits;
}

/**
 * Documents whose text holds a CJK word as a substring: candidates from the store's FTS5 trigram index
 * for words of three characters or more, from the in-memory bigrams for the one- and two-character
 * words trigrams cannot match (中国, 竹島); each candidate then checked. A word with more than COMMON
 * candidates checks only the documents rarer words `found`, when they found any.
 */
function cjkHits(ix: SearchIndex, w: string, fts: ((word: string) => string[]) | undefined, found: readonly number[]): Hits {
  let cand: Set<number> | undefined;
  if (fts && [...w].length >= 3) {
    cand = new Set(fts(w).map((id) => ix.byId.get(id)).filter((i): i is number => i !== undefined));
    // A name that is the word itself, also one the store's trigram index does not hold (日中関係, made by search
    // alone: src/kb/pair-names.ts).
    for (const e of ix.exact.get(w) ?? []) cand.add(e.doc);
  } else {
    for (const g of bigrams(w)) {
      const s = ix.cjk.get(g);
      if (!s) return noHits();
      cand = cand ? new Set([...cand].filter((i) => s.has(i))) : new Set(s);
    }
  }
  // Like a common Latin word, a common character (日 in 日EU・EPA) only scores what rarer words found.
  if (cand && found.length && cand.size > COMMON) cand = new Set(found.filter((i) => cand!.has(i)));
  const hits = noHits();
  const v: Variant = { token: w, weight: 1 };
  for (const i of cand ?? []) {
    const d = ix.docs[i]!;
    const fields = (d.text.name.includes(w) ? 1 : 0) | (d.text.alias.includes(w) ? 2 : 0) | (d.text.summary.includes(w) ? 4 : 0);
    if (fields) push(hits, i, v, fields);
  }
  if ([...w].length >= PARTIAL_MIN && !hits.at.some((f) => f & 3)) partialCjkHits(ix, w, hits);
  return hits;
}

const pairCounts = new WeakMap<SearchIndex, Int32Array>();

/** A Japanese word at least this long that no name holds whole may match a name by most of its bigrams. */
const PARTIAL_MIN = 4;
/** The share of a word's bigrams a document must hold to match it in part. */
const PARTIAL_SHARE = 0.5;
/** What a match in part weighs at most, against 1 for the whole word. */
const PARTIAL_WEIGHT = 0.8;

/**
 * Documents holding most of a long Japanese word's character bigrams, when no name or alias holds the word
 * whole: a compound written in another order or with a word more or less than the name (千島樺太交換条約 for
 * 樺太・千島交換条約, 韓国併合条約 for 日韓併合条約, 日米構造問題協議 for 日米構造協議). Each is scored in the one
 * field where its share of the bigrams weighs most, the share times PARTIAL_WEIGHT; documents that hold the word
 * whole (in a summary) keep their full match.
 */
function partialCjkHits(ix: SearchIndex, w: string, hits: Hits): void {
  const grams = [...new Set(bigrams(w))];
  // How many of the pairs each document holds, in an array kept per index (a common pair such as 条約 is in thousands).
  let counts = pairCounts.get(ix);
  if (!counts) pairCounts.set(ix, (counts = new Int32Array(ix.docs.length)));
  const touched: number[] = [];
  for (const g of grams) {
    for (const i of ix.cjk.get(g) ?? []) if (counts[i]!++ === 0) touched.push(i);
  }
  const whole = new Set(hits.docs);
  const variants = new Map<number, Variant>();
  const enough = Math.max(2, Math.ceil(PARTIAL_SHARE * grams.length));
  const found: number[] = [];
  for (const i of touched) {
    if (counts[i]! >= enough && !whole.has(i)) found.push(i);
    counts[i] = 0;
  }
  for (const i of found) {
    const d = ix.docs[i]!;
    let best = 0;
    let bestField = -1;
    FIELDS.forEach((f, fi) => {
      const share = grams.filter((g) => d.text[f].includes(g)).length / grams.length;
      if (share >= PARTIAL_SHARE && WEIGHTS[fi]! * share > best) [best, bestField] = [WEIGHTS[fi]! * share, fi];
    });
    if (bestField < 0) continue;
    const weight = Math.round(100 * PARTIAL_WEIGHT * (best / WEIGHTS[bestField]!)) / 100;
    let v = variants.get(weight);
    if (!v) variants.set(weight, (v = { token: w, weight }));
    push(hits, i, v, 1 << bestField);
  }
}

/** Words that say which kind of thing is sought: "treaty" an agreement, "summit" an event. */
const CUES: [RegExp, string][] = [
  [/^(?:agreement|treaty|treaties|epa|fta|pact|convention|protocol|accord|charter|communique|declaration|条約|協定|取極|協約|宣言|声明)$/, "agreement"],
  [/^(?:summit|visit|incident|negotiations?|war|crisis|conference|meeting|attack|accession|admission|nationali[sz]ation|purchase|会談|首脳会議|事件|訪問|戦争|会議|加盟)$/, "event"],
  [/^(?:dispute|issue|問題|紛争)$/, "dispute"],
  [/^(?:doctrine|policy|law|act|strategy|principles?|guidelines|政策|原則|法|戦略|指針)$/, "policy"],
  [/^(?:organi[sz]ation|union|bank|fund|council|forum|機構|機関|連合|銀行|会議)$/, "organization"],
];

function kindCues(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) for (const [re, kind] of CUES) if (re.test(w) || (/[\u4e00-\u9fff]/.test(w) && [...w].length > 2 && re.test(w.slice(-2)))) out.add(kind);
  return out;
}
