import { memo } from "react";
import { useI18n } from "../app/location.js";
import type { Category } from "./colour.js";

/** The legend of the current layer, with how many shapes each entry colours. */
export const Legend = memo(function Legend({ items }: { items: { category: Category; count: number }[] }) {
  const { t } = useI18n();
  return (
    <section className="legend" aria-label={t("map.legend")}>
      <h2 className="visually-hidden">{t("map.legend")}</h2>
      <ul>
        {items.map(({ category, count }) => (
          <li key={category.key} data-category={category.key}>
            <svg width="18" height="14" aria-hidden="true">
              <rect width="18" height="14" rx="2" fill={category.hatched ? "url(#hatch)" : category.fill} stroke="#8a8a8a" strokeWidth="0.8" />
            </svg>
            <span>{t(category.label)}</span> <span className="count">{count}</span>
          </li>
        ))}
        <li className="muted">
          <svg width="18" height="14" aria-hidden="true">
            <rect width="18" height="14" rx="2" fill="#1f7a63" fillOpacity={0.6} stroke="#8a8a8a" strokeWidth="0.8" />
          </svg>
          <span>{t("status.uncertain")}</span>
        </li>
      </ul>
    </section>
  );
});
