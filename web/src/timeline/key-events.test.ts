import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api/types.js";
import { annotate } from "./annotations.js";
import { keyEventIndex, PRINCIPAL_PARTNERS, TURNING_POINTS } from "./key-events.js";

type Kind = TimelineItem["statement"]["subject"]["kind"];
const KINDS: Record<string, Kind> = { japan: "state", china: "state", "united-nations": "organization" };
const ref = (id: string) => ({ id, kind: KINDS[id] ?? (id.startsWith("state-") ? "state" : id.startsWith("event-") ? "event" : "agreement"), name: { en: id, ja: null } });
let n = 0;

/** One timeline item: `edtf` is the edge's own date as written (a year, or a full day). */
function item(p: string, subject: string, object: string | null, edtf: string, opts: { edge?: TimelineItem["edge"]; via?: string; sources?: string[] } = {}): TimelineItem {
  const date = edtf.length === 4 ? `${edtf}-01-01` : edtf;
  return {
    date,
    edtf,
    edge: opts.edge ?? "point",
    statement: {
      id: `st-${n++}`,
      p: p as TimelineItem["statement"]["p"],
      label: { en: p, ja: p },
      subject: ref(subject),
      object: object ? ref(object) : null,
      value: null, time: edtf, start: date, end: date, at: null, role: null,
      via: opts.via ? ref(opts.via) : null,
      status: "accepted", assertedBy: [], note: null, note_ja: null,
      sources: (opts.sources ?? ["web-x"]).map((source) => ({ source, title: source, locator: null, url: null })),
    },
  } as TimelineItem;
}

// China is a principal partner by sources; state-minor, cited by one only, is not (ten states are cited more).
const partners = [
  ...Array.from({ length: 12 }, (_, i) => item("attribute", "china", null, "1980", { sources: [`web-china-${i}`] })),
  ...Array.from({ length: PRINCIPAL_PARTNERS }, (_, i) => item("attribute", `state-filler-${i}`, null, "1980", { sources: [`web-f${i}`, `web-g${i}`] })),
  item("attribute", "state-minor", null, "1980"),
];
const tierOf = (items: TimelineItem[], id: string) => {
  const t = keyEventIndex([...partners, ...items]).tier.get(id);
  return t === undefined ? "none" : TURNING_POINTS[t]!.id;
};

describe("keyEventIndex: turning points", () => {
  it.each<[string, TimelineItem[], string, string]>([
    [
      "Japan's admission to the UN, on the day Japan's membership begins",
      [item("occurred", "event-un", null, "1956-12-18"), item("member-of", "japan", "united-nations", "1956-12-18", { edge: "start" })],
      "event-un",
      "un-membership",
    ],
    [
      "an agreement named as the way relations with a principal partner began",
      [item("signed", "communique", null, "1972-09-29"), item("party-to", "japan", "communique", "1972-09-29", { edge: "start" }), item("diplomatic-relations", "china", "japan", "1972-09-29", { edge: "start", via: "communique" })],
      "communique",
      "relations",
    ],
    [
      "an agreement in force on the day a war with a principal partner ends",
      [item("in-force", "peace", null, "1978-10-23"), item("party-to", "japan", "peace", "1978-10-23", { edge: "start" }), item("at-war", "japan", "china", "1978-10-23", { edge: "end" })],
      "peace",
      "peace",
    ],
    [
      "nothing for relations with a state seldom cited",
      [item("occurred", "event-minor", null, "1960-05-01"), item("diplomatic-relations", "state-minor", "japan", "1960-05-01", { edge: "start" })],
      "event-minor",
      "none",
    ],
    [
      "nothing for a change known only to the year (a year is no day to match)",
      [item("occurred", "event-year", null, "1961"), item("member-of", "japan", "united-nations", "1961", { edge: "start" })],
      "event-year",
      "none",
    ],
    [
      "nothing for a statement that only an imported dataset gives",
      [item("occurred", "event-imported", null, "1962-01-02"), item("member-of", "japan", "united-nations", "1962-01-02", { edge: "start", sources: ["dataset-un"] })],
      "event-imported",
      "none",
    ],
  ])("finds %s", (_, items, id, rule) => {
    expect(tierOf(items, id)).toBe(rule);
  });

  it("gives a day's turning point to the most cited candidate of that day", () => {
    const items = [
      item("occurred", "event-big", null, "1956-12-18", { sources: ["web-a", "web-b"] }),
      item("occurred", "event-small", null, "1956-12-18"),
      item("member-of", "japan", "united-nations", "1956-12-18", { edge: "start" }),
    ];
    expect([tierOf(items, "event-big"), tierOf(items, "event-small")]).toEqual(["un-membership", "none"]);
  });

  it(`takes the ${PRINCIPAL_PARTNERS} most cited states as Japan's principal partners`, () => {
    const many = Array.from({ length: PRINCIPAL_PARTNERS + 3 }, (_, i) => Array.from({ length: i + 1 }, (_, k) => item("attribute", `state-${i}`, null, "1990", { sources: [`web-${i}-${k}`] }))).flat();
    const majors = keyEventIndex(many).majors;
    expect(majors.size).toBe(PRINCIPAL_PARTNERS);
    expect(majors.has(`state-${PRINCIPAL_PARTNERS + 2}`)).toBe(true);
    expect(majors.has("state-0")).toBe(false);
  });
});

describe("annotate with turning points", () => {
  // Two thinly sourced turning points among eight well-sourced minor events of the same years.
  const items = [
    ...partners,
    item("occurred", "event-un", null, "1956-12-18", { sources: ["web-un"] }),
    item("member-of", "japan", "united-nations", "1956-12-18", { edge: "start", sources: ["web-un"] }),
    item("signed", "communique", null, "1972-09-29", { sources: ["web-c"] }),
    item("party-to", "japan", "communique", "1972-09-29", { edge: "start" }),
    item("diplomatic-relations", "china", "japan", "1972-09-29", { edge: "start", via: "communique" }),
    ...Array.from({ length: 8 }, (_, i) => item("occurred", `event-minor-${i}`, null, `${1955 + 3 * i}-03-01`, { sources: ["seed-001", "seed-002", `web-m${i}`] })),
  ];
  const label = (i: TimelineItem) => `${i.date.slice(0, 4)} ${i.statement.subject.id}`;

  it.each([1200, 800, 600])("labels them before any more cited event in a chart %i px wide", (width) => {
    const ids = annotate(items, { start: 1945, end: 2027 }, width, { label }).map((a) => a.entity.id);
    expect(ids).toEqual(expect.arrayContaining(["event-un", "communique"]));
    expect(ids.length).toBeLessThanOrEqual(Math.floor(width / 130));
  });

  it("labels only the most cited events when there is no turning point", () => {
    const ids = annotate(items.filter((i) => !i.statement.subject.id.startsWith("event-un") && i.statement.p !== "diplomatic-relations"), { start: 1945, end: 2027 }, 600, { label }).map((a) => a.entity.id);
    expect(ids.every((id) => id.startsWith("event-minor"))).toBe(true);
  });
});
