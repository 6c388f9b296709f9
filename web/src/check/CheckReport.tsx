import type { ReactNode } from "react";
import type { CheckClaim, CheckResult } from "../api/types.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { NoData } from "../app/feedback.js";
import { Cites } from "../entity/citation.js";
import { formatDate } from "../time/dates.js";
import { claimSpans, mentionedEntities, pieces, runs, slantInOrder, type Verdict } from "./segments.js";
import { DateText } from "../time/DateText.js";
import { Note } from "../i18n/Role.js";

/** An icon per verdict, so a verdict is never told by colour alone. */
const ICON: Record<Verdict, string> = { supported: "✓", contradicted: "✗", "not-checkable": "?" };

function VerdictBadge({ verdict, children }: { verdict: Verdict; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{ICON[verdict]}</span> {t(`check.verdict.${verdict}`)}
      {children}
    </span>
  );
}

/** A checked text: its claims marked in place, the claims with their evidence, the mentions, the slant notes. */
export function CheckReport({ result: answer, text }: { result: CheckResult; text: string }) {
  const { t, name } = useI18n();
  const { query } = useNav();
  // Claims are numbered in reading order, so the markers in the text run 1, 2, 3…
  const result = { ...answer, claims: [...answer.claims].sort((a, b) => a.start - b.start) };
  const spans = claimSpans(result.claims);
  const all = pieces(text, spans, result.mentions, result.slant);
  const slant = slantInOrder(result.slant);
  const entities = mentionedEntities(result.mentions);
  return (
    <>
      <section aria-labelledby="annotated-title">
        <h2 id="annotated-title">{t("check.annotated")}</h2>
        <div className="annotated">
          {runs(all).map((run, i) => {
            const inner = run.pieces.map((p) => {
              let node: ReactNode = p.text;
              if (p.slant !== null)
                node = (
                  <span className="slant-word" title={result.slant[p.slant]!.note}>
                    {node}
                  </span>
                );
              if (p.mention !== null)
                node = (
                  <Link className="mention" href={href({ view: "entity", id: result.mentions[p.mention]!.entity.id }, {}, query)}>
                    {node}
                  </Link>
                );
              return <span key={p.start}>{node}</span>;
            });
            if (run.span === null) return <span key={i}>{inner}</span>;
            const span = spans[run.span]!;
            return (
              <span key={i} className="claim-run">
                <mark className={`claim verdict-${span.verdict}`} data-verdict={span.verdict}>
                  {inner}
                </mark>{" "}
                {span.claims.map((c) => (
                  <a key={c} className={`verdict-tag verdict-${result.claims[c]!.verdict}`} href={`#claim-${c + 1}`} aria-label={`${t("check.claimAt", { n: c + 1 })}: ${t(`check.verdict.${result.claims[c]!.verdict}`)}`}>
                    <span aria-hidden="true">
                      {ICON[result.claims[c]!.verdict]} {c + 1}
                    </span>
                  </a>
                ))}
              </span>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="claims-title">
        <h2 id="claims-title">{t("check.claims")}</h2>
        {result.claims.length === 0 ? (
          <NoData reason={t("check.noClaims")} />
        ) : (
          <ol className="claims">
            {result.claims.map((c, i) => (
              <ClaimItem key={i} claim={c} n={i + 1} sentence={text.slice(c.start, c.end)} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">{t("check.mentions")}</h2>
        {entities.length === 0 ? (
          <NoData reason={t("check.noMentions")} />
        ) : (
          <ul className="mentions">
            {entities.map((e) => (
              <li key={e.entity.id}>
                <Link href={href({ view: "entity", id: e.entity.id }, {}, query)} data-id={e.entity.id}>
                  {name(e.entity.name)}
                </Link>{" "}
                <span className="hit-kind">{t(`entity.kind.${e.entity.kind}`)}</span>{" "}
                <span className="muted small">
                  {e.texts.map((x) => `“${x}”`).join(", ")} ×{e.count}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="slant-title" className="slant-section">
        <h2 id="slant-title">{t("check.slant")}</h2>
        <p className="muted">{t("check.slantNote")}</p>
        {slant.length === 0 ? (
          <NoData reason={t("check.noSlant")} />
        ) : (
          <ul className="slant-notes">
            {slant.map((s) => (
              <li key={`${s.start}-${s.end}`} data-kind={s.kind}>
                <q>{s.text}</q> <span className="badge slant-kind">{t(`check.slant.${s.kind}`)}</span> <span className="muted">{s.note}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ClaimItem({ claim, n, sentence }: { claim: CheckClaim; n: number; sentence: string }) {
  const { t, name, lang } = useI18n();
  const { query } = useNav();
  return (
    <li id={`claim-${n}`} className={`claim-item verdict-${claim.verdict}`} data-verdict={claim.verdict} tabIndex={-1}>
      <p className="claim-head">
        <VerdictBadge verdict={claim.verdict} /> <q>{sentence.trim()}</q>
      </p>
      <dl className="claim-facts">
        <div>
          <dt>{t("check.about")}</dt>
          <dd>
            <Link href={href({ view: "entity", id: claim.subject.id }, {}, query)}>{name(claim.subject.name)}</Link>
            {claim.object && (
              <>
                {" · "}
                <Link href={href({ view: "entity", id: claim.object.id }, {}, query)}>{name(claim.object.name)}</Link>
              </>
            )}{" "}
            {claim.label && <span className="muted small">({claim.label[lang]})</span>}
          </dd>
        </div>
        {claim.polarity && (
          <div className="polarity" data-polarity={claim.polarity}>
            <dt>{t("check.polarity")}</dt>
            <dd>
              {t(`check.polarity.${claim.polarity}`)}
              {claim.attributedTo && <> · {t("check.reportedBy", { who: name(claim.attributedTo.name) })}</>}
            </dd>
          </div>
        )}
        {claim.expected && (
          <div className="expected">
            <dt>{t("check.expected")}</dt>
            <dd>
              <strong>{claim.expected.split(", ").map((x) => (/^(?:\d{4}|\.\.)/.test(x) ? formatDate(lang, x) : x)).join(", ")}</strong>
            </dd>
          </div>
        )}
        <div>
          <dt>{t("check.reason")}</dt>
          <dd>{lang === "ja" && claim.reasonJa ? claim.reasonJa : claim.reason}</dd>
        </div>
        <div>
          <dt>{t("check.evidence")}</dt>
          <dd>
            {claim.evidence.length === 0 ? (
              <span className="muted">{t("check.noEvidence")}</span>
            ) : (
              <ul className="evidence">
                {claim.evidence.map((e, i) => (
                  <li key={`${e.statement}-${i}`} data-statement={e.statement}>
                    {e.time ? <DateText className="when" date={e.time} /> : <span className="when">{t("entity.noDate")}</span>} <span className="muted small">· {t("check.status", { status: t(`check.statusValue.${e.status}`) })}</span>
                    {e.note && <Note text={e.note} ja={e.note_ja} />}
                    <Cites sources={e.sources} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
