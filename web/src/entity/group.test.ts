import { describe, expect, it } from "vitest";
import type { EntityRef, EntityView, StatementView } from "../api/types.js";
import { agreementsWithJapan, citesBySource, coordsOf, importedOnly, keyEvents, linkedOfKind, placeClaims, referenceNumbering, sharedMemberships, sharedOnDay, sourceNumbering, holdersOnDay } from "./group.js";

const ref = (id: string, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en: id, ja: null } });

function st(p: StatementView["p"], subject: EntityRef, object: EntityRef | null, extra: Partial<StatementView> = {}): StatementView {
  return {
    id: `st-${p}-${subject.id}-${object?.id ?? ""}`,
    p,
    label: { en: p, ja: p },
    subject,
    object,
    value: null,
    time: null,
    start: null,
    end: null,
    at: null,
    via: null,
    role: null,
    status: "accepted",
    assertedBy: [],
    note: null,
    note_ja: null,
    sources: [],
    ...extra,
  };
}

function view(id: string, kind: EntityRef["kind"], statements: StatementView[], sources: EntityView["entity"]["sources"] = []): EntityView {
  return {
    release: "r",
    builtAt: "t",
    asOf: null,
    entity: { ...ref(id, kind), type: null, summary: { en: null, ja: null }, aliases: [], fields: {}, sources },
    statements,
  };
}

const cite = (source: string, locator: string | null = null) => ({ source, title: source, locator, url: null });

describe("sourceNumbering", () => {
  it("gives a source one number across the page, entity sources first", () => {
    const v = view("taiwan", "state", [st("exists", ref("taiwan"), null, { sources: [cite("b", "¶2"), cite("a", "¶9")] })], [cite("a", "¶1")]);
    const { numberOf, sources } = sourceNumbering(v);
    expect(numberOf(cite("a", "¶9"))).toBe(1);
    expect(numberOf(cite("b"))).toBe(2);
    expect(sources.map((s) => s.source)).toEqual(["a", "b"]);
  });
});

describe("references of a page loaded in parts", () => {
  const reference = (source: string) => ({ source, title: source, type: null, publisher: "P", date: null, accessed: null, url: null });

  it("keeps every number it gave when a later answer brings more sources", () => {
    const summary = { ...view("japan", "state", []), references: [reference("a"), reference("b")] };
    const section = { ...view("japan", "state", []), references: [reference("c"), reference("a")] };
    const before = referenceNumbering([summary]);
    const after = referenceNumbering([summary, section]);
    expect(["a", "b"].map(before.numberOf)).toEqual([1, 2]);
    expect(["a", "b", "c"].map(after.numberOf)).toEqual([1, 2, 3]);
    expect(after.references.map((r) => r.source)).toEqual(["a", "b", "c"]);
  });

  it("numbers the citations of an answer that carries no references (never a 0)", () => {
    const v = view("x", "place", [st("located-in", ref("x", "place"), ref("japan"), { sources: [cite("z")] })]);
    expect(referenceNumbering([v]).numberOf("z")).toBe(1);
  });

  it("gives one badge per source, its locators together", () => {
    expect(citesBySource([cite("a", "¶2"), cite("a", "¶4"), cite("b"), cite("a", "¶2")])).toEqual([
      { source: "a", title: "a", url: null, locators: ["¶2", "¶4"] },
      { source: "b", title: "b", url: null, locators: [] },
    ]);
  });

  it.each([
    [[cite("import-conflict")], true],
    [[cite("import-conflict"), cite("seed-002")], false],
    [[], false],
  ])("reads %j as imported only: %s", (sources, want) => {
    expect(importedOnly({ sources })).toBe(want);
  });
});

