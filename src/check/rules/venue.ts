import type { Candidate } from "../claim.js";
import type { Rule } from "./rule.js";

/** "TICAD7 was held in Yokohama", "the summit took place in Osaka": the words before the place an event was held in. */
const HELD_IN = /\b(?:(?:was|were|is|will be|had been)\s+)?(?:not\s+|never\s+)?(?:held|hosted|convened|took place|takes place)\s+in\s+(?:the\s+(?:city\s+of\s+)?)?$/i;
/** "大阪市で開催", "横浜で開かれた": the words after the place. */
const HELD_IN_JA = /^(?:市|県|都|府)?で(?:開催|開か|行われ)/u;

/**
 * The place an event was held in, said with its name: "TICAD7 was held in Yokohama in 2019", "大阪市で開催する第7回アフリカ
 * 開発会議". The knowledge base records where events occurred (the `at` of their occurrence); a place that holds none of
 * them and lies in none of them contradicts.
 */
export const venueRule: Rule = {
  id: "venue",
  doc: "an event said to be held in a named place",
  propose(ctx) {
    const events = ctx.found.filter((m) => m.kind === "event" && m.via !== "reference");
    if (!events.length) return [];
    const out: Candidate[] = [];
    for (const place of ctx.found.filter((m) => (m.kind === "place" || m.kind === "state") && m.via !== "reference")) {
      const before = ctx.slice.slice(Math.max(0, place.start - ctx.start - 40), place.start - ctx.start);
      const en = HELD_IN.exec(before);
      const ja = !en && HELD_IN_JA.test(ctx.slice.slice(place.end - ctx.start));
      if (!en && !ja) continue;
      // English: the event named before the words, in the clause ("TICAD7 … was held in"); Japanese: the event named
      // right after the verb that follows the place ("大阪市で開催する第7回アフリカ開発会議") or before the place.
      const cue = en ? place.start - en[0].length + en.index : place.end;
      const event = en
        ? events.filter((m) => m.end <= cue && !/[.;:]/.test(ctx.slice.slice(m.end - ctx.start, cue - ctx.start))).at(-1)
        : (events.find((m) => m.start > place.end && m.start - place.end <= 16) ?? events.filter((m) => m.end <= place.start && !/[。、]/.test(ctx.slice.slice(m.end - ctx.start, place.start - ctx.start))).at(-1));
      if (!event) continue;
      out.push({ rule: "venue", subject: event.entity, object: place.entity, p: "located-in", at: event.start, cue, timeless: true });
    }
    return out;
  },
};
