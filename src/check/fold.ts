/**
 * Folds text for matching while keeping every UTF-16 offset: one code unit in, one code unit out.
 * Latin letters are lowercased and lose their diacritics (Ōhira → ohira), full-width ASCII becomes
 * ASCII (ＵＳ → us), dashes become "-" and curly quotes "'". Names and texts are folded alike.
 *
 * @example fold("Ōhira’s ＵＳ–Japan") // "ohira's us-japan"
 */
export function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += foldUnit(s.charCodeAt(i));
  return out;
}

const cache = new Map<number, string>();

function foldUnit(c: number): string {
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : String.fromCharCode(c);
  let r = cache.get(c);
  if (r !== undefined) return r;
  if (c >= 0xff01 && c <= 0xff5e) r = foldUnit(c - 0xfee0);
  else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) r = "-";
  else if (c === 0x2018 || c === 0x2019 || c === 0x02bc) r = "'";
  else if (c >= 0xd800 && c <= 0xdfff) r = String.fromCharCode(c);
  else {
    const base = String.fromCharCode(c).normalize("NFD")[0]!;
    const lower = base.toLowerCase();
    r = lower.length === 1 ? lower : base;
  }
  cache.set(c, r);
  return r;
}

/** Letters and digits of any script count as word characters; CJK characters are words by themselves. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !isCjk(ch);
}

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(ch);
}
