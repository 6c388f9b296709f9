import type { StatementView } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { Cites } from "./citation.js";
import { lineCitations } from "./fold.js";
import { sentence } from "./sentences.js";
import { EntityLink, StatusBadge } from "./Statement.js";
import { wareki } from "../time/wareki.js";
import { EnglishOnly, useRoleNames, useRoleTables } from "../i18n/Role.js";

/**
 * A statement as a readable sentence with its sources; a contested or rejected one says so. With `folded`
 * (fold.ts), the less precise statements of the same edge are cited on its line, each source marked with
 * what it gives of the date.
 */
export function Fact({ s, selfId, folded = [] }: { s: StatementView; selfId: string; folded?: readonly StatementView[] }) {
  const { lang } = useI18n();
  const names = useRoleNames();
  const tables = useRoleTables();
  const dim = s.phase === "later" || s.phase === "ended";
  return (
    <li className={`fact status-${s.status}${dim ? " not-held" : ""}`} data-statement={s.id} data-p={s.p} data-folded={folded.length ? folded.map((f) => f.id).join(" ") : undefined}>
      <StatusBadge s={s} />
      <span className={s.status === "rejected" ? "claim struck" : "claim"}>
        {sentence(s, lang, names, tables, selfId).map((tok, i) =>
          "entity" in tok ? (
            <EntityLink key={i} entity={tok.entity} selfId={selfId} />
          ) : tok.date ? (
            <time key={i} dateTime={tok.date.replace(/[~?%]$/, "")} title={(lang === "ja" && wareki(tok.date)) || undefined}>
              {tok.text}
            </time>
          ) : tok.lang && tok.lang !== lang ? (
            // A role with no Japanese yet: in English, whole, and marked so.
            <span key={i}>
              <span lang={tok.lang}>{tok.text}</span>
              {lang === "ja" && <> <EnglishOnly /></>}
            </span>
          ) : (
            tok.text
          ),
        )}
      </span>{" "}
      <Cites sources={folded.length ? lineCitations({ s, folded: [...folded] }, lang) : s.sources} />
    </li>
  );
}
