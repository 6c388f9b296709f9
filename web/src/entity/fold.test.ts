import { describe, expect, it } from "vitest";
import type { Citation, EntityRef, StatementView } from "../api/types.js";
import { foldNearDuplicates, lineCitations, timeIncludes } from "./fold.js";

const ref = (id: string, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en: id, ja: id } });
const cite = (source: string, locator: string | null = null): Citation => ({ source, title: source, locator, url: null });
let n = 0;
function st(p: StatementView["p"], subject: EntityRef, object: EntityRef | null, time: string | null, sources: Citation[], more: Partial<StatementView> = {}): StatementView {
  return {
    id: `st-${++n}`, p, label: { en: p, ja: p }, subject, object, value: null, time, start: time?.split("/")[0] || null, end: null, at: null, via: null, role: null,
    status: "accepted", assertedBy: [], note: null, note_ja: null, sources, ...more,
  };
}
const japan = ref("japan");
const us = ref("united-states");
const rcep = ref("rcep", "agreement");
const northern = ref("northern-territories", "place");

describe("whether one time contains another", () => {
  it.each([
    [null, "2022-01-01/..", true],
    [null, "1951-09-08", true],
    [null, "1877-06-01/", true],
    // An undated statement of relations is not a span that ended (Panama's relations of 1904–1941).
    [null, "1904-01-07/1941-12", false],
    [null, null, true],
    ["1972", "1972-09-29", true],
    ["1972-09", "1972-09-29", true],
    ["1972", "1972", true],
    ["1945/..", "1945-08-28/..", true],
    ["1877-06-01/", "1877-06-01/1941", true],
    ["2003/2009-04-14", "2003-08-27/2009-04-14", true],
    // Contradicting or not comparable: never folded.
    ["1972-09-29", "1972", false],
    ["1973", "1972-09-29", false],
    ["1952/1960", "1952-04-28/..", false],
    ["1952/..", "1952-04-28/1960", false],
    ["1972", "1972-09-29/..", false],
    ["1972-09-29", null, false],
  ] as const)("%s contains %s: %s", (a, b, want) => {
    expect(timeIncludes(a, b)).toBe(want);
  });
});

