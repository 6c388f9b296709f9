import { useCallback, useEffect, useMemo, useState } from "react";
import "./entity.css";
import type { EntityView } from "../api/types.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { AsOfControl } from "../app/AsOfControl.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { parseAsOf } from "../time/dates.js";
import { coordsOf, referenceNumbering } from "./group.js";
import { Cites, ReferencesContext } from "./citation.js";
import { SeriesPanel } from "../series/SeriesPanel.js";
import { DisputeOverview } from "./DisputeOverview.js";
import { PlacesMap } from "./PlacesMap.js";
import { FactBox } from "./FactBox.js";
import { KeyEvents } from "./KeyEvents.js";
import { Sections } from "./Sections.js";
import { Slices } from "./Slices.js";
import { entityUrl, today } from "./load.js";
import { formatLocator } from "./locator.js";
import { typeWords } from "./words.js";
import { NotFound } from "../pages/NotFound.js";

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
  return <EntityBody view={loaded.data} day={day} asOf={asOf} />;
}

function EntityBody({ view, day, asOf }: { view: EntityView; day: string; asOf: string | null }) {
  const { t, name, lang } = useI18n();
  const { entity } = view;
  const [tab, setTab] = useState<"overview" | "all">("overview");
  // Every answer loaded since (sections opened, pages of the full list), for numbering references.
  const [more, setMore] = useState<EntityView[]>([]);
  const onLoaded = useCallback((v: EntityView) => setMore((prev) => (prev.includes(v) ? prev : [...prev, v])), []);
  const numbering = useMemo(() => referenceNumbering([view, ...more]), [view, more]);
  const refs = useMemo(() => ({ numberOf: numbering.numberOf, reference: (s: string) => numbering.references.find((r) => r.source === s) }), [numbering]);
  const coords = entity.kind === "place" ? coordsOf(entity.fields) : null;
  const summary = (lang === "ja" ? entity.summary.ja : null) ?? entity.summary.en;
  const summaryLang = lang === "ja" && entity.summary.ja ? "ja" : "en";
  const total = (view.sections ?? []).reduce((n, s) => n + s.count, 0);
  useEffect(() => {
    document.title = `${name(entity.name)} — gaiko`;
  }, [entity.name, name]);
  const otherName = lang === "ja" ? entity.name.en : entity.name.ja;
  const type = typeWords(entity.type, lang);
  return (
    <ReferencesContext.Provider value={refs}>
      <article className={`entity-page kind-${entity.kind}`} aria-labelledby="entity-title">
        <header className="entity-header">
          <p className="eyebrow">
            {t(`entity.kind.${entity.kind}`)}
            {type && ` · ${type}`}
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
            {entity.kind === "state" && <SeriesPanel state={entity.id} />}
            {entity.kind === "dispute" && <DisputeOverview view={view} onLoaded={onLoaded} />}
            {coords && <PlacesMap places={[{ id: entity.id, label: name(entity.name), coords }]} />}
            <Sections view={view} day={day} onLoaded={onLoaded} />
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
          </div>
        ) : (
          <div role="tabpanel" id="panel-all" aria-labelledby="tab-all">
            <Slices id={entity.id} query={{ asOf }} total={total} size={100} onLoaded={onLoaded} />
          </div>
        )}
        <References numbering={numbering} locators={[view, ...more]} />
      </article>
    </ReferencesContext.Provider>
  );
}

/** The numbered references: publisher, title, date, address, and the places cited on this page. */
function References({ numbering, locators }: { numbering: ReturnType<typeof referenceNumbering>; locators: EntityView[] }) {
  const { t, lang } = useI18n();
  const cited = new Map<string, Set<string>>();
  for (const v of locators) {
    for (const c of [...v.entity.sources, ...v.statements.flatMap((s) => s.sources)]) {
      if (!c.locator) continue;
      const set = cited.get(c.source) ?? new Set<string>();
      set.add(formatLocator(c.locator, lang).short);
      cited.set(c.source, set);
    }
  }
  return (
    <section aria-labelledby="sources-title" className="sources references">
      <h2 id="sources-title">{t("entity.references")}</h2>
      {numbering.references.length === 0 ? (
        <NoData reason={t("entity.noStatements")} />
      ) : (
        <ReferenceItems numbering={numbering} cited={cited} />
      )}
    </section>
  );
}

const FIRST_REFERENCES = 20;

/** The first references in view, the rest folded (Japan's summary cites about 180 sources). */
function ReferenceItems({ numbering, cited }: { numbering: ReturnType<typeof referenceNumbering>; cited: Map<string, Set<string>> }) {
  const { t } = useI18n();
  const { query } = useNav();
  const item = (r: ReturnType<typeof referenceNumbering>["references"][number]) => {
    const where = [...(cited.get(r.source) ?? [])];
    return (
      <li key={r.source} value={numbering.numberOf(r.source)} id={`ref-${r.source}`}>
        {r.publisher && <span className="publisher">{r.publisher}. </span>}
        <Link href={href({ view: "source", id: r.source }, {}, query)}>{r.title}</Link>
        {r.date && <span>. {r.date}</span>}
        {r.url && (
          <>
            {". "}
            <a href={r.url} target="_blank" rel="noreferrer noopener" className="ext">
              {safeHost(r.url)} ↗
            </a>
          </>
        )}
        {where.length > 0 && (
          <span className="muted small">
            {" "}
            ({where.slice(0, 6).join(", ")}
            {where.length > 6 ? ` ${t("entity.more", { n: where.length - 6 })}` : ""})
          </span>
        )}
      </li>
    );
  };
  const rest = numbering.references.slice(FIRST_REFERENCES);
  return (
    <>
      <ol>{numbering.references.slice(0, FIRST_REFERENCES).map(item)}</ol>
      {rest.length > 0 && (
        <details>
          <summary>{t("entity.showAll", { n: numbering.references.length })}</summary>
          <ol start={FIRST_REFERENCES + 1}>{rest.map(item)}</ol>
        </details>
      )}
    </>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
