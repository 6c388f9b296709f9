import { memo } from "react";
import { useI18n } from "../app/location.js";
import { VOTES_FIRST_YEAR, VOTES_LAST_YEAR } from "./scale.js";
import type { VotesLegendItem } from "./layer.js";

/** The votes layer's legend: the sequential classes, "no votes", and a note when the year has no data. */
export const VotesLegend = memo(function VotesLegend({ items, year, outside, goTo }: { items: VotesLegendItem[]; year: number; outside: boolean; goTo: (year: number) => void }) {
  const { t } = useI18n();
  const nearest = year < VOTES_FIRST_YEAR ? VOTES_FIRST_YEAR : VOTES_LAST_YEAR;
  return (
    <section className="legend votes-legend" aria-label={t("map.legend")}>
      <h2 className="legend-title">{t("votes.legendTitle", { year })}</h2>
      {outside && (
        <p className="votes-outside" role="status">
          {t("votes.outside", { year, first: VOTES_FIRST_YEAR, last: VOTES_LAST_YEAR })}{" "}
          <button type="button" onClick={() => goTo(nearest)}>
            {t("votes.goTo", { year: nearest })}
          </button>
        </p>
      )}
      <ul>
        {items.map(({ category, count, label }) => (
          <li key={category.key} data-category={category.key}>
            <svg width="18" height="14" aria-hidden="true">
              <rect width="18" height="14" rx="2" fill={category.hatched ? "url(#hatch)" : category.fill} stroke="#8a8a8a" strokeWidth="0.8" />
            </svg>
            <span>{label}</span> <span className="count">{count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
