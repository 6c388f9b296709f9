import { useI18n } from "../app/location.js";
import { ERAS } from "./eras.js";
import { MARK_LEGEND } from "./items.js";

/** What the timeline's colours mean: the eras' bands and the marks. */
export function TimelineLegend() {
  const { t } = useI18n();
  return (
    <section className="legend timeline-legend" aria-label={t("timeline.legend")}>
      <h2 className="visually-hidden">{t("timeline.legend")}</h2>
      <ul>
        {MARK_LEGEND.map((m) => (
          <li key={m.className}>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="4.5" className={m.className} />
            </svg>
            <span>{t(m.label)}</span>
          </li>
        ))}
      </ul>
      <ul aria-label={t("timeline.eras")}>
        {ERAS.map((era) => (
          <li key={era.id} data-era={era.id}>
            <svg width="18" height="12" aria-hidden="true">
              <rect width="18" height="12" rx="2" fill={era.colour} stroke="#b5bcc2" strokeWidth="0.8" />
            </svg>
            <span>
              {t(era.label)} {era.start}–{era.end === null ? "" : era.end}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
