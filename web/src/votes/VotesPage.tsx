import { useMemo } from "react";
import type { SourceView, VoteAgreementResult } from "../api/types.js";
import { api, type VoteFilter } from "../api/client.js";
import { useApi, useApiMany } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, withParams } from "../app/route.js";
import { dataAsOf, releaseTitle } from "../app/data-date.js";
import { EnglishOnly } from "../i18n/Role.js";
import { Loading, NoData } from "../app/feedback.js";
import { ISSUES, MAX_STATES, MEASURES, MIN_ROLL_CALLS, parseVotesState, seriesOf, thinYears, thinYearsText, votesParams, type VotesState } from "./state.js";
import { percent } from "./scale.js";
import { Divergent, Ranking } from "./VotesLists.js";
import { StatePicker } from "./StatePicker.js";
import { VotesChart } from "./VotesChart.js";


/** /votes: Japan's agreement with chosen states over the years, the most and least aligned, and where Japan split from the US. */
export default function VotesPage() {
  const { query, pathname, navigate } = useNav();
  const { t, name, lang } = useI18n();
  const s = parseVotesState(query);
  const set = (change: Partial<VotesState>, replace = true) => navigate(withParams(pathname, query, votesParams({ ...s, ...change })), { replace });
  const filter: VoteFilter = { issue: s.issue, important: s.important };

  const urls = s.states.map((id) => api.votesAgreement(id, filter));
  const answers = useApiMany<VoteAgreementResult>(urls);
  const ready = s.states.flatMap((_id, i) => {
    const a = answers.get(urls[i]!);
    return a?.state === "ready" ? [a.data] : [];
  });
  const names = new Map(ready.map((r) => [r.b.id, name(r.b.name)]));
  const points = useMemo(() => seriesOf(ready, s.measure, name), [ready.map((r) => r.b.id + r.filter.issue + r.filter.important).join(), s.measure, name]); // eslint-disable-line react-hooks/exhaustive-deps
  const loading = s.states.some((_, i) => answers.get(urls[i]!)?.state === "loading");
  const label = t("votes.chart", { measure: t(`votes.measure.${s.measure}`), states: ready.map((r) => name(r.b.name)).join(lang === "ja" ? "、" : ", ") });

  return (
    <section className="votes-page" aria-labelledby="votes-title">
      <h1 id="votes-title">{t("votes.title")}</h1>
      <p className="summary muted">{t("votes.intro")}</p>
      <form className="filters votes-filters" onSubmit={(e) => e.preventDefault()}>
        <StatePicker chosen={s.states} names={names} max={MAX_STATES} onChange={(states) => set({ states }, false)} />
        <fieldset className="measure">
          <legend>{t("votes.measure")}</legend>
          {MEASURES.map((m) => (
            <label key={m}>
              <input type="radio" name="measure" value={m} checked={s.measure === m} onChange={() => set({ measure: m })} /> {t(`votes.measure.${m}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("votes.issue")}{" "}
          <select value={s.issue ?? ""} onChange={(e) => set({ issue: (e.target.value || null) as VotesState["issue"] }, false)}>
            <option value="">{t("votes.issue.all")}</option>
            {ISSUES.map((i) => (
              <option key={i} value={i}>
                {t(`votes.issue.${i}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={s.important} onChange={(e) => set({ important: e.target.checked }, false)} /> {t("votes.important")}
        </label>
      </form>

      <figure className="votes-figure" aria-labelledby="votes-chart-caption">
        <figcaption id="votes-chart-caption" className="visually-hidden">
          {label}
        </figcaption>
        {ready.length > 0 && <VotesChart points={points} names={ready.map((r) => name(r.b.name))} measure={s.measure} label={label} />}
        {loading && <Loading />}
        {ready.length > 0 && <VotesSource />}
      </figure>
      {s.states.map((id, i) => {
        const a = answers.get(urls[i]!);
        return a?.state === "error" ? <NoData key={id} reason={t("votes.noneWith", { name: id, reason: a.message })} /> : null;
      })}
      {thinYears(points).length > 0 && (
        <NoData reason={t("votes.thin", { min: MIN_ROLL_CALLS, years: thinYearsText(thinYears(points), lang) })} />
      )}
      {ready.length > 0 && <ChartTable results={ready} measure={s.measure} />}

      <Ranking s={s} filter={filter} set={set} />
      <Divergent s={s} filter={filter} set={set} />
    </section>
  );
}

/** The dataset the votes are counted from (gaiko's source record of it). */
const VOTES_SOURCE = "import-unvotes";

/**
 * The chart's source under it, as a state page's series chart gives one: the dataset, its publisher and
 * the data release, linked to the source's page (the chart had a unit but named no source).
 */
function VotesSource() {
  const { t, lang, name } = useI18n();
  const { query } = useNav();
  const answer = useApi<SourceView>(api.source(VOTES_SOURCE));
  if (answer.state !== "ready") return null;
  const { source, release, builtAt } = answer.data;
  const publisher = typeof source.fields["publisher"] === "string" ? source.fields["publisher"] : null;
  const [colon, open, close] = lang === "ja" ? ["：", "（", "）"] : [": ", " (", ")"];
  return (
    <p className="small muted votes-source">
      {t("votes.source")}
      {colon}
      <Link href={href({ view: "source", id: source.id }, {}, query)}>{name(source.name)}</Link>
      {lang === "ja" && !source.name.ja && <> <EnglishOnly /></>}
      {publisher && (
        <>
          {open}
          <span lang="en">{publisher}</span>
          {close}
        </>
      )}
      {lang === "ja" ? "、" : "; "}
      <span title={releaseTitle(release, lang)}>{dataAsOf(builtAt, lang)}</span>
    </p>
  );
}

/** The chart's values as a table (the accessible alternative): one row per year, one column per state. */
function ChartTable({ results, measure }: { results: VoteAgreementResult[]; measure: VotesState["measure"] }) {
  const { t, name } = useI18n();
  const years = results[0]?.periods.map((p) => p.period) ?? [];
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "–" : measure === "sScore" ? v.toFixed(2) : percent(v));
  return (
    <details className="votes-table">
      <summary>{t("votes.chartTable")}</summary>
      <div className="table-scroll">
        <table>
          <caption>{t(`votes.measure.${measure}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("votes.year")}</th>
              {results.map((r) => (
                <th scope="col" key={r.b.id}>
                  {name(r.b.name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y, i) => (
              <tr key={y}>
                <th scope="row">{y}</th>
                {results.map((r) => (
                  <td key={r.b.id}>{fmt(r.periods[i]?.[measure])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