describe("near-duplicate statements as one line", () => {
  it("writes an undated party-to beside a dated one once, with the date", () => {
    const undated = st("party-to", japan, rcep, null, [cite("web-a")]);
    const dated = st("party-to", japan, rcep, "2022-01-01/..", [cite("web-b")]);
    const other = st("party-to", us, rcep, null, [cite("web-a")]);
    const lines = foldNearDuplicates([undated, dated, other]);
    expect(lines.map((l) => [l.s.id, l.folded.map((f) => f.id)])).toEqual([[dated.id, [undated.id]], [other.id, []]]);
  });

  it("folds a year and an undated claim into the claim from a day, the chain on one line", () => {
    const undated = st("claims", japan, northern, null, [cite("web-u")]);
    const year = st("claims", japan, northern, "1945/..", [cite("web-y")]);
    const day = st("claims", japan, northern, "1945-08-28/..", [cite("web-d")]);
    const [line, ...rest] = foldNearDuplicates([year, undated, day]);
    expect(rest).toEqual([]);
    expect(line!.s).toBe(day);
    expect(line!.folded.map((f) => f.id).sort()).toEqual([year.id, undated.id].sort());
  });

  it("folds an undated alliance into the latest of two dated ones, and keeps both of those", () => {
    const undated = st("alliance", japan, us, null, [cite("web-u")]);
    const first = st("alliance", japan, us, "1952-04-28/1960-06-23", [cite("web-1")]);
    const second = st("alliance", japan, us, "1960-06-23/..", [cite("web-2")]);
    expect(foldNearDuplicates([undated, first, second]).map((l) => [l.s.id, l.folded.length])).toEqual([[first.id, 0], [second.id, 1]]);
  });

  it.each([
    ["different roles", { role: "observer" }],
    ["a different standing", { status: "contested" as const }],
    ["a place the dated one does not give", { at: ref("tokyo", "place") }],
  ])("never folds statements with %s", (_, differs) => {
    const undated = st("member-of", japan, ref("un", "organization"), null, [cite("web-a")], differs);
    const dated = st("member-of", japan, ref("un", "organization"), "1956-12-18/..", [cite("web-b")]);
    expect(foldNearDuplicates([undated, dated])).toHaveLength(2);
  });

  it("folds statements whose notes differ where the sentence writes no note, never a side's position in a dispute", () => {
    const member = (time: string | null, note: string) => st("member-of", japan, ref("g7", "organization"), time, [cite(`web-${time}`)], { note });
    expect(foldNearDuplicates([member(null, "A founding member"), member("1975-11-15/..", "From the Rambouillet summit")])).toHaveLength(1);
    const dispute = ref("kuril-islands-dispute", "dispute");
    const position = (time: string | null, note: string) => st("claims", japan, dispute, time, [cite(`web-${time}`)], { note });
    expect(foldNearDuplicates([position(null, "Inherent territory"), position("1956/..", "Four islands")])).toHaveLength(2);
    expect(foldNearDuplicates([position(null, "Inherent territory"), position("1956/..", "Inherent territory")])).toHaveLength(1);
  });

  it("never folds contradicting dates", () => {
    const a = st("signed", rcep, null, "2020-11-15", [cite("web-a")]);
    const b = st("signed", rcep, null, "2020-11-16", [cite("web-b")]);
    const c = st("signed", rcep, null, "2021", [cite("web-c")]);
    expect(foldNearDuplicates([a, b, c])).toHaveLength(3);
  });

  it("keeps one with a place of two that give the same day", () => {
    const bare = st("occurred", ref("mission", "event"), null, "2001-12/2010-01-15", [cite("web-a")]);
    const placed = st("occurred", ref("mission", "event"), null, "2001-12/2010-01-15", [cite("web-b")], { at: ref("indian-ocean", "place") });
    expect(foldNearDuplicates([bare, placed]).map((l) => [l.s.id, l.folded.map((f) => f.id)])).toEqual([[placed.id, [bare.id]]]);
  });
});

describe("the citations of a folded line", () => {
  const undated = st("party-to", japan, rcep, null, [cite("web-a", "¶2"), cite("web-both")]);
  const year = st("party-to", japan, rcep, "2022/..", [cite("web-y")]);
  const dated = st("party-to", japan, rcep, "2022-01-01/..", [cite("web-b"), cite("web-both")]);
  const [line] = foldNearDuplicates([undated, year, dated]);

  it.each([
    ["en", [["web-b", undefined], ["web-both", undefined], ["web-y", "gives only from 2022"], ["web-a", "no date given"]]],
    ["ja", [["web-b", undefined], ["web-both", undefined], ["web-y", "2022年からとのみ記載"], ["web-a", "日付なし"]]],
  ] as const)("say in %s which source gives the date and which gives less", (lang, want) => {
    expect(lineCitations(line!, lang).map((c) => [c.source, c.dateNote])).toEqual(want);
  });

  it.each([
    ["en", "web-a", "This source gives no date: the date shown is another source's."],
    ["en", "web-y", "This source gives only from 2022: the date shown is another source's."],
    ["ja", "web-a", "この出典は日付を示していない。表示の日付は別の出典による。"],
    ["ja", "web-y", "この出典の日付は2022年からのみ。表示の日付は別の出典による。"],
  ] as const)("say in %s, in the preview of %s, that the date shown is another source's", (lang, source, said) => {
    expect(lineCitations(line!, lang).find((c) => c.source === source)?.dateSaid).toBe(said);
    expect(lineCitations(line!, lang).find((c) => c.source === "web-b")?.dateSaid).toBeUndefined();
  });

  it("keeps the locator of a source that gives no date", () => {
    expect(lineCitations(line!, "en").find((c) => c.source === "web-a")?.locator).toBe("¶2");
  });
});
