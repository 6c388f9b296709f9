import { useI18n } from "../app/location.js";
import { ticks, toX } from "../timeline/scale.js";
import type { PlaceClaim } from "./group.js";
import { useWidth } from "../timeline/useWidth.js";
import { administrationBars, chartLayout, fitLabel } from "./administration.js";

/** The widest the chart is drawn (its box's max-width in CSS); narrower boxes draw it at their own width. */
const MAX_W = 440;

const ROW = 22;

/** A row's height where its label stands above its bar (a line of 11 px text, then the bar). */
const ROW_ABOVE = 34;

/**
 * Who claims and who administers the places over time, as bars (the statement list below carries the detail).
 * Drawn at the width it is shown at, so that its 11 px labels stay 11 px: scaled from a fixed 460 into a
 * phone's 330, they were 8 px, kanji a reader could not make out (READ37).
 */
export function AdministrationChart({ claims }: { claims: PlaceClaim[] }) {
  const { name, lang } = useI18n();
  const [box, shown] = useWidth<HTMLDivElement>(MAX_W, 240);
  if (claims.length === 0) return null;
  const W = Math.min(MAX_W, shown);
  const { bars, start, end } = administrationBars(claims, new Date().getUTCFullYear() + 1);
  const view = { start, end };
  const names = new Map(claims.map((c) => [c.state.id, name(c.state.name)]));
  const label = (p: string) => claims.find((c) => c.statement.p === p)?.statement.label[lang] ?? p;
  const texts = bars.map((b) => `${names.get(b.stateId) ?? b.stateId} · ${label(b.p)}`);
  // Labels in a margin left of the bars where it holds them whole, else each on its own line above its bar
  // (a phone's margin had cut them: "United States · admi…").
  const { above, left, plot, ems } = chartLayout(W, texts);
  const row = above ? ROW_ABOVE : ROW;
  const H = bars.length * row + 30;
  return (
    <div ref={box} className="administration-chart">
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
      {bars.map((b, i) => (
        <g key={b.key} transform={`translate(0,${i * row + 4})`}>
          <text x={above ? left : left - 6} y={above ? 10 : 13} textAnchor={above ? "start" : "end"} className="bar-label">
            {/* Cut only where even the chart's width cannot hold it, marked as cut, never clipped at the drawing's edge. */}
            {fitLabel(texts[i]!, ems)}
          </text>
          <rect
            x={left + toX(view, plot, b.start)}
            y={above ? 14 : 0}
            width={Math.max(2, toX(view, plot, b.end) - toX(view, plot, b.start))}
            height={14}
            className={`bar bar-${b.p} bar-${b.status}${b.dated ? "" : " undated"}`}
          />
        </g>
      ))}
      {ticks(view, 5).map((y) => (
        <text key={y} x={left + toX(view, plot, y)} y={H - 6} textAnchor="middle" className="tick-label">
          {y}
        </text>
      ))}
    </svg>
    </div>
  );
}
