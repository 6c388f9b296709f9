import { vuVariants } from "../kb/kana-variants.js";
import type { Kind } from "../model/ids.js";
import type { Store } from "../kb/store.js";
import { PAIR_ABBREVIATIONS } from "../kb/pair-names.js";
import { SeriesNumbers } from "../kb/numbered-names.js";
import { fold, isCjk, isWordChar } from "./fold.js";

const OTHER = 0, WORD = 1, LOWER = 2, CJK = 3;
const QUOTES = new Set(['"', "“", "”", "'", "‘", "’", "«", "»", "「", "」"]);
/** 1 for the code unit of each of QUOTES: read by code unit, without a string made per character. */
const QUOTE_UNITS = new Uint8Array(0x10000);
for (const q of QUOTES) QUOTE_UNITS[q.charCodeAt(0)] = 1;
/** Whether the code unit at an offset is one of QUOTES (false outside the text). */
const quoteAt = (text: string, at: number) => at >= 0 && at < text.length && QUOTE_UNITS[text.charCodeAt(at)] === 1;

/**
 * Per code unit: not part of a word, a word character, a lowercase letter (a word character too), or CJK. Into
 * `into` when given (a view of its first `text.length` places is returned: reads past the end are undefined, as
 * they are of an array of its own), else into a new array.
 */
function classify(text: string, into?: Uint8Array): Uint8Array {
  const out = into && into.length >= text.length ? into.subarray(0, text.length) : new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === UNKNOWN) k = CLASS[c] = classOf(c);
    out[i] = k;
  }
  return out;
}

/** The class of each code unit, filled in as met (the tests below read one code unit at a time). */
const UNKNOWN = 255;
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN);

function classOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? LOWER : (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : OTHER;
  const ch = String.fromCharCode(c);
  return isCjk(ch) ? CJK : /\p{Ll}/u.test(ch) ? LOWER : isWordChar(ch) ? WORD : OTHER;
}

/** An entity named in the text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: string;
  kind: Kind;
  /**
   * How it was named: a name or alias, a demonym ("Japanese"), a Japanese pair abbreviation (日米), a
   * surname alone ("Kaifu"), or a reference to something named before ("the embassy", "It").
   */
  via: "name" | "demonym" | "abbreviation" | "surname" | "reference";
  /**
   * For a reference: the text leaves no other reading ("the two countries" after a sentence naming just two, "the
   * treaty" when one agreement was named in the sentences before), so a claim on it may be contradicted too.
   */
  sure?: boolean;
}

interface Entry {
  /** Empty for a phrase that names none of our entities but contains one ("Latin America"). */
  entities: string[];
  /** All-capital abbreviations (US, UN, ASEAN) must match with the same case. */
  exact?: string;
  via: Mention["via"];
}

interface Node {
  /** By UTF-16 code unit (a character outside the BMP is one key above 0xFFFF, which no code unit meets). */
  next: Map<number, Node>;
  entry?: Entry;
}

/**
 * The trie as arrays, for a search that walks it at every word: node 0 is the root, whose children are
 * looked up by code unit in `root`. The other nodes are numbered depth first, each before its children (its
 * first child is the next node), and keep their facts side by side in `node`, four numbers each: the code unit
 * that leads to it, how many children it has, how many more code units the longest path below it has (0 for a
 * leaf), and its entry's place in `entries` (-1 for none). Nine nodes in ten have one child, the next node: a
 * name is walked through consecutive memory. A node of several children has them as `count` code units from
 * `first[n]` in `chars` (in order), leading to the nodes of the same place in `targets`. A character outside the
 * BMP, which no code unit meets, has no child here.
 */
interface FlatTrie {
  root: Int32Array;
  node: Int32Array;
  first: Int32Array;
  chars: Uint16Array;
  targets: Int32Array;
  entries: Entry[];
}

/** The places of a node's facts in `FlatTrie.node` (times four). */
const CHAR = 0, COUNT = 1, HEIGHT = 2, ENTRY = 3;