describe("a state's page", () => {
  it("shares the memberships both held on the day, from the engine's answers", () => {
    const holding = (id: string) => ({ entity: ref(id, "organization"), role: null, since: null, certain: true, basis: [] });
    const onDay = (ids: string[]) => ({ relation: null, memberships: ids.map(holding), observerships: [], offices: [], administration: null, agreement: null });
    expect(sharedOnDay(onDay(["wto", "un", "sco"]), onDay(["un", "wto", "g7"])).map((e) => e.id)).toEqual(["un", "wto"]);
    expect(sharedOnDay(undefined, onDay(["un"]))).toEqual([]);
  });

  const taiwan = ref("taiwan");
  const japan = ref("japan");
  const taipei = ref("treaty-of-taipei", "agreement");
  const nine = ref("nine-power-treaty", "agreement");
  const other = ref("some-treaty", "agreement");
  const un = ref("united-nations", "organization");
  const apec = ref("apec", "organization");
  const state = view("taiwan", "state", [
    st("party-to", taiwan, taipei, { start: "1952-08-05" }),
    st("party-to", taiwan, other, { start: "1930-01-01" }),
    st("concerns", nine, taiwan),
    st("member-of", taiwan, apec, { start: "1991-11-01", holds: "yes" }),
    st("member-of", taiwan, un, { start: "1945-10-24", end: "1971-10-25", holds: "no" }),
  ]);
  const japanView = view("japan", "state", [
    st("party-to", japan, taipei),
    st("member-of", japan, apec, { start: "1989-11-01", holds: "yes" }),
    st("member-of", japan, un, { start: "1956-12-18", holds: "yes" }),
  ]);

  it("lists agreements in date order, keeping those Japan is party to or that concern the state", () => {
    expect(linkedOfKind(state.statements, "taiwan", "agreement").map((l) => l.entity.id)).toEqual(["some-treaty", "treaty-of-taipei", "nine-power-treaty"]);
    expect(agreementsWithJapan(state, japanView).map((l) => l.entity.id)).toEqual(["treaty-of-taipei", "nine-power-treaty"]);
    expect(agreementsWithJapan(state, null)).toHaveLength(3);
  });

  it("shares only memberships both hold on the date", () => {
    const shared = sharedMemberships(state, japanView);
    expect(shared.map((l) => l.entity.id)).toEqual(["apec"]);
    expect(shared[0]!.date).toBe("1991-11-01");
  });
});

describe("keyEvents", () => {
  it("keeps one entry per event, at its start, in date order", () => {
    const war = ref("korean-war-1950", "event");
    const visit = ref("tanaka-visit-1972", "event");
    const items = [
      { date: "1972-09-01", edtf: "1972-09", edge: "point" as const, statement: st("occurred", visit, null) },
      { date: "1950-06-25", edtf: "1950-06-25/1953-07-27", edge: "start" as const, statement: st("occurred", war, null) },
      { date: "1953-07-27", edtf: "1950-06-25/1953-07-27", edge: "end" as const, statement: st("occurred", war, null) },
      { date: "1958-01-01", edtf: "1958", edge: "end" as const, statement: st("holds-office", ref("zhou", "person"), ref("china")) },
    ];
    expect(keyEvents(items).map((e) => [e.event.id, e.date])).toEqual([
      ["korean-war-1950", "1950-06-25"],
      ["tanaka-visit-1972", "1972-09-01"],
    ]);
  });

  // China's page showed "1 Jan 1994 Foreign Minister Hata's visit to China (January 1994)".
  it.each([
    ["a month", "1994-01", "point", "1994-01"],
    ["a year", "2010", "point", "2010"],
    ["an approximate month", "1543-08~", "point", "1543-08~"],
    ["a span of days", "1950-06-25/1953-07-27", "start", "1950-06-25"],
    ["a span from a month", "1999-07/1999-08", "start", "1999-07"],
    ["a span with an unknown start", "../1953-07-27", "start", "1950-06-25"],
  ] as const)("shows %s as its sources give it (%s)", (_, edtf, edge, want) => {
    const items = [{ date: "1950-06-25", edtf, edge, statement: st("occurred", ref("an-event", "event"), null) }];
    expect(keyEvents(items)[0]!.shown).toBe(want);
  });
});

describe("a dispute's places", () => {
  it("collects who claims and who administers each place, in date order", () => {
    const rocks = ref("liancourt-rocks", "place");
    const place = view("liancourt-rocks", "place", [
      st("claims", ref("south-korea"), rocks, { start: "1952-01-01", status: "contested", assertedBy: [ref("south-korea")] }),
      st("administers", ref("japan"), rocks, { start: "1905-01-01", end: "1945-12-31" }),
      st("claims", ref("japan"), rocks, { start: "1905-01-28", status: "contested" }),
      st("located-in", rocks, ref("sea-of-japan", "place")),
    ]);
    expect(placeClaims([place]).map((c) => `${c.state.id} ${c.statement.p}`)).toEqual(["japan administers", "japan claims", "south-korea claims"]);
  });

  it("reads coordinates only when they are a [lon, lat] pair", () => {
    expect(coordsOf({ coords: [131.86, 37.24] })).toEqual([131.86, 37.24]);
    expect(coordsOf({ coords: "131,37" })).toBeNull();
    expect(coordsOf({})).toBeNull();
  });
});

describe("the office holders of a day", () => {
  it("lists a person holding three offices once, with the three roles in the order given", () => {
    const xi = ref("xi-jinping", "person");
    const li = ref("li-qiang", "person");
    expect(holdersOnDay([
      { entity: xi, role: "president" },
      { entity: xi, role: "General Secretary of the Chinese Communist Party" },
      { entity: li, role: "premier" },
      { entity: xi, role: "president" },
      { entity: xi, role: "Chairman of the Central Military Commission" },
    ])).toEqual([
      { entity: xi, roles: ["president", "General Secretary of the Chinese Communist Party", "Chairman of the Central Military Commission"] },
      { entity: li, roles: ["premier"] },
    ]);
  });
});
