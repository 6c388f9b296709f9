import { useEffect, useRef, useState } from "react";

export type PlotModule = typeof import("@observablehq/plot");

// Observable Plot (and the d3 it brings) is fetched only when a chart is first drawn, once for all charts.
let plotModule: Promise<PlotModule> | null = null;
const loadPlot = () => (plotModule ??= import("@observablehq/plot"));

/**
 * What every Plot chart needs before it draws: the box it draws in, Plot once loaded (or why it could
 * not be), and the box's width, kept up to date as the page resizes (0 until measured).
 *
 * @example const { box, plot, error, width } = usePlotBox(); // <div ref={box} />, draw when plot && width
 */
export function usePlotBox() {
  const box = useRef<HTMLDivElement>(null);
  const [plot, setPlot] = useState<PlotModule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    loadPlot().then(setPlot, (e: unknown) => setError(String(e)));
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    observer.observe(el);
    setWidth(Math.floor(el.clientWidth));
    return () => observer.disconnect();
  }, []);
  return { box, plot, error, width };
}
