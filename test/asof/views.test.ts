// Faults the as-of audit of TRUTH40 (session 38, test/asof/audit/sample-20261214.csv) found in views no earlier plan
// had drawn — the network, the timeline, a place's and a person's page — each with its named case and, where the
// fault was a class, an invariant over the whole knowledge base.
import { afterAll, describe, expect, it } from "vitest";
import { administrationAsOf, officeHoldersAsOf, officesOfAsOf } from "../../src/kb/asof/holdings.js";
import { existence } from "../../src/kb/asof/status.js";
import { worldOf } from "../../src/kb/asof/store.js";
import { graphAsOf } from "../../src/kb/graph.js";
import { holdsOnRow } from "../../src/kb/store.js";
import { timeline } from "../../src/kb/timeline.js";
import { sharedStore } from "../helpers.js";

const store = sharedStore();
afterAll(() => store.close());
const world = worldOf(store);
/** 1 July of every `step`-th year from 1850 to the release's year. */
const years = (step: number) => Array.from({ length: Math.floor((2026 - 1850) / step) + 1 }, (_, i) => `${1850 + i * step}-07-01`);

describe("the network", () => {
  const tie = (day: string, org: string) => graphAsOf(store, day).edges.some((e) => e.source === "japan" && e.target === org && e.p === "member-of");

  it("draws no membership from an undated row: Japan's G7 and G20 ties not in 1863 or 1894, but from 1975 and 1999", () => {
    // A seed's undated "Japan is a member of the G7 (and the G20)" had drawn both ties on every day since 1850.
    expect(tie("1894-09-19", "g7")).toBe(false);
    expect(tie("1863-10-29", "g20")).toBe(false);
    expect(tie("1990-01-01", "g7")).toBe(true);
    expect(tie("2010-01-01", "g20")).toBe(true);
  });

  it("draws no tie to an organisation before its founding, in any year from 1850 to today", () => {
    const founded = new Map(
      (store.db.prepare("SELECT subject AS id, MIN(s_min) AS day FROM statements WHERE p = 'founded' AND status != 'rejected' AND s_min IS NOT NULL GROUP BY subject").all() as { id: string; day: string }[]).map((r) => [r.id, r.day]),
    );
    expect(founded.size).toBeGreaterThan(40);
    const early: string[] = [];
    for (const day of years(2)) {
      for (const e of graphAsOf(store, day).edges) for (const id of [e.source, e.target]) if (day < (founded.get(id) ?? "")) early.push(`${day} ${e.source} ${e.p} ${e.target}`);
    }
    expect(early).toEqual([]);
  });
});

describe("the timeline", () => {
  const lists = (withId: string, day: string, subject: string, p: string) => timeline(store, { from: day, to: day, with: withId }).items.some((i) => i.statement.subject.id === subject && i.statement.p === p);

  it("does not list the Treaty of Versailles in Taiwan's timeline: the Republic of China did not sign it (a rejected statement)", () => {
    expect(lists("taiwan", "1920-01-10", "treaty-of-versailles", "in-force")).toBe(false);
    // The treaty's own timeline, and Japan's (a party), still give its entry into force.
    expect(lists("treaty-of-versailles", "1920-01-10", "treaty-of-versailles", "in-force")).toBe(true);
    expect(lists("japan", "1920-01-10", "treaty-of-versailles", "in-force")).toBe(true);
  });

  it("lets no rejected participation, party, signature or concern tie an entity's statements into another's timeline", () => {
    const rejected = store.db
      .prepare(
        `SELECT r.subject, r.p, r.object FROM statements r WHERE r.status = 'rejected' AND r.p IN ('participant', 'party-to', 'signatory-of', 'concerns') AND r.object IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM statements a WHERE a.subject = r.subject AND a.object = r.object AND a.status != 'rejected'
           AND a.p IN ('participant', 'party-to', 'signatory-of', 'concerns'))`,
      )
      .all() as { subject: string; p: string; object: string }[];
    expect(rejected.length).toBeGreaterThan(0);
    const leaked: string[] = [];
    for (const r of rejected) {
      // participant and concerns tie the subject (an event, an agreement) into the object's timeline; party-to and
      // signatory-of tie the object (the agreement) into the subject's.
      const [withId, tied] = r.p === "participant" || r.p === "concerns" ? [r.object, r.subject] : [r.subject, r.object];
      const named = (ref: { id: string } | null | undefined) => ref?.id === withId;
      for (const i of timeline(store, { with: withId }).items) {
        const s = i.statement;
        if (s.subject.id === tied && !named(s.object) && !named(s.at) && !named(s.via)) leaked.push(`${withId} ← ${tied} (${s.p} ${i.date}) by a rejected ${r.p}`);
      }
    }
    expect(leaked).toEqual([]);
  });
});

