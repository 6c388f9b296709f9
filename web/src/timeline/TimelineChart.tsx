import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { TimelineItem, TimelineResult } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { formatDate } from "../time/dates.js";
import { Link, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { pinchSpan, TwoFingers, type Point } from "../app/pinch.js";
import { calendarTicks, clampView, pan, toYear, zoom, type View } from "./scale.js";
import { annotate, KEY_LABELS, keyCandidates, keyLabel } from "./annotations.js";
import { keyEventIndex } from "./key-events.js";
import { layoutMarks, ROW_KINDS, usedRows } from "./layout.js";
import { TimelineMarks } from "./TimelineMarks.js";
import { MarkTip } from "./MarkTip.js";
import { HIT_MOUSE, HIT_TOUCH, MarkIndex, placeMarks } from "./mark-canvas.js";
import { eraBands } from "./overview.js";
import { boundsOf } from "./range.js";
import { useWidth } from "./useWidth.js";
import { useWheel } from "../app/wheel.js";
import { useHeldMax } from "./useHeldMax.js";
import { placeTickLabels } from "./tick-labels.js";

/** The axis labels' font size (styles.css .tick-label). */
const TICK_PX = 11;

const ROW_H = 26;
const TOP = 40;
const LEFT = 78;
/** The band of key-event labels above the rows: line slots of this height (KEY_LABELS says how many). */
const LANE_H = 14;

/** A drag in progress: where it started, the view then, and the view now. */
export interface Drag {
  x: number;
  from: View;
  view: View;
}

interface Props {
  items: readonly TimelineItem[];
  /** Every item fetched (Japan's part in an agreement is read from them when outside the view). */
  context?: readonly TimelineItem[];
  view: View;
  extent: View;
  setView: (v: View) => void;
  dragging: Drag | null;
  setDragging: (d: Drag | null) => void;
  /** Zoom steps or a drag are under way (the address does not have the view yet): the height is held. */
  moving?: boolean;
  /** The API's short display names by entity id: a key event whose full name fits nowhere is labelled with its short one. */
  shortNames?: TimelineResult["shortNames"];
}

/**
 * The timeline chart: era bands, ticks, one row of marks per kind. Zooms with the keyboard (+ −),
 * the wheel (when focused or with Ctrl/⌘) and pans by dragging or with the arrow keys.
 */
export function TimelineChart({ items, context, view, extent, setView, dragging, setDragging, moving = false, shortNames }: Props) {
  const { t, lang, name } = useI18n();
  const { query } = useNav();
  const svg = useRef<SVGSVGElement>(null);
  // Drawn at the width it is shown at, so labels keep their size on a phone.
  const [box, W] = useWidth<HTMLDivElement>(1000, 320);
  const PLOT = W - LEFT - 16;

  const marks = useMemo(() => layoutMarks(items, view, PLOT), [items, view.start, view.end, PLOT]); // eslint-disable-line react-hooks/exhaustive-deps
  // What the key events weigh is read once per answer of the API, not at every zoom step.
  const index = useMemo(() => keyEventIndex(context ?? items), [context ?? items]); // eslint-disable-line react-hooks/exhaustive-deps
  // The few candidate key events among all those fetched, found once per answer: a zoom step then
  // only places those in its view (the same as looking through the view's thousands of items).
  const candidates = useMemo(() => keyCandidates(context ?? items, index), [context ?? items, index]); // eslint-disable-line react-hooks/exhaustive-deps
  // One label function per language: annotate keeps the labels it wrote with it from step to step.
  const label = useCallback((i: TimelineItem) => keyLabel(formatDate(lang, i.date.slice(0, 4)), i.date.slice(0, 4), name(i.statement.subject.name)), [lang]); // eslint-disable-line react-hooks/exhaustive-deps
  // The short name in the page's language: the Japanese one where the entity has a Japanese name (else the English name is shown, so the English short one).
  const short = useCallback(
    (i: TimelineItem) => {
      const s = shortNames?.[i.statement.subject.id];
      const n = lang === "ja" && i.statement.subject.name.ja ? s?.ja : s?.en;
      return n ? keyLabel(formatDate(lang, i.date.slice(0, 4)), i.date.slice(0, 4), n) : null;
    },
    [lang, shortNames],
  );
  const notes = useMemo(
    () => annotate(candidates, view, PLOT, { index, candidates: true, ...KEY_LABELS, label, short }),
    [candidates, index, view.start, view.end, PLOT, label, short], // eslint-disable-line react-hooks/exhaustive-deps
  );
  // As many line slots as the labels take (a wrapped label takes one per line).
  const band = notes.length > 0 ? Math.max(...notes.map((a) => a.lane + a.lines.length)) * LANE_H + 6 : 0;
  const rows = useMemo(() => usedRows(marks), [marks]);
  const tickMarks = calendarTicks(view, Math.max(3, Math.round(PLOT / (lang === "ja" ? 110 : 95)))).map((tick) => ({
    date: tick.date,
    x: ((tick.at - view.start) / (view.end - view.start)) * PLOT,
    text: formatDate(lang, tick.date),
  }));
  const tickLabels = new Map(placeTickLabels(tickMarks, PLOT, TICK_PX).map((label) => [label.x, label]));
  const rowY = (row: number) => TOP + band + rows.indexOf(row) * ROW_H + ROW_H / 2;
  // Held while the steps go on: a height that changes moves the whole page under the chart.
  const height = useHeldMax(TOP + band + Math.max(1, rows.length) * ROW_H + 24, moving || dragging !== null);
  // The marks where they are drawn, bucketed by x for the pointer (the canvas has no elements to hover).
  const hits = useMemo(() => new MarkIndex(placeMarks(marks, rows, TOP + band, ROW_H, LEFT)), [marks, rows, band]);
  const [hover, setHover] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const markAt = (el: Element, e: { clientX: number; clientY: number; pointerType: string }) => {
    const rect = el.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * W;
    const y = ((e.clientY - rect.top) / rect.height) * height;
    return hits.hit(x, y, e.pointerType === "mouse" ? HIT_MOUSE : HIT_TOUCH)?.mark.key ?? null;
  };
  // Two fingers on the chart: where they were when the second touched down, and the view then.
  const [fingers] = useState(() => new TwoFingers<View>());
  const plotPoint = (el: Element, e: { clientX: number; clientY: number }): Point => {
    const rect = el.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * W - LEFT, y: e.clientY - rect.top };
  };

  // The wheel zooms when the chart has focus or Ctrl/⌘ is held (otherwise it scrolls the page).
  useWheel(svg, (e) => {
    const el = svg.current;
    if (!el || !(e.ctrlKey || e.metaKey || document.activeElement === el)) return;
    e.preventDefault();
    // The marks move under a still mouse: its tooltip would name one no longer under it.
    setHover(null);
    const rect = el.getBoundingClientRect();
    const year = toYear(view, PLOT, ((e.clientX - rect.left) / rect.width) * W - LEFT);
    setView(zoom(view, e.deltaY > 0 ? 1.25 : 0.8, year, extent));
  });
  const mid = (view.start + view.end) / 2;
  const span = view.end - view.start;
  const { from, to } = boundsOf(view);
  const charW = lang === "ja" ? 11 : 6.2;
  const onKey = (e: KeyboardEvent) => {
    const actions: Record<string, () => View> = {
      "+": () => zoom(view, 0.5, mid, extent),
      "=": () => zoom(view, 0.5, mid, extent),
      "-": () => zoom(view, 2, mid, extent),
      ArrowLeft: () => pan(view, -span / 5, extent),
      ArrowRight: () => pan(view, span / 5, extent),
    };
    if (e.key === "Escape") setPinned(null);
    const act = actions[e.key];
    if (act) {
      e.preventDefault();
      setHover(null);
      setView(act());
    }
  };


  return (
      <div className="timeline-chart" ref={box}>
        <svg
          ref={svg}
          viewBox={`0 0 ${W} ${height}`}
          tabIndex={0}
          role="img"
          aria-label={t("timeline.chartRange", { from: formatDate(lang, from), to: formatDate(lang, to) })}
          onKeyDown={onKey}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            if (fingers.down(e.pointerId, plotPoint(e.currentTarget, e), () => dragging?.view ?? view)) {
              setDragging({ x: e.clientX, from: dragging?.from ?? view, view: dragging?.view ?? view });
              return;
            }
            setDragging({ x: e.clientX, from: view, view });
          }}
          onPointerMove={(e) => {
            if (e.pointerType === "mouse" && !dragging) setHover(markAt(e.currentTarget, e));
            const p = fingers.move(e.pointerId, plotPoint(e.currentTarget, e));
            if (p && dragging) {
              setDragging({ ...dragging, view: clampView(pinchSpan(p.state, PLOT, p.pinch), extent) });
              return;
            }
            if (!dragging || fingers.pinched) return;
            const rect = e.currentTarget.getBoundingClientRect();
            const years = ((dragging.x - e.clientX) / rect.width) * (W / PLOT) * (dragging.from.end - dragging.from.start);
            setDragging({ ...dragging, view: pan(dragging.from, years, extent) });
          }}
          onPointerUp={(e) => {
            const pinch = fingers.up(e.pointerId);
            // The first finger lifted ends the pinch; the view is kept once the last one is up.
            if (fingers.count > 0) return;
            // A click or a tap that did not drag pins the card of the mark under it (or unpins).
            if (!pinch && dragging && Math.abs(e.clientX - dragging.x) < 5) setPinned(markAt(e.currentTarget, e));
            if (dragging && dragging.view !== dragging.from) setView(dragging.view);
            setDragging(null);
          }}
          onPointerCancel={(e) => fingers.up(e.pointerId)}
          onPointerLeave={() => setHover(null)}
          className={dragging ? "dragging" : undefined}
          data-from={from}
          data-to={to}
        >
          {eraBands(view, PLOT, (era) => t(era.label).length * charW).map(({ era, x1, x2, labelled }) => (
            <g key={era.id} className="era">
              <rect x={LEFT + x1} y={era.lane * 16} width={x2 - x1} height={height - era.lane * 16 - 20} fill={era.colour} opacity={0.75} />
              {labelled && (
                <text x={LEFT + x1 + 3} y={era.lane * 16 + 12} className="era-label">
                  {t(era.label)}
                </text>
              )}
            </g>
          ))}
          {/* Every tick's line; the labels that fit (one at the right edge ends at its tick, and is left out rather than run into the one before). */}
          {tickMarks.map((tick) => {
            const label = tickLabels.get(tick.x);
            return (
              <g key={tick.date} transform={`translate(${LEFT + tick.x},0)`}>
                <line y1={TOP - 6} y2={height - 20} className="tick-line" />
                {label && (
                  <text y={height - 6} textAnchor={label.anchor} className="tick-label">
                    {label.text}
                  </text>
                )}
              </g>
            );
          })}
          {notes.map((a) => (
            <line key={a.entity.id} x1={LEFT + a.x} x2={LEFT + a.x} y1={TOP + (a.lane + a.lines.length) * LANE_H - 1} y2={height - 20} className="annotation-line" />
          ))}
          {rows.map((row) => (
            <text key={row} x={4} y={rowY(row) + 4} className="row-label">
              {t(`entity.kind.${ROW_KINDS[row]!}`)}
            </text>
          ))}
        </svg>
        <TimelineMarks placed={hits.placed} width={W} height={height} host={svg} />
        <MarkTip index={hits} hover={dragging ? null : hover} pinned={pinned} width={W} onClose={() => setPinned(null)} />
        {/* The labels are links, so HTML over the drawing (an image holds no links), at its px: it is drawn at the width shown. */}
        {notes.length > 0 && (
          <ul className="annotations" aria-label={t("timeline.keyEvents")}>
            {notes.map((a) => (
              <li key={a.entity.id} style={{ left: LEFT + a.left, top: TOP + a.lane * LANE_H, width: a.width + 2, height: a.lines.length * LANE_H }} data-entity={a.entity.id}>
                {/* Whole, on the lines annotate broke it into (each keeps its space, so the link's text is the label). */}
                <Link href={href({ view: "entity", id: a.entity.id }, {}, query)} className="annotation-label" title={a.text === a.full ? undefined : a.full}>
                  {a.lines.map((line, i) => (
                    <span key={i}>{line}</span>
                  ))}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
  );
}
