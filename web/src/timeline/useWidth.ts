import { useEffect, useLayoutEffect, useRef, useState } from "react";

/**
 * The width an element is shown at (so that an SVG drawn at that width keeps its text at its size on
 * a phone), and the ref to put on it. With `beforePaint`, the first measure is taken before the browser
 * paints (a layout effect), so the drawing at its true width is the first one painted, not the second.
 * @example const [box, width] = useWidth<HTMLDivElement>(1000);
 */
export function useWidth<T extends HTMLElement>(initial: number, min = 300, beforePaint = false) {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  // The same hook at every render of a component (beforePaint does not change).
  const useMeasure = beforePaint ? useLayoutEffect : useEffect;
  useMeasure(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(min, Math.round(el.clientWidth)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [min]);
  return [box, width] as const;
}
