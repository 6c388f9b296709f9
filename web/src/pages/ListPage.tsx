import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, withParams } from "../app/route.js";
import { Failure, Loaded, Loading, NoData } from "../app/feedback.js";
import { checkAsOf } from "../app/asof.js";
import { eraTitle } from "../time/wareki.js";
import { invalidDateMessage } from "../app/InvalidDate.js";
import type { EntityRef } from "../api/types.js";
import type { Lang, MessageKey } from "../i18n/dict.js";
import { EnglishOnly, Role, useRoleTables } from "../i18n/Role.js";
import { FILTERS, LIST_KINDS, filterApplies, listUrl, paging, type Filter, type ListKind, type ListResult } from "./list-query.js";
import { listCity, listDate, listEnded, listHolds, listMembershipRole, listOrigin, listSeparator, listStanding, listType, partiesThen } from "./list-cells.js";
import { EntityName, NameMark } from "../entity/EntityName.js";
import { brackets } from "../entity/brackets.js";
import { dataAsOf, releaseTitle } from "../app/data-date.js";
import { agreementTypeOptions } from "./agreement-types.js";
import { missionTypeOptions, missionTypeWords } from "./mission-types.js";
import { eventTypeOptions } from "./list-event-types.js";
import { disputeTypeOptions, disputeTypeWords, membershipTypeOptions, officeTypeOptions } from "./list-types.js";
import { NAME_FILTERS, looksLikeId, relabel, type NameFilter } from "./name-filters.js";
import { sortOptions, sortValue } from "./sort-options.js";
import { idsToWrite, useNameFilters, type NameState } from "./useNameFilters.js";

const LABEL: Record<Filter, MessageKey> = {
  type: "list.filter.type", with: "list.filter.with", in: "list.filter.in", by: "list.filter.by", asOf: "list.filter.asOf", from: "list.filter.from", to: "list.filter.to",
  signedFrom: "list.filter.signedFrom", signedTo: "list.filter.signedTo", sort: "list.filter.sort",
};
/** A missions list says whose and where: "With (sending or host state)", "In (host state or place)". */
const MISSION_LABEL: Partial<Record<Filter, MessageKey>> = { with: "list.filter.withMission", in: "list.filter.inMission" };
/**
 * The one-day filter says what it keeps for each kind (src/kb/list: agreements in force, members and holders
 * on the day, events held, disputes going on, missions open), not "In force / held on" on every list.
 */
const AS_OF_LABEL: Record<ListKind, MessageKey> = {
  agreements: "list.filter.asOf.agreements", memberships: "list.filter.asOf.memberships", offices: "list.filter.asOf.offices",
  events: "list.filter.asOf.events", disputes: "list.filter.asOf.disputes", missions: "list.filter.asOf.missions",
};
/** A filter's label on a list of a kind. */
const labelOf = (kind: ListKind, f: Filter): MessageKey => (f === "asOf" ? AS_OF_LABEL[kind] : (kind === "missions" && MISSION_LABEL[f]) || LABEL[f]);
const TITLE: Record<ListKind, MessageKey> = { agreements: "list.title.agreements", memberships: "list.title.memberships", offices: "list.title.offices", events: "list.title.events", disputes: "list.title.disputes", missions: "list.title.missions" };
/** Every kind's Type filter is a choice of types in the page's language, built by typeOptions (type-options.ts). */
const TYPE_OPTIONS: Record<ListKind, (lang: Lang, current: string) => { value: string; label: string }[]> = {
  agreements: agreementTypeOptions, events: eventTypeOptions, missions: missionTypeOptions, offices: officeTypeOptions, disputes: disputeTypeOptions, memberships: membershipTypeOptions,
};
const DATE_FILTERS: readonly Filter[] = ["asOf", "from", "to", "signedFrom", "signedTo"];

/**
 * A list per kind (/list/agreements …) with the filters of `gaiko list`, kept in the URL, one page of rows
 * with names linked to their pages, and the whole list as CSV.
 */
