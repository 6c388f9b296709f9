import { useCallback, useEffect, useMemo, useState } from "react";
import "./entity.css";
import type { EntityView } from "../api/types.js";
import { useApi } from "../api/useApi.js";
import { useI18n, useNav } from "../app/location.js";
import { AsOfControl } from "../app/AsOfControl.js";
import { href } from "../app/route.js";
import { Failure, Loading } from "../app/feedback.js";
import { parseAsOf } from "../time/dates.js";
import { coordsOf } from "./group.js";
import { Cites } from "./citation.js";
import { References } from "./References.js";
import { SeriesPanel } from "../series/SeriesPanel.js";
import { DisputeOverview } from "./DisputeOverview.js";
import { DisputeTimeline } from "./DisputeTimeline.js";
import { PlacesMap } from "./PlacesMap.js";
import { FactBox } from "./FactBox.js";
import { MembersOnDay } from "./MembersOnDay.js";
import { KeyEvents } from "./KeyEvents.js";
import { Sections } from "./Sections.js";
import { Slices } from "./Slices.js";
import { entityUrl, today } from "./load.js";
import { typeWords } from "./words.js";
import { NotFound } from "../pages/NotFound.js";
import { TranslatedMark } from "./TranslatedMark.js";
import { EntityName, NameMark } from "./EntityName.js";
import { NameOnDay } from "./NameOnDay.js";
import { nameParts } from "./person-name.js";
import { withSic } from "./sic.js";

/**
 * An entity's page, for every kind: a fact box as of the page's date (today when the address names
 * none), then its statements by section as sentences, the full list behind a tab, and the numbered
 * references. The page asks for a summary first and for each section's statements when opened.
 */
export function EntityPage({ id }: { id: string }) {
  const { query } = useNav();
  const asOf = parseAsOf(query.get("asOf"));
  const day = asOf ?? today();
  const loaded = useApi<EntityView>(entityUrl(id, { asOf: day, statements: "summary" }));
  if (loaded.state === "loading") return <Loading />;
  if (loaded.state === "error") {
    // An unknown id reached inside the app gets the same page, with the nearest names, as one typed in the address.
    return loaded.status === 404 ? <NotFound path={`/entity/${id}`} /> : <Failure message={loaded.message} retry={loaded.retry} />;
  }
  // A source reached as an entity (an old link, a typed address) opens its own page, which lists what it supports.
  if (loaded.data.entity.kind === "source") return <ToSourcePage id={id} />;
  return <EntityBody view={loaded.data} day={day} asOf={asOf} />;
}

function ToSourcePage({ id }: { id: string }) {
  const { query, navigate } = useNav();
  useEffect(() => navigate(href({ view: "source", id }, {}, query), { replace: true }), [id]); // eslint-disable-line react-hooks/exhaustive-deps
  return <Loading />;
}

function EntityBody({ view, day, asOf }: { view: EntityView; day: string; asOf: string | null }) {
  const { t, name, lang } = useI18n();
  const { entity } = view;
  const [tab, setTab] = useState<"overview" | "all">("overview");
  // Every answer loaded since (sections opened, pages of the full list), for numbering references.
  const [more, setMore] = useState<EntityView[]>([]);
  const onLoaded = useCallback((v: EntityView) => setMore((prev) => (prev.includes(v) ? prev : [...prev, v])), []);
  const views = useMemo(() => [view, ...more], [view, more]);
  const coords = entity.kind === "place" ? coordsOf(entity.fields) : null;
  const summary = (lang === "ja" ? entity.summary.ja : null) ?? entity.summary.en;
  const summaryLang = lang === "ja" && entity.summary.ja ? "ja" : "en";
  const total = (view.sections ?? []).reduce((n, s) => n + s.count, 0);
  const otherName = lang === "ja" ? withSic(entity.name.en) : entity.name.ja;
  // The heading's own text: an English-only name with a Japanese gloss still shows the English in full beside it.
  const shown = nameParts(entity.name, lang).parts.map((p) => p.text).join("");
  // The tab's title names the page as its heading does: a leader known only by the dataset's name read
  // "Abe, M. (leader of Japan from 1939)" in a Japanese page's tab, headed Abe, M.（1939年から日本の指導者）.
  useEffect(() => {
    document.title = `${shown} — gaiko`;
  }, [shown]);
  // A dataset agreement's Japanese name may be gaiko's own translation of its English title: say so beside it.
  const translated = entity.fields.nameJaTranslated === true && Boolean(entity.name.ja);
  const type = typeWords(entity.type, lang);
  return (
    <article className={`entity-page kind-${entity.kind}`} aria-labelledby="entity-title">
      <header className="entity-header">
        <p className="eyebrow">
          {t(`entity.kind.${entity.kind}`)}
          {type && ` · ${type}`}
        </p>
        <h1 id="entity-title">
          <EntityName entity={entity} />
          <NameMark entity={entity} />
          {lang === "ja" && translated && <TranslatedMark />}
          {otherName && otherName !== shown && " "}
          {otherName && otherName !== shown && (
            <span className="other-name" lang={lang === "ja" ? "en" : "ja"}>
              {otherName}
              {lang !== "ja" && translated && <TranslatedMark />}
            </span>
          )}
        </h1>
        <NameOnDay id={entity.id} kind={entity.kind} asOf={asOf} />
        <AsOfControl />
        {summary && (
          <p className="summary" lang={summaryLang}>
            {lang === "ja" && summaryLang === "en" && <span className="badge english-only">{t("entity.englishOnly")}</span>} {summary}{" "}
            <Cites sources={entity.sources} />
          </p>
        )}
      </header>
      <FactBox view={view} day={day} />
      <div className="tabs" role="tablist" aria-label={t("entity.statements")}>
        <button type="button" role="tab" id="tab-overview" aria-controls="panel-overview" aria-selected={tab === "overview"} onClick={() => setTab("overview")}>
          {t("entity.overview")}
        </button>
        <button type="button" role="tab" id="tab-all" aria-controls="panel-all" aria-selected={tab === "all"} onClick={() => setTab("all")}>
          {t("entity.allStatements")} <span className="count">{total}</span>
        </button>
      </div>
      {tab === "overview" ? (
        <div role="tabpanel" id="panel-overview" aria-labelledby="tab-overview">
          {entity.kind === "state" && entity.id !== "japan" && <KeyEvents state={entity.id} />}
          {entity.kind === "state" && <SeriesPanel state={entity.id} asOf={asOf} />}
          {entity.kind === "dispute" && <DisputeOverview view={view} onLoaded={onLoaded} />}
          {entity.kind === "dispute" && <DisputeTimeline dispute={entity.id} />}
          {entity.kind === "organization" && <MembersOnDay view={view} day={day} />}
          {coords && <PlacesMap places={[{ id: entity.id, label: name(entity.name), coords }]} />}
          <Sections view={view} day={day} onLoaded={onLoaded} />
          {entity.aliases.length > 0 && (
            <p className="aliases">
              <span className="muted">
                {t("entity.aliases")}
                {lang === "ja" ? "：" : ": "}
              </span>
              {entity.aliases.map((a, i) => (
                <span key={i} lang={a.lang}>
                  {a.text}
                  {i < entity.aliases.length - 1 ? " · " : ""}
                </span>
              ))}
            </p>
          )}
        </div>
      ) : (
        <div role="tabpanel" id="panel-all" aria-labelledby="tab-all">
          <Slices id={entity.id} query={{ asOf }} total={total} size={100} onLoaded={onLoaded} />
        </div>
      )}
      <References views={views} />
    </article>
  );
}
