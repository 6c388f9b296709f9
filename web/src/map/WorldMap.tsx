import { memo, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from "react";
import type { ProjectedWorld } from "./geometry.js";
import type { Category } from "./colour.js";
import { placeLabels } from "./labels.js";
import { JAPAN_ISO } from "./join.js";
import { clampBox, frameSize, panBox, zoomBox, type Box } from "./viewport.js";
import { useScreenHeight } from "./useScreenHeight.js";
import { pinchBox, TwoFingers, type Point } from "../app/pinch.js";
import { useWidth } from "../timeline/useWidth.js";
import { useWheel } from "../app/wheel.js";

export interface ShapeStyle {
  category: Category;
  opacity: number;
  /** The status is uncertain: a dotted pattern is drawn over the colour (explained in the legend). */
  uncertain?: boolean;
  /** The tooltip's text: state name and status. */
  title: string;
  /** The state the shape is coloured for, alone: the pinned card's heading and link (the title says whose land it is). */
  heading?: string;
  /** Where a click goes (a state's page), if anywhere. */
  target: string | null;
}

interface Props {
  world: ProjectedWorld;
  styles: ReadonlyMap<string, ShapeStyle>;
  label: string;
  renderedAs: string;
  /** The part of the world shown (a viewBox) and how to change it (drag, Ctrl+wheel). */
  box: Box;
  setBox: (box: Box) => void;
  /** Each shape's name, for the labels of the states large enough on screen. */
  names: ReadonlyMap<string, string>;
  /** A legend category to pick out (the others are dimmed). */
  highlight: string | null;
  pinned: string | null;
  onPin: (key: string | null) => void;
  lang: "en" | "ja";
}

/** A map taller than the world's is at most this share of the screen's height, so that all of it can be seen at once. */
const MAX_SCREEN_SHARE = 0.85;

/** Japan is named at every zoom and width: it is the subject of the whole map. */
const ALWAYS_NAMED: ReadonlySet<string> = new Set([JAPAN_ISO]);

const Country = memo(function Country({ d, fill, opacity, hatched, shapeKey, dim }: { d: string; fill: string; opacity: number; hatched: boolean; shapeKey: string; dim: boolean }) {
  return <path d={d} fill={hatched ? "url(#hatch)" : fill} fillOpacity={opacity} data-key={shapeKey} className={dim ? "country dim" : "country"} />;
});

/** The world map: draws the projected shapes with the fills it is given; hover shows, click or tap pins a card. */
export function WorldMap({ world, styles, label, renderedAs, box, setBox, names, highlight, pinned, onPin, lang }: Props) {
  const [hover, setHover] = useState<{ key: string; x: number; y: number } | null>(null);
  // Measured before the first paint: the map is then drawn once at its width, not once at 960 px and again.
  const [frame, pageW] = useWidth<HTMLDivElement>(960, 200, true);
  const screenH = useScreenHeight();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; box: Box; moved: boolean } | null>(null);
  const bounds = useMemo(() => ({ x: 0, y: 0, width: world.width, height: world.height }), [world]);
  // Drawn in its box's shape: a tall region (the Americas) gets a taller map, and a narrower one once it is
  // as tall as the screen allows, rather than a wider box that would take in Europe and Africa beside it.
  const size = frameSize(box, bounds, pageW, screenH * MAX_SCREEN_SHARE);
  const screenW = size.width;
  const unit = box.width / screenW; // map units per screen pixel
  const zoomed = box.width < world.width - 1e-6;

  // Marks the date whose colours are on screen once the browser has painted them (tests and bench wait on
  // it): at the first frame after the commit that drew them (a passive effect could run only after a frame).
  useLayoutEffect(() => {
    const id = requestAnimationFrame(() => svg.current?.setAttribute("data-rendered-as-of", renderedAs));
    return () => cancelAnimationFrame(id);
  }, [renderedAs, styles]);

  // Ctrl/⌘ + wheel zooms around the pointer (a plain wheel scrolls the page).
  useWheel(svg, (e) => {
    if (!(e.ctrlKey || e.metaKey) || !svg.current) return;
    e.preventDefault();
    const rect = svg.current.getBoundingClientRect();
    const cx = box.x + ((e.clientX - rect.left) / rect.width) * box.width;
    const cy = box.y + ((e.clientY - rect.top) / rect.height) * box.height;
    setBox(zoomBox(box, e.deltaY > 0 ? 1.25 : 0.8, cx, cy, bounds));
  });

  // Two fingers on the map: where they were when the second touched down, the box and its width then.
  const [fingers] = useState(() => new TwoFingers<{ box: Box; width: number }>());
  const local = (el: Element, e: { clientX: number; clientY: number }): Point => {
    const rect = el.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const keyAt = (target: EventTarget) => (target as Element).getAttribute?.("data-key") ?? (target as Element).getAttribute?.("data-point");
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const el = e.currentTarget;
    if (fingers.down(e.pointerId, local(el, e), () => ({ box, width: el.getBoundingClientRect().width }))) {
      // A pinch is no tap: the lift of its fingers pins nothing.
      for (const id of fingers.ids()) el.setPointerCapture(id);
      drag.current = null;
      return;
    }
    drag.current = { x: e.clientX, y: e.clientY, box, moved: false };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const p = fingers.move(e.pointerId, local(e.currentTarget, e));
    if (p) {
      setBox(clampBox(pinchBox(p.state.box, p.state.width, p.pinch), bounds));
      return;
    }
    const d = drag.current;
    if (d && zoomed && (d.moved || Math.hypot(e.clientX - d.x, e.clientY - d.y) > 5)) {
      // Capturing only once it is a drag keeps a click's target on the shape clicked.
      if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
      d.moved = true;
      // The tooltip of where the drag began would stay there, naming what the map has moved away from.
      if (hover) setHover(null);
      const k = d.box.width / e.currentTarget.getBoundingClientRect().width;
      setBox(panBox(d.box, (d.x - e.clientX) * k, (d.y - e.clientY) * k, bounds));
      return;
    }
    // Tooltips follow a mouse; a finger gets the pinned card instead.
    if (e.pointerType !== "mouse") return;
    const key = keyAt(e.target);
    const rect = frame.current?.getBoundingClientRect();
    if (!key || !rect || !styles.has(key)) return setHover(null);
    setHover({ key, x: e.clientX - rect.left, y: e.clientY - rect.top });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    if (fingers.up(e.pointerId)) {
      drag.current = null;
      return;
    }
    const d = drag.current;
    drag.current = null;
    if (d?.moved) return;
    const key = keyAt(e.target);
    onPin(key && styles.get(key)?.target ? key : null);
  };
  const hovered = hover ? styles.get(hover.key) : undefined;

  const labels = useMemo(() => {
    const candidates = world.shapes.flatMap((s) => {
      const text = names.get(s.key);
      return text ? [{ key: s.key, text, x: s.anchor[0], y: s.anchor[1], area: s.area }] : [];
    });
    // A character's width at 11 px, bold: 11 for Japanese; 6.2–8.2 for the English names drawn (6.3 let
    // "Sudan" run into "Chad").
    return placeLabels(candidates, box, screenW, lang === "ja" ? 11 : 7.2, ALWAYS_NAMED);
  }, [world, names, box, screenW, lang]);
  const points = world.points.filter((p) => styles.get(p.key)?.target);
  const outline = (key: string | null) => (key ? world.shapes.find((s) => s.key === key)?.d : undefined);

  return (
    <div className="map-box map-fit" ref={frame}>
      <svg
        ref={svg}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={label}
        className={zoomed ? "world-map zoomed" : "world-map"}
        // The drawing takes every touch (one finger pans, two pinch); the page scrolls from elsewhere.
        style={{ touchAction: "none", width: size.width, height: size.height }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => setHover(null)}
        onPointerCancel={(e) => {
          fingers.up(e.pointerId);
          drag.current = null;
        }}
      >
        <defs>
          <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#f4f4f4" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#c4c4c4" strokeWidth="1.5" />
          </pattern>
          {/* Dots over the colour: the status stays readable, its uncertainty shows apart from it. */}
          <pattern id="uncertain" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform={`scale(${Math.max(unit, 0.05)})`}>
            <circle cx="2" cy="2" r="0.9" fill="#fff" stroke="#1d1d1d" strokeWidth="0.35" />
          </pattern>
        </defs>
        <path d={world.sphere} className="sphere" />
        <path d={world.graticule} className="graticule" />
        <g className={hovered ? "countries has-hover" : "countries"}>
          {world.shapes.map((s) => {
            const style = styles.get(s.key);
            return (
              <Country
                key={s.key}
                shapeKey={s.key}
                d={s.d}
                fill={style?.category.fill ?? "#fff"}
                opacity={style?.opacity ?? 1}
                hatched={style?.category.hatched ?? false}
                dim={highlight !== null && style?.category.key !== highlight}
              />
            );
          })}
        </g>
        <g className="uncertain-overlay" pointerEvents="none">
          {world.shapes.map((s) => (styles.get(s.key)?.uncertain ? <path key={s.key} d={s.d} fill="url(#uncertain)" /> : null))}
        </g>
        {hover && <path d={outline(hover.key)} className="country-outline" pointerEvents="none" />}
        {pinned && <path d={outline(pinned)} className="country-outline pinned" pointerEvents="none" />}
        <g className="points">
          {points.map((p) => {
            const style = styles.get(p.key)!;
            const dim = highlight !== null && style.category.key !== highlight;
            return (
              <g key={p.key} className={dim ? "point dim" : "point"}>
                <circle cx={p.x} cy={p.y} r={(p.key === pinned ? 5 : 3.5) * unit} fill={style.category.hatched ? "#e2e2e2" : style.category.fill} className="point-dot" strokeWidth={unit} />
                {/* A fingertip-sized target around the dot. */}
                <circle cx={p.x} cy={p.y} r={11 * unit} className="point-hit" data-point={p.key} />
              </g>
            );
          })}
        </g>
        <g className="map-labels" pointerEvents="none">
          {labels.map((l) => (
            <text key={l.key} x={l.x} y={l.y} fontSize={l.size} strokeWidth={l.size / 4} textAnchor="middle" dominantBaseline="middle" className="map-label">
              {l.text}
            </text>
          ))}
        </g>
      </svg>
      {hover && hovered && (
        <div className="map-tooltip" role="tooltip" style={{ left: Math.min(hover.x + 12, (frame.current?.clientWidth ?? 400) - 200), top: hover.y + 12 }}>
          {hovered.title}
        </div>
      )}
    </div>
  );
}
