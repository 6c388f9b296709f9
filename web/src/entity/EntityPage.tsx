import { useEffect, useState } from "react";
import type { EntityView } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { AsOfControl } from "../app/AsOfControl.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { parseAsOf } from "../time/dates.js";
import { byPredicate, sourceNumbering } from "./group.js";
import { Statement } from "./Statement.js";
import { Cites } from "./citation.js";
import { StateOverview } from "./StateOverview.js";
import { SeriesPanel } from "../series/SeriesPanel.js";
import { DisputeOverview } from "./DisputeOverview.js";
import { PlacesMap } from "./PlacesMap.js";
import { coordsOf } from "./group.js";

/** An entity's page, for every kind: a kind-specific overview, then every statement and source. */
export function EntityPage({ id }: { id: string }) {
  const { query } = useNav();
  const { t } = useI18n();
  const asOf = parseAsOf(query.get("asOf"));
  const loaded = useApi<EntityView>(api.entity(id, asOf));
  if (loaded.state === "loading") return <Loading />;
  if (loaded.state === "error") {
    return loaded.status === 404 ? <Failure message={t("entity.notFound", { id })} /> : <Failure message={loaded.message} retry={loaded.retry} />;
  }
  return <EntityBody view={loaded.data} />;
}

function EntityBody({ view }: { view: EntityView }) {
  const { t, name, lang } = useI18n();
  const { entity } = view;
  const numbering = sourceNumbering(view);
  const groups = byPredicate(view.statements);
  const coords = entity.kind === "place" ? coordsOf(entity.fields) : null;
  const summary = (lang === "ja" ? entity.summary.ja : null) ?? entity.summary.en;
  const summaryLang = lang === "ja" && entity.summary.ja ? "ja" : "en";
  useEffect(() => {
    document.title = `${name(entity.name)} — gaiko`;
  }, [entity.name, name]);
  const otherName = lang === "ja" ? entity.name.en : entity.name.ja;
  return (
    <article className={`entity-page kind-${entity.kind}`} aria-labelledby="entity-title">
      <header className="entity-header">
        <p className="eyebrow">
          {t(`entity.kind.${entity.kind}`)}
          {entity.type && ` · ${entity.type}`}
        </p>
        <h1 id="entity-title">
          {name(entity.name)}
          {otherName && otherName !== name(entity.name) && (
            <span className="other-name" lang={lang === "ja" ? "en" : "ja"}>
              {" "}
              {otherName}
            </span>
          )}
        </h1>
        <AsOfControl />
        {summary && (
          <p className="summary" lang={summaryLang}>
            {summary} <Cites sources={entity.sources} numberOf={numbering.numberOf} />
          </p>
        )}
        {entity.aliases.length > 0 && (
          <p className="aliases">
            <span className="muted">{t("entity.aliases")}: </span>
            {entity.aliases.map((a, i) => (
              <span key={i} lang={a.lang}>
                {a.text}
                {i < entity.aliases.length - 1 ? " · " : ""}
              </span>
            ))}
          </p>
        )}
      </header>
      {entity.kind === "state" && entity.id !== "japan" && <StateOverview view={view} numberOf={numbering.numberOf} />}
      {entity.kind === "state" && <SeriesPanel state={entity.id} />}
      {entity.kind === "dispute" && <DisputeOverview view={view} />}
      {coords && <PlacesMap places={[{ id: entity.id, label: name(entity.name), coords }]} />}
      <section aria-labelledby="statements-title">
        <h2 id="statements-title">
          {t("entity.statements")} <span className="count">{view.statements.length}</span>
        </h2>
        {groups.length === 0 && <NoData reason={t("entity.noStatements")} />}
        {groups.map((g) => (
          <StatementGroup key={g.p} title={lang === "ja" ? g.label.ja : g.label.en} statements={g.statements} selfId={entity.id} numberOf={numbering.numberOf} />
        ))}
      </section>
      <SourceList sources={numbering.sources} numberOf={numbering.numberOf} />
    </article>
  );
}

const GROUP_FIRST = 30;

/** One predicate's statements; long groups (Japan has hundreds) show their first few until asked. */
function StatementGroup({ title, statements, selfId, numberOf }: { title: string; statements: EntityView["statements"]; selfId: string; numberOf: (c: EntityView["entity"]["sources"][number]) => number }) {
  const { t } = useI18n();
  const [all, setAll] = useState(statements.length <= GROUP_FIRST + 5);
  const shown = all ? statements : statements.slice(0, GROUP_FIRST);
  return (
    <section className="statement-group">
      <h3>
        {title} <span className="count">{statements.length}</span>
      </h3>
      <ul className="statements">
        {shown.map((s) => (
          <Statement key={s.id} s={s} selfId={selfId} numberOf={numberOf} />
        ))}
      </ul>
      {!all && (
        <button type="button" onClick={() => setAll(true)}>
          {t("entity.showAll", { n: statements.length })}
        </button>
      )}
    </section>
  );
}

/** Every source the page cites, numbered as its markers are. */
function SourceList({ sources, numberOf }: { sources: EntityView["entity"]["sources"]; numberOf: (c: EntityView["entity"]["sources"][number]) => number }) {
  const { t } = useI18n();
  const { query } = useNav();
  return (
    <section aria-labelledby="sources-title" className="sources">
      <h2 id="sources-title">{t("entity.sources")}</h2>
      {sources.length === 0 ? (
        <NoData reason={t("entity.noStatements")} />
      ) : (
        <ol>
          {sources.map((c) => (
            <li key={c.source} value={numberOf(c)}>
              <Link href={href({ view: "source", id: c.source }, {}, query)}>{c.title}</Link>
              {c.url && (
                <>
                  {" "}
                  <a href={c.url} target="_blank" rel="noreferrer noopener" className="ext" aria-label={`${t("cite.url")}: ${c.title}`}>
                    ↗
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
