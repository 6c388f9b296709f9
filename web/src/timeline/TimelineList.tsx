import { memo } from "react";
import type { TimelineItem } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { Statement } from "../entity/Statement.js";
import { DateText } from "../time/DateText.js";
import { itemDate } from "./items.js";
import { itemKey } from "./layout.js";

/** The most statements listed under the chart (the chart shows them all). */
export const LIST_MAX = 400;

/**
 * The statements of the view under the chart, in date order. A separate, memoised component: the page
 * passes it a deferred copy of the view's items, so a zoom step repaints the chart at once and this
 * list (hundreds of statements with their citations) after, and never while the chart is drawn.
 */
export const TimelineList = memo(function TimelineList({ items }: { items: readonly TimelineItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const seen = new Set<string>();
  return (
    <section className="timeline-list-section" aria-labelledby="timeline-list-title">
      <h2 id="timeline-list-title">{t("timeline.list")}</h2>
      <ol className="timeline-list statements">
        {items.slice(0, LIST_MAX).map((item) => (
          <Entry key={itemKey(item, seen)} item={item} />
        ))}
      </ol>
      {items.length > LIST_MAX && <p className="muted">{t("timeline.truncated", { n: LIST_MAX })}</p>}
    </section>
  );
});

/** One statement of the list; one still in the view after a zoom step is not drawn again. */
const Entry = memo(function Entry({ item }: { item: TimelineItem }) {
  return (
    <li className="timeline-entry">
      <DateText date={itemDate(item)} />
      <ul>
        <Statement s={item.statement} selfId="" />
      </ul>
    </li>
  );
});
