import { memo, useCallback, useDeferredValue, useMemo, useRef, useState, type FormEvent } from "react";
import type { RelationsResult, TimelineItem } from "../api/types.js";
import type { ListResult } from "../pages/list-query.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { withParams } from "../app/route.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { formatDate, parseAsOf } from "../time/dates.js";
import { checkAsOf, type AsOfCheck } from "../app/asof.js";
import { invalidDateMessage } from "../app/InvalidDate.js";
import { eraTitle } from "../time/wareki.js";
import { defaultView, fullExtent, pan, zoom } from "./scale.js";
import { itemsInView, ROW_KINDS } from "./layout.js";
import { intersectItems, sameItems } from "./items.js";
import { boundsOf, rangeOfView, viewOfRange } from "./range.js";
import { TimelineChart, type Drag } from "./TimelineChart.js";
import { TimelineOverview } from "./TimelineOverview.js";
import { TimelineLegend } from "./TimelineLegend.js";
import { TimelineList } from "./TimelineList.js";
import { useLiveView } from "./useLiveView.js";
import { countsByYear } from "./overview.js";
import { useTimelineItems } from "./useTimelineItems.js";
import { windowAround } from "./as-of-window.js";
import "./timeline.css";

const NO_COUNTS: ReadonlyMap<number, number> = new Map();

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
  // The filters go to the API (two loaders when a state and a dispute are both chosen: it takes one entity).
  // Each loads the years the view shows and as many on each side, and keeps them: zooming and panning
  // within them only filter what is in hand, beyond them fetch the years reached.
  const firstFilter = useMemo(() => ({ with: dispute ?? partner, kind }), [dispute, partner, kind]);
  const secondFilter = useMemo(() => (dispute && partner ? { with: partner, kind } : null), [dispute, partner, kind]);
  const first = useTimelineItems(firstFilter, view, extent);
  const second = useTimelineItems(secondFilter, view, extent);
  const states = useApi<RelationsResult>(api.relations(new Date().toISOString().slice(0, 10)));
  const disputes = useApi<ListResult>("/api/v1/list/disputes?limit=100");
  const setFilter = useCallback((key: string, value: string) => navigate(withParams(pathname, query, { [key]: value || null })), [navigate, pathname, query]);
  const applyRange = useCallback((from: string | null, to: string | null) => navigate(withParams(pathname, query, { from, to }), { replace: true }), [navigate, pathname, query]);

  const both = Boolean(dispute && partner);
  const all = useMemo(() => (both ? intersectItems(first.items, second.items) : first.items), [first.items, second.items, both]);
  // The overview counts every year from the API's counts; for two filters at once, the items in hand in both.
  const perYear = useMemo(() => (both ? countsByYear(all) : (first.counts ?? NO_COUNTS)), [both, all, first.counts]);
  // The same array while the view's items stay the same: each request's answer makes a new `all`, and one of
  // years outside the view (most, once zoomed in while the years around load) would otherwise lay out and
  // redraw the chart's marks, some 50–200 ms of the main thread that a zoom step met when it came then.
  const shown = useRef<readonly TimelineItem[]>([]);
  const inView = useMemo(() => itemsInView(all, view), [all, view.start, view.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const items = (shown.current = sameItems(shown.current, inView));
  const shortNames = useMemo(() => ({ ...second.shortNames, ...first.shortNames }), [first.shortNames, second.shortNames]);
  // The list follows the address, not each zoom step (it is hundreds of statements with their
  // citations): it changes once the steps pause, after the chart is painted.
  const listedBefore = useRef<readonly TimelineItem[]>([]);
  const settledNow = useMemo(() => itemsInView(all, urlView), [all, urlView.start, urlView.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const settled = (listedBefore.current = sameItems(listedBefore.current, settledNow));
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
        <p className="hint timeline-mouse-hint">{t("timeline.zoomHint")}</p>
        <p className="hint timeline-touch-hint">{t("timeline.pinchHint")}</p>
        <TimelineLegend />
      </>
    ),
    [t],
  );
  const range = boundsOf(urlView);
  // A from or to in the address that is no date (1972-13, banana) is said, as a bad asOf is, not silently
  // replaced by 1945 to today.
  const badDates = [query.get("from"), query.get("to")].map(checkAsOf).filter((c): c is Extract<AsOfCheck, { state: "invalid" }> => c.state === "invalid");
  const cut = [first.cut, second.cut].filter((c): c is string => c !== null).sort()[0] ?? null;
  const busy = first.busy || second.busy;
  const ready = first.covers(view) && (!both || second.covers(view));
  const error = first.error ?? second.error;
  // The date chosen on the map or a page, when the years shown leave it out (from the map at 1900, the
  // timeline opened on 1945 to today and said nothing of 1900): said, with the years around it a click away.
  const chosen = parseAsOf(query.get("asOf"));
  const around = chosen && badDates.length === 0 ? windowAround(chosen, urlView, extent) : null;

  return (
    <section className="timeline-page" aria-labelledby="timeline-title" aria-busy={busy}>
      <h1 id="timeline-title">{t("timeline.title")}</h1>
      {filters}
      {badDates.length > 0 && (
        <div className="failure timeline-bad-date" role="alert">
          {badDates.map((c) => (
            <p key={c.value}>{invalidDateMessage(lang, c)}</p>
          ))}
          <p>{t("timeline.badAddress", { from: formatDate(lang, range.from), to: formatDate(lang, range.to) })}</p>
        </div>
      )}
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
      {around && chosen && (
        <p className="hint timeline-as-of">
          {t("timeline.asOfOutside", { date: formatDate(lang, chosen) })}
          {lang === "ja" ? "" : " "}
          <Link href={withParams(pathname, query, around)}>{t("timeline.showAround", { from: formatDate(lang, around.from), to: formatDate(lang, around.to) })}</Link>
        </p>
      )}
      <TimelineOverview counts={perYear} extent={extent} view={view} setView={setView} />
      <p className="muted" aria-live="polite">
        {/* One year (or month, or day) is written once: "1972", not "1972–1972". */}
        <span title={lang === "ja" ? (eraTitle(range.from === range.to ? range.from : `${range.from}/${range.to}`) ?? undefined) : undefined}>
          {range.from === range.to ? formatDate(lang, range.from) : `${formatDate(lang, range.from)}–${formatDate(lang, range.to)}`}
        </span>{" "}
        · {t("timeline.items", { n: items.length })}
        {/* The page holds at most TIMELINE_LIMIT statements, loaded from the view's start: what it could not load
            is what follows a day, worth saying only within the years shown (it once said "showing the first 10000;
            narrow the years to see all" beside 8168 statements of 1945–2026, where narrowing loaded nothing more). */}
        {cut && cut.slice(0, range.to.length) <= range.to && ` · ${t("timeline.cut", { date: formatDate(lang, cut) })}`}
      </p>
      {error && <Failure message={error} />}
      <TimelineChart items={items} context={all} view={view} extent={extent} setView={setView} dragging={dragging} setDragging={setDragging} moving={stepped !== urlView} shortNames={shortNames} />
      {footer}
      {!ready && items.length === 0 && !error && <Loading />}
      {ready && items.length === 0 && <NoData reason={t("timeline.empty")} />}
      <TimelineList key={`${range.from}|${range.to}|${partner}|${dispute}|${kind}`} items={listed} />
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
