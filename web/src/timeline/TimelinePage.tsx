import { memo, useCallback, useDeferredValue, useMemo, useState, type FormEvent } from "react";
import type { RelationsResult, TimelineResult } from "../api/types.js";
import type { ListResult } from "../pages/list-query.js";
import { api } from "../api/client.js";
import { useApi, useApiKeep } from "../api/useApi.js";
import { useI18n, useNav } from "../app/location.js";
import { withParams } from "../app/route.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { formatDate, parseAsOf } from "../time/dates.js";
import { defaultView, fullExtent, pan, zoom } from "./scale.js";
import { itemsInView, ROW_KINDS } from "./layout.js";
import { intersectItems } from "./items.js";
import { boundsOf, rangeOfView, viewOfRange } from "./range.js";
import { TimelineChart, type Drag } from "./TimelineChart.js";
import { TimelineOverview } from "./TimelineOverview.js";
import { TimelineLegend } from "./TimelineLegend.js";
import { TimelineList } from "./TimelineList.js";
import { useLiveView } from "./useLiveView.js";
import { TIMELINE_LIMIT } from "./limit.js";
import "./timeline.css";

const LIMIT = TIMELINE_LIMIT;

/**
 * The timeline: opens on 1945 to today, zooms from centuries to days, filters by state, dispute and
 * kind; the years shown, the filters and the zoom all live in the address.
 */
