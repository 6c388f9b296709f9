/**
 * Folds text for matching while keeping every UTF-16 offset: one code unit in, one code unit out.
 * Latin letters are lowercased and lose their diacritics (Ōhira → ohira), full-width ASCII becomes
 * ASCII (ＵＳ → us), dashes become "-" and curly quotes "'". Names and texts are folded alike.
 *
 * @example fold("Ōhira’s ＵＳ–Japan") // "ohira's us-japan"
 */
export function fold(s: string): string {
  // One code unit in, one out: fold into a UTF-16 buffer and decode it once (building the string a
  // character at a time made this the slowest step of checking a long text).
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let r = TABLE[c]!;
    if (r === 0 && c !== 0) r = TABLE[c] = foldUnit(c).charCodeAt(0);
    out[i] = r;
  }
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString("utf16le");
}

/** The folded code unit of each code unit, filled in as met (0: not yet, but for NUL itself). */
const TABLE = new Uint16Array(0x10000);

function foldUnit(c: number): string {
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  if (c >= 0xff01 && c <= 0xff5e) return foldUnit(c - 0xfee0);
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return "-";
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return "'";
  if (c >= 0xd800 && c <= 0xdfff) return String.fromCharCode(c);
  const base = String.fromCharCode(c).normalize("NFD")[0]!;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** Letters and digits of any script count as word characters; CJK characters are words by themselves. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !isCjk(ch);
}

/** Whether a text begins with a word in Japanese script (kanji, hiragana or katakana). */
export function startsJapanese(text: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(ch);
}
