import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { Citation } from "../api/types.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";

/**
 * Citation markers and the one dialog they open: the source's title, the locator, a link to the
 * original address and to the source's page in gaiko.
 */
const CiteContext = createContext<(c: Citation) => void>(() => undefined);

export function CitationProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<Citation | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback((c: Citation) => {
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

function CitationBody({ citation, close }: { citation: Citation; close: () => void }) {
  const { t } = useI18n();
  const { query } = useNav();
  return (
    <div className="citation-body">
      <p className="eyebrow">{t("cite.title")}</p>
      <h2 id="citation-title">{citation.title}</h2>
      <dl>
        <dt>{t("cite.locator")}</dt>
        <dd>{citation.locator ?? t("cite.noLocator")}</dd>
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

/** The numbered markers of a fact's sources; each opens the citation dialog. */
export function Cites({ sources, numberOf }: { sources: readonly Citation[]; numberOf?: (c: Citation) => number }) {
  const show = useContext(CiteContext);
  const { t } = useI18n();
  if (sources.length === 0) return null;
  return (
    <span className="cites">
      {sources.map((c, i) => {
        const n = numberOf ? numberOf(c) : i + 1;
        return (
          <button key={`${c.source}-${c.locator ?? ""}-${i}`} type="button" className="cite" onClick={() => show(c)} aria-label={t("cite.open", { n, title: c.title })} title={c.title}>
            {n}
          </button>
        );
      })}
    </span>
  );
}