export default function ListPage({ kind }: { kind: ListKind }) {
  const { query, pathname, navigate } = useNav();
  const { t, lang } = useI18n();
  // A date filter that is no date is refused here, in the page's words, not sent for the server's parser to
  // refuse ('"banana" is not a valid EDTF date (Syntax error at line 1 col 1)').
  const badDates = DATE_FILTERS.filter((f) => filterApplies(kind, f)).flatMap((f) => {
    const check = checkAsOf(query.get(f));
    return check.state === "invalid" ? [{ f, check }] : [];
  });
  // A name typed in With, Held in or Kept by ("South Korea", "中国") is found and written into the address as its id.
  // The list URL last answered (or refused), so an id's name is asked for after the list, not beside it.
  const [answered, setAnswered] = useState<string | null>(null);
  const names = useNameFilters(kind, query, answered === listUrl(kind, query));
  const toWrite = idsToWrite(query, names);
  useEffect(() => {
    if (Object.keys(toWrite).length > 0) navigate(withParams(pathname, query, toWrite), { replace: true });
  }, [JSON.stringify(toWrite)]); // eslint-disable-line react-hooks/exhaustive-deps
  // An id in the address is asked for at once (its name only labels the box); a name waits to be found.
  const namesWait = Object.keys(toWrite).length > 0 || NAME_FILTERS.some((f) => names[f].state === "missing" || (names[f].state === "loading" && !looksLikeId(query.get(f)?.trim() ?? "")));
  const answer = useApi<ListResult>(badDates.length > 0 || namesWait ? null : listUrl(kind, query));
  useEffect(() => {
    if (answer.state !== "loading") setAnswered(listUrl(kind, query));
  }, [answer.state, kind, query]);
  useEffect(() => {
    document.title = `${t(TITLE[kind])} — gaiko 外交`;
  }, [kind, t]);
  return (
    <div className="list-page">
      <nav aria-label={t("list.kinds")} className="list-kinds" style={{ display: "flex", flexWrap: "wrap", gap: "0.25rem 1rem" }}>
        {LIST_KINDS.map((k) => (
          <Link key={k} href={href({ view: "list", kind: k }, {}, query)} aria-current={k === kind ? "page" : undefined}>
            {t(TITLE[k])}
          </Link>
        ))}
      </nav>
      <h1>{t(TITLE[kind])}</h1>
      <Filters kind={kind} query={query} names={names} onApply={(values) => navigate(withParams(pathname, query, { ...values, offset: null }))} />
      <p className="small">
        <a href={listUrl(kind, query, "csv")} download>
          {t("list.csv")}
        </a>{" "}
        · <a href={listUrl(kind, query)}>JSON</a>
      </p>
      {badDates.length > 0 ? (
        <div className="failure" role="alert">
          {badDates.map(({ f, check }) => (
            <p key={f}>
              {t(labelOf(kind, f))}
              {lang === "ja" ? "：" : ": "}
              {invalidDateMessage(lang, check)}
            </p>
          ))}
        </div>
      ) : (
        <NamesOr names={names} listFailed={answer.state === "error"}>
          <Loaded value={answer}>{(r) => <Rows r={r} pathname={pathname} query={query} />}</Loaded>
        </NamesOr>
      )}
    </div>
  );
}

/**
 * The list, or what the name filters say first: that one is being looked up, or that nothing in gaiko
 * has the name typed (not the API's "with: an entity id (letters, digits and hyphens)").
 */
