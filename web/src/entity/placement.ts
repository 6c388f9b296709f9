/**
 * Where a citation's preview card goes: below its badge, or above when there is no room below,
 * never over the badge, and always inside the viewport (a 390 px phone too). Pure.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: "below" | "above";
  /** Set when the card is taller than the room on either side: it scrolls inside this height. */
  maxHeight: number | null;
}

/**
 * @example placeCard({ left: 100, top: 100, right: 120, bottom: 116 }, { width: 300, height: 150 }, { width: 390, height: 844 })
 * // { left: 8, top: 122, side: "below", maxHeight: null }
 */
export function placeCard(anchor: Rect, card: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, margin = 8): Placement {
  const width = Math.min(card.width, viewport.width - 2 * margin);
  const centred = (anchor.left + anchor.right) / 2 - width / 2;
  const left = Math.max(margin, Math.min(centred, viewport.width - margin - width));
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  if (card.height <= roomBelow) return { left, top: anchor.bottom + gap, side: "below", maxHeight: null };
  if (card.height <= roomAbove) return { left, top: anchor.top - gap - card.height, side: "above", maxHeight: null };
  // Taller than either side: the larger side, scrolling, still clear of the badge.
  if (roomBelow >= roomAbove) return { left, top: anchor.bottom + gap, side: "below", maxHeight: Math.max(0, roomBelow) };
  const height = Math.max(0, roomAbove);
  return { left, top: anchor.top - gap - height, side: "above", maxHeight: height };
}
