import { useMemo } from "react";
import type { EntityView } from "../api/types.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { NoData } from "../app/feedback.js";
import { referenceDate } from "./reference-date.js";
import { usePageOrder } from "./citation.js";
import { referenceNumbering } from "./group.js";
import { formatLocator, splitLocators, withoutRepeats } from "./locator.js";
import { knownReference, readerTitle, rememberReferences, type Reference } from "./references.js";

const FIRST_REFERENCES = 20;

/**
 * The numbered references of an entity page: exactly the sources its badges cite, numbered as the
 * badges are (reading order), each with publisher, title, date, address and the places cited here.
 */
export function References({ views }: { views: readonly EntityView[] }) {
  const { t } = useI18n();
  const { order, locators } = usePageOrder();
  const bySource = useMemo(() => {
    const refs = referenceNumbering(views).references;
    rememberReferences(refs);
    return new Map(refs.map((r) => [r.source, r]));
  }, [views]);
  const items = order.map((s, i) => ({ n: i + 1, ref: bySource.get(s) ?? knownReference(s) ?? bare(s), where: locators.get(s) ?? [] }));
  const rest = items.slice(FIRST_REFERENCES);
  // A page whose statements are all dataset rows, still folded, cites nothing yet: not "no statements" (issue 15, S4).
  const statements = views[0]?.sections?.reduce((n, s) => n + s.count, 0) ?? 0;
  return (
    <section aria-labelledby="sources-title" className="sources references">
      <h2 id="sources-title">{t("entity.references")}</h2>
      {items.length === 0 ? (
        <NoData reason={t(statements > 0 ? "entity.noReferences" : "entity.noStatements")} />
      ) : (
        <>
          <ol>{items.slice(0, FIRST_REFERENCES).map((it) => <Item key={it.ref.source} {...it} />)}</ol>
          {/* Japan's page cites about a hundred sources: the rest folded. */}
          {rest.length > 0 && (
            <details>
              <summary>{t("cite.moreReferences", { n: rest.length })}</summary>
              <ol start={FIRST_REFERENCES + 1}>{rest.map((it) => <Item key={it.ref.source} {...it} />)}</ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** A reference's part ending as a sentence does ("Is the Senkaku row about nationalism or oil?", no ". " after it). */
const stop = (text: string) => (/[.?!。？！]$/.test(text) ? text : `${text}.`);

const bare = (source: string): Reference => ({ source, title: source, type: null, publisher: null, date: null, accessed: null, url: null });

function Item({ n, ref: r, where }: { n: number; ref: Reference; where: readonly string[] }) {
  const { t, lang } = useI18n();
  const { query } = useNav();
  const title = readerTitle(r.title);
  // In the source's order (¶2, ¶3, ¶38, ¶54), not the order the page cites them in.
  const shorts = withoutRepeats([...new Set(where.flatMap(splitLocators).map((l) => formatLocator(l, lang)).filter((l) => l.telling).map((l) => l.short))]).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return (
    <li value={n} id={`ref-${r.source}`}>
      {r.publisher && <span className="publisher">{stop(r.publisher)} </span>}
      <Link href={href({ view: "source", id: r.source }, {}, query)}>{title}</Link>
      {!/[.?!。？！]$/.test(title) && "."}
      {r.date && <span className="ref-date"> {stop(referenceDate(r.date, lang))}</span>}
      {/* Where no publication date is recorded, the day the source was read, as Wikipedia's "Retrieved" (4,025 of 4,057 sources have one, 1,002 a publication date). */}
      {!r.date && r.accessed && <span className="ref-accessed"> {stop(t("cite.accessed", { date: referenceDate(r.accessed, lang) }))}</span>}
      {r.url && (
        <>
          {" "}
          <a href={r.url} target="_blank" rel="noreferrer noopener" className="ext">
            {host(r.url)} ↗
          </a>
        </>
      )}
      {shorts.length > 0 && (
        <span className="muted small">
          {" "}
          ({shorts.slice(0, 6).join(", ")}
          {shorts.length > 6 ? ` ${t("entity.more", { n: shorts.length - 6 })}` : ""})
        </span>
      )}
    </li>
  );
}

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
