import { useMemo, useState } from "react";
import type { RelationsResult, TimelineResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi, useApiKeep } from "../api/useApi.js";
import { useI18n, useNav } from "../app/location.js";
import { withParams } from "../app/route.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { Statement } from "../entity/Statement.js";
import { formatDate } from "../time/dates.js";
import { clampView, fullExtent, pan, zoom, type View } from "./scale.js";
import { itemsInView, ROW_KINDS } from "./layout.js";
import { TimelineChart, type Drag } from "./TimelineChart.js";

const LIMIT = 10_000;
const LIST_MAX = 400;

/** Reads the view (from, to) from the URL, within the extent. */
function viewOf(query: URLSearchParams, extent: View): View {
  const from = Number(query.get("from"));
  const to = Number(query.get("to"));
  return clampView({ start: query.get("from") && Number.isFinite(from) ? from : extent.start, end: query.get("to") && Number.isFinite(to) ? to + 1 : extent.end }, extent);
}

/** The timeline: zoomable from the 1580s to today, filterable by partner and kind, with eras as bands. */
export function TimelinePage() {
  const { query, pathname, navigate } = useNav();
  const { t, lang, name } = useI18n();
  const extent = useMemo(() => fullExtent(), []);
  const urlView = viewOf(query, extent);
  // While dragging, the view lives here; the URL gets it when the drag ends.
  const [dragging, setDragging] = useState<Drag | null>(null);
  const view = dragging?.view ?? urlView;
  const partner = query.get("with");
  const kind = query.get("kind");
  const from = String(Math.floor(view.start));
  const to = String(Math.ceil(view.end) - 1);
  // One fetch per filter; zooming and panning only filter what is in hand.
  const timeline = useApiKeep<TimelineResult>(api.timeline({ with: partner, kind, limit: LIMIT }));
  const states = useApi<RelationsResult>(api.relations(new Date().toISOString().slice(0, 10)));
  const setView = (v: View) => {
    const c = clampView(v, extent);
    const whole = c.start <= extent.start && c.end >= extent.end;
    navigate(withParams(pathname, query, { from: whole ? null : Math.floor(c.start), to: whole ? null : Math.ceil(c.end) - 1 }), { replace: true });
  };
  const setFilter = (key: string, value: string) => navigate(withParams(pathname, query, { [key]: value || null }));

  const all = timeline.data?.items ?? [];
  const items = useMemo(() => itemsInView(all, view), [all, view.start, view.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const mid = (view.start + view.end) / 2;
  const span = view.end - view.start;
  const sortedStates = states.state === "ready" ? [...states.data.relations].sort((a, b) => name(a.state.name).localeCompare(name(b.state.name), lang)) : [];

  return (
    <section className="timeline-page" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t("timeline.title")}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("timeline.with")}{" "}
          <select value={partner ?? ""} onChange={(e) => setFilter("with", e.target.value)}>
            <option value="">{t("timeline.any")}</option>
            {partner && !sortedStates.some((r) => r.state.id === partner) && <option value={partner}>{partner}</option>}
            {sortedStates.map((r) => (
              <option key={r.state.id} value={r.state.id}>
                {name(r.state.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("timeline.kind")}{" "}
          <select value={kind ?? ""} onChange={(e) => setFilter("kind", e.target.value)}>
            <option value="">{t("timeline.any")}</option>
            {ROW_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`entity.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="zoom-buttons">
          <button type="button" onClick={() => setView(pan(view, -span / 5, extent))} aria-label="◀">
            ◀
          </button>
          <button type="button" onClick={() => setView(zoom(view, 0.5, mid, extent))}>
            {t("timeline.zoomIn")}
          </button>
          <button type="button" onClick={() => setView(zoom(view, 2, mid, extent))}>
            {t("timeline.zoomOut")}
          </button>
          <button type="button" onClick={() => setView(pan(view, span / 5, extent))} aria-label="▶">
            ▶
          </button>
          <button type="button" onClick={() => setView(extent)}>
            {t("timeline.reset")}
          </button>
        </span>
      </form>
      <p className="muted" aria-live="polite">
        {from}–{to} · {t("timeline.items", { n: items.length })}
        {all.length >= LIMIT && ` · ${t("timeline.truncated", { n: LIMIT })}`}
      </p>
      {timeline.error && <Failure message={timeline.error} />}
      <TimelineChart items={items} view={view} extent={extent} setView={setView} dragging={dragging} setDragging={setDragging} />
      {timeline.loading && !timeline.data && <Loading />}
      {timeline.data && items.length === 0 && <NoData reason={t("timeline.empty")} />}
      {items.length > 0 && (
        <section aria-labelledby="timeline-list-title">
          <h2 id="timeline-list-title">{t("timeline.list")}</h2>
          <ol className="timeline-list statements">
            {items.slice(0, LIST_MAX).map((item, i) => (
              <li key={`${item.statement.id}-${item.edge}-${i}`} className="timeline-entry">
                <time dateTime={item.date}>{formatDate(lang, item.date)}</time>
                <ul>
                  <Statement s={item.statement} selfId="" />
                </ul>
              </li>
            ))}
          </ol>
          {items.length > LIST_MAX && <p className="muted">{t("timeline.truncated", { n: LIST_MAX })}</p>}
        </section>
      )}
    </section>
  );
}
