// Where the timeline's axis writes its tick labels, none over another. Pure: positions in pixels.

export interface TickLabel {
  x: number;
  text: string;
  anchor: "middle" | "end";
}

/** Pixels kept clear between two labels. */
const GAP_PX = 6;

/**
 * The ticks' labels that fit: centred on their tick, or ending at it near the plot's right edge (so as
 * not to be cut off); a label that would run into the one before it is left out (its tick line stays).
 * Zoomed to days, "9 Oct 1972" and an end-anchored "11 Oct 1972" were drawn into one another.
 * `fontPx` is the labels' font size.
 * @example placeTickLabels([{ x: 700, text: "9 Oct 1972" }, { x: 760, text: "11 Oct 1972" }], 780, 11).map((l) => l.text) // ["9 Oct 1972"]
 */
export function placeTickLabels(ticks: readonly { x: number; text: string }[], plot: number, fontPx: number): TickLabel[] {
  const out: TickLabel[] = [];
  let right = -Infinity;
  for (const { x, text } of ticks) {
    const width = textWidth(text, fontPx);
    const anchor = x > plot - 36 ? "end" : "middle";
    const left = anchor === "end" ? x - width : x - width / 2;
    if (left < right + GAP_PX) continue;
    out.push({ x, text, anchor });
    right = left + width;
  }
  return out;
}

/**
 * A label's width on screen, roughly: a kanji or kana a full em, a Latin letter or digit about 0.6 em
 * (measured at 11 px: "11 Oct 1972" 68 px, "1972年9月22日" 82 px).
 * @example Math.round(textWidth("1972年9月22日", 11)) // 83
 */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * fontPx;
}
