import { useMemo } from "react";
import type { GraphResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApiKeep } from "../api/useApi.js";
import { useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { AsOfControl } from "../app/AsOfControl.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { formatDate } from "../time/dates.js";
import { egoNetwork, networkDay, type GroupId, type Tie } from "./model.js";
import { EgoFigure } from "./EgoFigure.js";
import { TieLists } from "./TieLists.js";
import { TiesTable } from "./TiesTable.js";
import { withAside } from "../entity/brackets.js";
import "./network.css";

/**
 * Japan's ego network as of a date: partners grouped by tie (allies, wars, disputes, sanctions,
 * agreements in force, memberships), drawn as a labelled figure on wide screens and listed by group
 * on every screen, with every tie in a table below. Loaded only on /network.
 */
export default function NetworkPage() {
  const { query } = useNav();
  const { t, lang, name } = useI18n();
  const asOf = networkDay(query.get("asOf"));
  const graph = useApiKeep<GraphResult>(api.graph(asOf));
  const net = useMemo(() => (graph.data ? egoNetwork(graph.data) : null), [graph.data]);
  const shown = graph.data?.asOf ?? asOf;
  const entityHref = (id: string) => href({ view: "entity", id }, { asOf: shown }, query);
  const label = (tie: Tie, g: GroupId) => {
    const n = name(tie.node.name);
    if (g === "agreements") return withAside(n, tie.value, lang);
    if (g === "disputes") return `${n} · ${tie.via.map((v) => name(v.name)).join(lang === "ja" ? "、" : ", ")}`;
    return n;
  };
  // States with relations are "other" once allies, enemies or rivals are listed above them.
  const listTitle = (g: GroupId) => t(g === "relations" && (net?.groups.length ?? 0) > 1 ? "network.group.otherRelations" : `network.group.${g}`);
  const figureTitle = (g: GroupId) => (g === "memberships" ? t("network.group.clubs") : listTitle(g));

  return (
    <section className="network-page" aria-labelledby="network-title">
      <h1 id="network-title">
        {t("network.title")} <span className="as-of">{formatDate(lang, shown)}</span>
      </h1>
      <AsOfControl key={asOf} allowAll={false} />
      {graph.error && <Failure message={graph.error} />}
      {!net || !graph.data ? (
        !graph.error && <Loading />
      ) : (
        <>
          <p className="network-summary">{t("network.summary", {
              n: net.relations === 1 ? t("network.state") : t("network.states", { n: net.relations }),
              a: net.agreements.inForce,
              m: net.memberships === 1 ? t("network.org") : t("network.orgs", { n: net.memberships }),
            })}</p>
          {net.groups.length === 0 ? (
            <NoData reason={t("network.none")} />
          ) : (
            <>
              <EgoFigure net={net} asOfLabel={formatDate(lang, shown)} entityHref={entityHref} label={label} groupTitle={figureTitle} />
              <h2 className="tie-lists-title">{t("network.byTie")}</h2>
              <TieLists net={net} entityHref={entityHref} title={listTitle} />
            </>
          )}
          <TiesTable graph={graph.data} entityHref={entityHref} />
        </>
      )}
    </section>
  );
}
