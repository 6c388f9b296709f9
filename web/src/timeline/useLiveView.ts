import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { View } from "./scale.js";

/** How long zoom steps must pause before the address follows them (ms). */
export const SETTLE_MS = 250;

/**
 * The timeline's view while it is zoomed or panned: each step is drawn at once from the page's own
 * state, and the address (`commit`) gets the view only once the steps pause, as a transition. Every
 * part of the explorer that reads the address renders again when it changes (the list of statements
 * under the chart among them), which at each wheel notch made a step cost hundreds of ms.
 * A view kept here gives way as soon as the address changes (its commit, a filter, going back).
 *
 * @example const [view, setView] = useLiveView(urlView, location.search, (v) => navigate(urlOf(v), { replace: true }));
 */
export function useLiveView(urlView: View, search: string, commit: (v: View) => void): readonly [View, (v: View) => void] {
  const [live, setLive] = useState<{ view: View; search: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const setView = useCallback(
    (v: View) => {
      setLive({ view: v, search });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => startTransition(() => latest.current(v)), SETTLE_MS);
    },
    [search],
  );
  return [live && live.search === search ? live.view : urlView, setView] as const;
}
