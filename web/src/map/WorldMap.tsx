import { memo, useEffect, useRef, useState, type MouseEvent } from "react";
import type { ProjectedWorld } from "./geometry.js";
import type { Category } from "./colour.js";

export interface ShapeStyle {
  category: Category;
  opacity: number;
  /** The tooltip's text: state name and status. */
  title: string;
  /** Where a click goes (a state's page), if anywhere. */
  target: string | null;
}

interface Props {
  world: ProjectedWorld;
  styles: ReadonlyMap<string, ShapeStyle>;
  label: string;
  renderedAs: string;
  onOpen: (target: string) => void;
}

const Country = memo(function Country({ d, fill, opacity, hatched, shapeKey }: { d: string; fill: string; opacity: number; hatched: boolean; shapeKey: string }) {
  return <path d={d} fill={hatched ? "url(#hatch)" : fill} fillOpacity={opacity} data-key={shapeKey} className="country" />;
});

/** The world map: draws the projected shapes with the fills it is given; hover shows, click opens. */
export function WorldMap({ world, styles, label, renderedAs, onOpen }: Props) {
  const [hover, setHover] = useState<{ key: string; x: number; y: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);

  // Marks the date whose colours are on screen once the browser has painted them (tests and bench wait on it).
  useEffect(() => {
    const id = requestAnimationFrame(() => svg.current?.setAttribute("data-rendered-as-of", renderedAs));
    return () => cancelAnimationFrame(id);
  }, [renderedAs, styles]);

  const keyAt = (e: MouseEvent) => (e.target as Element).getAttribute?.("data-key");
  const onMove = (e: MouseEvent) => {
    const key = keyAt(e);
    const rect = box.current?.getBoundingClientRect();
    if (!key || !rect) return setHover(null);
    setHover({ key, x: e.clientX - rect.left, y: e.clientY - rect.top });
  };
  const onClick = (e: MouseEvent) => {
    const key = keyAt(e);
    const target = key ? styles.get(key)?.target : null;
    if (target) onOpen(target);
  };
  const hovered = hover ? styles.get(hover.key) : undefined;

  return (
    <div className="map-box" ref={box}>
      <svg
        ref={svg}
        viewBox={`0 0 ${world.width} ${world.height}`}
        role="img"
        aria-label={label}
        className="world-map"
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
        onClick={onClick}
      >
        <defs>
          <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#f4f4f4" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#c4c4c4" strokeWidth="1.5" />
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
              />
            );
          })}
        </g>
        {hover && <path d={world.shapes.find((s) => s.key === hover.key)?.d} className="country-outline" pointerEvents="none" />}
      </svg>
      {hover && hovered && (
        <div className="map-tooltip" role="tooltip" style={{ left: Math.min(hover.x + 12, (box.current?.clientWidth ?? 400) - 200), top: hover.y + 12 }}>
          {hovered.title}
        </div>
      )}
    </div>
  );
}
