import type { ReactNode } from "react";
import type { EntityRef, EntityView, StatementView } from "../api/types.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, withParams } from "../app/route.js";
import type { ListResult } from "../pages/list-query.js";
import { missionCounts, missionsOnDay } from "./missions-box.js";
import { stateTakesThe } from "../../../src/model/articles.js";
import { Loading } from "../app/feedback.js";
import { Cites } from "./citation.js";
import { Fact } from "./Fact.js";
import { holdersOnDay, linkedOfKind, sharedOnDay } from "./group.js";
import { entityUrl } from "./load.js";
import { longDate } from "./sentences.js";
import { EntityLink } from "./Statement.js";
import { Role, useRoleTables } from "../i18n/Role.js";
import { roleWords } from "../i18n/roles.js";
import { standingReason } from "./standing-reason.js";
import { datasetDay, datasetSpan } from "./dataset-day.js";
import { datasetSource } from "./words.js";
import { partiesFact, signatoriesOf } from "./parties.js";
import { heldOnDay } from "./fact-counts.js";
import { brackets, withAside } from "./brackets.js";
import { boxFacts, chipSince } from "./box-facts.js";
import { agreementTexts, agreementType } from "./agreement-box.js";
import { foldNearDuplicates, type Line } from "./fold.js";
import { absence, type Absence } from "./absent-state.js";

type OnDay = NonNullable<EntityView["onDay"]>;

/** The few facts a reader looks for first, per kind, as of the page's date. */
export function FactBox({ view, day }: { view: EntityView; day: string }) {
  const { t, lang } = useI18n();
  const { entity } = view;
  const body =
    entity.kind === "state" ? (entity.id === "japan" ? <JapanFacts view={view} /> : <StateFacts view={view} day={day} />)
    : entity.kind === "agreement" ? <AgreementFacts view={view} />
    : entity.kind === "dispute" ? <DisputeFacts view={view} day={day} />
    : entity.kind === "place" ? <TerritoryFacts onDay={view.onDay} />
    : entity.kind === "person" ? <PersonFacts view={view} />
    : <OtherFacts view={view} />;
  return (
    <section className="fact-box" aria-labelledby="facts-title">
      <h2 id="facts-title">
        {t("entity.facts")} <span className="muted small">{t("entity.standing", { date: longDate(day, lang) })}</span>
      </h2>
      {body}
    </section>
  );
}

/** A term of the fact box and its value. */
function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A short list of linked entities, the rest counted. */
function Names({ items, max = 8 }: { items: { entity: EntityRef; note?: ReactNode }[]; max?: number }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <span className="muted">{t("entity.none")}</span>;
  return (
    <>
      {items.slice(0, max).map((x, i) => (
        <span key={x.entity.id}>
          {i > 0 && (lang === "ja" ? "、" : ", ")}
          <EntityLink entity={x.entity} />
          {x.note && <span className="muted">{lang === "ja" ? <>（{x.note}）</> : <> ({x.note})</>}</span>}
        </span>
      ))}
      {items.length > max && <span className="muted"> {t("entity.more", { n: items.length - max })}</span>}
    </>
  );
}

/**
 * The office holders on the day, each person once with every office held then (group.ts holdersOnDay). A term
 * not known to hold on the day (`certain` false: no source gives its end, or a date known only to the month or
 * year covers the day) is named apart, with the term's start, not among the leaders (Mongolia's box for
 * December 2026 named a prime minister of 2006, South Korea's a KCIA director of 1961).
 */
