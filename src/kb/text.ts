/**
 * The form names are indexed and searched in: Unicode NFKC (full-width Latin and half-width kana
 * folded), lowercase, Latin diacritics removed (Ōhira → ohira), dashes and quotes unified.
 *
 * @example searchKey("Ōhira Masayoshi") // "ohira masayoshi"
 * @example searchKey("ＵＳ–Ｊａｐａｎ")   // "us-japan"
 */
export function searchKey(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/[‐-―−]/g, "-")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