export function TimelinePage() {
  const { query, pathname, navigate } = useNav();
  const { t, lang, name } = useI18n();
  const extent = useMemo(() => fullExtent(), []);
  const urlView = viewOfRange({ from: query.get("from"), to: query.get("to") }, extent);
  // While dragging, the view lives here; the URL gets it when the drag ends.
  const [dragging, setDragging] = useState<Drag | null>(null);
  // Zoom steps are drawn at once; the URL gets the view when they pause.
  const [stepped, setView] = useLiveView(urlView, query.toString(), (v) => {
    const r = rangeOfView(v, extent);
    navigate(withParams(pathname, query, { from: r.from, to: r.to }), { replace: true });
  });
  const view = dragging?.view ?? stepped;
  const partner = query.get("with");
  const dispute = query.get("dispute");
  const kind = query.get("kind");
  // One fetch per filter (two when a state and a dispute are both chosen); zooming and panning only filter what is in hand.
  const first = useApiKeep<TimelineResult>(api.timeline({ with: dispute ?? partner, kind, limit: LIMIT }));
  const second = useApiKeep<TimelineResult>(dispute && partner ? api.timeline({ with: partner, kind, limit: LIMIT }) : null);
  const states = useApi<RelationsResult>(api.relations(new Date().toISOString().slice(0, 10)));
  const disputes = useApi<ListResult>("/api/v1/list/disputes?limit=100");
  const setFilter = useCallback((key: string, value: string) => navigate(withParams(pathname, query, { [key]: value || null })), [navigate, pathname, query]);
  const applyRange = useCallback((from: string | null, to: string | null) => navigate(withParams(pathname, query, { from, to }), { replace: true }), [navigate, pathname, query]);

  const all = useMemo(() => {
    const a = first.data?.items ?? [];
    return dispute && partner ? intersectItems(a, second.data?.items ?? []) : a;
  }, [first.data, second.data, dispute, partner]);
  const items = useMemo(() => itemsInView(all, view), [all, view.start, view.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const shortNames = useMemo(() => ({ ...second.data?.shortNames, ...first.data?.shortNames }), [first.data, second.data]);
  // The list follows the address, not each zoom step (it is hundreds of statements with their
  // citations): it changes once the steps pause, after the chart is painted.
  const settled = useMemo(() => itemsInView(all, urlView), [all, urlView.start, urlView.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const listed = useDeferredValue(settled);
  const mid = (view.start + view.end) / 2;
  const span = view.end - view.start;
  // Sorted once, not at every zoom step (the page renders again for each).
  const sortedStates = useMemo(
    () => (states.state === "ready" ? [...states.data.relations].sort((a, b) => name(a.state.name).localeCompare(name(b.state.name), lang)) : []),
    [states, name, lang],
  );
  const disputeRows = useMemo(
    () => (disputes.state === "ready" && disputes.data.kind === "disputes" ? [...disputes.data.rows].sort((a, b) => name(a.dispute.name).localeCompare(name(b.dispute.name), lang)) : []),
    [disputes, name, lang],
  );
  // What does not follow the view is built once per address: a zoom step renders the page again,
  // and React then skips these (the same elements) instead of comparing ~250 menu options each time.
  const filters = useMemo(
    () => (
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
          {t("timeline.dispute")}{" "}
          <select value={dispute ?? ""} onChange={(e) => setFilter("dispute", e.target.value)}>
            <option value="">{t("timeline.any")}</option>
            {dispute && !disputeRows.some((r) => r.dispute.id === dispute) && <option value={dispute}>{dispute}</option>}
            {disputeRows.map((r) => (
              <option key={r.dispute.id} value={r.dispute.id}>
                {name(r.dispute.name)}
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
      </form>
    ),
    [t, name, partner, dispute, kind, sortedStates, disputeRows, setFilter],
  );
  const footer = useMemo(
    () => (
      <>
        <p className="hint">{t("timeline.zoomHint")}</p>
        <p className="hint timeline-touch-hint">{t("timeline.pinchHint")}</p>
        <TimelineLegend />
      </>
    ),
    [t],
  );
  const range = boundsOf(urlView);
  const cut = first.data && first.data.items.length >= LIMIT ? (first.data.items.at(-1)?.date ?? null) : null;
  const loading = first.loading || second.loading;
  const error = first.error ?? second.error;

  return (
    <section className="timeline-page" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t("timeline.title")}</h1>
      {filters}
      <RangeForm key={`${range.from}|${range.to}`} from={range.from} to={range.to} onApply={applyRange} />
      <div className="zoom-buttons">
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
        <button type="button" onClick={() => setView(defaultView(extent))}>
          {t("timeline.postwar")}
        </button>
        <button type="button" onClick={() => setView(extent)}>
          {t("timeline.reset")}
        </button>
      </div>
      <TimelineOverview items={all} extent={extent} view={view} setView={setView} />
      <p className="muted" aria-live="polite">
        {formatDate(lang, range.from)}–{formatDate(lang, range.to)} · {t("timeline.items", { n: items.length })}
        {/* The fetch keeps the first LIMIT statements of all years, so what it cut is what follows its last day; only
            that day within the years shown is worth saying (it said "showing the first 10000; narrow the years to
            see all" beside 8168 statements of 1945–2026, and narrowing loads nothing more). */}
        {cut && cut.slice(0, range.to.length) <= range.to && ` · ${t("timeline.cut", { date: formatDate(lang, cut) })}`}
      </p>
      {error && <Failure message={error} />}
      <TimelineChart items={items} context={all} view={view} extent={extent} setView={setView} dragging={dragging} setDragging={setDragging} moving={stepped !== urlView} shortNames={shortNames} />
      {footer}
      {loading && !first.data && <Loading />}
      {first.data && items.length === 0 && <NoData reason={t("timeline.empty")} />}
      <TimelineList items={listed} />
    </section>
  );
}

/**
 * The from and to inputs: a year, month or day each; a value that is no date is refused with a message.
 * Memoised: they follow the address, not each zoom step (React rewrote both inputs' name and type at every step).
 */
const RangeForm = memo(function RangeForm({ from, to, onApply }: { from: string; to: string; onApply: (from: string | null, to: string | null) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ from, to });
  const [bad, setBad] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = [draft.from, draft.to].find((v) => v.trim() !== "" && parseAsOf(v) === null);
    if (wrong !== undefined) return setBad(wrong);
    setBad(null);
    onApply(parseAsOf(draft.from), parseAsOf(draft.to));
  };
  return (
    <form className="filters timeline-range" onSubmit={submit} aria-label={t("timeline.range")}>
      <label>
        {t("timeline.from")}{" "}
        <input name="from" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} size={11} inputMode="numeric" aria-describedby="timeline-range-hint" aria-invalid={bad !== null && bad === draft.from} />
      </label>
      <label>
        {t("timeline.to")}{" "}
        <input name="to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} size={11} inputMode="numeric" aria-describedby="timeline-range-hint" aria-invalid={bad !== null && bad === draft.to} />
      </label>
      <button type="submit">{t("timeline.apply")}</button>
      <span id="timeline-range-hint" className="muted small">
        {t("timeline.rangeHint")}
      </span>
      {bad !== null && (
        <p role="alert" className="error">
          {t("timeline.badRange", { value: bad })}
        </p>
      )}
    </form>
  );
});
