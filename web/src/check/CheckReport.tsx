import type { ReactNode } from "react";
import type { CheckClaim, CheckResult } from "../api/types.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { Cites } from "../entity/citation.js";
import { References } from "../entity/References.js";
import { claimWhen, expectedWords, pairInTextOrder, polarityOf, polarityWords, RECORD_WORDS, relationWords, sameWordsAs, spanWords, tagLabel } from "./claim-words.js";
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
  const { t, name, lang } = useI18n();
  // The Japanese page glosses a slant note from its kind (the API writes the note in English).
  const gloss = (s: CheckResult["slant"][number]) => (lang === "ja" ? t(`check.slantGloss.${s.kind}`) : s.note);
  const { query } = useNav();
  // Claims are numbered in reading order, so the markers in the text run 1, 2, 3…
  const result = { ...answer, claims: [...answer.claims].sort((a, b) => a.start - b.start) };
  const spans = claimSpans(result.claims);
  const all = pieces(text, spans, result.mentions, result.slant);
  const slant = slantInOrder(result.slant);
  const entities = mentionedEntities(result.mentions);
  const same = sameWordsAs(result.claims);
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
                  <span className="slant-word" title={gloss(result.slant[p.slant]!)}>
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
                  <a key={c} className={`verdict-tag verdict-${result.claims[c]!.verdict}`} href={`#claim-${c + 1}`} aria-label={tagLabel(result.claims[c]!, c + 1, lang, t)}>
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
          <p className="nodata">{t("check.noClaims")}</p>
        ) : (
          <ol className="claims">
            {result.claims.map((c, i) => (
              <ClaimItem key={i} claim={c} n={i + 1} sentence={text.slice(c.start, c.end)} sameAs={same[i] ?? null} mentions={result.mentions} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">{t("check.mentions")}</h2>
        {entities.length === 0 ? (
          <p className="nodata">{t("check.noMentions")}</p>
        ) : (
          <ul className="mentions">
            {entities.map((e) => (
              <li key={e.entity.id}>
                <Link href={href({ view: "entity", id: e.entity.id }, {}, query)} data-id={e.entity.id}>
                  {name(e.entity.name)}
                </Link>{" "}
                <span className="hit-kind">{t(`entity.kind.${e.entity.kind}`)}</span>{" "}
                <span className="muted small">
                  {e.texts.map((x) => t("check.quoted", { text: x })).join(lang === "ja" ? "、" : ", ")} ×{e.count}
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
          <p className="nodata">{t("check.noSlant")}</p>
        ) : (
          <ul className="slant-notes">
            {slant.map((s) => (
              <li key={`${s.start}-${s.end}`} data-kind={s.kind}>
                <q>{s.text}</q> <span className="badge slant-kind">{t(`check.slant.${s.kind}`)}</span> <span className="muted">{gloss(s)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* The sources the evidence cites, numbered as its badges are, by title: a reader never meets a bare number or id. */}
      {result.claims.some((c) => c.evidence.some((e) => e.sources.length > 0)) && <References views={[]} />}
    </>
  );
}

function ClaimItem({ claim, n, sentence, sameAs, mentions }: { claim: CheckClaim; n: number; sentence: string; sameAs: number | null; mentions: CheckResult["mentions"] }) {
  const { t, name, lang } = useI18n();
  const { query } = useNav();
  const entity = (ref: CheckClaim["subject"]) => <Link href={href({ view: "entity", id: ref.id }, {}, query)}>{name(ref.name)}</Link>;
  const expected = expectedWords(claim.expected, lang);
  const polarity = polarityOf(claim);
  const [first, second] = pairInTextOrder(claim, mentions);
  return (
    <li id={`claim-${n}`} className={`claim-item verdict-${claim.verdict}`} data-verdict={claim.verdict} tabIndex={-1}>
      <p className="claim-head">
        <VerdictBadge verdict={claim.verdict} />{" "}
        {sameAs === null ? (
          <q>{sentence.trim()}</q>
        ) : (
          <a className="same-sentence muted" href={`#claim-${sameAs}`}>
            {t("check.sameSentence", { n: sameAs })}
          </a>
        )}
      </p>
      <dl className="claim-facts">
        <div className="claim-words">
          <dt>{t("check.claim")}</dt>
          <dd>
            {entity(first)}
            <span aria-hidden="true"> → </span> <span className="relation">{relationWords(claim, lang)}</span>
            {second && (
              <>
                <span aria-hidden="true"> → </span> {entity(second)}
              </>
            )}
            <span className="claim-when">
              {lang === "ja" ? "（" : " ("}
              {claimWhen(claim, lang, t)}
              {lang === "ja" ? "）" : ")"}
            </span>
          </dd>
        </div>
        <div className="polarity" data-polarity={polarity}>
          <dt>{t("check.polarity")}</dt>
          <dd>
            {polarityWords(claim, claim.attributedTo ? name(claim.attributedTo.name) : null, t)}
          </dd>
        </div>
        {expected && (
          <div className="expected">
            <dt>{t("check.expected")}</dt>
            <dd>
              <strong>{expected}</strong>
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
              <EvidenceList evidence={claim.evidence} />
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

type Evidence = CheckClaim["evidence"][number];

/** Past this many statements, the first few are shown and the rest folded (NATO's 32 members under one claim). */
const EVIDENCE_SHOWN = 5;
const EVIDENCE_BEFORE_FOLD = 3;

/** A claim's evidence; a long list shows its first statements and folds the rest under a count. */
function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useI18n();
  const row = (e: Evidence, i: number) => <EvidenceRow key={`${e.statement}-${i}`} e={e} />;
  if (evidence.length <= EVIDENCE_SHOWN) return <ul className="evidence">{evidence.map(row)}</ul>;
  const rest = evidence.slice(EVIDENCE_BEFORE_FOLD);
  return (
    <>
      <ul className="evidence">{evidence.slice(0, EVIDENCE_BEFORE_FOLD).map(row)}</ul>
      <details className="evidence-more">
        <summary>{t("check.moreEvidence", { n: rest.length })}</summary>
        <ul className="evidence">{rest.map((e, i) => row(e, i + EVIDENCE_BEFORE_FOLD))}</ul>
      </details>
    </>
  );
}

/** One statement of the evidence: what it records when that is not the claim itself, its time, standing, sources and note. */
function EvidenceRow({ e }: { e: Evidence }) {
  const { t, name, lang } = useI18n();
  const { query } = useNav();
  const entity = (ref: NonNullable<Evidence["about"]>["subject"]) => <Link href={href({ view: "entity", id: ref.id }, {}, query)}>{name(ref.name)}</Link>;
  return (
    <li data-statement={e.statement} data-status={e.status}>
      {e.about && (
        <span className="evidence-about">
          {entity(e.about.subject)}
          <span aria-hidden="true"> → </span> <span className="relation">{e.about.label[lang]}</span>
          {e.about.object && (
            <>
              <span aria-hidden="true"> → </span> {entity(e.about.object)}
            </>
          )}
          <span className="muted small"> · </span>
        </span>
      )}
      {e.time ? e.time.includes("/") ? <span className="when">{spanWords(lang, e.time)}</span> : <DateText className="when" date={e.time} /> : <span className="when">{t("entity.noDate")}</span>}
      <span className="muted small"> · {t(RECORD_WORDS[e.status])}</span>
      {e.sources.length > 0 && (
        <span className="evidence-sources">
          <span className="muted small"> · {t("check.sources")}</span> <Cites sources={e.sources} />
        </span>
      )}
      {e.note && <Note text={e.note} ja={e.note_ja} />}
    </li>
  );
}