function Leaders({ onDay, polity }: { onDay: OnDay | undefined; polity: string }) {
  const { t, lang } = useI18n();
  const note = (roles: string[], since?: string | null) => {
    const words = roles.map((r, i) => <span key={r}>{i > 0 && (lang === "ja" ? "、" : ", ")}<Role role={r} context={{ polity }} /></span>);
    if (since) words.push(<span key="since">{words.length > 0 && (lang === "ja" ? "、" : ", ")}{t("entity.holderSince", { date: longDate(since, lang) })}</span>);
    return words.length ? words : null;
  };
  const offices = onDay?.offices ?? [];
  const known = holdersOnDay(offices.filter((o) => o.certain));
  // Each person once, with the earliest start of the terms not known to have ended.
  const open = holdersOnDay(offices.filter((o) => !o.certain)).filter((h) => !known.some((k) => k.entity.id === h.entity.id));
  const since = (id: string) => offices.filter((o) => !o.certain && o.entity.id === id && o.since).map((o) => o.since!).sort()[0] ?? null;
  return (
    <>
      {(known.length > 0 || open.length === 0) && (
        <Row term={t("entity.leaders")}>
          <Names items={known.map((h) => ({ entity: h.entity, note: note(h.roles) }))} max={4} />
        </Row>
      )}
      {open.length > 0 && (
        <Row term={t("entity.leadersEndUnknown")}>
          <Names items={open.map((h) => ({ entity: h.entity, note: note(h.roles, since(h.entity.id)) }))} max={4} />
        </Row>
      )}
    </>
  );
}

function JapanFacts({ view }: { view: EntityView }) {
  const { t } = useI18n();
  // The engine's counts (as /relations and the agreements list count), never statements counted here.
  const held = (p: string) => heldOnDay(view, p);
  return (
    <dl className="facts-list">
      <Leaders onDay={view.onDay} polity={view.entity.id} />
      <Row term={t("entity.statesWithRelations")}>{held("diplomatic-relations")}</Row>
      <Row term={t("entity.agreementsInForceCount")}>{held("party-to")}</Row>
      <Row term={t("entity.membershipsOnDay")}>
        <Names items={(view.onDay?.memberships ?? []).map((m) => ({ entity: m.entity }))} />
      </Row>
    </dl>
  );
}

/**
 * The statement that says how relations with Japan began (the latest begun by the day), with the less
 * precise statements of the same relations folded into it (Panama's undated relations beside 1904–1941).
 */
function relationsWithJapan(view: EntityView): Line | undefined {
  const withJapan = foldNearDuplicates(view.statements.filter((s) => s.p === "diplomatic-relations" && (s.subject.id === "japan" || s.object?.id === "japan")));
  return withJapan.filter((l) => l.s.phase !== "later").pop() ?? withJapan[0];
}

function StateFacts({ view, day }: { view: EntityView; day: string }) {
  const { t, lang } = useI18n();
  // Japan's memberships on the day, without its statements: one statement's slice carries onDay.
  const japan = useApi<EntityView>(entityUrl("japan", { asOf: day, p: "exists", limit: 1 }));
  const row = view.onDay?.relation ?? null;
  const basis = new Set(row?.basis ?? []);
  const rel = relationsWithJapan(view);
  const since = chipSince(row?.since ?? null, rel?.s);
  // A day the state did not exist: its rows would all be empty, so the box says when it was formed or ended.
  const gone = absence(row?.status, row?.since ?? null, view.sections?.find((s) => s.p === "exists"));
  return (
    <>
      {row && (
        <p className="relationship" data-status={row.status}>
          <strong className={`status-chip status-${row.status}`}>{t(`status.${row.status}`)}</strong>
          {!row.certain && withAside("", t("status.uncertain"), lang)}
          {/* In full, as the sentence under it writes its day ("since 15 September 1932", not "15 Sep 1932"); not at all where that sentence begins on the same day. */}
          {since && ` ${t("entity.since", { date: longDate(since, lang) })}`}{" "}
          <Cites sources={view.statements.filter((s) => basis.has(s.id)).flatMap((s) => s.sources)} />
        </p>
      )}
      {rel && (
        <ul className="facts lead-fact">
          <Fact s={rel.s} folded={rel.folded} selfId={view.entity.id} />
        </ul>
      )}
      {gone ? (
        <>
          <Absent absence={gone} />
          {row?.territory && <LandHeld territory={row.territory} statements={view.statements} />}
        </>
      ) : (
        <dl className="facts-list">
          <Row term={t("entity.alliance")}>{row?.alliance ? t("entity.yes") : t("entity.no")}</Row>
          {/* "In force in 1940" for a year or a month ("In force on 1940" read oddly), "on" for a day. */}
          <Row term={t(/^\d{4}(-\d{2})?$/.test(day) ? "entity.agreementsInForceIn" : "entity.agreementsInForce", { date: longDate(day, lang) })}>
            <Names items={(row?.agreements ?? []).map((a) => ({ entity: a }))} max={5} />
          </Row>
          <Row term={t("entity.memberships")}>
            {japan.state === "ready" ? <Names items={sharedOnDay(view.onDay, japan.data.onDay).map((e) => ({ entity: e }))} max={6} /> : <Loading />}
          </Row>
          <Missions state={view.entity} day={day} />
          <Leaders onDay={view.onDay} polity={view.entity.id} />
        </dl>
      )}
    </>
  );
}

