// The key-event index built up answer by answer (KeyEventTally, kept by the timeline's loader) is the one
// read from every item in hand (readAll), whatever the answers hold and in whatever order they come.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/types.js";
import { importedOnly } from "../entity/group.js";
import { FULL_DATE, heaviest, isCandidate, JAPAN_PARTY, keyEventIndex, KeyEventTally, PRINCIPAL_PARTNERS, sourceWeight, TURNING_POINTS, type KeyEventIndex } from "./key-events.js";
import { TimelineLoader } from "./loader.js";

/**
 * keyEventIndex as it was read before the tally (PERF38), from every item in hand: the reference the tally is tested
 * against, kept here as the old timeline query is kept in test/timeline-same.test.ts.
 */
function readAll(context: readonly TimelineItem[]): KeyEventIndex {
  const japanParty = new Set<string>();
  const cited = new Map<string, Set<string>>();
  for (const item of context) {
    const s = item.statement;
    if (s.subject.id === "japan" && JAPAN_PARTY.has(s.p) && s.object?.kind === "agreement") japanParty.add(s.object.id);
    if (importedOnly(s)) continue;
    for (const id of [s.subject.id, s.object?.id]) {
      if (!id || id === "japan") continue;
      const set = cited.get(id) ?? new Set<string>();
      for (const c of s.sources) set.add(c.source);
      cited.set(id, set);
    }
  }
  const weight = new Map<string, number>();
  for (const [id, sources] of cited) weight.set(id, sourceWeight(sources));

  const states = new Set<string>();
  const onDay = new Map<string, string[]>();
  for (const item of context) {
    const s = item.statement;
    for (const ref of [s.subject, s.object]) if (ref?.kind === "state" && ref.id !== "japan") states.add(ref.id);
    if (!isCandidate(item, japanParty)) continue;
    const day = onDay.get(item.date) ?? [];
    if (!day.includes(s.subject.id)) day.push(s.subject.id);
    onDay.set(item.date, day);
  }
  const majors = new Set(
    [...states].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b)).slice(0, PRINCIPAL_PARTNERS),
  );

  const tier = new Map<string, number>();
  for (const item of context) {
    const s = item.statement;
    if (importedOnly(s) || (s.subject.id !== "japan" && s.object?.id !== "japan")) continue;
    const partner = (s.subject.id === "japan" ? s.object?.id : s.subject.id) ?? null;
    const rule = TURNING_POINTS.findIndex((r) => r.matches(item, partner, majors));
    if (rule < 0) continue;
    const target = s.via ? s.via.id : FULL_DATE.test(item.edtf) ? heaviest(onDay.get(item.date) ?? [], weight) : undefined;
    if (target !== undefined) tier.set(target, Math.min(rule, tier.get(target) ?? rule));
  }
  return { japanParty, weight, tier, majors };
}


type Kind = TimelineItem["statement"]["subject"]["kind"];

// Small pools, so that items share days, entities and sources: 14 states (more than the 10 principal partners).
const STATES = ["japan", ...Array.from({ length: 14 }, (_, i) => `state-${i}`)];
const EVENTS = ["event-a", "event-b", "event-c", "event-d"];
const AGREEMENTS = ["treaty-a", "treaty-b", "treaty-c"];
const ENTITIES = [...STATES, ...EVENTS, ...AGREEMENTS, "united-nations"];
const kindOf = (id: string): Kind => (STATES.includes(id) ? "state" : EVENTS.includes(id) ? "event" : AGREEMENTS.includes(id) ? "agreement" : "organization");
const ref = (id: string) => ({ id, kind: kindOf(id), name: { en: id, ja: null } });
const PREDICATES = ["occurred", "signed", "in-force", "party-to", "signatory-of", "member-of", "at-war", "diplomatic-relations", "attribute"];
const SOURCES = ["seed-001", "seed-002", "web-a", "web-b", "web-c", "import-x", "dataset-y"];
const DAYS = ["1945-08-15", "1952-04-28", "1956-12-18", "1972-09-29", "1978-08-12"];

type Spec = { p: string; subject: string; object: string | null; day: string; full: boolean; edge: TimelineItem["edge"]; via: string | null; sources: string[] };

