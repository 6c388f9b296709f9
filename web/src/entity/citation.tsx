import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { Citation } from "../api/types.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import type { EntityView } from "../api/types.js";
import { citesBySource } from "./group.js";
import { formatLocator } from "./locator.js";

type Reference = NonNullable<EntityView["references"]>[number];

/**
 * Citation markers and the one dialog they open: the source's title, the locator, a link to the
 * original address and to the source's page in gaiko.
 */
const CiteContext = createContext<(c: Citation & { reference?: Reference }) => void>(() => undefined);

export function CitationProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<(Citation & { reference?: Reference }) | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback((c: Citation & { reference?: Reference }) => {
    opener.current = document.activeElement as HTMLElement | null;
    setOpen(c);
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
  }, [open]);
  const close = () => {
    dialog.current?.close();
  };
  return (
    <CiteContext.Provider value={show}>
      {children}
      <dialog
        ref={dialog}
        className="citation-dialog"
        aria-labelledby="citation-title"
        onClose={() => {
          setOpen(null);
          opener.current?.focus();
        }}
        onClick={(e) => e.target === dialog.current && close()}
      >
        {open && <CitationBody citation={open} close={close} />}
      </dialog>
    </CiteContext.Provider>
  );
}

function CitationBody({ citation, close }: { citation: Citation & { reference?: Reference }; close: () => void }) {
  const { t, lang } = useI18n();
  const { query } = useNav();
  const ref = citation.reference;
  const locators = (citation.locator ?? "").split("; ").filter(Boolean).map((l) => formatLocator(l, lang));
  return (
    <div className="citation-body">
      <p className="eyebrow">{t("cite.title")}</p>
      <h2 id="citation-title">{citation.title}</h2>
      <dl>
        {ref?.publisher && (
          <>
            <dt>{t("cite.publisher")}</dt>
            <dd>{ref.publisher}</dd>
          </>
        )}
        {ref?.date && (
          <>
            <dt>{t("cite.date")}</dt>
            <dd>{ref.date}</dd>
          </>
        )}
        <dt>{t("cite.locator")}</dt>
        <dd>{locators.length ? locators.map((l) => (l.detail ? `${l.short} (${l.detail})` : l.short)).join("; ") : t("cite.noLocator")}</dd>
      </dl>
      <p>
        {citation.url ? (
          <a href={citation.url} target="_blank" rel="noreferrer noopener">
            {t("cite.url")} ↗
          </a>
        ) : (
          <span className="muted">{t("cite.noUrl")}</span>
        )}
      </p>
      <p>
        <Link href={href({ view: "source", id: citation.source }, {}, query)} onClick={close}>
          {t("cite.page")}
        </Link>
      </p>
      <button type="button" onClick={close} autoFocus>
        {t("cite.close")}
      </button>
    </div>
  );
}

/** The references a page has numbered (set by the entity page; elsewhere markers count from 1). */
export interface PageReferences {
  numberOf: (source: string) => number | undefined;
  reference: (source: string) => Reference | undefined;
}
export const ReferencesContext = createContext<PageReferences | null>(null);

/**
 * The markers of a fact's sources: one per source (its locators shown together, as a reader writes
 * them), numbered as the page's reference list is; each opens the citation dialog.
 */
export function Cites({ sources, numberOf }: { sources: readonly Citation[]; numberOf?: (c: Citation) => number }) {
  const show = useContext(CiteContext);
  const refs = useContext(ReferencesContext);
  const { t, lang } = useI18n();
  if (sources.length === 0) return null;
  return (
    <span className="cites">
      {citesBySource(sources).map((c, i) => {
        const n = refs?.numberOf(c.source) ?? (numberOf ? numberOf({ ...c, locator: null }) : undefined) ?? i + 1;
        const all = c.locators.map((l) => formatLocator(l, lang)).filter((l) => l.telling).map((l) => l.short).join(", ");
        // A long free-text locator ("text (outbreak July 1894; section 2: …)") goes to the tooltip and the dialog.
        const where = all.length <= 16 ? all : "";
        const ref = refs?.reference(c.source);
        // The accessible name starts with what the badge shows ("4: ¶2"), then says whose source it is.
        const label = `${n}${where ? `: ${where}` : ""} (${t("cite.open", { n, title: c.title })})`;
        return (
          <button
            key={c.source}
            type="button"
            className="cite"
            onClick={() => show({ source: c.source, title: c.title, url: c.url, locator: c.locators.join("; ") || null, ...(ref ? { reference: ref } : {}) })}
            aria-label={label}
            title={[ref?.publisher, c.title, all].filter(Boolean).join(" · ")}
          >
            {n}
            {where && <span className="cite-where">: {where}</span>}
          </button>
        );
      })}
    </span>
  );
}
