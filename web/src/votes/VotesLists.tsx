import type { VoteDivergentResult, VoteRankingResult } from "../api/types.js";
import { api, type VoteFilter } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { Failure, Loaded, Loading, NoData } from "../app/feedback.js";
import { ISSUES, MIN_ROLL_CALLS, divergentColumns, extremes, type VotesState } from "./state.js";
import { percent, VOTES_FIRST_YEAR, VOTES_LAST_YEAR } from "./scale.js";
import { DateText } from "../time/DateText.js";
import { EnglishOnly } from "../i18n/Role.js";

/** The votes page's lists: the most and least aligned states of a year, and the divergent roll calls. */
const YEARS = Array.from({ length: VOTES_LAST_YEAR - VOTES_FIRST_YEAR + 1 }, (_, i) => VOTES_LAST_YEAR - i);
const RANKING_COUNT = 10;

/** The issue codes the interface can name (a code it does not know is left out rather than shown raw). */
const issuesOf = (codes: readonly string[]) => ISSUES.filter((i) => codes.includes(i));

export type SetVotes = (change: Partial<VotesState>, replace?: boolean) => void;

function YearSelect({ label, value, onChange }: { label: string; value: number; onChange: (y: number) => void }) {
  return (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Ranking({ s, filter, set }: { s: VotesState; filter: VoteFilter; set: SetVotes }) {
  const { t } = useI18n();
  const ranking = useApi<VoteRankingResult>(api.votesRanking(s.year, filter));
  return (
    <section className="votes-ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t("votes.ranking")}</h2>
      <YearSelect label={t("votes.rankingYear")} value={s.year} onChange={(year) => set({ year })} />
      <Loaded value={ranking}>
        {(data) => {
          const { most, least, voted } = extremes(data.rows, RANKING_COUNT);
          if (voted === 0) return <NoData reason={t("votes.rankingEmpty", { year: s.year })} />;
          const mostShared = Math.max(...data.rows.map((r) => r.n));
          return (
            <div className="ranking-grid">
              {mostShared < MIN_ROLL_CALLS && <p className="votes-outside">{t("votes.rankingThin", { year: s.year, n: mostShared })}</p>}
              <RankingTable id="most" title={t("votes.most")} rows={most} />
              <RankingTable id="least" title={t("votes.least")} rows={least} />
            </div>
          );
        }}
      </Loaded>
    </section>
  );
}

function RankingTable({ id, title, rows }: { id: string; title: string; rows: VoteRankingResult["rows"] }) {
  const { t, name } = useI18n();
  const { query } = useNav();
  return (
    <table className={`ranking ranking-${id}`}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t("votes.col.state")}</th>
          <th scope="col">{t("votes.col.value")}</th>
          <th scope="col">{t("votes.col.n")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.state.id} data-state={r.state.id}>
            <th scope="row">
              <Link href={href({ view: "entity", id: r.state.id }, {}, query)}>{name(r.state.name)}</Link>
            </th>
            <td>
              <span className="bar-cell" style={{ width: `${(r.agreement! * 5).toFixed(2)}rem` }} aria-hidden="true" />
              {percent(r.agreement!)}
            </td>
            <td>{r.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Divergent({ s, filter, set }: { s: VotesState; filter: VoteFilter; set: SetVotes }) {
  const { t, name, lang } = useI18n();
  const divergent = useApi<VoteDivergentResult>(api.votesDivergent({ against: "united-states", alongside: "china", from: s.from, to: s.to }, filter));
  return (
    <section className="votes-divergent" aria-labelledby="divergent-title">
      <h2 id="divergent-title">{t("votes.divergent")}</h2>
      <div className="filters">
        <YearSelect label={t("votes.from")} value={s.from} onChange={(from) => set({ from, to: Math.max(from, s.to) })} />
        <YearSelect label={t("votes.to")} value={s.to} onChange={(to) => set({ to, from: Math.min(to, s.from) })} />
      </div>
      {divergent.state === "loading" && <Loading />}
      {divergent.state === "error" && <Failure message={divergent.message} retry={divergent.retry} />}
      {divergent.state === "ready" &&
        (divergent.data.votes.length === 0 ? (
          <NoData reason={t("votes.divergentEmpty")} />
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {t("votes.divergentCount", { total: divergent.data.total, n: divergent.data.votes.length })}
              {/* The subjects are the UN's English titles (no Japanese in the data): said once on a Japanese page. */}
              {lang === "ja" && (
                <>
                  {"。"}
                  {t("votes.subjectsInEnglish")} <EnglishOnly />
                </>
              )}
            </p>
            <div className="table-scroll">
              <table className="divergent">
                <caption>{t("votes.divergentRange", { from: s.from, to: s.to })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("votes.col.date")}</th>
                    <th scope="col">{t("votes.col.resolution")}</th>
                    <th scope="col">{t("votes.col.subject")}</th>
                    <th scope="col">{t("votes.col.votes")}</th>
                  </tr>
                </thead>
                <tbody>
                  {divergent.data.votes.map((v) => (
                    <tr key={v.rcid} className="roll-call" data-rcid={v.rcid}>
                      <td>
                        <DateText date={v.date} />
                      </td>
                      <td>{v.resolution ?? "–"}</td>
                      <td>
                        {v.important && <span className="badge important">{t("votes.importantBadge")}</span>}
                        <span lang="en">{v.short?.trim() ?? "–"}</span>
                        {issuesOf(v.issues).length > 0 && <span className="muted small"> · {issuesOf(v.issues).map((i) => t(`votes.issue.${i}`)).join(lang === "ja" ? "、" : ", ")}</span>}
                      </td>
                      <td>
                        <ul className="vote-list">
                          {divergentColumns(divergent.data).map((st) => {
                            const vote = v.votes[st.id] ?? "absent";
                            return (
                              <li key={st.id} className={`vote vote-${vote}`}>
                                {name(st.name)}
                                {lang === "ja" ? "：" : ": "}
                                <strong>{t(`votes.vote.${vote}`)}</strong>
                              </li>
                            );
                          })}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
    </section>
  );
}
