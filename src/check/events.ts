import type { Knowledge } from "./knowledge.js";
import type { TimeMention } from "./times.js";
import { fits } from "./verdict.js";
import type { WordBag } from "./words.js";

/** An event the sentence describes without naming it, with the date it gives for it, if any. */
export interface Described {
  id: string;
  time: TimeMention | undefined;
}

/** A date no wider than a month: a year alone is too wide to tell one event of that year from another. */
const monthPrecise = (t: TimeMention) => !t.span && t.min.slice(0, 7) === t.max.slice(0, 7);

/** A date no wider than a month, or a year that holds the whole event. */
function precise(t: TimeMention, from: string, to: string): boolean {
  if (t.span) return false;
  if (t.min.slice(0, 7) === t.max.slice(0, 7)) return true;
  return t.min <= from && to <= t.max;
}

/**
 * Events a sentence describes rather than names ("North Korea launched missiles in July 2006", "a
 * Chinese trawler collided with a Japanese ship in September 2010"): one of their participants is
 * named, and the sentence has the distinctive words of their name (forms of them: "collided" for
 * "collision"): two of them, or one when a person who took part is named or the date is precise.
 * With dates in the sentence, one of them must fit the event; without any, three words (or two and a
 * named person who took part) are needed.
 */
export function describedEvents(k: Knowledge, bag: WordBag, ids: Set<string>, times: TimeMention[], today: string): Described[] {
  const seen = new Set<string>();
  const out: Described[] = [];
  for (const key of bag.keys()) {
    for (const e of k.eventsByWord.get(key) ?? []) {
      if (seen.has(e.id) || ids.has(e.id)) continue;
      seen.add(e.id);
      const present = [...e.participants].filter((p) => ids.has(p));
      if (!present.length) continue;
      const shared = bag.shared(e.words).length;
      if (!shared) continue;
      const person = present.some((p) => k.gazetteer.kinds.get(p) === "person");
      if (times.length) {
        const [from, to] = [e.occurred[0]!.s_min!, e.occurred[0]!.e_max ?? e.occurred[0]!.s_max!];
        const time = times.find((t) => e.occurred.some((r) => fits(r, t, "any", today) === true));
        // Two of its words (one for a one-word name), or one with a person who took part and a precise date:
        // a date alone never makes a described event, however precise ("in 2019" names no 2019 event).
        if (time && ((shared >= 2 && monthPrecise(time)) || shared >= 3 || (e.words.size === 1 && monthPrecise(time) && precise(time, from, to)) || (person && shared >= 2))) out.push({ id: e.id, time });
      } else if (shared >= 3 || (person && shared >= 2)) out.push({ id: e.id, time: undefined });
    }
  }
  return out;
}
