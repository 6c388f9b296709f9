import type { EntityView } from "../api/types.js";
import { useApi } from "../api/useApi.js";
import { entityUrl } from "./load.js";

export type Reference = NonNullable<EntityView["references"]>[number];

/**
 * What the explorer knows of each source it has cited: the references the entity API sent with a
 * page, and the titles and addresses the badges carry. A preview reads from here first and asks the
 * API for the source only when the page never said who published it (the timeline, the checker).
 */
const known = new Map<string, Reference>();

/** Keeps references met in API answers (a fuller one replaces a bare one). */
export function rememberReferences(refs: readonly Reference[]): void {
  for (const r of refs) {
    const had = known.get(r.source);
    if (!had || (!had.publisher && !had.date && (r.publisher || r.date))) known.set(r.source, r);
  }
}

/** Keeps what a badge knows of its source (title and address), if nothing better is known. */
export function rememberCitation(c: { source: string; title: string; url: string | null }): void {
  if (!known.has(c.source)) known.set(c.source, { source: c.source, title: c.title, type: null, publisher: null, date: null, accessed: null, url: c.url });
}

export function knownReference(source: string): Reference | undefined {
  return known.get(source);
}

/**
 * A source's title as a reader is shown it: gaiko's own bookkeeping ("founding seed 002") left out.
 * @example readerTitle("Foreign relations of Japan (Wikipedia article, founding seed 002)") // "Foreign relations of Japan (Wikipedia article)"
 */
export function readerTitle(title: string): string {
  return title.replace(/,\s*founding seed \d+\)/, ")").replace(/\s*\(founding seed \d+\)/, "");
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

/**
 * A source's reference from its own entity answer (its file's fields).
 * @example referenceOfSource(view).publisher // "Ministry of Foreign Affairs of Japan"
 */
export function referenceOfSource(view: Pick<EntityView, "entity">): Reference {
  const f = view.entity.fields;
  return {
    source: view.entity.id,
    title: view.entity.name.en,
    type: text(f["type"]),
    publisher: text(f["publisher"]) ?? text(f["author"]),
    date: text(f["published"]) ?? text(f["version"]),
    accessed: text(f["accessed"]),
    url: text(f["url"]),
  };
}

/** A source's reference: at once when known with its publisher or date, else once the API answers. */
export function useReference(source: string): Reference | undefined {
  const had = known.get(source);
  const full = had && (had.publisher || had.date);
  const loaded = useApi<EntityView>(full ? null : entityUrl(source, { statements: "summary" }));
  if (loaded.state === "ready") {
    const ref = referenceOfSource(loaded.data);
    rememberReferences([ref]);
    return ref;
  }
  return had;
}
