import { memo, useState } from "react";
import type { StatementView, TimelineItem } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { Cites } from "../entity/citation.js";
import { LineTokens, StatusBadge } from "../entity/Statement.js";
import { Note, useRoleNames, useRoleTables } from "../i18n/Role.js";
import { DateText } from "../time/DateText.js";
import { itemDate } from "./items.js";
import { itemKey } from "./layout.js";
import { timelineLine } from "./line.js";

/** The statements listed under the chart at first, and added at each "Show the next" (the chart shows them all). */
export const LIST_PAGE = 400;

/**
 * The statements of the view under the chart, in date order. A separate, memoised component: the page
 * passes it a deferred copy of the view's items, so a zoom step repaints the chart at once and this
 * list (hundreds of statements with their citations) after, and never while the chart is drawn.
 */
export const TimelineList = memo(function TimelineList({ items }: { items: readonly TimelineItem[] }) {
  const { t, lang } = useI18n();
  // Pages of LIST_PAGE, so a reader reaches every statement of the view (it once stopped at the first 400,
  // 9 Nov 1948 of the default 1945–today view's 8,877). The page keys the list by its address, so a new
  // view or filter starts again at one page.
  const [shown, setShown] = useState(LIST_PAGE);
  if (items.length === 0) return null;
  const seen = new Set<string>();
  const total = items.length;
  const count = (n: number) => n.toLocaleString(lang === "ja" ? "ja-JP" : "en-GB");
  return (
    <section className="timeline-list-section" aria-labelledby="timeline-list-title">
      <h2 id="timeline-list-title">{t("timeline.list")}</h2>
      <ol className="timeline-list statements">
        {items.slice(0, shown).map((item) => (
          <TimelineEntry key={itemKey(item, seen)} item={item} />
        ))}
      </ol>
      {total > shown && (
        <p className="timeline-list-more">
          <span className="muted">{t("timeline.shown", { n: count(shown), total: count(total) })}</span>{" "}
          <button type="button" onClick={() => setShown(shown + LIST_PAGE)}>
            {t("entity.loadMore", { n: count(Math.min(LIST_PAGE, total - shown)) })}
          </button>
        </p>
      )}
    </section>
  );
});

/** One statement of the list; one still in the view after a zoom step is not drawn again. A dispute's page lists its own with it. */
export const TimelineEntry = memo(function TimelineEntry({ item }: { item: TimelineItem }) {
  return (
    <li className="timeline-entry">
      <DateText date={itemDate(item)} />
      <ul>
        <Line s={item.statement} />
      </ul>
    </li>
  );
});

/**
 * A statement as the timeline's line (line.ts): in the page's language, each part that has no
 * Japanese shown in English with the English-only badge; then its span, sources and note.
 */
function Line({ s }: { s: StatementView }) {
  const { t, lang } = useI18n();
  const names = useRoleNames();
  const tables = useRoleTables();
  return (
    <li className={`statement status-${s.status}`} data-statement={s.id} data-p={s.p}>
      <StatusBadge s={s} />
      <span className="claim">
        <LineTokens tokens={timelineLine(s, lang, names, tables)} />
      </span>{" "}
      <span className="when">{s.time ? <DateText date={s.time} /> : <span className="muted">{t("entity.noDate")}</span>}</span> <Cites sources={s.sources} />
      {s.note && <Note text={s.note} ja={s.note_ja} />}
    </li>
  );
}
