import { useState } from "react";
import type { EntityRef } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { NoData } from "../app/feedback.js";
import { decimalYear } from "../time/dates.js";
import { ticks, toX } from "../timeline/scale.js";
import { EntityLink } from "./Statement.js";
import { DateText } from "../time/DateText.js";
import { referenceDate } from "./reference-date.js";
import { undatedNames } from "./dated-name.js";

const W = 640;
// The dots' band (the axis at AXIS, three rows of dots 8 apart, radius 5: 11 to 37) sits wholly above the year
// labels' baseline, which leaves room for the phone's 19-unit labels (on a phone the dots covered 2000 and 2020).
const AXIS = 24;
const LABEL = 60;
const H = 66;
/** The list's first lines; the rest on demand (China's 74 key events ran three phone screens long before its figures). */
const LISTED = 12;

/** Key events on a small axis, and the same events as a list (the list is what screen readers read). */
export function MiniTimeline({ events }: { events: { event: EntityRef; date: string; shown?: string }[] }) {
  const { t, lang, name } = useI18n();
  const [all, setAll] = useState(false);
  if (events.length === 0) return <NoData reason={t("entity.noEvents")} />;
  // Never one alone behind the button.
  const listed = all || events.length <= LISTED + 1 ? events : events.slice(0, LISTED);
  const years = events.map((e) => decimalYear(e.date) ?? 0);
  const first = Math.floor(Math.min(...years)) - 2;
  const last = Math.ceil(Math.max(...years)) + 2;
  const view = { start: first, end: last };
  return (
    <div className="mini-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        <line x1={0} x2={W} y1={AXIS} y2={AXIS} className="axis" />
        {ticks(view, 6).map((y) => (
          <g key={y} transform={`translate(${toX(view, W, y)},0)`}>
            <line y1={AXIS - 4} y2={AXIS + 4} className="tick" />
            <text y={LABEL} textAnchor="middle" className="tick-label">
              {y}
            </text>
          </g>
        ))}
        {events.map((e, i) => (
          <circle key={e.event.id} cx={toX(view, W, years[i]!)} cy={AXIS - ((i % 3) - 1) * 8} r={5} className="event-dot">
            <title>{`${referenceDate(e.shown ?? e.date, lang)} ${name(undatedNames(e.event, e.shown ?? e.date).name)}`}</title>
          </circle>
        ))}
      </svg>
      <ol className="event-list">
        {listed.map((e) => (
          <li key={e.event.id}>
            {/* In full, as the rest of the entity page writes dates ("25 June 1950", not "25 Jun 1950"). */}
            {/* The name without a bracket repeating that date: "3 June 1989 Tiananmen Square crackdown", not "…(1989)". */}
            <DateText className="when" date={e.shown ?? e.date} write={(l, d) => referenceDate(d, l)} /> <EntityLink entity={undatedNames(e.event, e.shown ?? e.date)} />
          </li>
        ))}
      </ol>
      {listed.length < events.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t("entity.showAll", { n: events.length })}
        </button>
      )}
    </div>
  );
}