function NamesOr({ names, listFailed, children }: { names: Record<NameFilter, NameState>; listFailed: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const states = NAME_FILTERS.map((f) => names[f]);
  const missing = states.flatMap((n) => (n.state === "missing" ? [n.text] : []));
  const failed = states.find((n) => n.state === "error");
  if (missing.length > 0) return <NoData reason={missing.map((text) => t("list.noSuchName", { text })).join(" ")} />;
  if (failed?.state === "error") return <Failure message={failed.message} retry={failed.retry} />;
  // An id that names nothing ("abe") fails the list at once; it is then searched for as a name.
  if (listFailed && states.some((n) => n.state === "loading")) return <Loading />;
  return <>{children}</>;
}

function Filters({ kind, query, names, onApply }: { kind: ListKind; query: URLSearchParams; names: Record<NameFilter, NameState>; onApply: (values: Record<Filter, string | null>) => void }) {
  const id = useId();
  const { t, lang, name } = useI18n();
  const typeOptions = TYPE_OPTIONS[kind];
  // A name filter's box shows the entity's name in the page's language (China, 中華人民共和国), not its id.
  const shown = (f: Filter): string => {
    const n = (NAME_FILTERS as readonly Filter[]).includes(f) ? names[f as NameFilter] : null;
    return n?.state === "found" && n.ref.id === query.get(f) ? name(n.ref.name) : (query.get(f) ?? "");
  };
  const fromQuery = () => Object.fromEntries(FILTERS.map((f) => [f, shown(f)])) as Record<Filter, string>;
  const [values, setValues] = useState<Record<Filter, string>>(fromQuery);
  const labels = FILTERS.map(shown).join("\u0000");
  // A new address resets the form; a name box labelled anew (its id found) changes only the boxes the reader left as they were.
  const last = useRef({ query, shown: fromQuery() });
  useEffect(() => {
    const before = last.current;
    const now = fromQuery();
    last.current = { query, shown: now };
    setValues((v) => (before.query !== query ? now : relabel(v, before.shown, now)));
  }, [query, labels]); // eslint-disable-line react-hooks/exhaustive-deps
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A name box left as shown keeps its id; a changed one is sent as typed, and the page finds what it names.
    const sent = (f: Filter) => (values[f].trim() !== "" && values[f] === shown(f) && query.get(f) ? query.get(f)! : values[f].trim() || null);
    onApply(Object.fromEntries(FILTERS.map((f) => [f, sent(f)])) as Record<Filter, string | null>);
  };
  return (
    <form className="list-filters" onSubmit={submit} aria-label={t("list.filters")} style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))", gap: "0.5rem 1rem", alignItems: "end" }}>
      {FILTERS.filter((f) => filterApplies(kind, f)).map((f) => (
        // The label holds its words only (a label around a select took in its options' words: "Type, A to Z" of Sort by made it a second "Type" field).
        <div key={f} style={{ display: "flex", flexDirection: "column" }} className="small">
          <label htmlFor={`${id}-${f}`}>{t(labelOf(kind, f))}</label>
          {f === "type" ? (
            // A choice of the agreement, event, mission, office or dispute types in the page's language, not a box for slugs (issue 15).
            <select id={`${id}-${f}`} name={f} value={values[f].trim()} onChange={(e) => setValues({ ...values, [f]: e.target.value })}>
              {typeOptions(lang, values[f]).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : f === "sort" ? (
            // The orders in the page's words (Signed, latest first), not a box for the API's keys (-signed).
            <select id={`${id}-${f}`} name={f} value={sortValue(kind, values[f])} onChange={(e) => setValues({ ...values, [f]: e.target.value })}>
              {sortOptions(kind, lang, t, values[f]).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-${f}`}
              name={f}
              value={values[f]}
              placeholder={DATE_FILTERS.includes(f) ? "1972-09-29, 1975-06, 1975" : (NAME_FILTERS as readonly Filter[]).includes(f) ? t("list.namePlaceholder") : undefined}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
            />
          )}
        </div>
      ))}
      <button type="submit">{t("list.apply")}</button>
    </form>
  );
}

function Rows({ r, pathname, query }: { r: ListResult; pathname: string; query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const tables = useRoleTables();
  // A name the data gives only in English is marked so on a Japanese page (the Archigos leaders in the offices list).
  const link = (e: EntityRef | null): ReactNode =>
    e ? (
      <>
        <Link href={href({ view: "entity", id: e.id }, {}, query)}>
          <EntityName entity={e} />
        </Link>
        <NameMark entity={e} />
      </>
    ) : null;
  const links = (es: EntityRef[]): ReactNode => es.map((e, i) => <span key={e.id}>{i > 0 && listSeparator(lang)}{link(e)}</span>);
  if (r.total === 0) return <NoData reason={t("list.none")} />;
  const { prev, next } = paging(r);
  // In Japanese the era date shows on hover, as on the entity pages (昭和47年9月29日).
  const era = (date: string) => (lang === "ja" ? (eraTitle(date) ?? undefined) : undefined);
  const d = (date: string | null): ReactNode => (date ? <time dateTime={/^\d{4}(-\d{2}){0,2}$/.test(date) ? date : undefined} title={era(date)}>{listDate(lang, date)}</time> : null);
  const ty = (type: string | null) => listType(lang, type);
  // A span whose sources leave its end unknown says so; a blank end reads as one still running.
  const end = (x: { to: string | null; endUnknown?: true }): ReactNode => (x.endUnknown ? <span className="muted">{t("list.endUnknown")}</span> : d(x.to));
  // A place's state as an aside: 種子島（日本） on a Japanese page, "Tanegashima (Japan)" in English.
  const [open, close] = brackets(lang);
  // A city the data gives only in English is marked so on a Japanese page, as names are.
  const city = (c: { text: string; lang: string } | null): ReactNode => (c ? <><span lang={c.lang}>{c.text}</span>{c.lang !== lang ? <> <EnglishOnly /></> : null}</> : null);
  const [cols, body]: [MessageKey[], ReactNode[][]] = (() => {
    switch (r.kind) {
      case "agreements":
        return [["list.col.agreement", "list.col.type", "list.col.parties", "list.col.signed", "list.col.inForce", "list.col.ended", "list.col.standing"], r.rows.map((x) => [link(x.agreement), ty(x.type), links(partiesThen(x)), d(x.signed), d(x.inForce), x.ended ? <time dateTime={x.ended} title={era(x.ended)}>{listEnded(lang, x.ended, x.endedHow, tables)}</time> : null, listStanding(lang, x.standing, x.certain)])];
      case "memberships":
        return [["list.col.member", "list.col.organisation", "list.col.role", "list.col.from", "list.col.to", "list.col.holds"], r.rows.map((x) => [link(x.member), link(x.organization), listMembershipRole(lang, x.role), d(x.from), end(x), listHolds(lang, x.holds, x.holdsKnown !== false)])];
      case "offices":
        return [["list.col.holder", "list.col.of", "list.col.office", "list.col.from", "list.col.to", "list.col.holds"], r.rows.map((x) => [link(x.holder), link(x.polity), x.role ? <Role key="r" role={x.role} /> : null, d(x.from), end(x), listHolds(lang, x.holds, x.holdsKnown !== false)])];
      case "events":
        return [["list.col.event", "list.col.type", "list.col.date", "list.col.place", "list.col.participants"], r.rows.map((x) => [link(x.event), ty(x.type), d(x.end ? `${x.date}/${x.end}` : x.date), x.place ? <>{link(x.place)}{x.placeState && x.placeState.id !== x.place.id ? <>{open}{link(x.placeState)}{close}</> : null}</> : null, links(x.participants)])];
      case "disputes":
        return [["list.col.dispute", "list.col.type", "list.col.sides", "list.col.places", "list.col.from", "list.col.to"], r.rows.map((x) => [link(x.dispute), disputeTypeWords(x.type, lang), links(x.parties), links(x.places), d(x.from), d(x.to)])];
      case "missions":
        return [["list.col.sender", "list.col.host", "list.col.type", "list.col.city", "list.col.from", "list.col.to", "list.col.open", "list.col.source"], r.rows.map((x) => [link(x.sender), link(x.host), missionTypeWords(lang, x.type), x.place ? link(x.place) : city(listCity(lang, x.city, tables)), d(x.from), d(x.to), listHolds(lang, x.holds, x.holdsKnown !== false), listOrigin(lang, x.origin)])];
    }
  })();
  const head = cols.map((c) => t(c));
  return (
    <>
      <p className="small muted" role="status" title={releaseTitle(r.release, lang)}>
        {t("list.status", { first: r.offset + 1, last: r.offset + r.rows.length, total: r.total, asOf: listDate(lang, r.filters.asOf) ?? "", data: dataAsOf(r.builtAt, lang) })}
      </p>
      <div className="table-scroll">
      <table className="list-table">
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {body.map((cells, i) => (
            <tr key={i}>{cells.map((c, j) => <td key={j}>{c}</td>)}</tr>
          ))}
        </tbody>
      </table>
      </div>
      <nav aria-label={t("list.pages")} className="list-paging">
        {prev !== null && <Link href={withParams(pathname, query, { offset: prev || null })}>{t("list.prev")}</Link>}{" "}
        {next !== null && <Link href={withParams(pathname, query, { offset: next })}>{t("list.next")}</Link>}
      </nav>
    </>
  );
}