function flatten(root: Node): FlatTrie {
  const kidsOf = (n: Node) => [...n.next].filter(([c]) => c <= 0xffff).sort((a, b) => a[0] - b[0]);
  // Depth first, each node before its children, children in order of code unit.
  const order: { n: Node; c: number }[] = [];
  const stack: { n: Node; c: number }[] = [{ n: root, c: 0 }];
  while (stack.length) {
    const top = stack.pop()!;
    order.push(top);
    const kids = kidsOf(top.n);
    for (let x = kids.length - 1; x >= 0; x--) stack.push({ n: kids[x]![1], c: kids[x]![0] });
  }
  const ids = new Map<Node, number>(order.map((o, id) => [o.n, id]));
  const entries: Entry[] = [];
  const t: FlatTrie = { root: new Int32Array(0x10000).fill(-1), node: new Int32Array(order.length * 4), first: new Int32Array(order.length), chars: new Uint16Array(order.length), targets: new Int32Array(order.length), entries };
  let k = 0;
  order.forEach(({ n, c }, id) => {
    const kids = kidsOf(n);
    t.node[id * 4 + CHAR] = c;
    t.node[id * 4 + COUNT] = kids.length;
    t.node[id * 4 + ENTRY] = n.entry ? entries.push(n.entry) - 1 : -1;
    if (id === 0) for (const [ch, next] of kids) t.root[ch] = ids.get(next)!;
    else {
      t.first[id] = k;
      for (const [ch, next] of kids) (t.chars[k] = ch, t.targets[k++] = ids.get(next)!);
    }
  });
  // Children come after their parent: read backwards, each child's height is known before its parent's.
  for (let id = order.length - 1; id > 0; id--) {
    let h = 0;
    for (let x = t.first[id]!; x < t.first[id]! + t.node[id * 4 + COUNT]!; x++) h = Math.max(h, t.node[t.targets[x]! * 4 + HEIGHT]! + 1);
    t.node[id * 4 + HEIGHT] = h;
  }
  return t;
}

