import { memo, useMemo, useState } from "react";
import type { RelationsResult, VoteRankingRow } from "../api/types.js";
import { percent } from "../votes/scale.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { formatDate } from "../time/dates.js";
import { DateText } from "../time/DateText.js";
import { nameThen } from "./model.js";

/** The map as a table: every state, its status, since when, alliance and agreements (the accessible alternative). */
export const RelationsTable = memo(function RelationsTable({ data, votes }: { data: RelationsResult; votes?: readonly VoteRankingRow[] | null }) {
  const [open, setOpen] = useState(false);
  const { t } = useI18n();
  return (
    <details className="relations-table" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t("map.table")}</summary>
      {open && <TableBody data={data} votes={votes} />}
    </details>
  );
});

/** The table itself, rendered only while open (moving the date then redraws only the map). */
function TableBody({ data, votes }: { data: RelationsResult; votes?: readonly VoteRankingRow[] | null }) {
  const { t, name, lang } = useI18n();
  // On the votes layer, each state's agreement with Japan in the year (or "no votes").
  const voteOf = useMemo(() => (votes === undefined ? null : new Map((votes ?? []).map((v) => [v.state.id, v]))), [votes]);
  const { query } = useNav();
  const rows = useMemo(() => [...data.relations].sort((a, b) => name(nameThen(a)).localeCompare(name(nameThen(b)), lang)), [data, lang, name]);
  return (
      <div className="table-scroll">
        <table>
          <caption>{t("map.tableCaption", { date: formatDate(lang, data.asOf) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("map.col.state")}</th>
              <th scope="col">{t("map.col.status")}</th>
              <th scope="col">{t("map.col.since")}</th>
              <th scope="col">{t("map.col.alliance")}</th>
              <th scope="col">{t("map.col.agreements")}</th>
              {voteOf && <th scope="col">{t("layer.unvoting")}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.state.id} data-state={r.state.id}>
                <th scope="row">
                  <Link href={href({ view: "entity", id: r.state.id }, { asOf: data.asOf }, query)}>{name(nameThen(r))}</Link>
                </th>
                <td data-status={r.status}>
                  {t(`status.${r.status}`)}
                  {r.certain ? "" : ` (${t("status.uncertain")})`}
                </td>
                <td>{r.since && <DateText date={r.since} />}</td>
                <td>{r.alliance ? t("yes") : ""}</td>
                <td>{r.agreements.length || ""}</td>
                {voteOf && <td data-agreement={voteOf.get(r.state.id)?.agreement ?? ""}>{voteCell(voteOf.get(r.state.id), t)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
  );
}

function voteCell(v: VoteRankingRow | undefined, t: ReturnType<typeof useI18n>["t"]): string {
  if (!v || v.agreement === null) return t("votes.noVotes");
  return t("votes.tooltip", { agreement: percent(v.agreement), n: v.n });
}