/**
 * What the box says of a state on a day it did not exist, instead of an alliance "no" and three rows of
 * "none recorded" (the Soviet Union in 2026 had "Leaders: none recorded"): when it was formed or ended,
 * and a link to a day it existed (absent-state.ts).
 */
function Absent({ absence: a }: { absence: Absence }) {
  const { t, lang } = useI18n();
  const { pathname, query } = useNav();
  const said = a.date ? t(a.kind === "gone" ? "entity.absent.gone" : "entity.absent.notYet", { date: longDate(a.date, lang) }) : t(a.kind === "gone" ? "entity.absent.goneUndated" : "entity.absent.notYetUndated");
  return (
    <p className="absent-state muted">
      {said}
      {a.see && (
        <>
          {lang === "ja" ? "" : " "}
          <Link href={withParams(pathname, query, { asOf: a.see })}>{t("entity.absent.see", { date: longDate(a.see, lang) })}</Link>
        </>
      )}
    </p>
  );
}

/**
 * Who held the state's land on a day the state did not exist, from the engine's holder of its map shape
 * (the relation row's territory): Palau in 1930 was Japan's, as a League of Nations mandate, since 17
 * December 1920, where the box had said only that Palau was formed in 1994. How it was held is said only
 * in words of the page's language (a holding the role rules cannot put into Japanese is left out).
 */
function LandHeld({ territory, statements }: { territory: NonNullable<NonNullable<OnDay["relation"]>["territory"]>; statements: readonly StatementView[] }) {
  const { t, lang } = useI18n();
  const how = territory.role ? roleWords(territory.role, lang) : null;
  const basis = new Set(territory.basis);
  const [open, close] = brackets(lang);
  return (
    <dl className="facts-list land-held">
      <Row term={t("entity.landHeldBy")}>
        <EntityLink entity={territory.holder} />
        {how?.lang === lang && `${open}${how.text}${close}`}
        {territory.since && `${lang === "ja" ? "、" : ", "}${t("entity.since", { date: longDate(territory.since, lang) })}`}
        {!territory.certain && withAside("", t("status.uncertain"), lang)}{" "}
        <Cites sources={statements.filter((s) => basis.has(s.id)).flatMap((s) => s.sources)} />
      </Row>
    </dl>
  );
}

/**
 * The missions the knowledge base records between a state and Japan on the day, each way (missions-box.ts):
 * counts by type, linked to the missions list, with the snapshot's source and date where one is counted.
 * Nothing where it records none (not "none": the data lacks many missions).
 */
