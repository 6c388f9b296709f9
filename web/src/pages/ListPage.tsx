import { useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, withParams } from "../app/route.js";
import { Loaded, NoData } from "../app/feedback.js";
import type { EntityRef } from "../api/types.js";
import { FILTERS, LIST_KINDS, listUrl, paging, TYPE_HINT, type Filter, type ListKind, type ListResult } from "./list-query.js";

const LABEL: Record<Filter, string> = { type: "Type", with: "With (party, member, polity or participant)", in: "Held in (events)", asOf: "In force / held on", from: "From", to: "To", sort: "Sort (-key descends)" };
const TITLE: Record<ListKind, string> = { agreements: "Agreements", memberships: "Memberships", offices: "Offices and holders", events: "Events", disputes: "Disputes" };
// The kinds' Japanese names, shown beside the English ones (labels stay English so links and tests are stable).
const TITLE_JA: Record<ListKind, string> = { agreements: "条約・協定", memberships: "加盟", offices: "役職と在任者", events: "出来事", disputes: "紛争" };

/**
 * A list per kind (/list/agreements …) with the filters of `gaiko list`, kept in the URL, one page of rows
 * with names linked to their pages, and the whole list as CSV.
 */
export default function ListPage({ kind }: { kind: ListKind }) {
  const { query, pathname, navigate } = useNav();
  const { lang } = useI18n();
  const answer = useApi<ListResult>(listUrl(kind, query));
  useEffect(() => {
    document.title = `${TITLE[kind]} — gaiko 外交`;
  }, [kind]);
  return (
    <div className="list-page">
      <nav aria-label="List kinds" className="list-kinds" style={{ display: "flex", flexWrap: "wrap", gap: "1rem" }}>
        {LIST_KINDS.map((k) => (
          <Link key={k} href={href({ view: "list", kind: k }, {}, query)} aria-current={k === kind ? "page" : undefined}>
            {TITLE[k]}
          </Link>
        ))}
      </nav>
      <h1>{TITLE[kind]}</h1>
      {lang === "ja" && <p lang="ja">{TITLE_JA[kind]}</p>}
      <Filters kind={kind} query={query} onApply={(values) => navigate(withParams(pathname, query, { ...values, offset: null }))} />
      <p className="small">
        <a href={listUrl(kind, query, "csv")} download>
          Download CSV
        </a>{" "}
        · <a href={listUrl(kind, query)}>JSON</a>
      </p>
      <Loaded value={answer}>{(r) => <Rows r={r} pathname={pathname} query={query} />}</Loaded>
    </div>
  );
}

function Filters({ kind, query, onApply }: { kind: ListKind; query: URLSearchParams; onApply: (values: Record<Filter, string | null>) => void }) {
  const id = useId();
  const [values, setValues] = useState<Record<Filter, string>>(() => Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ""])) as Record<Filter, string>);
  useEffect(() => setValues(Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ""])) as Record<Filter, string>), [query]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(Object.fromEntries(FILTERS.map((f) => [f, values[f].trim() || null])) as Record<Filter, string | null>);
  };
  return (
    <form className="list-filters" onSubmit={submit} aria-label="Filters" style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))", gap: "0.5rem 1rem", alignItems: "end" }}>
      {FILTERS.filter((f) => f !== "in" || kind === "events").map((f) => (
        <label key={f} htmlFor={`${id}-${f}`} style={{ display: "flex", flexDirection: "column" }} className="small">
          {LABEL[f]}
          <input
            id={`${id}-${f}`}
            name={f}
            value={values[f]}
            placeholder={f === "type" ? TYPE_HINT[kind] : f === "asOf" || f === "from" || f === "to" ? "1972-09-29, 1975-06, 1975" : undefined}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit">Apply</button>
    </form>
  );
}

function Rows({ r, pathname, query }: { r: ListResult; pathname: string; query: URLSearchParams }) {
  const { name } = useI18n();
  const link = (e: EntityRef | null): ReactNode => (e ? <Link href={href({ view: "entity", id: e.id }, {}, query)}>{name(e.name)}</Link> : null);
  const links = (es: EntityRef[]): ReactNode => es.map((e, i) => <span key={e.id}>{i > 0 && "; "}{link(e)}</span>);
  if (r.total === 0) return <NoData reason="nothing matches these filters in this release" />;
  const { prev, next } = paging(r);
  const [head, body]: [string[], ReactNode[][]] = (() => {
    switch (r.kind) {
      case "agreements":
        return [["Agreement", "Type", "Parties", "Signed", "In force", "Ended", "Standing"], r.rows.map((x) => [link(x.agreement), x.type, links(x.parties), x.signed, x.inForce, x.ended ? `${x.ended}${x.endedHow ? ` (${x.endedHow})` : ""}` : null, x.standing])];
      case "memberships":
        return [["Member", "Organisation", "Role", "From", "To", "Holds"], r.rows.map((x) => [link(x.member), link(x.organization), x.role, x.from, x.to, x.holds])];
      case "offices":
        return [["Holder", "Of", "Office", "From", "To", "Holds"], r.rows.map((x) => [link(x.holder), link(x.polity), x.role, x.from, x.to, x.holds])];
      case "events":
        return [["Event", "Type", "Date", "Place", "Participants"], r.rows.map((x) => [link(x.event), x.type, x.end ? `${x.date}/${x.end}` : x.date, x.place ? <>{link(x.place)}{x.placeState && x.placeState.id !== x.place.id ? <> ({link(x.placeState)})</> : null}</> : null, links(x.participants)])];
      case "disputes":
        return [["Dispute", "Type", "Parties", "Places", "From", "To"], r.rows.map((x) => [link(x.dispute), x.type, links(x.parties), links(x.places), x.from, x.to])];
    }
  })();
  return (
    <>
      <p className="small muted" role="status">
        {r.offset + 1}–{r.offset + r.rows.length} of {r.total} · as of {r.filters.asOf} · release {r.release}
      </p>
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
      <nav aria-label="Pages" className="list-paging">
        {prev !== null && <Link href={withParams(pathname, query, { offset: prev || null })}>Previous</Link>}{" "}
        {next !== null && <Link href={withParams(pathname, query, { offset: next })}>Next</Link>}
      </nav>
    </>
  );
}
