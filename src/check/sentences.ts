/** A sentence: its span in the text. */
export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Adm|Lt|Col|Capt|Sgt|St|Jr|Sr|No|Nos|vs|etc|e\.g|i\.e|cf|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Corp|Inc|Ltd|Co|U\.S|U\.K|U\.N|U\.S\.S\.R)|\b[A-Z])$/;

/**
 * Splits a text into sentences at . ! ? (not after abbreviations such as "U.S." or "Gen.") and at
 * 。！？, and at line breaks unless the next line goes on in lowercase; leading and trailing space is
 * left out of each span.
 *
 * @example splitSentences("Japan joined in 1956. It stayed.").length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // A line break ends a sentence unless the next line continues it (starts with a lowercase letter: hard-wrapped prose).
    if (ch === "\n" && !/^[ \t]*\p{Ll}/u.test(text.slice(i + 1, i + 12))) push(i + 1);
    else if (ch === "。" || ch === "！" || ch === "？") push(i + 1);
    else if ((ch === "." || ch === "!" || ch === "?") && /[\s"'”’)\]]/.test(text[i + 1] ?? " ")) {
      if (ch === "." && ABBREVIATIONS.test(text.slice(Math.max(0, i - 12), i))) continue;
      let j = i + 1;
      while (/["'”’)\]]/.test(text[j] ?? "")) j++;
      push(j);
    }
  }
  push(text.length);
  return out;
}
