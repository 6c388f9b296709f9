import type { Predicate } from "../../model/predicates.js";
import type { Candidate } from "../claim.js";
import type { SentenceContext } from "../context.js";
import { startsJapanese } from "../fold.js";
import { GENERIC_AGREEMENTS } from "../frames.js";
import type { TimeMention } from "../times.js";
import { nearest } from "../verdict.js";
import type { Mention } from "../gazetteer.js";
import { asserted } from "./cues.js";
import { signersFrom } from "./parties.js";
import type { Rule } from "./rule.js";

/** A state and the states it succeeded (Russia → the USSR), for agreements made before it existed. */
function withPredecessors(ctx: SentenceContext, id: string): Set<string> {
  const out = new Set([id]);
  for (const p of ctx.k.predecessors.get(id) ?? []) out.add(p);
  return out;
}

/** The date written closest to a word, by the characters between them ("2015年2月署名、2006年6月発効": each its own). */
function closest(times: TimeMention[], at: number): TimeMention | undefined {
  const gap = (t: TimeMention) => (at < t.start ? t.start - at : at >= t.end ? at - t.end : 0);
  let best: TimeMention | undefined;
  for (const t of times) if (!best || gap(t) < gap(best)) best = t;
  return best;
}

/**
 * Of agreements that fit a description, the one whose name has fewest words the sentence does not say ("signed a
 * trade agreement on 7 October 2019" is the Trade Agreement, not the Digital Trade Agreement signed that day).
 */
function leastUnsaid(ctx: SentenceContext, ids: string[]): string | undefined {
  if (ids.length < 2) return ids[0];
  const said = ctx.slice.toLowerCase();
  const unsaid = (id: string) => (ctx.store.ref(id)?.name.en.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !said.includes(w)).length;
  return ids.map((id) => ({ id, n: unsaid(id) })).reduce((a, b) => (b.n < a.n ? b : a)).id;
}

/**
 * Of agreements that fit an undated description, the one signed while a person the sentence names held office
 * ("Kishida and Albanese signed a joint security declaration": the one of 2022, not Abe's of 2007), when exactly
 * one was.
 */
function signedInTermOfNamed(ctx: SentenceContext, candidates: readonly { id: string }[]): string | undefined {
  const terms = ctx.found.filter((m) => m.kind === "person" && m.via !== "reference").flatMap((m) => ctx.k.offices.get(m.entity) ?? []);
  if (!terms.length) return undefined;
  const inTerm = candidates.filter((a) =>
    (ctx.k.byEnds.get(`${a.id}|`) ?? []).some((r) => r.p === "signed" && r.status !== "rejected" && r.s_min && terms.some((t) => !!t.s_min && t.s_min <= r.s_min! && (t.e_open === 1 || (!!t.e_max && r.s_max! <= t.e_max)))),
  );
  return inTerm.length === 1 ? inTerm[0]!.id : undefined;
}

/** The persons listed right after "signed … by" at a signing word (the party-list rule's reading of such a list). */
function signedByList(ctx: SentenceContext, cue: number): Mention[] {
  const by = /^signed\b[^.;,]{0,30}?\bby\s+/i.exec(ctx.slice.slice(cue - ctx.start));
  return by ? signersFrom(ctx, cue + by[0].length).filter((m) => m.kind === "person") : [];
}

/** Whether any English name of an agreement (its name or an alias) or its Japanese name matches. */
function anyName(ctx: SentenceContext, id: string, re: RegExp): boolean {
  const ref = ctx.store.ref(id);
  return re.test(ref?.name.en ?? "") || re.test(ref?.name.ja ?? "") || (ctx.k.gazetteer.englishNames.get(id) ?? []).some((n) => re.test(n));
}

/**
 * An agreement described rather than named ("Japan and China signed a peace treaty in 1978", "Japan's
 * EPA with Mexico entered into force in 2005"): the agreements of that type between the states named
 * (or their predecessors). When none of that type exists but another agreement between them was
 * signed at that date ("a peace treaty in 1956" for the 1956 Joint Declaration), the claim names the
 * wrong kind of agreement.
 */
