import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/types.js";
import { annotate, keyCandidates, keyLabel, textWidth, wrap, type Annotation } from "./annotations.js";
import { keyEventIndex } from "./key-events.js";
import { itemsInView } from "./layout.js";

type Kind = TimelineItem["statement"]["subject"]["kind"];
let n = 0;
function item(p: string, subject: string, kind: Kind, date: string, sources: string[], object: string | null = null): TimelineItem {
  const ref = (id: string, k: Kind) => ({ id, kind: k, name: { en: id, ja: `${id}（日本語）` } });
  return {
    date,
    edtf: date,
    edge: "point",
    statement: {
      id: `st-${n++}`,
      p: p as TimelineItem["statement"]["p"],
      label: { en: p, ja: p },
      subject: ref(subject, kind),
      object: object ? ref(object, "agreement") : null,
      value: null, time: date, start: date, end: date, at: null, via: null, role: null,
      status: "accepted", assertedBy: [], note: null, note_ja: null,
      sources: sources.map((source) => ({ source, title: source, locator: null, url: null })),
    },
  } as TimelineItem;
}

const view = { start: 1945, end: 2025 };

/** Whether two labels share a line slot and overlap across it (a wrapped label takes one slot per line). */
function overlap(a: Annotation, b: Annotation): boolean {
  const slots = a.lane < b.lane + b.lines.length && b.lane < a.lane + a.lines.length;
  return slots && !(a.left + a.width <= b.left || b.left + b.width <= a.left);
}
const label = (i: TimelineItem) => `${i.date.slice(0, 4)} ${i.statement.subject.name.en}`;
const items = [
  item("signed", "san-francisco", "agreement", "1951-09-08", ["seed-001", "web-a"]),
  item("party-to", "japan", "state", "1952-04-28", ["web-a"], "san-francisco"),
  item("occurred", "un-admission", "event", "1956-12-18", ["seed-001"]),
  item("signed", "china-communique", "agreement", "1972-09-29", ["seed-002", "web-b"]),
  item("in-force", "china-communique", "agreement", "1972-09-29", ["web-b"]),
  item("signatory-of", "japan", "state", "1972-09-29", ["web-b"], "china-communique"),
  item("signed", "others-treaty", "agreement", "1960-01-01", ["seed-003", "seed-004"]),
  item("occurred", "dataset-row", "event", "1990-01-01", ["import-icews"]),
];

describe("annotate", () => {
  it("labels curated events and agreements Japan is party to, heaviest first", () => {
    const ids = annotate(items, view, 1000, { label }).map((a) => a.entity.id);
    expect(ids).toEqual(["san-francisco", "un-admission", "china-communique"]);
  });

  it.each([
    ["an agreement Japan is not party to", "others-treaty"],
    ["a dataset-only row", "dataset-row"],
  ])("never labels %s", (_, id) => {
    expect(annotate(items, view, 1000, { label }).map((a) => a.entity.id)).not.toContain(id);
  });

  it("labels an entity once, at its signature rather than its entry into force", () => {
    const marks = annotate(items, view, 1000, { label }).filter((a) => a.entity.id === "china-communique");
    expect(marks).toHaveLength(1);
  });

  it("reads Japan's participation from the context when the view does not hold it", () => {
    const inView = items.filter((i) => i.statement.subject.id !== "japan");
    expect(annotate(inView, view, 1000, { label }).map((a) => a.entity.id)).not.toContain("san-francisco");
    expect(annotate(inView, view, 1000, { label, context: items }).map((a) => a.entity.id)).toContain("san-francisco");
  });

  it("leaves out what lies outside the view", () => {
    expect(annotate(items, { start: 1970, end: 1980 }, 1000, { label }).map((a) => a.entity.id)).toEqual(["china-communique"]);
  });

  it.each([1280, 800, 390, 264, 120])("keeps labels apart and inside a chart %i px wide, fewer when narrow", (width) => {
    const crowd = Array.from({ length: 40 }, (_, i) => item("occurred", `event with a long name ${i}`, "event", `${1946 + 2 * i}-06-01`, ["seed-001", `web-${i}`]));
    const marks = annotate(crowd, view, width, { label });
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.length).toBeLessThanOrEqual(Math.max(1, Math.floor(width / 130)));
    for (const a of marks) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(width + 1e-9);
      expect(a.lines.join("")).toBe(a.text);
      for (const b of marks) if (a !== b) expect(overlap(a, b)).toBe(false);
    }
  });
});

describe("annotate with short names", () => {
  // A title far longer than two lines of a 1,000 px chart can hold: it fits nowhere whole.
  const title = `1972 ${"Joint Communiqué of the Government of Japan and the Government of the People's Republic of China ".repeat(4).trim()}`;
  const long = (i: TimelineItem) => (i.statement.subject.id === "china-communique" ? title : label(i));
  it.each([
    ["its short name when the full one fits nowhere", long, () => "1972 Japan–China Joint Communiqué", "1972 Japan–China Joint Communiqué", title],
    ["nothing when it has no short name", long, () => null, undefined, undefined],
    ["its full name whenever that fits, even with a short one", label, () => "1972 Communiqué", "1972 china-communique", "1972 china-communique"],
  ])("labels a key event with %s", (_, lab, short, text, full) => {
    const communique = annotate(items, view, 1000, { label: lab, short }).find((a) => a.entity.id === "china-communique");
    expect(communique?.text).toBe(text);
    expect(communique?.full).toBe(full);
    if (communique) expect(communique.lines.join("")).toBe(communique.text);
  });
});