function Missions({ state, day }: { state: EntityRef; day: string }) {
  const { t, lang, name } = useI18n();
  const { query } = useNav();
  const url = (by: string, host: string, asOf: string | null) => `/api/v1/list/missions?by=${encodeURIComponent(by)}&in=${encodeURIComponent(host)}&limit=100${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ""}`;
  const loaded = [useApi<ListResult>(url("japan", state.id, day)), useApi<ListResult>(url("japan", state.id, null)), useApi<ListResult>(url(state.id, "japan", day)), useApi<ListResult>(url(state.id, "japan", null))];
  if (loaded.some((l) => l.state === "loading")) return null;
  const rows = (l: (typeof loaded)[number]) => (l.state === "ready" && l.data.kind === "missions" ? l.data.rows : []);
  // "Japan's missions in the United States", as running text names it.
  const called = lang === "en" && stateTakesThe(state.name.en) ? `the ${state.name.en}` : name(state.name);
  const ways = [
    { term: t("entity.missionsJapan", { name: called }), on: missionsOnDay(rows(loaded[0]!), rows(loaded[1]!), day), by: "japan", host: state.id },
    { term: t("entity.missionsTheirs", { name: called }), on: missionsOnDay(rows(loaded[2]!), rows(loaded[3]!), day), by: state.id, host: "japan" },
  ];
  return (
    <>
      {ways.map((w) =>
        w.on ? (
          <Row key={w.by} term={w.term}>
            <Link href={href({ view: "list", kind: "missions" }, { by: w.by, in: w.host }, query)}>{missionCounts(w.on.counts, lang)}</Link>
            {w.on.snapshot ? (
              <span className="muted small">
                {lang === "ja" ? `（${datasetSource(w.on.snapshot.dataset, "", lang)}、${longDate(w.on.snapshot.date, lang)}時点）` : ` (${datasetSource(w.on.snapshot.dataset, "", lang)}, ${longDate(w.on.snapshot.date, lang)})`}
              </span>
            ) : (
              // Before the snapshot only the curated posts are counted: a part of what there was, said as such.
              <span className="muted small">{t("entity.missionsRecordedOnly")}</span>
            )}
          </Row>
        ) : null,
      )}
    </>
  );
}

