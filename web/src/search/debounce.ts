import { useEffect, useState } from "react";

/** The value, once it has stopped changing for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

/**
 * Whether a query is worth sending: any two characters (竹島, EU) or more; one CJK character also counts.
 * @example searchable("竹") // true
 */
export function searchable(q: string): boolean {
  const s = q.trim();
  if (s.length >= 2) return true;
  return s.length === 1 && /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(s);
}
