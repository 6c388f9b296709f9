// HTML to readable text in one left-to-right scan. Every search for a closing delimiter ("-->", ">",
// "</script") remembers where it found the next one (or that there is none), so each character is
// looked at a bounded number of times: time grows linearly with the input whatever the markup.
// (The regexes this replaced rescanned the rest of the input from every "<", which took 54 s on
// 512 KB of "<a" while the server answered no one.)

/** Elements whose content is never text. */
const RAW = ["script", "style", "noscript", "template"] as const;

/** Tags that end a line of text: a break, and the end of a block. */
const BREAKS = new Set(["br", "/p", "/div", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/tr", "/blockquote", "/section", "/article"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", hellip: "…" };

/** Lower-cases ASCII letters only, so that offsets in the copy are offsets in the original. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The next index of a needle at or after a position, remembered so that repeated asks cost nothing. */
class NextIndex {
  private at = -2;
  constructor(
    private readonly hay: string,
    private readonly needle: string,
  ) {}
  /** The index of the needle at or after `from`, or -1. */
  from(from: number): number {
    if (this.at === -1 || this.at >= from) return this.at;
    this.at = this.hay.indexOf(this.needle, from);
    return this.at;
  }
}

/** The end (just past its ">") of the next "</name" closed by ">" after optional white space, remembered likewise. */
class NextRawEnd {
  private at = -2;
  private end = -1;
  constructor(
    private readonly lower: string,
    private readonly name: string,
  ) {}
  from(from: number): number {
    if (this.at === -1 || this.at >= from) return this.end;
    const needle = `</${this.name}`;
    for (let p = this.lower.indexOf(needle, from); p !== -1; p = this.lower.indexOf(needle, p + 1)) {
      let j = p + needle.length;
      while (j < this.lower.length && /\s/.test(this.lower[j]!)) j++;
      if (this.lower[j] === ">") {
        [this.at, this.end] = [p, j + 1];
        return this.end;
      }
    }
    [this.at, this.end] = [-1, -1];
    return -1;
  }
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameEnd = (c: number) => Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;

/**
 * The readable text of an HTML document: scripts, styles and tags removed, block elements as line
 * breaks, character references decoded. Claims' offsets then refer to this text. A "<" that opens no
 * tag (followed by a space, or never closed by ">") stays text.
 *
 * @example htmlToText("<p>Japan &amp; China</p><script>x</script>") // "Japan & China\n"
 */
export function htmlToText(html: string): string {
  const lower = asciiLower(html);
  const gt = new NextIndex(html, ">");
  const commentEnd = new NextIndex(html, "-->");
  const rawEnd = new Map(RAW.map((name) => [name, new NextRawEnd(lower, name)]));
  const out: string[] = [];
  let text = 0; // start of the text not yet copied
  let i = html.indexOf("<");
  while (i !== -1 && i < html.length) {
    let next = -1; // where the text resumes after a construct at i, if there is one
    let replacement = "";
    if (html.startsWith("<!--", i)) {
      const end = commentEnd.from(i + 4);
      if (end !== -1) [next, replacement] = [end + 3, " "];
    }
    if (next === -1) {
      const c = html.charCodeAt(i + 1);
      const close = gt.from(i + 1);
      if (close === -1) break; // no ">" anywhere after: nothing further is a tag
      if (close > i + 1 && (isLetter(c) || c === 47 || c === 33 || c === 63)) {
        const raw = RAW.find((name) => lower.startsWith(name, i + 1) && isNameEnd(lower.charCodeAt(i + 1 + name.length)));
        const afterRaw = raw ? rawEnd.get(raw)!.from(close + 1) : -1;
        if (afterRaw !== -1) next = afterRaw;
        else {
          next = close + 1;
          let n = c === 47 ? i + 2 : i + 1;
          while (n < close && !isNameEnd(lower.charCodeAt(n)) && n - i < 13) n++;
          if (BREAKS.has(lower.slice(i + 1, n))) replacement = "\n";
        }
      }
    }
    if (next === -1) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    out.push(html.slice(text, i), replacement);
    text = next;
    i = html.indexOf("<", next);
  }
  out.push(html.slice(text));
  return tidyLines(decodeReferences(out.join("")));
}

/** Decodes named and numeric character references; unknown or impossible ones stay as written. */
function decodeReferences(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,8}|[a-z]{1,16});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1]?.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Drops spaces and tabs at line ends and keeps at most one empty line in a row. */
function tidyLines(s: string): string {
  const lines = s.split("\n");
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k]!;
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end < line.length) lines[k] = line.slice(0, end);
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}
