import { useEffect, useId, useState } from "react";
import { usePlotBox } from "../app/plot-box.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { dataAsOf, releaseTitle } from "../app/data-date.js";
import { Failure, Loaded, NoData } from "../app/feedback.js";
import { binaryTicks, defaultSeries, isPairLine, lineWidths, linesOf, snapshotDots, missingYear, missingYearText, noValue, seriesForState, seriesUrl, type SeriesCatalog, type SeriesLine, type SeriesResult } from "./series.js";
import { compactNumber, seriesWords, unitFits } from "./series-words.js";

const TEXT = {
  en: { title: "Figures over time", pick: "Series", source: "Source", unit: "Unit", csv: "CSV", json: "JSON", stop: ". ", colon: ": ", then: "; " },
  ja: { title: "統計の推移", pick: "系列", source: "出典", unit: "単位", csv: "CSV", json: "JSON", stop: "。", colon: "：", then: "、" },
} as const;

/**
 * A state's numeric series (military spending, trade, shared IGOs, ideal point, UN vote agreement with
 * Japan…): pick one, see it as a line chart with its unit and source, download it as CSV or JSON.
 */
export function SeriesPanel({ state, asOf }: { state: string; asOf: string | null }) {
  const { lang } = useI18n();
  const text = TEXT[lang === "ja" ? "ja" : "en"];
  const catalog = useApi<SeriesCatalog>("/api/v1/series");
  const [picked, setPicked] = useState<string | null>(null);
  // Series found to hold nothing for this state: the page moves on from them unless the reader picked one
  // (Palau, Manchukuo and the Soviet Union opened on SIPRI, which has none of them, and said "No data").
  const [empty, setEmpty] = useState<readonly string[]>([]);
  const selectId = useId();
  return (
    <section aria-labelledby={`${selectId}-title`} className="series-panel">
      <h2 id={`${selectId}-title`}>{text.title}</h2>
      <Loaded value={catalog}>
        {(c) => {
          const options = seriesForState(c.series, state);
          if (!options.length) return <NoData reason={lang === "ja" ? "このリリースには数値系列がありません" : "no numeric series in this release"} />;
          // Every series tried and none holds a value for this state: one plain sentence, no empty chart.
          if (!picked && options.every((o) => empty.includes(o.name))) return <NoData reason={lang === "ja" ? "この国の数値系列はありません" : "no numeric series has figures for this state"} />;
          const year = asOf ? Number(asOf.slice(0, 4)) : null;
          const name = picked && options.some((o) => o.name === picked) ? picked : defaultSeries(options, year, empty)!.name;
          return (
            <>
              <label htmlFor={selectId}>{text.pick} </label>
              <select id={selectId} value={name} onChange={(e) => setPicked(e.target.value)}>
                {options.map((o) => (
                  <option key={o.name} value={o.name}>
                    {seriesWords(o, lang).title}
                  </option>
                ))}
              </select>
              <SeriesView name={name} state={state} text={text} year={year} onNone={picked ? undefined : (n) => setEmpty((e) => (e.includes(n) ? e : [...e, n]))} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function SeriesView({ name, state, text, year, onNone }: { name: string; state: string; text: (typeof TEXT)["en" | "ja"]; year: number | null; onNone?: (name: string) => void }) {
  const { name: nameOf, lang } = useI18n();
  const values = useApi<SeriesResult>(seriesUrl(name, state));
  const none = values.state === "ready" && "none" in linesOf(values.data, state, nameOf);
  useEffect(() => {
    if (none) onNone?.(name);
  }, [none, name]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Loaded value={values}>
      {(r) => {
        const drawn = linesOf(r, state, nameOf);
        const missing = "none" in drawn ? null : missingYear(drawn.lines, year);
        return (
          <figure className="series-figure">
            {"none" in drawn ? <NoData reason={noValue(seriesWords(r.series, lang).title, r.series.from, r.series.to, lang)} /> : <SeriesChart lines={drawn.lines} unit={seriesWords(r.series, lang).unit} label={seriesWords(r.series, lang).title} year={missing ? null : year} />}
            {missing && year !== null && <p className="series-missing small">{missingYearText(year, missing, lang)}</p>}
            <figcaption className="small muted">
              {text.unit}
              {text.colon}
              {seriesWords(r.series, lang).unit}
              {text.stop}
              {text.source}
              {text.colon}
              {r.series.source.url ? <a href={r.series.source.url}>{r.series.source.title}</a> : r.series.source.title}
              {text.then}
              <span title={releaseTitle(r.release, lang)}>{dataAsOf(r.builtAt, lang)}</span>
              {text.stop}
              <a href={seriesUrl(name, state, "csv")} download>
                {text.csv}
              </a>{" "}
              · <a href={seriesUrl(name, state)}>{text.json}</a>
            </figcaption>
          </figure>
        );
      }}
    </Loaded>
  );
}

function SeriesChart({ lines, unit, label, year }: { lines: SeriesLine[]; unit: string; label: string; year: number | null }) {
  const { box, plot, error, width } = usePlotBox();
  const { lang } = useI18n();
  useEffect(() => {
    const el = box.current;
    if (!plot || !el || width === 0) return;
    const data = lines.flatMap((l) => l.points.map((p) => ({ ...p, line: l.label })));
    const named = lines.length > 1 || lines.some(isPairLine);
    const stroke = named ? "line" : "#4269d0";
    const widths = lineWidths(lines.length);
    const chart = plot.plot({
      width,
      height: 260,
      marginLeft: 56, // room for "3000億" or "1.5bn" beside the grid
      ariaLabel: label,
      style: { fontSize: "12px" },
      x: { label: null, tickFormat: "d" },
      y: { label: unitFits(unit, lang, width) ? unit : null, grid: true, tickFormat: compactNumber(lang), ticks: binaryTicks(lines) },
      color: named ? { legend: true, domain: lines.map((l) => l.label) } : undefined,
      marks: [
        // The page's year, where the series has a value then.
        ...(year !== null ? [plot.ruleX([year], { stroke: "#b0183a", strokeDasharray: "3,3" })] : []),
        // One mark a line, the first widest: lines with the same values show as a band with a line inside.
        ...lines.map((l, i) => plot.line(data.filter((d) => d.line === l.label), { x: "year", y: "value", stroke, strokeWidth: widths[i] })),
        ...(snapshotDots(lines) ? [plot.dot(data, { x: "year", y: "value", fill: stroke, r: 2.5 })] : []),
        // One tip for every line, at the point nearest the pointer.
        plot.tip(data, plot.pointer({ x: "year", y: "value", stroke })),
      ],
    });
    // Plot labels its mark groups with aria-label on a <g> without a role, which axe reports: the chart
    // is one image, labelled on its container.
    for (const g of chart.querySelectorAll("[aria-label]")) g.removeAttribute("aria-label");
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [plot, width, lines, unit, label, lang, year]);
  if (error) return <Failure message={error} />;
  return <div ref={box} className="series-chart" role="img" aria-label={label} />;
}
