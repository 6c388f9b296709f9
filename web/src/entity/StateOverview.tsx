import type { Citation, EntityView, RelationsResult, TimelineResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { Loading, NoData } from "../app/feedback.js";
import { formatDate } from "../time/dates.js";
import { agreementsWithJapan, keyEvents, linkedOfKind, sharedMemberships, type Linked } from "./group.js";
import { Cites } from "./citation.js";
import { EntityLink } from "./Statement.js";
import { MiniTimeline } from "./MiniTimeline.js";

/** A state's page at a glance: its relationship with Japan, agreements, disputes, shared memberships, key events. */
export function StateOverview({ view, numberOf }: { view: EntityView; numberOf: (c: Citation) => number }) {
  const { t, lang } = useI18n();
  const asOf = view.asOf ?? new Date().toISOString().slice(0, 10);
  // With a date the entity view carries the engine's row for this state; only without one is the
  // whole world's table asked for today.
  const own = view.onDay?.relation ?? null;
  const relations = useApi<RelationsResult>(own ? null : api.relations(asOf));
  const japan = useApi<EntityView>(api.entity("japan", view.asOf));
  const events = useApi<TimelineResult>(api.timeline({ with: view.entity.id, kind: "event", limit: 500 }));
  const row = own ?? (relations.state === "ready" ? relations.data.relations.find((r) => r.state.id === view.entity.id) : undefined);
  const japanView = japan.state === "ready" ? japan.data : null;
  const agreements = agreementsWithJapan(view, japanView);
  const disputes = linkedOfKind(view.statements, view.entity.id, "dispute");
  // The status cites the statements the as-of engine decided it from, not every statement of the state.
  const basis = new Set(row?.basis ?? row?.statements ?? []);
  const rowSources = row ? view.statements.filter((s) => basis.has(s.id)).flatMap((s) => s.sources) : [];
  // Agreements in force are the engine's (the same the map counts); the rest are shown apart, muted.
  const inForce = new Set(row?.agreements.map((a) => a.id) ?? []);
  const current = agreements.filter((a) => inForce.has(a.entity.id));
  const other = agreements.filter((a) => !inForce.has(a.entity.id));
  const day = formatDate(lang, asOf);

  return (
    <section className="overview state-overview" aria-labelledby="relationship-title">
      <h2 id="relationship-title">{t("entity.relationship")}</h2>
      {!own && relations.state === "loading" ? (
        <Loading />
      ) : row ? (
        <p className="relationship" data-status={row.status}>
          <strong className={`status-chip status-${row.status}`}>{t(`status.${row.status}`)}</strong>
          {!row.certain && ` (${t("status.uncertain")})`}
          {row.since && ` ${t("entity.since", { date: formatDate(lang, row.since) })}`}
          {row.alliance && ` · ${t("alliance.yes")}`} <span className="muted">({formatDate(lang, asOf)})</span> <Cites sources={dedupe(rowSources)} numberOf={numberOf} />
        </p>
      ) : (
        <NoData reason={t("status.unknown")} />
      )}
      <div className="overview-grid">
        <div>
          <h3 className="group-title">{t("entity.agreements")}</h3>
          <LinkedList title={t("entity.agreementsInForce", { date: day })} items={current} empty={t(agreements.length ? "entity.noneInForce" : "entity.noAgreements")} numberOf={numberOf} />
          {other.length > 0 && <LinkedList title={t("entity.agreementsNotInForce", { date: day })} items={other} empty="" numberOf={numberOf} muted />}
        </div>
        <LinkedList title={t("entity.disputes")} items={disputes} empty={t("entity.noDisputes")} numberOf={numberOf} />
        {japanView ? (
          <LinkedList title={t("entity.memberships")} items={sharedMemberships(view, japanView)} empty={t("entity.noneShared")} numberOf={numberOf} />
        ) : (
          <Loading />
        )}
      </div>
      <section aria-labelledby="events-title">
        <h3 id="events-title">{t("entity.events")}</h3>
        {events.state === "ready" ? <MiniTimeline events={keyEvents(events.data.items)} /> : <Loading />}
      </section>
    </section>
  );
}

function dedupe(cs: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cs.filter((c) => (seen.has(c.source) ? false : (seen.add(c.source), true)));
}

/** A titled list of linked entities with their first date and sources. */
export function LinkedList({ title, items, empty, numberOf, muted }: { title: string; items: Linked[]; empty: string; numberOf: (c: Citation) => number; muted?: boolean }) {
  const { lang } = useI18n();
  return (
    <section className={muted ? "linked muted-list" : "linked"}>
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <NoData reason={empty} />
      ) : (
        <ul>
          {items.map((l) => (
            <li key={l.entity.id}>
              <EntityLink entity={l.entity} /> {l.date && <span className="when">{formatDate(lang, l.date)}</span>}{" "}
              <Cites sources={dedupe(l.statements.flatMap((s) => s.sources))} numberOf={numberOf} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
