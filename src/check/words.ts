/**
 * Content words for matching a sentence against the wording of the knowledge base (event names,
 * recorded attributes): lowercase, hyphenated compounds split ("counter-piracy" → counter, piracy),
 * possessive and plural endings dropped, function words left out. Inflected forms meet through a
 * shared stem (`similar`): "collided" and "collision", "reinvestigate" and "reinvestigation".
 */

/** Words that carry no content of their own. */
const FUNCTION_WORDS = new Set([
  "the", "and", "for", "with", "was", "were", "has", "had", "have", "its", "his", "her", "their", "not", "but", "are", "from", "into", "this",
  "that", "these", "those", "which", "who", "whom", "whose", "also", "than", "then", "there", "been", "being", "all", "any", "some", "such",
  "more", "most", "other", "over", "under", "after", "before", "between", "during", "about", "only", "very", "one", "two", "three",
  "can", "could", "would", "should", "will", "may", "might", "did", "does", "yes", "per", "via", "out", "off", "our", "your", "each",
  "them", "they", "him", "she", "you", "what", "when", "where", "while", "both", "either", "neither", "nor", "again", "made", "make",
]);

/** A word as written (lowercase): 3 letters or more. */
const WORD = /[a-z][a-z']{2,}/g;

/** The content words of a text (3 letters or more). */
export function wordsOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const raw of s.toLowerCase().match(WORD) ?? []) {
    const w = contentOf(raw);
    if (w) out.add(w);
  }
  return out;
}

/**
 * The content word of a lowercase word ("" for none): without a possessive ('s, '), -ies made -y, and a plural
 * -es or -s dropped after four letters or more that do not end in s (words.test.ts holds the same rewrites as
 * patterns). Read from its last letters: a cache of every word met cost more to look up (a large table, read
 * for each word of a check and seldom in the processor's cache).
 */
function contentOf(raw: string): string {
  let w = raw;
  let n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === APOSTROPHE) w = w.slice(0, --n);
  else if (last === LETTER_S && n >= 2 && w.charCodeAt(n - 2) === APOSTROPHE) w = w.slice(0, (n -= 2));
  if (n >= 6 && w.charCodeAt(n - 1) === LETTER_S && w.charCodeAt(n - 2) === LETTER_E && w.charCodeAt(n - 3) === LETTER_I) w = `${w.slice(0, (n -= 3))}y`, n++;
  if (n >= 5 && w.charCodeAt(n - 1) === LETTER_S) {
    if (n >= 6 && w.charCodeAt(n - 2) === LETTER_E && w.charCodeAt(n - 3) !== LETTER_S) w = w.slice(0, n - 2);
    else if (w.charCodeAt(n - 2) !== LETTER_S) w = w.slice(0, n - 1);
  }
  return w.length < 3 || FUNCTION_WORDS.has(w) ? "" : w;
}


const LETTER_E = 101;
const LETTER_I = 105;
const LETTER_S = 115;

/**
 * A text's words read once with where they are, for the words of its parts (a sentence without its names,
 * without its dates, each name alone): each as `wordsOf` would read the text with everything else blanked.
 * Blanking only cuts words: a word wholly kept or wholly blanked is taken as read; one cut is read again
 * from its kept letters. A text whose lowercase form has another length is read again each time.
 */
export class TextWords {
  private readonly lower: string;
  /** Each word as read (`WORD` in the lowercase text): where it starts and ends, as written, and its content word ("" for none). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly raws: string[] = [];
  private readonly words: string[] = [];

  constructor(private readonly text: string) {
    this.lower = text.toLowerCase();
    if (this.lower.length !== text.length) return;
    // `WORD` read by hand, without a match object per word: a letter and the run of letters and apostrophes after it,
    // when that run has two or more (no shorter match starts inside a run too short).
    const s = this.lower;
    for (let p = 0; p < s.length; ) {
      if (!isLetter(s.charCodeAt(p))) {
        p++;
        continue;
      }
      let q = p + 1;
      while (q < s.length && (isLetter(s.charCodeAt(q)) || s.charCodeAt(q) === APOSTROPHE)) q++;
      if (q - p >= 3) {
        const raw = s.slice(p, q);
        this.starts.push(p);
        this.ends.push(q);
        this.raws.push(raw);
        this.words.push(contentOf(raw));
      }
      p = q;
    }
  }

  /** `wordsOf(text)`. */
  all(): Set<string> {
    return this.without([]);
  }

