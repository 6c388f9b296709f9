import { deserialize, serialize } from "node:v8";
import type { Kind } from "../../model/ids.js";
import type { Store } from "../store.js";
import type { GeneratedName } from "../generated-names.js";
import { numberedNames } from "../numbered-names.js";
import { kanaVariantNames } from "../kana-variants.js";
import { pairNames } from "../pair-names.js";
import { searchKey } from "../text.js";
import { bigrams, foldRomaji, isCjk, STOPWORDS, tokenize } from "./normalize.js";

/** The fields a document is searched in, and how much a match in each weighs. */
export const FIELDS = ["name", "alias", "summary"] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_WEIGHT: Record<Field, number> = { name: 3, alias: 2.2, summary: 0.6 };

/** One searchable entity. */
export interface Doc {
  id: string;
  kind: Kind;
  /** 1 for a source, 0 for anything else: compared on every sort, so a number rather than the kind. */
  source: number;
  /** Names and aliases as written, with their keys, for exact and prefix matches and for `matched`. */
  names: { text: string; key: string; primary: boolean; kind: string; tokens: Set<string> }[];
  /** Each field's text as keys, for checking CJK substrings. */
  text: Record<Field, string>;
  /** The primary name as written (the id when there is none), shown when no other name matched. */
  primary: string;
  /** The entity's type (an agreement's, an event's…), and the start of its first date (signed, occurred…). */
  type: string | null;
  date: string | null;
}

/**
 * The documents holding one token, in document order, with how often each field holds it: `tf[3 * k + f]`
 * for the `k`-th document and field `f` (name, alias, summary). Kept as typed arrays rather than a map of
 * counts per document: ranking reads thousands of counts a query, and a map per document cost a cache
 * miss or more for each.
 */
export interface Posting {
  docs: Int32Array;
  tf: Uint32Array;
}

/** A name or alias whose key is exactly a query's: which document, and whether it is the primary name or a former one. */
export interface ExactName {
  doc: number;
  text: string;
  primary: boolean;
  /** A name the entity no longer goes by (韓国 of the Korean Empire, beside South Korea's own 韓国). */
  former?: boolean;
  /** The keys (`searchKey`) of the document's names with these words: a query spelled as one of them is matched letter for letter. */
  keys?: string[];
}

/** Predicates whose date best tells an entity apart in a list of hits. */
const FIRST_DATE = ["signed", "occurred", "founded", "born", "adopted", "exists", "in-force"];

/** A bit per letter a–z a token holds: two tokens within k edits differ in at most 2k of them. */
export function letterMask(token: string): number {
  let m = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) m |= 1 << c;
  }
  return m;
}

/** How many bits are set (letters that differ between two masks). */
export function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * An in-memory inverted index over every entity's names, aliases and summaries, built once per store
 * (the store is read-only): token → documents, CJK bigram → documents, and the vocabulary by length
 * for typo tolerance. The corpus is a few thousand entities, so this is small and fast.
 */
export class SearchIndex {
  readonly docs: Doc[] = [];
  readonly byId = new Map<string, number>();
  readonly postings = new Map<string, Posting>();
  /** Each field's length in tokens, `lens[3 * doc + f]`. */
  readonly lens: Uint32Array;
  readonly cjk = new Map<string, Set<number>>();
  /** Latin tokens of four letters or more by length, each with its letter mask, for typo tolerance. */
  readonly vocabByLength = new Map<number, { token: string; mask: number }[]>();
  /**
   * Every name and alias by its words (`wordKey`), for the exact-name bonus: 日EU・EPA is 日・EU・EPA, and
   * "UK accession to CPTPP" is "UK accession to the CPTPP".
   */
  readonly exact = new Map<string, ExactName[]>();
  /** Every Latin token, sorted, for prefix ranges. */
  readonly sorted: string[] = [];
  readonly avgLen: Record<Field, number> = { name: 1, alias: 1, summary: 1 };