describe("keyCandidates", () => {
  const index = keyEventIndex(items);
  it("keeps the curated events and the agreements Japan is party to, and nothing else", () => {
    expect(keyCandidates(items, index).map((i) => `${i.statement.subject.id} ${i.statement.p}`)).toEqual([
      "san-francisco signed",
      "un-admission occurred",
      "china-communique signed",
      "china-communique in-force",
    ]);
  });

  it.each([
    ["the default view", { start: 1945, end: 2025 }, 1000, ["san-francisco", "un-admission", "china-communique"]],
    ["the 1950s", { start: 1950, end: 1960 }, 1000, ["san-francisco", "un-admission"]],
    ["1972 alone, on a phone", { start: 1972, end: 1973 }, 264, ["china-communique"]],
    ["a stretch with no key event", { start: 1980, end: 1989 }, 800, []],
  ])("label %s as the view's own items do (the chart passes them at each zoom step)", (_, v, width, ids) => {
    const fromView = annotate(itemsInView(items, v), v, width, { label, index });
    expect(fromView.map((a) => a.entity.id)).toEqual(ids);
    expect(annotate(keyCandidates(items, index), v, width, { label, index })).toEqual(fromView);
    // Told they are candidates already, annotate does not check them again, with the same answer.
    expect(annotate(keyCandidates(items, index), v, width, { label, index, candidates: true })).toEqual(fromView);
  });
});

describe("annotate in a crowded stretch", () => {
  it("wraps a label into the room beside its neighbours, whole, rather than cut it or leave the event out", () => {
    // 12.5 px a year: the third, wider than any label may be on one line (277 px), has about 190 px
    // between the first two on the top line, and goes there on two.
    const a = item("occurred", "first", "event", "1950-01-01", ["seed-001", "seed-002"]);
    const b = item("occurred", "second", "event", "1972-09-01", ["seed-001", "web-b"]);
    const c = item("occurred", "third event with a rather long name indeed", "event", "1961-08-01", ["web-c"]);
    const notes = annotate([a, b, c], { start: 1945, end: 2025 }, 1000, { label, lanes: 2, lines: 2 });
    const third = notes.find((x) => x.entity.id === "third event with a rather long name indeed");
    expect(third?.text).toBe("1961 third event with a rather long name indeed");
    expect(third?.lane).toBe(0);
    expect(third?.lines.length).toBe(2);
    expect(third?.lines.join("")).toBe(third?.text);
    expect(third!.width).toBeLessThan(textWidth(third!.text, 11));
    for (const x of notes) for (const y of notes) if (x !== y) expect(overlap(x, y)).toBe(false);
  });

  it("never writes a label cut: one that fits nowhere whole is left out", () => {
    const wide = item("occurred", "an-event-whose-one-word-name-is-far-too-wide-for-any-room-the-chart-has", "event", "1961-08-01", ["seed-001"]);
    const notes = annotate([wide], { start: 1945, end: 2025 }, 264, { label, lanes: 2, lines: 2 });
    expect(notes).toEqual([]);
  });

  it.each([
    ["Japan's admission to the United Nations", 1186],
    ["Japan's admission to the United Nations", 264],
    ["日本の国際連合加盟", 264],
  ])("writes the 1956 UN admission %j whole in a chart %i px wide", (name, width) => {
    const un = item("occurred", name, "event", "1956-12-18", ["seed-001"]);
    const [note] = annotate([un], view, width, { label, lanes: 4, lines: 2 });
    expect(note?.text).toBe(`1956 ${name}`);
    expect(note?.lines.join("")).toBe(`1956 ${name}`);
    expect(note!.left + note!.width).toBeLessThanOrEqual(width);
  });
});

describe("wrap and textWidth", () => {
  it.each([
    ["1956 Japan's admission to the United Nations", 150, ["1956 Japan's admission ", "to the United Nations"]],
    ["Short", 100, ["Short"]],
    ["1956年 日本の国際連合加盟", 60, ["1956年 日", "本の国際連合", "加盟"]],
    // A closing bracket or comma stays with the character before it ("（1972年）、" is 68 px at 10 px, its digits 0.7 em).
    ["（1972年）、日中", 68, ["（1972年）、", "日中"]],
    ["Unbreakable", 30, null],
  ])("breaks %j into lines of at most %i px", (text, max, lines) => {
    const got = wrap(text, max, 10);
    expect(got).toEqual(lines);
    for (const line of got ?? []) expect(textWidth(line.trimEnd(), 10)).toBeLessThanOrEqual(max);
  });

  it("counts a Japanese character wider than a Latin one", () => {
    expect(textWidth("平和条約", 10)).toBe(40);
    expect(textWidth("abcd", 10)).toBeCloseTo(25.6);
    // Digits, capitals among capitals and a plus sign are wider in the bold sans (Chromium draws this one 178 px wide at 11 px).
    expect(textWidth("1997年 第1回ASEAN+3首脳会議", 11)).toBeGreaterThanOrEqual(178);
  });
});

describe("keyLabel", () => {
  it.each([
    ["1951", "1951", "Treaty of Peace with Japan", "1951 Treaty of Peace with Japan"],
    ["1973", "1973", "1973 oil crisis", "1973 oil crisis"],
    ["1956年", "1956", "日本の国際連合加盟", "1956年 日本の国際連合加盟"],
  ])("writes %s and %j as one label", (year, digits, name, out) => {
    expect(keyLabel(year, digits, name)).toBe(out);
  });
});