/** The child of a node by a code unit, or -1. */
function child(t: FlatTrie, node: number, c: number): number {
  if (node === 0) return t.root[c]!;
  const count = t.node[node * 4 + COUNT]!;
  // One child: the next node.
  if (count === 1) return t.node[(node + 1) * 4 + CHAR] === c ? node + 1 : -1;
  let lo = t.first[node]!;
  let hi = lo + count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = t.chars[mid]!;
    if (m === c) return t.targets[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Whether a code unit may be an uppercase letter (`\p{Lu}`): a surrogate may be half of one. 255 for not yet known. */
const UPPER = new Uint8Array(0x10000).fill(255);
function maybeUpper(c: number): boolean {
  let u = UPPER[c]!;
  if (u === 255) u = UPPER[c] = c >= 0xd800 && c <= 0xdfff ? 1 : /\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return u === 1;
}

/**
 * Where a text has a space followed by what may be a capital: for an offset, the first such capital after it
 * (the largest offset there is for none). Read forward as the search asks, offsets mostly rising: the answer found
 * for one offset holds for every later offset up to the space before it.
 */
class Caps {
  private from = -1;
  private q = 0;
  constructor(private readonly text: string) {}
  after(at: number): number {
    if (this.from >= 0 && at >= this.from && at < this.q) return this.q;
    const t = this.text;
    let q = 0x7fffffff;
    for (let i = at; i + 1 < t.length; i++) {
      if (t.charCodeAt(i) === 32 && maybeUpper(t.charCodeAt(i + 1))) {
        q = i + 1;
        break;
      }
    }
    this.from = at;
    return (this.q = q);
  }
}

/** Whether a word starts at an offset (`cls` from `classify`). */
function startsWord(cls: Uint8Array, at: number): boolean {
  return cls[at] === CJK || (cls[at - 1] ?? OTHER) === OTHER || cls[at - 1] === CJK;
}

/**
 * The longest name starting at `at`, if any. A function of the module, not a closure made per search (a closure
 * per call, and tsx's naming of each, cost more than the work it does).
 */
function longestName(trie: FlatTrie, text: string, folded: string, cls: Uint8Array, at: number, caps: Caps): { end: number; entry: Entry } | undefined {
  let best: { end: number; entry: Entry } | undefined;
  // A name starts with a capital, except a term in quotes ("sakoku") and a name whose later words are
  // capitalised ("south Korea").
  const lower = cls[at] === LOWER;
  const quoted = lower && quoteAt(text, at - 1);
  // Started in lower case and unquoted, a name is taken only once it holds a capital after a space: the walk stops
  // where no name below could reach that far (most words of a sentence, which the trie holds the start of).
  const cap = lower && !quoted ? caps.after(at) : 0;
  let node = 0;
  // Whether a quotation mark closed inside the name: "the “comfort women” agreement" names the Comfort Women
  // Agreement, the marks skipped where no name has them.
  let closed = false;
  for (let j = at; j < text.length; j++) {
    const next = child(trie, node, folded.charCodeAt(j));
    if (next < 0 && j > at && quoteAt(text, j) && (cls[j - 1] !== OTHER || cls[j + 1] !== OTHER)) {
      closed = true;
      continue;
    }
    node = next;
    if (node < 0 || j + trie.node[node * 4 + HEIGHT]! < cap) break;
    const entry = trie.node[node * 4 + ENTRY]!;
    if (entry < 0) continue;
    const endsWord = cls[j] === CJK || (cls[j + 1] ?? OTHER) === OTHER || cls[j + 1] === CJK;
    const e = trie.entries[entry]!;
    if (lower && !(quoted ? closed || quoteAt(text, j + 1) : / \p{Lu}/u.test(text.slice(at, j + 1)))) continue;
    if (endsWord && (!e.exact || text.slice(at, j + 1) === e.exact)) best = { end: j + 1, entry: e };
  }
  return best;
}

/**
 * Demonyms and adjectives that name a state ("Japanese" → Japan); several states for one word where the state
 * it named in its time is another ("Chinese forces" in 1937 were the Republic's, in 1894 the Qing's), chosen
 * by date as the names they share are.
 */
const DEMONYMS: Record<string, string | string[]> = {
  Japanese: "japan", Chinese: ["china", "taiwan", "qing"], American: "united-states", Americans: "united-states", "South Korean": "south-korea", "North Korean": "north-korea",
  Korean: ["south-korea", "korean-empire", "joseon"], Russian: ["russia", "russian-empire"], Soviet: "ussr", British: "united-kingdom", Taiwanese: "taiwan", Australian: "australia", Indian: "india",
  French: "france", German: ["germany", "german-empire", "kingdom-of-prussia"], Dutch: ["netherlands", "dutch-republic"], Portuguese: "portugal", Spanish: "spain", Filipino: "philippines", Philippine: "philippines",
  Vietnamese: "vietnam", Indonesian: "indonesia", Thai: "thailand", Singaporean: "singapore", Malaysian: "malaysia", Mongolian: "mongolia",
  Canadian: "canada", Mexican: "mexico", Cambodian: "cambodia", Rwandan: "rwanda", Afghan: "afghanistan", Burmese: "myanmar", Brazilian: "brazil", Peruvian: "peru", Chilean: "chile", Israeli: "israel", Iranian: "iran", Iraqi: "iraq",
  Saudi: "saudi-arabia", Turkish: ["turkey", "ottoman-empire"], Egyptian: "egypt", Italian: "italy", Ukrainian: "ukraine", Pakistani: "pakistan", "New Zealand": "new-zealand",
  中国人: "china", 韓国人: "south-korea", 米国人: "united-states",
  // "Our country" in Japanese government texts ("我が国の要員"): Japan.
  我が国: "japan", わが国: "japan",
};

/** The second character of Japanese pair abbreviations such as 日米 (Japan–US) and 日中 (Japan–China): the table search shares (src/kb/pair-names.ts). */
const PAIR: Readonly<Record<string, string>> = PAIR_ABBREVIATIONS;

/**
 * Phrases that hold a name but mean something else; matched as a whole, they link nothing
 * ("Latin America" is not the United States).
 */
const BLOCKED = ["Latin America", "South America", "North America", "Central America", "the Americas", "Southeast Asian", "South Asian", "East Asian", "Korean Peninsula", "Korean War", "Chinese Communist Party"];

/** Names too generic to link on their own (they are also ordinary words or labels). */
const STOP = new Set(["other", "statement", "summit", "war", "treaty", "agreement", "declaration", "constitution", "embassy"]);

/**
 * The names and aliases of every entity in the store, as a trie, plus demonyms and pair abbreviations.
 * Built once per store.
 */
export class Gazetteer {
  private readonly root: Node = { next: new Map() };
  private flat: FlatTrie | undefined;
  readonly kinds = new Map<string, Kind>();
  readonly prominence = new Map<string, number>();
  /** Persons by the last word of their English name ("Kaifu" → toshiki-kaifu). */
  readonly surnames = new Map<string, string[]>();
  /** Persons with a Japanese name in kanji ("鳩山一郎"), whose surname a text may write alone ("鳩山首相"). */
  readonly kanjiPersons: { id: string; ja: string }[] = [];
  /** English names and aliases by entity. */
  readonly englishNames = new Map<string, string[]>();

  constructor(store: Store) {
    for (const r of store.prepared("SELECT id, kind FROM entities WHERE kind != 'source'").all() as { id: string; kind: Kind }[]) this.kinds.set(r.id, r.kind);
    for (const r of store.prepared("SELECT subject AS id, count(*) AS n FROM statements GROUP BY subject").all() as { id: string; n: number }[]) this.prominence.set(r.id, r.n);
    for (const r of store.prepared("SELECT object AS id, count(*) AS n FROM statements WHERE object IS NOT NULL GROUP BY object").all() as { id: string; n: number }[]) {
      this.prominence.set(r.id, (this.prominence.get(r.id) ?? 0) + r.n);
    }
    const names = store.prepared("SELECT n.entity_id, n.text, n.lang FROM names n JOIN entities e ON e.id = n.entity_id WHERE e.kind != 'source'").all() as { entity_id: string; text: string; lang: string }[];
    for (const n of names) {
      this.add(n.text, n.entity_id, "name");
      // ヴェネズエラ and ベネズエラ, ジュネーヴ and ジュネーブ: katakana writes a "v" both ways.
      if (n.lang === "ja") for (const v of vuVariants(n.text)) this.add(v, n.entity_id, "name");
      if (n.lang === "en") this.englishNames.set(n.entity_id, [...(this.englishNames.get(n.entity_id) ?? []), n.text]);
    }
    for (const r of store.prepared("SELECT id, name_en FROM entities WHERE kind = 'person'").all() as { id: string; name_en: string }[]) {
      const last = /\s([A-Z][\p{L}-]{2,})$/u.exec(r.name_en)?.[1];
      if (!last) continue;
      // "Sato" for Satō, "Kono" for Kōno: texts often drop the long-vowel marks.
      for (const key of new Set([last, last.normalize("NFD").replace(/\p{M}/gu, "")])) this.surnames.set(key, [...(this.surnames.get(key) ?? []), r.id]);
    }
    // Chinese, Korean and Vietnamese names put the family name first ("Kim Dae-jung", "Xi Jinping"): a text may write
    // it alone ("Kim became president in 1998") for a person who held an office of such a state.
    const familyFirst = store.prepared(
      `SELECT DISTINCT e.id, e.name_en FROM entities e JOIN statements s ON s.subject = e.id AND s.p = 'holds-office'
       WHERE e.kind = 'person' AND s.object IN ('china', 'taiwan', 'qing', 'south-korea', 'north-korea', 'korean-empire', 'joseon', 'vietnam', 'north-vietnam', 'south-vietnam')`,
    ).all() as { id: string; name_en: string }[];
    for (const r of familyFirst) {
      const first = /^([A-Z][a-z]{1,})\s+[A-Z][a-z]+(?:-[a-z]+)?$/.exec(r.name_en)?.[1];
      if (first && !(this.surnames.get(first) ?? []).includes(r.id)) this.surnames.set(first, [...(this.surnames.get(first) ?? []), r.id]);
    }
    for (const r of store.prepared("SELECT id, name_ja FROM entities WHERE kind = 'person' AND name_ja IS NOT NULL").all() as { id: string; name_ja: string }[]) {
      if (/^[\p{Script=Han}々]{2,6}$/u.test(r.name_ja)) this.kanjiPersons.push({ id: r.id, ja: r.name_ja });
    }
    for (const [text, ids] of Object.entries(DEMONYMS)) for (const id of [ids].flat()) if (this.kinds.has(id)) this.add(text, id, "demonym");
    for (const text of BLOCKED) this.node(fold(text)).entry ??= { entities: [], via: "name" };
  }

  private numbers?: SeriesNumbers;

  /**
   * The one meeting of a series by its number ("the sixth Pacific Islands Leaders Meeting", "the 6th Tokyo
   * International Conference on African Development", "the seventh TICAD"): an entity of the store named the
   * series' name with that ordinal before it ("Sixth …", "6th …") or its abbreviation with the number after it
   * ("TICAD VI", "PALM6", "TICAD 7"). The rule search names meetings by (src/kb/numbered-names.ts).
   */
  numbered(series: string, n: number): string | undefined {
    return (this.numbers ??= new SeriesNumbers(this.englishNames)).numbered(series, n);
  }

  /** The trie in flat arrays, made at the first search (built, it no longer changes). */
  private trie(): FlatTrie {
    return (this.flat ??= flatten(this.root));
  }

  private add(text: string, entity: string, via: Mention["via"]): void {
    const t = text.trim();
    if ([...t].length < 2 || STOP.has(t.toLowerCase()) || /^\d+$/.test(t)) return;
    const node = this.node(fold(t));
    const exact = /^[A-Z][A-Z.]{1,5}$/.test(t) ? t : undefined;
    if (!node.entry) node.entry = { entities: [entity], exact, via };
    else if (!node.entry.entities.includes(entity)) node.entry.entities.push(entity);
  }

  /** The trie node for a folded key, made on the way where missing. */
  private node(key: string): Node {
    let node = this.root;
    for (const ch of key) {
      const c = ch.codePointAt(0)!;
      let next = node.next.get(c);
      if (!next) node.next.set(c, (next = { next: new Map() }));
      node = next;
    }
    return node;
  }

  /**
   * Links every mention, longest match first. A Latin-script name must start with a capital letter in
   * the text and end at a word boundary; possessives ("Japan's") and hyphenated pairs ("US-Japan")
   * therefore link both names. `choose` picks between entities sharing a name; `folded` is `fold(text)`
   * when the caller has it already.
   */
  find(text: string, choose: (candidates: string[], at: number) => string, folded = fold(text)): Mention[] {
    // The classes go into a buffer kept for the purpose (a new array per sentence cost about 1 % of a check), unless
    // a search is already using it (`choose` searching again).
    const own = !this.classesBusy;
    if (own && this.classes.length < text.length) this.classes = new Uint8Array(Math.max(text.length, 2 * this.classes.length));
    this.classesBusy = true;
    try {
      return this.search(text, choose, folded, classify(text, own ? this.classes : undefined));
    } finally {
      if (own) this.classesBusy = false;
    }
  }

  private classes = new Uint8Array(4096);
  private classesBusy = false;

  private search(text: string, choose: (candidates: string[], at: number) => string, folded: string, cls: Uint8Array): Mention[] {
    const trie = this.trie();
    const caps = new Caps(text);
    const out: Mention[] = [];
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      let best = startsWord(cls, i) ? longestName(trie, text, folded, cls, i, caps) : undefined;
      // "the 1895 Treaty of Portsmouth": a longer name that starts inside this one and runs past it wins
      // ("1895 Treaty", a generated name of another treaty, gives way to "Treaty of Portsmouth").
      if (best && cls[i] !== CJK) {
        let k = i + 1;
        for (; k < best.end; k++) {
          if (!startsWord(cls, k) || cls[k] === OTHER) continue;
          const inner = longestName(trie, text, folded, cls, k, caps);
          if (inner && inner.end > best.end && inner.end - k > best.end - i && inner.entry.entities.length) break;
        }
        if (k < best.end) {
          i = k;
          continue;
        }
      }
      if (best && best.entry.entities.length === 0) {
        i = best.end;
        continue;
      }
      if (best) {
        const entity = best.entry.entities.length === 1 ? best.entry.entities[0]! : choose(best.entry.entities, i);
        out.push({ start: i, end: best.end, text: text.slice(i, best.end), entity, kind: this.kinds.get(entity)!, via: best.entry.via });
        i = best.end;
        continue;
      }
      // 日米, 日中 …: Japan and the partner, when no longer name matched here.
      if (ch === "日" && PAIR[text[i + 1] ?? ""] && this.kinds.has(PAIR[text[i + 1]!]!)) {
        out.push({ start: i, end: i + 1, text: "日", entity: "japan", kind: "state", via: "abbreviation" });
        out.push({ start: i + 1, end: i + 2, text: text[i + 1]!, entity: PAIR[text[i + 1]!]!, kind: "state", via: "abbreviation" });
        i += 2;
        continue;
      }
      i++;
    }
    return out;
  }
}