export const agreementDescriptionRule: Rule = {
  id: "agreement-description",
  doc: "a kind of agreement (peace treaty, EPA, security treaty) between named states",
  propose(ctx) {
    // Only words that assert a signature or an entry into force ("applied to join", "its signing" assert nothing; "concluded EPA negotiations" is read as the EPA).
    const signedAt = ctx.cues.get("signed")?.find((at) => asserted(ctx, at));
    const forceAt = ctx.cues.get("in-force")?.find((at) => asserted(ctx, at));
    if ((signedAt === undefined && forceAt === undefined) || ctx.actors.length < 2) return [];
    const out: Candidate[] = [];
    // A year written just before a named agreement is that agreement's ("1952年のサンフランシスコ平和条約", "the 1951
    // treaty"), not the described one's.
    const times = ctx.times.filter((t) => !ctx.found.some((x) => x.kind === "agreement" && x.start >= t.end && x.start - t.end <= 2));
    const named = ctx.actors.map((s) => withPredecessors(ctx, s));
    // In Japanese the parties stand before the agreement they made ("日中は…平和友好条約に調印した"); states named
    // only after the words for an agreement are said of something else ("平和条約の調印にはならず…日本側が…").
    const before = (at: number) => ctx.actors.filter((s) => ctx.found.some((m) => m.entity === s && m.start < at) || ctx.found.every((m) => m.entity !== s)).map((s) => withPredecessors(ctx, s));
    for (const g of GENERIC_AGREEMENTS) {
      const m = g.re.exec(ctx.slice);
      if (!m) continue;
      const at = ctx.start + m.index;
      if (ctx.found.some((x) => x.kind === "agreement" && x.start <= at && at < x.end)) continue;
      // The word nearest the description says which date the sentence gives: signature or entry into force. With both
      // words, each beside a date of its own ("2015年2月署名、発効は2016年6月"), the sentence gives both.
      const bySign = signedAt !== undefined ? closest(times, signedAt) : undefined;
      const byForce = forceAt !== undefined ? closest(times, forceAt) : undefined;
      const twoDates = !!bySign && !!byForce && bySign !== byForce;
      // Both words and one date: the date is the word's whose clause it is written in ("…, signed the year before, took
      // effect in 2015" gives the entry into force; "signed an EPA in 2014, which took effect …" the signing), else
      // the word nearer the description says which.
      const one = bySign && bySign === byForce ? bySign : undefined;
      const sameClause = (t: TimeMention, w: number) => !/[,;:]|\bwhich\b/i.test(ctx.slice.slice(Math.min(w, t.start) - ctx.start, Math.max(w, t.end) - ctx.start).slice(1, -1));
      const clauseOf = one ? (["signed", "in-force"] as const).filter((p) => sameClause(one, p === "signed" ? signedAt! : forceAt!)) : [];
      // Both words in the date's clause ("an EPA that was signed by Japan and Mexico … came into force on 1 April
      // 2004"): the date is the word's written last before it.
      const lastBefore = one && clauseOf.length === 2 ? (["signed", "in-force"] as const).filter((p) => (p === "signed" ? signedAt! : forceAt!) < one.start).sort((a, b) => (b === "signed" ? signedAt! : forceAt!) - (a === "signed" ? signedAt! : forceAt!))[0] : undefined;
      const nearer: Predicate =
        lastBefore ?? (clauseOf.length === 1 ? clauseOf[0]! : forceAt !== undefined && (signedAt === undefined || Math.abs(forceAt - at) < Math.abs(signedAt - at)) ? "in-force" : "signed");
      const sides = startsJapanese(m[0]) ? before(at) : named;
      const between = (parties: Set<string>) => sides.filter((set) => [...set].some((s) => parties.has(s))).length >= 2;
      const candidates = ctx.k.agreements.filter((a) => a.type && g.types.includes(a.type) && between(a.parties) && (!g.named || anyName(ctx, a.id, g.named)));
      const bilateral = candidates.filter((a) => a.parties.size === 2);
      for (const p of twoDates ? (["signed", "in-force"] as const) : [nearer]) {
        const cue = p === "in-force" ? forceAt : signedAt;
        const time = twoDates ? (p === "signed" ? bySign : byForce) : clauseOf.length === 1 || lastBefore ? one : nearest(times, at);
        // None of that kind between them, or none whose date fits and none that is theirs alone ("a peace treaty" of
        // Russia and Japan in 1956 is no Paris Peace Agreement of 1991, which both signed among nineteen).
        const rows = candidates.flatMap((a) => (ctx.k.byEnds.get(`${a.id}|`) ?? []).filter((r) => r.p === p && r.status !== "rejected" && r.s_min));
        const fitting = time ? rows.filter((r) => r.s_min! <= time.max && time.min <= (r.p === "signed" ? r.s_max! : r.s_max!)) : [];
        const ours = candidates.filter((a) => a.parties.size <= Math.max(2, sides.length));
        if (!candidates.length || (time && !fitting.length && !ours.length)) {
          if (!time || p !== "signed") continue;
          // The most prominent agreement between them signed at that date is the one the sentence misnames.
          const signedThen = ctx.k.agreements
            .filter((x) => between(x.parties) && (ctx.k.byEnds.get(`${x.id}|`) ?? []).some((r) => r.p === "signed" && r.status !== "rejected" && r.s_min && r.s_min <= time.max && time.min <= r.s_max!))
            .sort((x, y) => (ctx.k.gazetteer.prominence.get(y.id) ?? 0) - (ctx.k.gazetteer.prominence.get(x.id) ?? 0));
          // One of the described kind by its own name is no misnomer ("the Treaty of Amity, Commerce and Navigation" of
          // 1898 with Siam, recorded as the Treaty of Friendship, Commerce and Navigation, a commercial treaty by type).
          // A "security agreement" or "defence pact" is a loose word for any agreement of security between them (the
          // Japan–Australia Joint Declaration on Security Cooperation of 2007 is no misnomer of it).
          const kindByName = signedThen[0] && (g.re.test(ctx.store.ref(signedThen[0].id)?.name.en ?? "") || (!!g.loose && anyName(ctx, signedThen[0].id, /\bsecurity\b|\bdefen[cs]e\b|安全保障|防衛/i)));
          if (signedThen[0]) out.push({ rule: "agreement-description", subject: signedThen[0].id, object: null, p: "signed", at, cue, time, ...(kindByName ? {} : { mismatch: m[0] }) });
          continue;
        }
        const pick =
          leastUnsaid(ctx, [...new Set(fitting.map((r) => r.subject))]) ??
          // One agreement of that kind among more states than the two the sentence names is not "the treaty between
          // them" unless its date fits ("the Treaty of Amity … between both nations" of Japan and Mexico is not the San
          // Francisco treaty, which Mexico also signed).
          (candidates.length === 1 && (candidates[0]!.parties.size <= 2 || sides.length > 2) ? candidates[0]!.id : bilateral.length === 1 ? bilateral[0]!.id : !time ? signedInTermOfNamed(ctx, candidates) : undefined);
        if (pick) {
          out.push({ rule: "agreement-description", subject: pick, object: null, p, at, cue, time });
          // "Japan and China signed a peace treaty in 1978": each of the two signed it, then.
          const parties = ctx.k.partiesOf.get(pick);
          if (p === "signed" && parties?.size === 2) for (const s of ctx.actors) if (parties.has(s) && ctx.found.some((x) => x.entity === s && x.via !== "reference")) out.push({ rule: "agreement-description", subject: s, object: pick, p: "signatory-of", at, cue, time });
          // "Tanaka and Zhou Enlai signed the joint communiqué": each person named signed it (or the recorded signers contradict).
          if (p === "signed") for (const m of ctx.found) if (m.kind === "person" && m.via !== "reference" && m.start < (cue ?? at)) out.push({ rule: "agreement-description", subject: m.entity, object: pick, p: "signatory-of", at: m.start, cue, time });
          // "… a peace treaty signed by Foreign Minister Sunao Sonoda and Premier Zhou Enlai": the persons listed after
          // "signed by", titles between them, signed it.
          if (p === "signed") for (const by of (ctx.cues.get("signed") ?? []).filter((x) => x >= at && asserted(ctx, x))) for (const who of signedByList(ctx, by)) out.push({ rule: "agreement-description", subject: who.entity, object: pick, p: "signatory-of", at: who.start, cue: by, time });
        }
        // Undated: "Japan has concluded EPAs with Singapore, Mexico …" — Japan's one such agreement with each partner.
        else if (!time && ctx.actors.includes("japan")) {
          for (const partner of ctx.actors.filter((s) => s !== "japan")) {
            const both = candidates.filter((a) => a.parties.has("japan") && a.parties.has(partner));
            const pair = both.length === 1 ? both : both.filter((a) => a.parties.size === 2);
            if (pair.length === 1) out.push({ rule: "agreement-description", subject: "japan", object: pair[0]!.id, p: "party-to", at, cue });
          }
        }
      }
    }
    return out;
  },
};
