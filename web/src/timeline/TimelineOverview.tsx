import { memo, useMemo, type KeyboardEvent, type PointerEvent } from "react";
import { useI18n } from "../app/location.js";
import { brushOf, eraBands, histogram } from "./overview.js";
import { pan, ticks, toX, toYear, type View } from "./scale.js";
import { useWidth } from "./useWidth.js";

const H = 56;
const BAR_TOP = 18;
const BAR_H = 22;

interface Props {
  /** Items per year (the API's counts, or those of the items in hand). */
  counts: ReadonlyMap<number, number>;
  extent: View;
  view: View;
  setView: (v: View) => void;
}

/** The overview strip: all years, labelled eras, bars counting items, and the window shown below. */
export const TimelineOverview = memo(function TimelineOverview({ counts: perYear, extent, view, setView }: Props) {
  const { t, lang } = useI18n();
  const [box, W] = useWidth<HTMLDivElement>(1000);
  const bins = Math.max(20, Math.round(W / 6));
  const counts = useMemo(() => histogram(perYear, extent, bins), [perYear, extent, bins]);
  // The strip shows the whole extent: only its window follows a zoom step, so the rest is built once
  // per width and answer (React then skips it rather than comparing its ~200 bars at every step).
  const strip = useMemo(() => {
    const max = Math.max(1, ...counts);
    const charW = lang === "ja" ? 11 : 6.2;
    const bands = eraBands(extent, W, (era) => t(era.label).length * charW);
    return (
      <>
        {bands.map((b) => (
          <g key={b.era.id} className="era">
            <rect x={b.x1} y={b.era.lane * 8} width={b.x2 - b.x1} height={H - 14 - b.era.lane * 8} fill={b.era.colour} />
            {b.labelled && (
              <text x={b.x1 + 2} y={b.era.lane * 8 + 10} className="era-label overview-era">
                {t(b.era.label)}
              </text>
            )}
          </g>
        ))}
        {counts.map((n, i) =>
          n === 0 ? null : <rect key={i} x={(i / bins) * W} width={Math.max(1, W / bins - 1)} y={BAR_TOP + BAR_H * (1 - n / max)} height={(BAR_H * n) / max} className="overview-bar" />,
        )}
        {ticks(extent, Math.max(3, Math.round(W / 110))).map((y) => (
          <text key={y} x={toX(extent, W, y)} y={H - 2} textAnchor="middle" className="tick-label">
            {y}
          </text>
        ))}
      </>
    );
  }, [counts, extent, W, bins, lang, t]);
  const brush = brushOf(view, extent, W);
  const span = view.end - view.start;
  // Moving the window centres it on the point chosen (a click or a tap), keeping its span.
  const moveTo = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const year = toYear(extent, W, ((e.clientX - rect.left) / rect.width) * W);
    setView(pan(view, year - (view.start + span / 2), extent));
  };
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === "ArrowLeft" ? -span / 2 : e.key === "ArrowRight" ? span / 2 : 0;
    if (!step) return;
    e.preventDefault();
    setView(pan(view, step, extent));
  };
  return (
    <div className="timeline-overview" ref={box}>
      <svg viewBox={`0 0 ${W} ${H}`} role="slider" tabIndex={0} aria-label={t("timeline.overview")} aria-valuemin={Math.round(extent.start)} aria-valuemax={Math.round(extent.end)} aria-valuenow={Math.round(view.start)} onPointerDown={moveTo} onKeyDown={onKey}>
        {strip}
        <rect x={brush.x} y={1} width={brush.width} height={H - 15} className="overview-window" />
      </svg>
    </div>
  );
});