  constructor(rows: { id: string; kind: Kind; type?: string | null; date?: string | null; summary: string; names: { text: string; primary: boolean; kind: string }[] }[]) {
    const totals: Record<Field, number> = { name: 0, alias: 0, summary: 0 };
    this.lens = new Uint32Array(3 * rows.length);
    // Postings as they grow: documents and counts, made typed arrays once every document is read.
    const growing = new Map<string, { docs: number[]; tf: number[] }>();
    for (const r of rows) {
      const fieldText: Record<Field, string> = {
        name: r.names.filter((n) => n.primary).map((n) => n.text).join("\n"),
        alias: r.names.filter((n) => !n.primary).map((n) => n.text).join("\n"),
        summary: r.summary,
      };
      const doc: Doc = {
        id: r.id, kind: r.kind, source: r.kind === "source" ? 1 : 0,
        names: r.names.map((n) => ({ ...n, key: searchKey(n.text), tokens: new Set(tokenize(n.text).flatMap((t) => [t, foldRomaji(t)])) })),
        text: { name: searchKey(fieldText.name), alias: searchKey(fieldText.alias), summary: searchKey(fieldText.summary) },
        primary: r.names.find((n) => n.primary)?.text ?? r.id,
        type: r.type ?? null,
        date: r.date ?? null,
      };
      const i = this.docs.push(doc) - 1;
      this.byId.set(r.id, i);
      for (const n of doc.names) {
        const k = wordKey(tokenize(n.text));
        const l = this.exact.get(k) ?? [];
        // One entry per document: its primary name if that is the one, else the first alias.
        const same = l.find((e) => e.doc === i);
        if (!same) l.push({ doc: i, text: n.text, primary: n.primary, ...(n.kind === "former" ? { former: true } : {}), keys: [n.key] });
        else {
          same.keys!.push(n.key);
          if (n.primary && !same.primary) Object.assign(same, { text: n.text, primary: true, former: false });
          else if (same.former && n.kind !== "former") Object.assign(same, { text: n.text, former: false });
        }
        this.exact.set(k, l);
      }
      // This document's counts per token (in the order the tokens first occur) and field.
      const counts = new Map<string, [number, number, number]>();
      FIELDS.forEach((f, fi) => {
        const tokens = tokenize(fieldText[f]);
        this.lens[3 * i + fi] = tokens.length;
        totals[f] += tokens.length;
        for (const t of tokens) {
          for (const form of new Set([t, foldRomaji(t)])) {
            let c = counts.get(form);
            if (!c) counts.set(form, (c = [0, 0, 0]));
            c[fi] = c[fi]! + 1;
          }
          if (isCjk(t)) for (const g of bigrams(t)) add(this.cjk, g, i);
        }
      });
      for (const [form, c] of counts) {
        let p = growing.get(form);
        if (!p) growing.set(form, (p = { docs: [], tf: [] }));
        p.docs.push(i);
        p.tf.push(...c);
      }
    }
    // Each year a document is dated by (its first date), as if its name held the year: "Okinawa Reversion
    // Agreement 1971" is the agreement signed in 1971, not the reversion of 1972 whose summary names the agreement.
    rows.forEach((r, i) => {
      const year = /^(\d{4})(?!\d)/.exec(r.date ?? "")?.[1];
      if (!year) return;
      let p = growing.get(dateToken(year));
      if (!p) growing.set(dateToken(year), (p = { docs: [], tf: [] }));
      p.docs.push(i);
      p.tf.push(1, 0, 0);
    });
    for (const [form, p] of growing) this.postings.set(form, { docs: Int32Array.from(p.docs), tf: Uint32Array.from(p.tf) });
    for (const f of FIELDS) this.avgLen[f] = Math.max(1, totals[f] / Math.max(1, rows.length));
    this.sorted.push(...[...this.postings.keys()].filter((t) => !isCjk(t) && !t.startsWith("@")).sort());
    for (const t of this.postings.keys()) {
      if (isCjk(t) || t.length < 4 || t.startsWith("@")) continue;
      const l = this.vocabByLength.get(t.length) ?? [];
      l.push({ token: t, mask: letterMask(t) });
      this.vocabByLength.set(t.length, l);
    }
  }

