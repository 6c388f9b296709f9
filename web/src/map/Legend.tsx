import { memo, useRef } from "react";
import { useI18n } from "../app/location.js";
import type { Category } from "./colour.js";

interface Props {
  items: { category: Category; count: number }[];
  /** The category picked out on the map, and how to pick one (hover, focus, or a tap that toggles). */
  highlight: string | null;
  setHighlight: (key: string | null) => void;
}

/** The legend of the current layer: how many states each entry colours; pointing at one picks them out on the map. */
export const Legend = memo(function Legend({ items, highlight, setHighlight }: Props) {
  const { t } = useI18n();
  // A tap sends the mouse's enter and a focus before its click, and each picked the entry out: the click then
  // toggled it off again, so a first tap did nothing. A touch or pen press remembers what was picked out
  // before it, and its click toggles from that.
  const beforeTap = useRef<{ key: string; was: string | null } | null>(null);
  const toggle = (key: string) => {
    const tap = beforeTap.current?.key === key ? beforeTap.current : null;
    beforeTap.current = null;
    const was = tap ? tap.was : highlight;
    setHighlight(was === key ? null : key);
  };
  return (
    <section className="legend map-legend" aria-label={t("map.legend")}>
      <h2 className="visually-hidden">{t("map.legend")}</h2>
      <ul>
        {items.map(({ category, count }) => (
          <li key={category.key} data-category={category.key}>
            <button
              type="button"
              className="legend-item"
              aria-pressed={highlight === category.key}
              title={t("map.highlight")}
              onMouseEnter={() => setHighlight(category.key)}
              onMouseLeave={() => setHighlight(null)}
              onFocus={() => setHighlight(category.key)}
              onBlur={() => setHighlight(null)}
              onPointerDown={(e) => {
                beforeTap.current = e.pointerType === "mouse" ? null : { key: category.key, was: highlight };
              }}
              onClick={() => toggle(category.key)}
            >
              <svg width="18" height="14" aria-hidden="true">
                <rect width="18" height="14" rx="2" fill={category.hatched ? "url(#hatch)" : category.fill} stroke="#8a8a8a" strokeWidth="0.8" />
              </svg>
              <span>{t(category.label)}</span> <span className="count" aria-label={t("map.states", { n: count })}>{count}</span>
            </button>
          </li>
        ))}
        <li className="legend-uncertain" data-category="uncertain">
          <svg width="18" height="14" aria-hidden="true">
            <rect width="18" height="14" rx="2" fill="#1f7a63" stroke="#8a8a8a" strokeWidth="0.8" />
            <rect width="18" height="14" rx="2" fill="url(#uncertain-legend)" />
            <defs>
              <pattern id="uncertain-legend" width="4" height="4" patternUnits="userSpaceOnUse">
                <circle cx="2" cy="2" r="0.9" fill="#fff" stroke="#1d1d1d" strokeWidth="0.35" />
              </pattern>
            </defs>
          </svg>
          <span>{t("map.uncertainNote")}</span>
        </li>
      </ul>
    </section>
  );
});
