import { Fragment } from "react";
import type { Citation, EntityRef, StatementView } from "../api/types.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { formatDate } from "../time/dates.js";
import { Cites } from "./citation.js";
import { DateText } from "../time/DateText.js";
import { EnglishOnly, Note, useRoleNames, useRoleTables } from "../i18n/Role.js";
import { timelineLine, type LineToken } from "../timeline/line.js";
import { EntityName, NameMark } from "./EntityName.js";
import { readerTitle } from "./references.js";
import { valueInLanguage } from "./sentences.js";
import { undatedNames } from "./dated-name.js";

/** A link to an entity's page (keeping language and date); a name with no Japanese is marked English-only on a Japanese page. */
export function EntityLink({ entity, selfId }: { entity: EntityRef; selfId?: string }) {
  const { query } = useNav();
  const label = <EntityName entity={entity} />;
  return (
    <>
      {entity.id === selfId ? <span className="self">{label}</span> : <Link href={href({ view: "entity", id: entity.id }, {}, query)}>{label}</Link>}
      <NameMark entity={entity} />
    </>
  );
}

/**
 * A statement's line as line.ts writes it, in the page's language (the timeline's list reads the same):
 * entities linked, a part in another language than the page's shown with the English-only badge, an
 * English value quoted.
 */
export function LineTokens({ tokens, selfId }: { tokens: readonly LineToken[]; selfId?: string }) {
  const { lang } = useI18n();
  return tokens.map((tok, i) => {
    if ("entity" in tok) return <EntityLink key={i} entity={tok.entity} selfId={selfId} />;
    const foreign = tok.lang !== undefined && tok.lang !== lang;
    if (!tok.part && !foreign) return <Fragment key={i}>{tok.text}</Fragment>;
    return (
      <Fragment key={i}>
        {/* A Japanese value is not set in italics (as an English one is, quoted). */}
        <span className={tok.part === "value" && lang === "ja" && !foreign ? undefined : tok.part} lang={foreign ? tok.lang : undefined}>
          {tok.part === "value" && lang === "en" ? <q>{tok.text}</q> : tok.text}
        </span>
        {foreign && lang === "ja" && (
          <>
            {" "}
            <EnglishOnly />
          </>
        )}
      </Fragment>
    );
  });
}

/**
 * One fact: subject, predicate, object or value, when, and its sources. A contested statement says
 * who asserts it; a rejected one is shown as a claim of its source, contradicted, with the note.
 * The claim is the timeline's line (line.ts), so a Japanese page reads the same on both.
 */
export function Statement({ s, selfId, numberOf }: { s: StatementView; selfId: string; numberOf?: (c: Citation) => number }) {
  const { t, lang } = useI18n();
  const { query } = useNav();
  const names = useRoleNames();
  const tables = useRoleTables();
  const date = formatDate(lang, query.get("asOf"));
  const holds =
    s.phase === "later" ? t("entity.later", { date })
    : s.phase === "ended" ? t("entity.ended", { date })
    : s.holds === "yes" ? t("entity.held", { date })
    : s.holds === "no" ? t("entity.notHeld", { date })
    : s.holds === "uncertain" ? t("entity.holdsUncertain", { date })
    : null;
  const dim = s.phase === "later" || s.phase === "ended" || s.holds === "no";
  // Who took part in an event, what it concerns: no date of their own, the event's ("undated" had stood beside a dated summit).
  const when = s.time ?? s.eventTime ?? null;
  return (
    <li className={`statement status-${s.status}${dim ? " not-held" : ""}${s.phase ? ` phase-${s.phase}` : ""}`} data-statement={s.id} data-p={s.p} data-phase={s.phase}>
      <StatusBadge s={s} />
      <span className={s.status === "rejected" ? "claim struck" : "claim"}>
        <LineTokens tokens={shownBeside(timelineLine(valueInLanguage(s, lang), lang, names, tables), when)} selfId={selfId} />
      </span>{" "}
      <span className="when">{when ? <DateText date={when} /> : <span className="muted">{t("entity.noDate")}</span>}</span>
      {holds && <span className={`holds holds-${s.phase ?? s.holds}`}>{holds}</span>} <Cites sources={s.sources} numberOf={numberOf} />
      {s.note && <Note text={s.note} ja={s.note_ja} />}
    </li>
  );
}

/** The line's events named without a bracket that repeats the date shown beside the line. */
function shownBeside(tokens: LineToken[], date: string | null): LineToken[] {
  if (!date) return tokens;
  return tokens.map((tok) => ("entity" in tok && tok.entity.kind === "event" ? { entity: undatedNames(tok.entity, date) } : tok));
}

/** The badge of a rejected claim (who said it) or a contested one (who asserts it); nothing otherwise. */
export function StatusBadge({ s }: { s: Pick<StatementView, "status" | "sources" | "assertedBy"> }) {
  const { t, name } = useI18n();
  // The sources' titles as the references write them: without gaiko's bookkeeping ("founding seed 002").
  if (s.status === "rejected") return <span className="badge rejected">{t("entity.rejected", { source: s.sources.map((c) => readerTitle(c.title)).join("; ") || "?" })}</span>;
  if (s.status !== "contested") return null;
  return (
    <span className="badge contested">
      {t("entity.contested")}
      {s.assertedBy.length > 0 && ` — ${t("entity.assertedBy", { who: s.assertedBy.map((a) => name(a.name)).join(", ") })}`}
    </span>
  );
}