function AgreementFacts({ view }: { view: EntityView }) {
  const { t, lang } = useI18n();
  const first = (p: string) => view.statements.find((s) => s.p === p && s.status !== "rejected");
  const signed = first("signed");
  const standing = view.onDay?.agreement;
  // The dates beside the standing are the span the engine decided it by (a treaty "standing unknown" has
  // no end from another span beside it); the first in-force statement only where the engine names none.
  const inForce = view.statements.find((s) => s.p === "in-force" && standing?.basis.includes(s.id)) ?? first("in-force");
  const parties = partiesFact(view);
  const japans = view.statements.filter((s) => (s.p === "party-to" || s.p === "signatory-of") && s.subject.id === "japan");
  const kind = agreementType(view.entity.type, view.entity.fields["scope"], lang);
  const texts = agreementTexts(view, lang);
  const date = (s: StatementView | undefined, end = false) => {
    const [a, b] = (s?.time ?? "").split("/");
    const d = end ? b : a;
    return d && d !== ".." ? longDate(d, lang) : null;
  };
  // No hand-written date: the imported rows' one day, saying which dataset gives it.
  const fromRows = (p: "signed" | "in-force"): ReactNode => {
    // In force: the day the rows' span starts, open or not (GFCM's box said "In force —" above a row from 20 February 1952).
    const span = p === "in-force" ? datasetSpan(view.sections, p) : null;
    const day = span ? { date: span.from, dataset: span.dataset } : datasetDay(view.sections, p);
    return day ? <>{longDate(day.date, lang)} <span className="muted small">({datasetSource(day.dataset, p, lang)})</span></> : "—";
  };
  return (
    <dl className="facts-list">
      {kind && <Row term={t("entity.agreementType")}>{kind}</Row>}
      {standing && (
        <Row term={t("entity.status")}>
          <strong>{t(`entity.agreementState.${standing.state}`)}</strong>
          {standing.how && <StandingHow state={t(`entity.agreementState.${standing.state}`)} how={standing.how} />}
        </Row>
      )}
      <Row term={t("entity.signedOn")}>
        {date(signed) ?? fromRows("signed")}
        {signed?.at && <> · <EntityLink entity={signed.at} /></>} {signed && <Cites sources={signed.sources} />}
      </Row>
      <Row term={t("entity.inForceOn")}>
        {date(inForce) ?? fromRows("in-force")} {inForce && <Cites sources={inForce.sources} />}
      </Row>
      {inForce && date(inForce, true) && (
        <Row term={t("entity.endedOn")}>
          {date(inForce, true)}
          {inForce.role && (
            <>
              {brackets(lang)[0]}
              <Role role={inForce.role} />
              {brackets(lang)[1]}
            </>
          )}
        </Row>
      )}
      {parties.kind === "parties" ? (
        <Row term={withAside(t("entity.parties"), parties.count, lang)}>
          {parties.names.length >= Math.min(parties.count, 8) ? <Names items={parties.names.map((entity) => ({ entity }))} max={8} /> : <Signatories id={view.entity.id} p="party-to" />}
        </Row>
      ) : parties.kind === "signatories" ? (
        <Row term={withAside(t("entity.signatories"), parties.count, lang)}>
          {parties.names.length >= Math.min(parties.count, 8) ? <Names items={parties.names.map((entity) => ({ entity }))} max={8} /> : <Signatories id={view.entity.id} />}
        </Row>
      ) : (
        <Row term={t("entity.parties")}>
          <span className="muted">{t("entity.notRecorded")}</span>
        </Row>
      )}
      {japans.length > 0 && (
        <Row term={t("entity.japanDates")}>
          <ul className="facts">
            {foldNearDuplicates(japans).map((l) => (
              <Fact key={l.s.id} s={l.s} folded={l.folded} selfId={view.entity.id} />
            ))}
          </ul>
        </Row>
      )}
      {texts.length > 0 && (
        <Row term={t("entity.text")}>
          {texts.map((x, i) => (
            <span key={x.url}>
              {i > 0 && (lang === "ja" ? "、" : " · ")}
              <a href={x.url} target="_blank" rel="noreferrer noopener">
                {t(`entity.textIn.${x.lang}`, { host: x.host })} ↗
              </a>
            </span>
          ))}
        </Row>
      )}
    </dl>
  );
}

/** The signatories (or parties) of an agreement whose summary view counts more than it names (dataset rows: only Japan's is in the summary). */
function Signatories({ id, p = "signatory-of" }: { id: string; p?: "signatory-of" | "party-to" }) {
  const loaded = useApi<EntityView>(entityUrl(id, { p, limit: 8 }));
  return loaded.state === "ready" ? <Names items={signatoriesOf(loaded.data.statements, id, p).map((entity) => ({ entity }))} max={8} /> : <Loading />;
}

function TerritoryFacts({ onDay, place }: { onDay: OnDay | undefined; place?: EntityRef }) {
  const { t, name } = useI18n();
  const admin = onDay?.administration;
  // A dispute's sea or region that nobody administers or claims says nothing: left out.
  if (place && !admin?.administrator && !admin?.claimants.length) return null;
  const suffix = place ? ` — ${name(place.name)}` : "";
  return (
    <dl className="facts-list">
      <Row term={t("entity.administrator") + suffix}>
        {admin?.administrator ? <Names items={[{ entity: admin.administrator.entity }]} /> : <span className="muted">{t("entity.none")}</span>}
      </Row>
      <Row term={t("entity.claimedBy") + suffix}>
        <Names items={(admin?.claimants ?? []).map((c) => ({ entity: c.entity }))} />
      </Row>
    </dl>
  );
}

