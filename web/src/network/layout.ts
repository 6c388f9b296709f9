import type { EgoNetwork, GroupId, Tie } from "./model.js";

/**
 * Where the figure puts things: Japan in the middle, the political ties (allies, wars, disputes,
 * sanctions, rule) in a column on the left, agreements and memberships on the right, every partner on
 * a row of its own with its name beside it, so no label can cover another or leave the picture.
 * Pure; units are the SVG's viewBox units.
 */

export const FIGURE = { width: 960, dotLeft: 330, dotRight: 630, labelRoom: 290, row: 22, heading: 30, gap: 14, top: 8, font: 13 } as const;

const LEFT: readonly GroupId[] = ["allies", "war", "disputes", "sanctions", "held"];

export interface FigureRow {
  group: GroupId;
  tie: Tie;
  side: "left" | "right";
  x: number;
  y: number;
  /** Dot radius and line width, both growing with the tie's strength. */
  r: number;
  stroke: number;
  label: string;
  /** The label was shortened to fit; the full name goes in a tooltip. */
  cut: boolean;
}

export interface FigureText {
  group: GroupId;
  side: "left" | "right";
  y: number;
  /** A group heading, or "+n more" under a group cut to its first rows. */
  more: number | null;
}

export interface FigureLayout {
  height: number;
  japan: { x: number; y: number };
  rows: FigureRow[];
  texts: FigureText[];
}

/**
 * How wide a label is, in ems: CJK characters are a full em, capitals two thirds, others about half.
 * @example textWidth("日本") // 2
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.66 : 0.55;
  return w;
}

/**
 * Shortens a label to `room` ems, ending it with an ellipsis.
 * @example fit("Asia-Pacific Economic Cooperation", 10) // { text: "Asia-Pacific Eco…", cut: true }
 */
export function fit(text: string, room: number): { text: string; cut: boolean } {
  if (textWidth(text) <= room) return { text, cut: false };
  let out = "";
  for (const ch of text) {
    if (textWidth(out + ch) > room - 0.6) break;
    out += ch;
  }
  return { text: `${out.trimEnd()}…`, cut: true };
}

/**
 * Lays the groups out in two columns, at most `perGroup` rows a group (`agreements` for the
 * agreements group, already ranked strongest first).
 *
 * @example figureLayout(egoNetwork(graph), (t) => t.node.name.en).rows[0] // { group: "allies", x: 330, y: 38, … }
 */
export function figureLayout(net: Pick<EgoNetwork, "groups">, label: (t: Tie) => string, limits = { perGroup: 8, agreements: 12 }): FigureLayout {
  const rows: FigureRow[] = [];
  const texts: FigureText[] = [];
  const bottom: Record<"left" | "right", number> = { left: FIGURE.top, right: FIGURE.top };
  const maxValue = Math.max(1, ...net.groups.filter((g) => g.id === "agreements").flatMap((g) => g.ties.map((t) => t.value)));
  for (const g of net.groups) {
    const side = LEFT.includes(g.id) ? "left" : "right";
    let y = bottom[side] + (bottom[side] > FIGURE.top ? FIGURE.gap : 0) + FIGURE.heading - 8;
    texts.push({ group: g.id, side, y, more: null });
    y += 8;
    const limit = g.id === "agreements" ? limits.agreements : limits.perGroup;
    // The clubs Japan shares with most of its partners (G20, APEC…) before the oldest ones.
    const ranked = g.id === "memberships" ? [...g.ties].sort((a, b) => Number(a.note === "observer") - Number(b.note === "observer") || b.value - a.value) : g.ties;
    for (const tie of ranked.slice(0, limit)) {
      y += FIGURE.row;
      const strength = g.id === "agreements" ? tie.value / maxValue : g.id === "allies" || g.id === "war" ? 0.6 : 0.3;
      const { text, cut } = fit(label(tie), FIGURE.labelRoom / FIGURE.font);
      rows.push({ group: g.id, tie, side, x: side === "left" ? FIGURE.dotLeft : FIGURE.dotRight, y: y - 4, r: 3.5 + 4 * strength, stroke: 1 + 4 * strength, label: text, cut });
    }
    if (g.ties.length > limit) {
      y += FIGURE.row - 4;
      texts.push({ group: g.id, side, y, more: g.ties.length - limit });
    }
    bottom[side] = y + 6;
  }
  const height = Math.max(bottom.left, bottom.right, 120) + FIGURE.top;
  return { height, japan: { x: FIGURE.width / 2, y: height / 2 }, rows, texts };
}
