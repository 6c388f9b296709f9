import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { View } from "./scale.js";

/** How long zoom steps must pause before the address follows them (ms). */
export const SETTLE_MS = 250;

/** A zoom or pan step drawn at once: its view, the address it was made at, and its place in order. */
export interface LiveStep {
  view: View;
  base: string;
  seq: number;
}

/** The address this page last wrote for one of its own steps, and which step that was. */
export interface Written {
  search: string;
  seq: number;
}

/**
 * What the chart shows: the live step while the address is the one it was made at, or one this page
 * wrote for an earlier step (that step's commit, a transition, can land after newer steps were drawn:
 * the newer step stays, or the chart would jump back and the next step would start from the old
 * view); otherwise the address's view (its commit, a filter, going back).
 */
export function shownView(urlView: View, search: string, live: LiveStep | null, written: Written | null): View {
  if (!live) return urlView;
  if (search === live.base) return live.view;
  if (written && written.search === search && written.seq < live.seq) return live.view;
  return urlView;
}

/** The address as the page keys it (`query.toString()`), read after a commit wrote it. */
const currentSearch = () => new URLSearchParams(window.location.search).toString();

/**
 * The timeline's view while it is zoomed or panned: each step is drawn at once from the page's own
 * state, and the address (`commit`) gets the view only once the steps pause, as a transition. Every
 * part of the explorer that reads the address renders again when it changes (the list of statements
 * under the chart among them), which at each wheel notch made a step cost hundreds of ms.
 * A view kept here gives way as soon as the address changes other than by its own commits.
 *
 * @example const [view, setView] = useLiveView(urlView, query.toString(), (v) => navigate(urlOf(v), { replace: true }));
 */
export function useLiveView(urlView: View, search: string, commit: (v: View) => void): readonly [View, (v: View) => void] {
  const [live, setLive] = useState<LiveStep | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const seq = useRef(0);
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const setView = useCallback(
    (v: View) => {
      const n = ++seq.current;
      setLive({ view: v, base: search, seq: n });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(
        () =>
          startTransition(() => {
            latest.current(v);
            setWritten({ search: currentSearch(), seq: n });
          }),
        SETTLE_MS,
      );
    },
    [search],
  );
  return [shownView(urlView, search, live, written), setView] as const;
}
