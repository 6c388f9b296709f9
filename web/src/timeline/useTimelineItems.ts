import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { getJson } from "../api/client.js";
import { TimelineLoader, type Loaded, type TimelineFilter } from "./loader.js";
import type { View } from "./scale.js";

/** One loader per filter for the page's life (answers are tied to the data release, as the API client's are). */
const loaders = new Map<string, TimelineLoader>();

const NOTHING: Loaded = { counts: null, items: [], shortNames: {}, cut: null, error: null, busy: false, covers: () => false };
const never = () => () => {};

/**
 * The timeline's items for a filter (null: none wanted), loaded by the years `view` needs and kept:
 * the page renders again as each request's items arrive. When the filter changes, what the last one had
 * is shown until the new one's first items come (as the page did when one answer held every year).
 *
 * @example const china = useTimelineItems({ with: "china", kind: null }, view, extent);
 */
export function useTimelineItems(filter: TimelineFilter | null, view: View, extent: View): Loaded {
  const key = filter ? `${filter.with ?? ""}|${filter.kind ?? ""}` : null;
  const loader = useMemo(() => {
    if (key === null || filter === null) return null;
    let found = loaders.get(key);
    if (!found) loaders.set(key, (found = new TimelineLoader(filter, getJson)));
    return found;
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    loader?.show(view, extent);
  }, [loader, view.start, view.end, extent.start, extent.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const loaded = useSyncExternalStore(loader?.subscribe ?? never, () => loader?.snapshot ?? NOTHING);
  const last = useRef<Loaded>(NOTHING);
  const fresh = loader === null || loaded.items.length > 0 || loaded.error !== null || loaded.covers(view);
  if (fresh) last.current = loaded;
  return fresh ? loaded : { ...last.current, busy: true, covers: () => false };
}
