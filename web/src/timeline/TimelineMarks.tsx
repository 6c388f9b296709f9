import { memo, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { TimelineItem } from "../api/types.js";
import { message, type Lang } from "../i18n/dict.js";
import type { NameLookup, RoleTables } from "../i18n/roles.js";
import { formatDate } from "../time/dates.js";
import { itemDate } from "./items.js";
import type { Mark } from "./layout.js";
import { drawMarks, markClass, type Paint, type Placed } from "./mark-canvas.js";
import { lineText, timelineLine } from "./line.js";

interface Props {
  placed: readonly Placed[];
  /** The chart's size in px (the canvas lies over the SVG at the same size). */
  width: number;
  height: number;
  /** The chart's SVG: the marks' colours are read from the CSS there, as its circles had them. */
  host: RefObject<SVGSVGElement | null>;
}

/**
 * The chart's marks, painted on a canvas over the SVG (which keeps the axes, eras and labels): one
 * circle per item, at the screen's pixel density. Thousands of SVG circles cost Chromium 200–400 ms of
 * paint per zoom step on the unfiltered timeline; the canvas is redrawn in a few. The canvas is hidden
 * from screen readers: the list under the chart says the same, and the marks were never focusable.
 */
export const TimelineMarks = memo(function TimelineMarks({ placed, width, height, host }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const paints = useRef(new Map<string, Paint>());
  // Each item's paint, found once: a draw asks for thousands.
  const byItem = useRef(new WeakMap<TimelineItem, Paint>());
  const dpr = useDevicePixelRatio();
  // Before the browser paints, so the marks move in the same frame as the axes.
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (el.width !== w) el.width = w;
    if (el.height !== h) el.height = h;
    const ctx = el.getContext("2d");
    if (!ctx) return;
    const paint = (m: Mark) => {
      let known = byItem.current.get(m.item);
      if (known === undefined) byItem.current.set(m.item, (known = paintOf(markClass(m), host.current, paints.current)));
      return known;
    };
    drawMarks(ctx, placed, paint, width, height, dpr);
  }, [placed, width, height, dpr, host]);
  return <canvas ref={canvas} className="timeline-marks" aria-hidden="true" data-marks={placed.length} />;
});

const FALLBACK: Paint = { fill: "#1b4f9c", opacity: 0.75 };

/** The fill the stylesheet gives an SVG circle of these classes (read once per class and page). */
function paintOf(classes: string, svg: SVGSVGElement | null, known: Map<string, Paint>): Paint {
  const cached = known.get(classes);
  if (cached) return cached;
  if (!svg) return FALLBACK;
  const probe = document.createElementNS("http://www.w3.org/2000/svg", "circle");
  probe.setAttribute("class", classes);
  svg.appendChild(probe);
  const style = getComputedStyle(probe);
  const paint = { fill: style.fill || FALLBACK.fill, opacity: Number(style.fillOpacity || 1) };
  probe.remove();
  known.set(classes, paint);
  return paint;
}

/** The device pixels per CSS pixel, followed when it changes (browser zoom, a move to another screen). */
function useDevicePixelRatio(): number {
  const [dpr, setDpr] = useState(() => (typeof window === "undefined" ? 1 : window.devicePixelRatio || 1));
  useEffect(() => {
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`);
    const changed = () => setDpr(window.devicePixelRatio || 1);
    query.addEventListener("change", changed);
    return () => query.removeEventListener("change", changed);
  }, [dpr]);
  return dpr;
}

// Per language, and on a Japanese page per whether the role tables had arrived (a title written before
// them has the roles that need a table in English).
const titles = new Map<string, WeakMap<TimelineItem, string>>();

/**
 * A mark's tooltip: its date, then the statement's line (line.ts) as plain text, in the page's language.
 * @example markTitle(item, "en") // "29 Sep 1972 · Japan diplomatic relations China"
 * @example markTitle(item, "ja", names, tables) // "1972年9月29日 · 日本 外交関係 中華人民共和国"
 */
export function markTitle(item: TimelineItem, lang: Lang, names?: NameLookup, tables?: RoleTables): string {
  const key = `${lang}|${tables ? 1 : 0}|${names ? 1 : 0}`;
  let known = titles.get(key);
  if (!known) titles.set(key, (known = new WeakMap()));
  const had = known.get(item);
  if (had !== undefined) return had;
  const text = `${formatDate(lang, itemDate(item))} · ${lineText(timelineLine(item.statement, lang, names, tables), lang, message(lang, "entity.englishOnly"))}`;
  known.set(item, text);
  return text;
}