/**
 * A dispute's claims are made on its places: who administered and who claimed each on the day. Up to four
 * places are asked (as the Places section does) and the first two with an administrator or a claimant are
 * shown: the Kuril Islands dispute's first two places by name, Etorofu and Habomai, hold no claim of their
 * own (the claims are on the Northern Territories), and its box was empty.
 */
function DisputeFacts({ view, day }: { view: EntityView; day: string }) {
  const places = linkedOfKind(view.statements, view.entity.id, "place").slice(0, 4);
  const own = view.onDay?.administration;
  if (places.length === 0 || own?.administrator || own?.claimants.length) return <TerritoryFacts onDay={view.onDay} />;
  return <PlacesFacts places={places.map((p) => p.entity)} day={day} />;
}

/** Loads up to four places with a fixed number of hooks; shows the first two that someone administers or claims. */
function PlacesFacts({ places, day }: { places: EntityRef[]; day: string }) {
  const url = (p: EntityRef | undefined) => (p ? entityUrl(p.id, { asOf: day, p: "located-in", limit: 1 }) : null);
  const loaded = [useApi<EntityView>(url(places[0])), useApi<EntityView>(url(places[1])), useApi<EntityView>(url(places[2])), useApi<EntityView>(url(places[3]))].slice(0, places.length);
  if (loaded.some((l) => l.state === "loading")) return <Loading />;
  const held = places.flatMap((place, i) => {
    const l = loaded[i];
    const onDay = l?.state === "ready" ? l.data.onDay : undefined;
    const admin = onDay?.administration;
    return admin && (admin.administrator || admin.claimants.length) ? [{ place, onDay }] : [];
  });
  // Nobody administers or claims any of them on the day: say so once, as a state's box does.
  if (held.length === 0) return <TerritoryFacts onDay={undefined} />;
  return (
    <>
      {held.slice(0, 2).map((h) => (
        <TerritoryFacts key={h.place.id} onDay={h.onDay} place={h.place} />
      ))}
    </>
  );
}

function PersonFacts({ view }: { view: EntityView }) {
  const { t } = useI18n();
  const offices = foldNearDuplicates(boxFacts(view));
  return (
    <>
      <h3 className="group-title">{t("entity.offices")}</h3>
      <ul className="facts">
        {offices.map((l) => (
          <Fact key={l.s.id} s={l.s} folded={l.folded} selfId={view.entity.id} />
        ))}
      </ul>
    </>
  );
}

function OtherFacts({ view }: { view: EntityView }) {
  const { t, lang } = useI18n();
  const facts = boxFacts(view);
  // No written statement: an imported event's dates from its rows, saying which dataset gives them (issue 15, S4).
  const span = facts.length === 0 ? datasetSpan(view.sections, "occurred") : null;
  if (span) {
    const dates = [span.from, span.to].filter((d) => d !== null).map((d) => longDate(d, lang));
    return (
      <dl className="facts-list">
        <Row term={t("entity.when")}>
          {dates.join(lang === "ja" ? "〜" : " – ")} <span className="muted small">({datasetSource(span.dataset, "occurred", lang)})</span>
        </Row>
      </dl>
    );
  }
  if (facts.length === 0) return null;
  return (
    <ul className="facts">
      {foldNearDuplicates(facts).map((l) => (
        <Fact key={l.s.id} s={l.s} folded={l.folded} selfId={view.entity.id} />
      ))}
    </ul>
  );
}

/** How an agreement came to its standing, in brackets, said once ("失効（後継条約による）", not "失効（後継条約により失効）"). */
function StandingHow({ state, how }: { state: string; how: string }) {
  const { lang } = useI18n();
  const words = roleWords(how, lang, { tables: useRoleTables() });
  // A role with no words in the page's language keeps its English-only mark (the Role component).
  const reason = words.lang === lang ? standingReason(state, words.text, lang) : how;
  if (reason === null) return null;
  return (
    <>
      {brackets(lang)[0]}
      {words.lang === lang ? reason : <Role role={how} />}
      {brackets(lang)[1]}
    </>
  );
}
