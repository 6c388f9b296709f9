import { useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from "react";
import "./citation.css";
import type { Citation } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { CitationPreview } from "./CitationPreview.js";
import { citesBySource } from "./group.js";
import { formatLocator } from "./locator.js";
import { locatorsAttribute, PageNumbers, watchBadges } from "./numbering.js";
import { usePreview } from "./preview-state.js";
import { readerTitle, rememberCitation } from "./references.js";
import type { LineCitation } from "./fold.js";

/** The numbers of the badges on the page, in reading order (kept by the provider). */
export const pageNumbers = new PageNumbers();

/**
 * Numbers every citation badge on the page in reading order, whatever order its parts loaded in:
 * the first source met is 1, the next new one 2, and so on (see numbering.ts).
 */
export function CitationProvider({ children }: { children: ReactNode }) {
  useEffect(() => watchBadges(document.body, pageNumbers), []);
  return <>{children}</>;
}

/** Reads the page's number for a source (undefined until the page has been read). */
export function usePageNumber(source: string): number | undefined {
  return useSyncExternalStore(pageNumbers.subscribe, () => pageNumbers.numberOf(source));
}

/** The page's cited sources in reading order, and the locators cited for each. */
export function usePageOrder(): { order: readonly string[]; locators: ReadonlyMap<string, readonly string[]> } {
  const order = useSyncExternalStore(pageNumbers.subscribe, () => pageNumbers.order);
  return { order, locators: pageNumbers.locators };
}

/** A locator short and pinpointing enough to print on the badge ("¶4", "art. 2"); the rest is in the preview. */
const PINPOINT = /^(¶|art\. |第)/;

/**
 * The markers of a fact's sources: one per source (its locators together), numbered as the page's
 * reference list is; each shows its reference in a preview card (hover, focus, click or tap).
 */
export function Cites({ sources, numberOf }: { sources: readonly LineCitation[]; numberOf?: (c: Citation) => number }) {
  if (sources.length === 0) return null;
  return (
    <span className="cites">
      {citesBySource(sources).map((c, i) => (
        <CiteBadge key={c.source} cite={c} fallback={(numberOf ? numberOf({ ...c, locator: null }) : undefined) || i + 1} />
      ))}
    </span>
  );
}

function CiteBadge({ cite, fallback }: { cite: ReturnType<typeof citesBySource>[number]; fallback: number }) {
  const { t, lang } = useI18n();
  const key = useId();
  const wrap = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const preview = usePreview(key, wrap, button);
  rememberCitation(cite);
  const n = usePageNumber(cite.source) ?? fallback;
  const shorts = cite.locators.map((l) => formatLocator(l, lang)).filter((l) => l.telling).map((l) => l.short);
  const where = shorts.every((s) => PINPOINT.test(s)) && shorts.join(", ").length <= 8 ? shorts.join(", ") : "";
  const popId = `cite-${key.replace(/:/g, "")}`;
  // The accessible name starts with what the badge shows ("4: ¶2"), then says whose source it is.
  // A source on a folded line that gives no date, or less of it, says so on its badge (fold.ts).
  const label = `${n}${where ? `: ${where}` : ""}${cite.dateNote ? `, ${cite.dateNote}` : ""} (${t("cite.open", { n, title: readerTitle(cite.title) })})`;
  return (
    <span ref={wrap} className="cite-wrap" onBlur={preview.onBlur}>
      <button
        ref={button}
        type="button"
        className="cite"
        data-source={cite.source}
        data-locators={locatorsAttribute(cite.locators)}
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={preview.open}
        aria-controls={preview.open ? popId : undefined}
        aria-describedby={preview.open ? popId : undefined}
        {...preview.button}
      >
        {n}
        {where && <span className="cite-where">: {where}</span>}
        {cite.dateNote && <span className="cite-date-note">{lang === "ja" ? "・" : " · "}{cite.dateNote}</span>}
      </button>
      {preview.open && <CitationPreview id={popId} n={n} cite={cite} anchor={button} {...preview.card} />}
    </span>
  );
}
