import type { Candidate } from "../claim.js";
import { stateLists } from "./parties.js";
import type { Rule } from "./rule.js";

/** A state's coming into being said right after its name: "the PRC was established", "People's Republic of China founded". */
// An abbreviation in brackets may stand between ("… in East Timor ( UNTAET ) was established").
const AFTER = /^\s*\)?\s*(?:(?:was|were|had been|is|has been|became)\s+)?(?:never\s+|not\s+)?(?:formally\s+|officially\s+)?(?:established|founded|formed|proclaimed|created|launched|set\s+up|inaugurated|born|independent(?=\s+(?:on|in|as of|from|since)\b))\b(?!\s+(?:diplomatic|relations|ties|an?\b|the\b|its\b|their\b))|^\s*(?:gained|won|achieved)\s+(?:its\s+|full\s+)*independence\b/i;
/** A state declared before its name: "declared the area to be the new state of Manchukuo". */
const DECLARED_STATE = /\b(?:declared|proclaimed)\b[^.;,]{0,50}\bstate\s+of\s+$/i;
/** Its coming into being named before it: "the founding of the PRC", "the proclamation of the Republic of Korea", a state declared. */
const BEFORE = new RegExp(`\\b(?:founding|establishment|proclamation|creation|birth)\\s+of\\s+(?:the\\s+)?$|${DECLARED_STATE.source}`, "i");
/** A denial right at the founding words: "was never established", "never declared … the state of" (said without a date too). */
const DENIED = /\b(?:never|not)\s+(?:formally\s+|officially\s+)?(?:established|founded|formed|proclaimed|created|declared|set\s+up)\b/i;
/** In Japanese: 中華人民共和国が成立, 中華人民共和国成立, 建国. */
const AFTER_JA = /^(?:が|は)?(?:成立|建国|樹立され)/;

/**
 * A state or an organisation said to come into being at a date ("1947 People's Republic of China established", "the
 * founding of the PRC in 1949"): the start of its existence, which the knowledge base dates.
 * Only the words right beside the name count, so "China established diplomatic relations" is no
 * founding of China.
 */
export const foundingRule: Rule = {
  id: "founding",
  doc: "a state's establishment, founding or proclamation, with a date",
  propose(ctx) {
    const out: Candidate[] = [];
    for (const m of ctx.found) {
      if ((m.kind !== "state" && m.kind !== "organization") || m.via !== "name") continue;
      const after = ctx.slice.slice(m.end - ctx.start, m.end - ctx.start + 60);
      const before = ctx.slice.slice(Math.max(0, m.start - ctx.start - 40), m.start - ctx.start);
      const wide = ctx.slice.slice(Math.max(0, m.start - ctx.start - 90), m.start - ctx.start);
      // A name governed by a preposition is not what was established: "relations between Japan and South Korea were
      // established in 1965" established the relations.
      const governed = /\b(?:between|with|of|to|from)\s+(?:the\s+)?$/i.test(before) || (/\band\s+(?:the\s+)?$/i.test(before) && /\b(?:relations|ties)\b/i.test(before));
      const hit = governed ? null : (AFTER.exec(after) ?? AFTER_JA.exec(after));
      // "the founding of the Japan-India Cotton Club", "the Japan Society": a state's name that begins a longer name.
      const longerName = /^(?:[-–][A-Z][\w-]*)*\s+(?:[A-Z][a-z]+\s+){0,3}(?:Club|Association|Society|Foundation|Company|Corporation|Bank|Council|Institute|Committee|Cent(?:er|re)|League|Federation|Chamber|Union|Friendship|Forum|Group)\b/.test(after);
      // The cue is the founding word itself, so that a denial before it ("was never established") is read.
      const verb = hit ? hit[0].search(/established|founded|formed|proclaimed|created|launched|set\s+up|inaugurated|born|independen|成立|建国|樹立|gained|won|achieved/i) : -1;
      const declared = hit ? null : DECLARED_STATE.exec(wide);
      const cue = longerName ? undefined : hit ? m.end + hit.index + Math.max(verb, hit[0].length - hit[0].trimStart().length) : declared ? m.start - wide.length + declared.index : BEFORE.test(wide) ? m.start - 1 : undefined;
      if (cue === undefined) continue;
      // Without a date only a denial is a claim: "Manchukuo was never established" (that a state came to be at some
      // time is no claim worth checking).
      if (!ctx.times.length && !DENIED.test(hit ? after.slice(0, hit.index + hit[0].length) : wide)) continue;
      // A state comes to exist; an organisation is founded ("ASEAN was formed in 1967").
      out.push({ rule: "founding", subject: m.entity, object: null, p: m.kind === "state" ? "exists" : "founded", at: m.start, cue });
      // "ASEAN was formed by Indonesia, Malaysia … in 1967": the states it was formed by were its members from then.
      if (m.kind === "organization" && hit) for (const s of foundedBy(ctx, m.end + hit.index + hit[0].length)) out.push({ rule: "founding", subject: s, object: m.entity, p: "member-of", at: m.start, cue });
    }
    return out;
  },
};

/** The states named right after "by" at `at` (an offset in the text), one or a list: the founders of an organisation. */
function foundedBy(ctx: Parameters<Rule["propose"]>[0], at: number): string[] {
  const by = /^\s+by\s+(?:the\s+)?/i.exec(ctx.slice.slice(at - ctx.start));
  if (!by) return [];
  const first = ctx.found.find((m) => m.start === at + by[0].length && m.kind === "state" && m.via !== "reference");
  if (!first) return [];
  const list = stateLists(ctx).find((l) => l[0] === first);
  return (list ?? [first]).map((m) => m.entity);
}