  /**
   * The content words of the text with ranges (offsets in it) blanked.
   *
   * @example new TextWords("Japan's visit to Pyongyang").without([[0, 5]]) // Set {"visit", "pyongyang"}
   */
  without(ranges: readonly (readonly [number, number])[]): Set<string> {
    if (this.lower.length !== this.text.length) {
      let blanked = this.text;
      for (const [a, b] of ranges) blanked = blanked.slice(0, a) + " ".repeat(Math.max(0, b - a)) + blanked.slice(b);
      return wordsOf(blanked);
    }
    const out = new Set<string>();
    // Loops by index: destructuring each range ([a, b]) went through the iterator protocol, an object per step.
    for (let i = 0; i < this.starts.length; i++) {
      const start = this.starts[i]!;
      const end = this.ends[i]!;
      let cut = false;
      let gone = false;
      for (let r = 0; r < ranges.length; r++) {
        const a = ranges[r]![0];
        const b = ranges[r]![1];
        if (b <= start || end <= a || b <= a) continue;
        if (a <= start && end <= b) gone = true;
        else cut = true;
      }
      if (gone) continue;
      if (!cut) {
        if (this.words[i]) out.add(this.words[i]!);
        continue;
      }
      // Cut by a range: its letters outside every range, read again.
      const kept = [...this.raws[i]!];
      for (let r = 0; r < ranges.length; r++) {
        const a = ranges[r]![0];
        const b = ranges[r]![1];
        for (let x = Math.max(a, start); x < Math.min(b, end); x++) kept[x - start] = " ";
      }
      for (const raw of kept.join("").match(WORD) ?? []) {
        const w = contentOf(raw);
        if (w) out.add(w);
      }
    }
    return out;
  }

  /** `wordsOf(text.slice(a, b))`. */
  within(a: number, b: number): Set<string> {
    if (this.lower.length !== this.text.length) return wordsOf(this.text.slice(a, b));
    return this.without([[-Infinity, a], [b, Infinity]]);
  }
}

const APOSTROPHE = 39;
/** a-z. */
const isLetter = (c: number) => c >= 97 && c <= 122;


/** The index key of a word: its first five letters. */
export const stemKey = (w: string) => w.slice(0, 5);

/**
 * Whether two content words are forms of one word: equal, or sharing a stem of five letters or more
 * that leaves at most three letters of the shorter one ("collided"/"collision", not "state"/"statement").
 */
export function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 5) return false;
  let p = 0;
  while (p < short && a[p] === b[p]) p++;
  if (p < 5 || p < short - 3 || (a.length - p > 4 && b.length - p > 4)) return false;
  // An adverb modifies a verb; it names no thing ("comprehensively" is not "comprehensive").
  if (a.length !== b.length && (a.length > b.length ? a : b).slice(p) === "ly" && p === short) return false;
  // A noun in -ment is another word than its root ("statement" is not "state").
  return !/^ments?$/.test(a.slice(p)) && !/^ments?$/.test(b.slice(p));
}

/** The content words of a sentence, looked up by stem. */
export class WordBag {
  private readonly byKey = new Map<string, string[]>();
  private readonly known = new Map<string, boolean>();
  readonly size: number;

  constructor(words: Iterable<string>) {
    let n = 0;
    for (const w of words) {
      const k = stemKey(w);
      const list = this.byKey.get(k);
      if (list) list.push(w);
      else this.byKey.set(k, [w]);
      n++;
    }
    this.size = n;
  }

  /** Whether the bag holds a form of a word; `key` is its stem key, when the caller keeps it (`stemKey(w)`). */
  has(w: string, key?: string): boolean {
    // Asked again and again for the words of every event and attribute, most of them of a stem the bag has
    // not: those answered from the stem; the others compared once per word.
    // A key cut again (five letters) costs less than one looked up in a cache of every word asked.
    const list = this.byKey.get(key ?? stemKey(w));
    if (!list) return false;
    let r = this.known.get(w);
    if (r === undefined) {
      r = false;
      for (let i = 0; i < list.length && !r; i++) r = similar(list[i]!, w);
      this.known.set(w, r);
    }
    return r;
  }

  /** The words of `words` this bag holds a form of. */
  shared(words: Iterable<string>): string[] {
    const out: string[] = [];
    for (const w of words) if (this.has(w)) out.push(w);
    return out;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}