const common = {
  day: fc.constantFrom(...DAYS),
  // A full day, or the year alone (not a turning point's own day).
  full: fc.boolean(),
  edge: fc.constantFrom<TimelineItem["edge"]>("start", "end", "point"),
  // Mostly none: a turning point naming none goes to its day's most cited candidate.
  via: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.constantFrom(...EVENTS, ...AGREEMENTS), weight: 1 }),
  sources: fc.uniqueArray(fc.constantFrom(...SOURCES), { maxLength: 3 }),
};
const japanAnd = (other: fc.Arbitrary<string>) => fc.tuple(other, fc.boolean()).map(([o, first]): [string, string] => (first ? ["japan", o] : [o, "japan"]));

/** One item's spec: mostly of the shapes the index reads (candidates, Japan's agreements, turning points, states' citations), some of any shape. */
const anItem: fc.Arbitrary<Spec> = fc.oneof(
  // A candidate: an event's occurrence, an agreement's signature or entry into force.
  fc.record({ ...common, p: fc.constantFrom("occurred", "signed", "in-force"), subject: fc.constantFrom(...EVENTS, ...AGREEMENTS), object: fc.constant(null) }),
  // Japan party to an agreement (which makes its signature a candidate, whenever the answer comes).
  fc.record({ ...common, p: fc.constantFrom("party-to", "signatory-of"), subject: fc.constant("japan"), object: fc.constantFrom(...AGREEMENTS) }),
  // A turning point's statement, between Japan and a state or the United Nations.
  fc
    .record({ ...common, p: fc.constantFrom("member-of", "at-war", "diplomatic-relations"), pair: japanAnd(fc.constantFrom(...STATES.slice(1), "united-nations")) })
    .map(({ pair, ...r }) => ({ ...r, subject: pair[0], object: pair[1] })),
  // A state's citations (which make it a principal partner or not).
  fc.record({ ...common, p: fc.constant("attribute"), subject: fc.constantFrom(...STATES), object: fc.option(fc.constantFrom(...ENTITIES), { nil: null }) }),
  fc.record({ ...common, p: fc.constantFrom(...PREDICATES), subject: fc.constantFrom(...ENTITIES), object: fc.option(fc.constantFrom(...ENTITIES), { nil: null }) }),
);

/** The items of generated specs, with distinct statement ids, in the API's order (date, then statement id). */
function build(rs: Spec[]): TimelineItem[] {
  return rs
    .map(
      (r, i) =>
        ({
          date: r.full ? r.day : `${r.day.slice(0, 4)}-01-01`,
          edtf: r.full ? r.day : r.day.slice(0, 4),
          edge: r.edge,
          statement: {
            id: `st-${String(i).padStart(3, "0")}`,
            p: r.p,
            label: { en: r.p, ja: r.p },
            subject: ref(r.subject),
            object: r.object ? ref(r.object) : null,
            value: null, time: r.day, start: r.day, end: r.day, at: null, role: null,
            via: r.via ? ref(r.via) : null,
            status: "accepted", assertedBy: [], note: null, note_ja: null,
            sources: r.sources.map((source) => ({ source, title: source, locator: null, url: null })),
          },
        }) as unknown as TimelineItem,
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.statement.id.localeCompare(b.statement.id));
}

/** An index as plain data: each set and map's members sorted (readers only look members up), the principal partners in their order. */
const plain = (k: KeyEventIndex) => ({
  japanParty: [...k.japanParty].sort(),
  weight: [...k.weight].sort(([a], [b]) => a.localeCompare(b)),
  tier: [...k.tier].sort(([a], [b]) => a.localeCompare(b)),
  majors: [...k.majors],
});

/** Items split into answers: each item goes to one of `n` answers (as the loader's disjoint runs of years), the answers in a random order. */
const answers = fc
  .tuple(fc.array(anItem, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rs, n]) => fc.tuple(fc.constant(build(rs)), fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: rs.length, maxLength: rs.length })))
  .map(([all, to]) => {
    const split: TimelineItem[][] = [];
    all.forEach((item, i) => (split[to[i]!] ??= []).push(item));
    return split.filter(Boolean);
  });

