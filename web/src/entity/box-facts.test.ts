import { describe, expect, it } from "vitest";
import type { EntityRef, EntityView, StatementView } from "../api/types.js";
import { boxFacts, chipSince, givenWhole } from "./box-facts.js";

const ref = (id: string, kind: EntityRef["kind"]): EntityRef => ({ id, kind, name: { en: id, ja: null } });

function st(i: number, p: StatementView["p"], subject: EntityRef, object: EntityRef | null = null): StatementView {
  return {
    id: `st-${i}`, p, label: { en: p, ja: p }, subject, object, value: null, time: null, start: null, end: null, at: null, via: null, role: null,
    status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [],
  };
}

function view(entity: EntityRef, statements: StatementView[]): EntityView {
  return { release: "r", builtAt: "t", asOf: null, entity: { ...entity, type: null, summary: { en: null, ja: null }, aliases: [], fields: {}, sources: [] }, statements };
}

const section = (p: string, curated: number, datasets: unknown[] = []) => ({ p, curated, datasets });

describe("what the fact box gives and the overview need not repeat", () => {
  const abe = ref("shinzo-abe", "person");
  const japan = ref("japan", "state");
  const trip = ref("abe-trip", "event");
  const abeView = view(abe, [st(1, "born", abe), st(2, "holds-office", abe, japan), st(3, "holds-office", abe, japan), st(4, "participant", trip, abe), st(5, "died", abe)]);
  const tripView = view(trip, [st(1, "occurred", trip), st(2, "participant", trip, abe), st(3, "participant", trip, japan)]);

  const sf = ref("treaty-of-san-francisco", "agreement");
  const dated = (i: number, p: StatementView["p"], time: string | null) => ({ ...st(i, p, sf), time });
  const sfView = view(sf, [dated(1, "signed", "1951-09-08"), dated(2, "in-force", "1952-04-28/.."), st(3, "party-to", japan, sf)]);

  it("gives an agreement's dated signing and entry into force, which its box dates", () => {
    expect(boxFacts(sfView).map((s) => s.p)).toEqual(["signed", "in-force"]);
    expect(boxFacts(view(sf, [dated(1, "signed", null)]))).toEqual([]);
  });

  it("gives a person's birth, offices and death, and an event's date, but no participant", () => {
    expect(boxFacts(abeView).map((s) => s.p)).toEqual(["born", "holds-office", "holds-office", "died"]);
    expect(boxFacts(tripView).map((s) => s.p)).toEqual(["occurred"]);
  });

  it.each([
    ["a person's offices, all in the box", abeView, section("holds-office", 2), true],
    ["a person's offices, more than the summary held", abeView, section("holds-office", 12), false],
    ["a person's events, which the box leaves out", abeView, section("participant", 1), false],
    ["an event's date", tripView, section("occurred", 1), true],
    ["an event's date with a dataset's rows beside it", tripView, section("occurred", 1, [{ dataset: "conflict" }]), false],
    ["a state's relations (its box says other things)", view(japan, [st(1, "diplomatic-relations", japan, ref("china", "state"))]), section("diplomatic-relations", 1), false],
    ["a treaty's one signing, dated in its box", sfView, section("signed", 1), true],
    ["a treaty's one entry into force, dated in its box", sfView, section("in-force", 1), true],
    ["a treaty's two entries into force (the box dates one)", sfView, section("in-force", 2), false],
    ["a treaty's parties", sfView, section("party-to", 1), false],
  ])("knows whether the overview may leave out %s", (_, v, s, whole) => {
    expect(givenWhole(v, s)).toBe(whole);
  });
});

describe("chipSince", () => {
  const relations = (time: string, start: string) => ({ time, start });
  it.each([
    ["1972-09-29", relations("1972-09-29/..", "1972-09-29"), null],
    ["1965-12-18", relations("1965-12-18/..", "1965-12-18"), null],
    // Relations ended: the chip's day (the break) is not the day the sentence begins with.
    ["1945-08-09", relations("1925-01-20/1945-08-09", "1925-01-20"), "1945-08-09"],
    ["1972-09-29", undefined, "1972-09-29"],
    [null, relations("1972-09-29/..", "1972-09-29"), null],
  ] as const)("writes the chip's day %s only where the sentence under it does not begin on it", (since, lead, want) => {
    expect(chipSince(since, lead)).toBe(want);
  });
});