  /** Inverse document frequency (BM25's): rare tokens weigh more than "japan" or "treaty". */
  idf(token: string): number {
    const df = this.postings.get(token)?.docs.length ?? 0;
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private positions = new Map<string, Int32Array>();

  /**
   * Where each document stands in a token's posting (-1 where it holds none), kept once asked for: a common
   * word is looked up in every candidate the rarer words found.
   */
  positionsOf(token: string): Int32Array | undefined {
    let pos = this.positions.get(token);
    if (pos) return pos;
    const p = this.postings.get(token);
    if (!p) return undefined;
    pos = new Int32Array(this.docs.length).fill(-1);
    for (let k = 0; k < p.docs.length; k++) pos[p.docs[k]!] = k;
    this.positions.set(token, pos);
    return pos;
  }
}

/**
 * The posting key of the documents dated in a year ('@' never survives tokenizing, so no word is this key).
 *
 * @example dateToken("1971") // "@1971"
 */
export function dateToken(year: string): string {
  return `@${year}`;
}

/**
 * A name's or a query's words as one key, without the words that carry no subject: two names that differ only in
 * punctuation, spacing or an article are the same name.
 *
 * @example wordKey(tokenize("UK accession to the CPTPP")) === wordKey(tokenize("UK accession to CPTPP")) // true
 */
export function wordKey(words: readonly string[]): string {
  const content = words.filter((w) => !STOPWORDS.has(w));
  return (content.length ? content : words).join(" ");
}

function add(m: Map<string, Set<number>>, k: string, i: number): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(i);
}

/** The start of a statement's time as written, or null when it starts before the records (`..`). */
function startOf(time: string): string | null {
  const start = time.split("/")[0];
  return start && start !== ".." ? start : null;
}

const memo = new WeakMap<Store, SearchIndex>();
/** Where a store's index is read from instead of built (`adoptIndex`). */
const given = new WeakMap<Store, () => SearchIndex | undefined>();

/**
 * A built index as bytes (node:v8), for a process that builds a store's index once and hands it to others
 * reading the same file: test/global-setup.ts does so for the run's full build, which three test files
 * searched, each building the same index (1 to 3 s each) before its first query.
 *
 * @example writeFileSync(file, serializeIndex(indexOf(store)))
 */
export function serializeIndex(ix: SearchIndex): Buffer {
  // The positions are a cache filled by queries: not part of the index.
  return serialize({ ...ix, positions: new Map() });
}

/** An index from `serializeIndex`'s bytes: the same maps, sets and arrays, and SearchIndex's methods. */
export function deserializeIndex(bytes: Buffer): SearchIndex {
  return Object.assign(Object.create(SearchIndex.prototype) as SearchIndex, deserialize(bytes) as SearchIndex);
}

/**
 * Makes `store` use the index `load` gives (read when first asked for) rather than build its own; when `load`
 * gives none, the store builds its own. `load` must give the index of the same store file, built by this code
 * (as test/helpers.ts does with the one global setup has built).
 *
 * @example adoptIndex(store, () => deserializeIndex(readFileSync(file)))
 */
export function adoptIndex(store: Store, load: () => SearchIndex | undefined): void {
  if (!memo.has(store)) given.set(store, load);
}

/**
 * The search index of a store, built on first use (or read, when `adoptIndex` gave one).
 *
 * @example indexOf(store).docs.length
 */