describe("KeyEventTally", () => {
  it("gives, after each answer, the index read from every item in hand", () => {
    fc.assert(
      fc.property(answers, (split) => {
        const tally = new KeyEventTally();
        let had: TimelineItem[] = [];
        for (const answer of split) {
          tally.add(answer);
          had = [...had, ...answer].sort((a, b) => a.date.localeCompare(b.date) || a.statement.id.localeCompare(b.statement.id));
          expect(plain(tally.index())).toEqual(plain(readAll(had)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same index when it is asked for only at the end, or after some answers", () => {
    fc.assert(
      fc.property(answers, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (split, ask) => {
        const tally = new KeyEventTally();
        split.forEach((answer, i) => {
          tally.add(answer);
          if (ask[i]) tally.index();
        });
        expect(plain(tally.index())).toEqual(plain(readAll(split.flat())));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps an index it gave out as it was when more answers come", () => {
    const [first, second] = [
      build([{ p: "signed", subject: "treaty-a", object: null, day: "1972-09-29", full: true, edge: "point", via: null, sources: ["web-a"] }]),
      build([{ p: "party-to", subject: "japan", object: "treaty-a", day: "1972-09-29", full: true, edge: "start", via: null, sources: ["web-b"] }]),
    ];
    const tally = new KeyEventTally();
    tally.add(first);
    const before = tally.index();
    tally.add(second);
    expect(tally.index().japanParty.has("treaty-a")).toBe(true);
    expect(before.japanParty.has("treaty-a")).toBe(false);
    expect(plain(before)).toEqual(plain(readAll(first)));
  });

  it("answers keyEventIndex for the items it was registered with, and not once more were added", () => {
    const all = build(DAYS.map((day, i) => ({ p: "occurred", subject: EVENTS[i % EVENTS.length]!, object: null, day, full: true, edge: "point", via: null, sources: ["web-a"] })));
    const tally = new KeyEventTally();
    const first = all.slice(0, 2);
    tally.add(first);
    tally.register(first);
    expect(keyEventIndex(first)).toBe(tally.index());
    tally.add(all.slice(2));
    // Registered with two items, the tally now holds five: the two are read again.
    expect(keyEventIndex(first)).not.toBe(tally.index());
    expect(plain(keyEventIndex(first))).toEqual(plain(readAll(first)));
  });
});

describe("the loader's key-event index", () => {
  it("is the one read from its items, answer after answer", async () => {
    // A fake API answering each run of years with the generated items of those years (one year per day of DAYS).
    const sample = fc.sample(fc.array(anItem, { minLength: 20, maxLength: 80 }), { numRuns: 20, seed: 38 });
    // Samples whose items came in two answers or more (sizes seen besides none and all).
    let several = 0;
    for (const rs of sample) {
      const all = build(rs);
      const fetchJson = async <T,>(url: string): Promise<T> => {
        await Promise.resolve();
        const u = new URL(url, "http://x");
        if (u.pathname.endsWith("/counts")) {
          const years = new Map<number, number>();
          for (const i of all) years.set(Number(i.date.slice(0, 4)), (years.get(Number(i.date.slice(0, 4))) ?? 0) + 1);
          return { years: [...years].map(([year, count]) => ({ year, count })) } as T;
        }
        const [from, to] = [Number(u.searchParams.get("from")), Number(u.searchParams.get("to"))];
        const kept = all.filter((i) => Number(i.date.slice(0, 4)) >= from && Number(i.date.slice(0, 4)) <= to);
        return { items: kept.slice(0, Number(u.searchParams.get("limit"))), shortNames: {} } as T;
      };
      // Requests of about 10 items, the first of 5: several answers, each indexed as it lands.
      const loader = new TimelineLoader({ with: null, kind: null }, fetchJson, { chunk: 10, first: 5, parallel: 2 });
      // At each change (the listener's throw would not fail the test): how many items, whether the index is the tally's and the one read from all.
      const seen: { size: number; tallied: boolean; same: boolean }[] = [];
      loader.subscribe(() => {
        const { items } = loader.snapshot;
        // The tally's own index is the same object at each call (readAll makes a new one).
        seen.push({ size: items.length, tallied: keyEventIndex(items) === keyEventIndex(items), same: JSON.stringify(plain(keyEventIndex(items))) === JSON.stringify(plain(readAll(items))) });
      });
      loader.show({ start: 1940, end: 1985 }, { start: 1940, end: 1985 });
      for (let i = 0; i < 200 && (i < 2 || loader.snapshot.busy); i++) await new Promise((done) => setTimeout(done, 0));
      expect(loader.snapshot.busy).toBe(false);
      expect(loader.snapshot.items).toHaveLength(all.length);
      expect(plain(keyEventIndex(loader.snapshot.items))).toEqual(plain(readAll(all)));
      if (new Set(seen.map((c) => c.size)).size > 2) several++;
      expect(seen.filter((c) => !c.same)).toEqual([]);
      expect(seen.filter((c) => c.size > 0 && !c.tallied)).toEqual([]);
    }
    expect(several).toBeGreaterThan(15);
  });
});
