// The reason beside an agreement's standing in the fact box, said once: the Japanese words for how a
// treaty ended often end in the standing itself (superseded: 後継条約により失効), and the box wrote
// "失効（後継条約により失効）" (issue 15).
import type { Lang } from "../i18n/dict.js";

/**
 * The words to put in brackets after a standing, or null when they would only repeat it: the standing's
 * own word is dropped from the end of the reason (Japanese "…により失効" becomes "…による"), and from
 * its start in English ("ended (ended by …)" becomes "ended (by …)").
 * @example standingReason("失効", "後継条約により失効", "ja") // "後継条約による"
 * @example standingReason("失効", "失効", "ja") // null
 * @example standingReason("no longer in force", "superseded", "en") // "superseded"
 */
export function standingReason(standing: string, reason: string, lang: Lang): string | null {
  const s = standing.trim();
  let r = reason.trim();
  if (!r || r.toLowerCase() === s.toLowerCase()) return null;
  if (lang === "ja") {
    if (r.endsWith(s)) r = r.slice(0, -s.length).replace(/により$/, "による").replace(/で$/, "");
  } else if (r.toLowerCase().startsWith(`${s.toLowerCase()} `)) {
    r = r.slice(s.length + 1);
  }
  return r.trim() || null;
}
