import { useEffect, useRef, type RefObject } from "react";

/**
 * Calls the latest `handler` for each wheel event on the element, through a listener registered once
 * and not passive, so that the handler may `preventDefault()` (zoom instead of scrolling the page);
 * React's own onWheel is passive and cannot.
 *
 * @example useWheel(svg, (e) => e.ctrlKey && (e.preventDefault(), zoomIn()))
 */
export function useWheel(ref: RefObject<Element | null>, handler: (e: WheelEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const listener = (e: Event) => latest.current(e as WheelEvent);
    el.addEventListener("wheel", listener, { passive: false });
    return () => el.removeEventListener("wheel", listener);
  }, [ref]);
}
