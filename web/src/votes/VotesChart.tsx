import { useEffect } from "react";
import { usePlotBox } from "../app/plot-box.js";
import { useI18n } from "../app/location.js";
import { Failure, Loading } from "../app/feedback.js";
import { domainOf, endLabels, isolated, type Measure, type SeriesPoint } from "./state.js";

/** A colour per state, kept for the state whatever the order (Observable's ten categorical colours). */
const PALETTE = ["#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5", "#9c6b4e", "#9498a0"];

/**
 * Japan's agreement with each chosen state over the years, one line per state (gaps where they cast no
 * vote together), labelled at its end so a line is never told apart by colour alone.
 */
export function VotesChart({ points, names, measure, label }: { points: SeriesPoint[]; names: string[]; measure: Measure; label: string }) {
  const { t } = useI18n();
  const { box, plot, error, width } = usePlotBox();

  useEffect(() => {
    const el = box.current;
    if (!plot || !el || width === 0) return;
    const data = points.map((p) => ({ ...p, value: p.value ?? NaN }));
    const narrow = width < 560;
    const height = narrow ? 300 : 380;
    const domain = domainOf(measure);
    // Names at the lines' ends, at least one text line apart (≈ 14 px in the measure's units).
    const labels = endLabels(points, (14 / (height - 60)) * (domain[1] - domain[0]), domain);
    const percent = measure !== "sScore";
    const chart = plot.plot({
      width,
      height,
      marginRight: narrow ? 16 : 110,
      // Room below the year ticks for the axis label ("Year →" sat on "2020") and left of the grid for "100%".
      marginBottom: 42,
      marginLeft: 46,
      ariaLabel: label,
      style: { fontSize: "12px", overflow: "visible" },
      x: { label: t("votes.year"), tickFormat: "d", domain: [1946, 2020] },
      y: { label: t(`votes.measure.${measure}`), domain, grid: true, tickFormat: percent ? (v: number) => `${Math.round(v * 100)}%` : undefined },
      color: { domain: names, range: PALETTE, legend: true },
      marks: [
        measure === "sScore" ? plot.ruleY([0], { stroke: "#9aa4ad" }) : null,
        plot.line(data, { x: "year", y: "value", z: "name", stroke: "name", strokeWidth: 2, channels: { [t("votes.rollCalls")]: "n" }, tip: { format: { stroke: true, z: false, x: "d", y: percent ? (v: number) => `${Math.round(v * 100)}%` : ".2f" } } }),
        plot.dot(isolated(points), { x: "year", y: "value", fill: "name", r: 2.5 }),
        narrow ? null : plot.text(labels, { x: "year", y: "y", text: "name", fill: "name", dx: 6, textAnchor: "start", fontWeight: 600 }),
      ],
    });
    // Plot names its mark groups with aria-label on plain <g>s, which ARIA forbids; the chart is one image
    // (its values are in the table below), so the names move to data attributes.
    for (const g of chart.querySelectorAll("svg g[aria-label]")) {
      g.setAttribute("data-mark", g.getAttribute("aria-label")!);
      g.removeAttribute("aria-label");
    }
    chart.querySelector("svg[aria-label]")?.setAttribute("role", "img");
    chart.setAttribute("data-lines", String(new Set(data.filter((p) => Number.isFinite(p.value)).map((p) => p.id)).size));
    chart.setAttribute("data-measure", measure);
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [plot, points, names, measure, width, label, t]);

  return (
    <>
      {error && <Failure message={error} />}
      {!plot && !error && <Loading />}
      <div className="votes-chart" ref={box} />
    </>
  );
}