describe("a place's administrator", () => {
  const admin = (place: string, day: string) => administrationAsOf(world, place, day).administrator?.id ?? null;

  it("is the state that ruled or occupied it where no statement of administration holds: Guam, Formosa, Hawaii", () => {
    expect(admin("guam", "1899-05-05")).toBe("united-states");
    expect(admin("guam", "1942-06-01")).toBe("japan");
    expect(admin("guam", "1950-01-01")).toBe("united-states");
    expect(admin("formosa", "1920-01-01")).toBe("japan");
    expect(admin("formosa", "1950-01-01")).toBe("taiwan");
    expect(admin("hawaii", "1865-05-21")).toBe("kingdom-of-hawaii");
    expect(admin("hawaii", "1900-01-01")).toBe("united-states");
    // Okinotorishima: Japan's from 1931, cut off by SCAPIN-677 in 1946 (occupation), US-administered 1952–1968.
    expect(admin("okinotorishima", "1940-01-01")).toBe("japan");
    expect(admin("okinotorishima", "1950-01-01")).toBe("united-states");
    expect(admin("okinotorishima", "1960-01-01")).toBe("united-states");
    expect(admin("okinotorishima", "2000-01-01")).toBe("japan");
    // An explicit administration still decides over an occupation of the same days.
    expect(admin("kunashiri", "1950-01-01")).toBe("ussr");
  });

  it("is named on every day a statement certainly puts a place under an existing state's administration, rule or occupation (every year since 1850)", () => {
    const rows = store.statementRows(
      "FROM statements s JOIN entities e ON e.id = s.object WHERE s.p IN ('administers', 'occupies', 'rules') AND s.status != 'rejected' AND e.kind IN ('place', 'dispute')",
    );
    expect(rows.length).toBeGreaterThan(30);
    const none: string[] = [];
    for (const day of years(1)) {
      for (const r of rows) {
        if (holdsOnRow(r, day) !== "yes" || existence(world, r.subject, day).exists === "no") continue;
        if (!administrationAsOf(world, r.object!, day).administrator) none.push(`${r.object} ${day} (${r.subject} ${r.p})`);
      }
    }
    expect(none).toEqual([]);
  });
});

describe("a person's offices", () => {
  it("end with the person's death: Kim Jong-pil, whose 1961 term has no recorded end, holds no office after June 2018", () => {
    expect(officesOfAsOf(world, "kim-jong-pil", "2020-01-01")).toEqual([]);
    expect(officeHoldersAsOf(world, "south-korea", "2020-01-01").map((h) => h.id)).not.toContain("kim-jong-pil");
    // Before it the open term is still given, as one whose end is unknown.
    expect(officesOfAsOf(world, "kim-jong-pil", "1962-01-01").length).toBeGreaterThan(0);
  });

  it("hold through the day of death: Inukai, shot on 15 May 1932, is prime minister that day", () => {
    expect(officeHoldersAsOf(world, "japan", "1932-05-15").filter((h) => h.role === "prime-minister").map((h) => h.id)).toContain("tsuyoshi-inukai");
  });

  it("never hold after the day of death, for anyone whose death is recorded (the day after, and five years on)", () => {
    const dead = store.db.prepare("SELECT subject AS id, s_max AS day FROM statements WHERE p = 'died' AND status != 'rejected' AND s_max IS NOT NULL").all() as { id: string; day: string }[];
    expect(dead.length).toBeGreaterThan(100);
    const after: string[] = [];
    for (const p of dead) {
      const next = new Date(Date.parse(p.day) + 86_400_000).toISOString().slice(0, 10);
      for (const day of [next, `${Number(p.day.slice(0, 4)) + 5}-07-01`]) {
        if (officesOfAsOf(world, p.id, day).length) after.push(`${p.id} ${day}`);
        for (const f of world.withSubject("holds-office", p.id)) if (f.object && officeHoldersAsOf(world, f.object, day).some((h) => h.id === p.id)) after.push(`${p.id}@${f.object} ${day}`);
      }
    }
    expect(after).toEqual([]);
  });
});
