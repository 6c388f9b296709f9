import { useCallback, useEffect, useRef, useSyncExternalStore, type FocusEvent, type PointerEvent, type RefObject } from "react";

/**
 * Which citation preview is open: one at a time on the whole page. A badge opens its preview on
 * hover (a mouse, after a short pause), on keyboard focus, or on a click or tap, which pins it;
 * a second click or tap, Escape, or a tap or click elsewhere closes it, as does focus leaving it.
 */
let openKey: string | null = null;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
function setOpen(key: string | null): void {
  if (openKey === key) return;
  openKey = key;
  for (const l of listeners) l();
}

const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 250;

type Mode = "hover" | "focus" | "pinned";

export interface PreviewControl {
  open: boolean;
  button: {
    onPointerEnter: (e: PointerEvent) => void;
    onPointerLeave: (e: PointerEvent) => void;
    onFocus: (e: FocusEvent<HTMLButtonElement>) => void;
    onClick: () => void;
  };
  card: { onPointerEnter: (e: PointerEvent) => void; onPointerLeave: (e: PointerEvent) => void };
  /** On the element holding badge and card: focus leaving both closes a preview it opened. */
  onBlur: (e: FocusEvent) => void;
}

/** The open state and event handlers of one badge's preview (`key` unique on the page). */
export function usePreview(key: string, wrap: RefObject<HTMLElement | null>, button: RefObject<HTMLButtonElement | null>): PreviewControl {
  const open = useSyncExternalStore(subscribe, () => openKey === key);
  const mode = useRef<Mode>("hover");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Escape hands focus back to the badge: that focus must not open the preview again.
  const refocused = useRef(false);
  const clear = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const show = useCallback(
    (m: Mode) => {
      mode.current = m;
      setOpen(key);
    },
    [key],
  );
  const hide = useCallback(() => {
    if (openKey === key) setOpen(null);
  }, [key]);
  const later = (f: () => void, ms: number) => {
    clear();
    timer.current = setTimeout(f, ms);
  };

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (!wrap.current?.contains(e.target as Node)) hide();
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const inside = wrap.current?.contains(document.activeElement);
      hide();
      if (inside) {
        refocused.current = true;
        button.current?.focus({ preventScroll: true });
        refocused.current = false;
      }
    };
    document.addEventListener("pointerdown", outside, true);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside, true);
      document.removeEventListener("keydown", escape);
    };
  }, [open, hide, wrap, button]);
  // A badge gone (the page changed) takes its preview with it: a later badge may get the same key.
  useEffect(
    () => () => {
      clear();
      if (openKey === key) setOpen(null);
    },
    [key],
  );

  const mouse = (e: PointerEvent) => e.pointerType === "mouse";
  const leave = (e: PointerEvent) => {
    if (mouse(e) && mode.current === "hover") later(hide, HOVER_CLOSE_MS);
    else if (mouse(e)) clear();
  };
  return {
    open,
    button: {
      onPointerEnter: (e) => {
        if (mouse(e) && openKey !== key) later(() => show("hover"), HOVER_OPEN_MS);
        else if (mouse(e)) clear();
      },
      onPointerLeave: leave,
      onFocus: (e) => {
        // Keyboard focus only: a tap or click also focuses the button, and its click decides.
        if (!refocused.current && e.currentTarget.matches(":focus-visible")) show("focus");
      },
      onClick: () => {
        clear();
        if (openKey === key && mode.current === "hover") mode.current = "pinned";
        else if (openKey === key) hide();
        else show("pinned");
      },
    },
    card: {
      onPointerEnter: (e) => mouse(e) && clear(),
      onPointerLeave: leave,
    },
    onBlur: (e) => {
      if (mode.current !== "hover" && !wrap.current?.contains(e.relatedTarget as Node | null)) hide();
    },
  };
}
