import { useEffect, useRef, useState } from "react";

/**
 * The width an element is shown at (so that an SVG drawn at that width keeps its text at its size on
 * a phone), and the ref to put on it.
 * @example const [box, width] = useWidth<HTMLDivElement>(1000);
 */
export function useWidth<T extends HTMLElement>(initial: number, min = 300) {
  const box = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
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
