import { useLayoutEffect, useRef, type PointerEvent } from "react";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { formatLocator } from "./locator.js";
import { placeCard } from "./placement.js";
import { referenceByline } from "./reference-date.js";
import { readerTitle, useReference } from "./references.js";

export interface PreviewedCitation {
  source: string;
  title: string;
  url: string | null;
  locators: readonly string[];
  /** On a folded line, what this source gives of the line's date, as a sentence (fold.ts). */
  dateSaid?: string;
}

/**
 * A citation's preview card, as Wikipedia shows a reference on hover: the number, publisher and
 * date, the title, where in the source this statement is found, and links to the original and to
 * everything the source supports. A non-modal dialog right after its badge in the document (so Tab
 * goes from the badge into its links), drawn fixed beside the badge and kept inside the viewport.
 */
export function CitationPreview({
  id,
  n,
  cite,
  anchor,
  onPointerEnter,
  onPointerLeave,
}: {
  id: string;
  n: number;
  cite: PreviewedCitation;
  anchor: React.RefObject<HTMLElement | null>;
  onPointerEnter: (e: PointerEvent) => void;
  onPointerLeave: (e: PointerEvent) => void;
}) {
  const { t, lang } = useI18n();
  const { query } = useNav();
  const card = useRef<HTMLSpanElement>(null);
  const ref = useReference(cite.source);
  const url = ref?.url ?? cite.url;
  useLayoutEffect(() => {
    const el = card.current;
    if (!el) return;
    const place = () => {
      const a = anchor.current;
      if (!a) return;
      el.style.maxHeight = "";
      const p = placeCard(a.getBoundingClientRect(), { width: el.offsetWidth, height: el.offsetHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight });
      el.style.left = `${p.left}px`;
      el.style.top = `${p.top}px`;
      el.style.maxHeight = p.maxHeight === null ? "" : `${p.maxHeight}px`;
      el.dataset["side"] = p.side;
    };
    place();
    const resized = new ResizeObserver(place);
    resized.observe(el);
    window.addEventListener("scroll", place, { capture: true, passive: true });
    window.addEventListener("resize", place);
    return () => {
      resized.disconnect();
      window.removeEventListener("scroll", place, { capture: true });
      window.removeEventListener("resize", place);
    };
  }, [anchor]);
  const locators = cite.locators.map((l) => formatLocator(l, lang));
  const byline = referenceByline(ref?.publisher, ref?.date, lang);
  return (
    <span ref={card} id={id} className="cite-preview" role="dialog" aria-labelledby={`${id}-title`} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      <span className="cp-eyebrow">
        {t("cite.title")} {n}
        {byline && <span className="cp-byline"> · {byline}</span>}
      </span>
      <span className="cp-title" role="heading" aria-level={2} id={`${id}-title`}>
        {readerTitle(ref?.title ?? cite.title)}
      </span>
      <span className="cp-where">
        <span className="cp-label">{t("cite.locator")}: </span>
        {locators.length ? locators.map((l) => (l.detail ? `${l.short} (${l.detail})` : l.short)).join("; ") : t("cite.noLocator")}
      </span>
      {cite.dateSaid && <span className="cp-where cp-date-note">{cite.dateSaid}</span>}
      <span className="cp-links">
        {url ? (
          <a href={url} target="_blank" rel="noreferrer noopener">
            {t("cite.url")}: {host(url)} ↗
          </a>
        ) : (
          <span className="muted">{t("cite.noUrl")}</span>
        )}
        <Link href={href({ view: "source", id: cite.source }, {}, query)}>{t("cite.page")}</Link>
      </span>
    </span>
  );
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