export function indexOf(store: Store): SearchIndex {
  let ix = memo.get(store);
  if (ix) return ix;
  ix = given.get(store)?.();
  if (ix) {
    memo.set(store, ix);
    return ix;
  }
  const entities = store.prepared("SELECT id, kind, type, COALESCE(summary_en, '') || ' ' || COALESCE(summary_ja, '') AS summary FROM entities").all() as { id: string; kind: Kind; type: string | null; summary: string }[];
  // The earliest dated statement of the first-date kinds, per entity (ordered, so the first row wins).
  const dates = new Map<string, string | null>();
  const dated = store.prepared(`SELECT subject, time FROM statements WHERE p IN (${FIRST_DATE.map(() => "?").join(",")}) AND time IS NOT NULL AND status != 'rejected' ORDER BY subject, s_min`);
  for (const r of dated.iterate(...FIRST_DATE) as Iterable<{ subject: string; time: string }>) if (!dates.has(r.subject)) dates.set(r.subject, startOf(r.time));
  const names = store.prepared("SELECT n.entity_id, n.text, n.lang, n.primary_name, n.kind, e.kind AS entity_kind FROM names n JOIN entities e ON e.id = n.entity_id ORDER BY n.rowid").all() as NameRow[];
  const byEntity = new Map<string, { text: string; primary: boolean; kind: string }[]>();
  for (const n of names) {
    // A generated rewording of an entity's other names ("… between Australia and Japan") adds no words to rank by.
    if (n.kind === "reworded") continue;
    const l = byEntity.get(n.entity_id) ?? [];
    l.push({ text: n.text, primary: n.primary_name === 1, kind: n.kind });
    byEntity.set(n.entity_id, l);
  }
  for (const [id, made] of searchOnlyNames(names, entities)) {
    const l = byEntity.get(id);
    if (l) l.push(...made.filter((g) => !l.some((n) => n.text === g.text)).map((g) => ({ text: g.text, primary: false, kind: g.kind })));
  }
  ix = new SearchIndex(entities.map((e) => ({ ...e, date: dates.get(e.id) ?? null, names: byEntity.get(e.id) ?? [] })));
  memo.set(store, ix);
  return ix;
}

/** A row of the names table, with its entity's kind: read once for the index and for the names search generates. */
interface NameRow { entity_id: string; text: string; lang: string; primary_name: number; kind: string; entity_kind: Kind }

/**
 * Names search generates from the store's names by the rules the checker resolves mentions by, and which are not
 * in the names table because the checker's gazetteer links them otherwise: a series' meeting by its number
 * ("7th TICAD", "Sixth Pacific Islands Leaders Meeting"; src/kb/numbered-names.ts) and a state by its Japanese pair
 * abbreviation (日伯, 日泰関係; src/kb/pair-names.ts), and a katakana name by its other spelling of "v" (ヴェネズエラ;
 * src/kb/kana-variants.ts).
 */
function searchOnlyNames(names: readonly NameRow[], entities: readonly { id: string; kind: Kind }[]): Map<string, GeneratedName[]> {
  // The English names as the checker's gazetteer reads them (every entity but sources), so that both number alike.
  const englishNames = new Map<string, string[]>();
  const japaneseNames: { entity: string; text: string }[] = [];
  for (const n of names) {
    if (n.entity_kind === "source") continue;
    if (n.lang === "en") englishNames.set(n.entity_id, [...(englishNames.get(n.entity_id) ?? []), n.text]);
    else if (n.lang === "ja") japaneseNames.push({ entity: n.entity_id, text: n.text });
  }
  // A mention of an event or an organization is what the checker numbers.
  const out = numberedNames(englishNames, entities.filter((e) => e.kind === "event" || e.kind === "organization").map((e) => e.id));
  const states = new Set(entities.filter((e) => e.kind === "state").map((e) => e.id));
  for (const [id, made] of pairNames((id) => states.has(id))) out.set(id, [...(out.get(id) ?? []), ...made]);
  // ヴェネズエラ for ベネズエラ: the katakana variants the gazetteer links too (src/kb/kana-variants.ts).
  for (const [id, made] of kanaVariantNames(japaneseNames)) out.set(id, [...(out.get(id) ?? []), ...made]);
  return out;
}

/**
 * The tokens that start with `prefix`, from the sorted token list (binary search, then a short walk).
 *
 * @example withPrefix(ix, "senka", 30) // ["senkaku"]
 */
export function withPrefix(ix: SearchIndex, prefix: string, max: number): string[] {
  let lo = 0;
  let hi = ix.sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < ix.sorted.length && out.length < max && ix.sorted[i]!.startsWith(prefix); i++) if (ix.sorted[i] !== prefix) out.push(ix.sorted[i]!);
  return out;
}
