import { describe, expect, it } from "vitest";
import type { Predicate } from "../../model/predicates.js";
import { isTimeError, parseTime } from "../../model/time.js";
import { agreementAsOf, agreementsInForce } from "./agreements.js";
import type { TimedFact } from "./facts.js";
import { administrationAsOf, membersAsOf, membershipsAsOf, officeHoldersAsOf } from "./holdings.js";
import { decideStatus, existence } from "./status.js";
import { sweep } from "./sweep.js";
import { territoryHolder } from "./territory.js";
import { World } from "./world.js";

let n = 0;
function fact(p: Predicate, subject: string, object: string | null, time: string | null, extra: Partial<TimedFact> = {}): TimedFact {
  const t = time ? parseTime(time) : null;
  if (t && isTimeError(t)) throw new Error(t.error);
  return { id: `f${++n}`, subject, p, object, role: null, via: null, status: "accepted", curated: true, bounds: t, time, ...extra };
}

const states = ["japan", "qing", "roc", "prc", "korea", "manchukuo", "ussr", "russia", "us", "brazil", "dprk"].map((id) => ({ id, isoNumeric: null, statehood: id === "dprk" || id === "prc" ? "sovereign" : "historical" }));
const facts = [
  fact("exists", "qing", null, "../1912-02-12"),
  fact("exists", "roc", null, "1912-01-01/.."),
  fact("exists", "prc", null, "1949-10-01/.."),
  fact("exists", "manchukuo", null, "1932-03-01/1945-08-18"),
  fact("exists", "ussr", null, "1922-12-30/1991-12-26"),
  fact("exists", "russia", null, "1991-12-26/.."),
  fact("exists", "us", null, "1776-07-04/.."),
  fact("exists", "brazil", null, "1822-09-07/.."),
  fact("exists", "dprk", null, "1948-09-09/.."),
  fact("diplomatic-relations", "qing", "japan", "1871-09-13/1894-08-01"),
  fact("at-war", "qing", "japan", "1894-08-01/1895-04-17"),
  fact("diplomatic-relations", "prc", "japan", "1972-09-29/.."),
  fact("diplomatic-relations", "roc", "japan", "1952-08-05/1972-09-29"),
  fact("diplomatic-relations", "manchukuo", "japan", "1932-09-15/1945-08-18"),
  fact("alliance", "manchukuo", "japan", "1932-09-15/1945-08-18"),
  fact("holds-territory", "qing", "prc", "../1912-02-12", { role: "sovereign" }),
  fact("holds-territory", "roc", "prc", "1912-01-01/1949-10-01", { role: "sovereign" }),
  fact("holds-territory", "japan", "korea", "1910-08-29/1945-09-02", { role: "colony" }),
  fact("exists", "korea", null, "1948-08-15/.."),
  fact("holds-territory", "ussr", "russia", "1922-12-30/1991-12-26", { role: "sovereign" }),
  fact("diplomatic-relations", "ussr", "japan", "1925-02-26/1945-08-09"),
  fact("at-war", "ussr", "japan", "1945-08-09/1956-12-12"),
  // A COW war row coded by whole years, below the curated war of 1945–1956.
  fact("at-war", "japan", "ussr", "1941/1945", { curated: false }),
  fact("diplomatic-relations", "brazil", "japan", "1895-11-05/1942-01-29"),
  fact("diplomatic-relations", "brazil", "japan", "1952-04-28/.."),
  fact("no-relations", "dprk", "japan", "1948-09-09/.."),
  fact("in-force", "kanagawa", null, "1855-02-21/1899-07-17", { role: "superseded" }),
  fact("in-force", "tianjin-1871", null, "1873-04-30/"),
  fact("in-force", "basic-1965", null, "1965-12-18/.."),
  fact("party-to", "japan", "basic-1965", "1965-12-18/.."),
  fact("party-to", "korea", "basic-1965", "1965-12-18/.."),
  fact("party-to", "japan", "tianjin-1871", "1873-04-30/"),
  fact("party-to", "qing", "tianjin-1871", "1873-04-30/"),
  fact("member-of", "japan", "league", "1920-01-10/1935-03-27"),
  fact("member-of", "japan", "g20", null),
  fact("holds-office", "tanaka", "japan", "1972-07-07/1974-12-09", { role: "prime-minister" }),
  fact("administers", "us", "senkaku", "1945/1972-05-15"),
  fact("administers", "japan", "senkaku", "1972-05-15/.."),
  fact("claims", "prc", "senkaku", "1971/..", { status: "contested" }),
];
const agreements = [
  { id: "kanagawa", scope: "bilateral", type: "friendship" },
  { id: "tianjin-1871", scope: "bilateral", type: "friendship" },
  { id: "basic-1965", scope: "bilateral", type: "basic-relations" },
];
const world = new World({ states, agreements, facts });

describe("decideStatus", () => {
  it.each([
    ["qing", "1880-01-01", "diplomatic-relations", "1871-09-13"],
    ["qing", "1894-08-01", "at-war", "1894-08-01"],
    ["qing", "1900-01-01", "severed", "1894-08-01"],
    ["qing", "1970-01-01", "no-longer-existing", "1912-02-12"],
    ["prc", "1970-01-01", "none", null],
    ["prc", "1930-01-01", "not-yet-existing", null],
    ["prc", "1972-09-29", "diplomatic-relations", "1972-09-29"],
    ["roc", "1972-09-29", "severed", "1972-09-29"],
    ["manchukuo", "2026-01-01", "no-longer-existing", "1945-08-18"],
    ["ussr", "1943-06-01", "diplomatic-relations", "1925-02-26"],
    ["ussr", "1950-01-01", "at-war", "1945-08-09"],
    ["russia", "1980-01-01", "not-yet-existing", null],
    ["brazil", "1943-06-01", "severed", "1942-01-29"],
    ["dprk", "2026-01-01", "never", "1948-09-09"],
  ])("%s on %s is %s since %s", (state, day, status, since) => {
    const s = decideStatus(world, state, day);
    expect(s.status).toBe(status);
    expect(s.since).toBe(since);
    expect(s.basis.length).toBeGreaterThan(0);
  });

  it("keeps a whole-year dataset war below the curated one: the USSR is not at war in 1943", () => {
    expect(decideStatus(world, "ussr", "1943-06-01").status).toBe("diplomatic-relations");
    expect(world.overridden.map((o) => o.fact.time)).toContain("1941/1945");
  });

  it("prefers a war known only to the year over a recognition that held, and certain relations over a vaguer war", () => {
    const w = new World({
      states: [...states, { id: "egypt", isoNumeric: null, statehood: "sovereign" }],
      agreements,
      facts: [...facts, fact("exists", "egypt", null, "1922-02-28/.."), fact("recognizes", "japan", "egypt", "1922/.."), fact("at-war", "egypt", "japan", "1945/1952-11")],
    });
    expect(decideStatus(w, "egypt", "1945-12-01")).toMatchObject({ status: "at-war", certain: false });
    expect(decideStatus(w, "egypt", "1950-01-01")).toMatchObject({ status: "at-war", certain: true });
    const r = new World({ states, agreements, facts: [...facts, fact("at-war", "qing", "japan", "1894/1895")] });
    expect(decideStatus(r, "qing", "1894-03-01").status).toBe("diplomatic-relations");
  });

  it("ends an alliance with its state, and says the answer rests on the alliance", () => {
    expect(decideStatus(world, "manchukuo", "1940-01-01")).toMatchObject({ status: "diplomatic-relations", alliance: true });
    expect(decideStatus(world, "manchukuo", "1950-01-01").alliance).toBe(false);
  });

  it("reads existence with an open start as existing since before the records", () => {
    expect(existence(world, "qing", "1850-01-01").exists).toBe("yes");
    expect(existence(world, "ussr", "1995-01-01")).toMatchObject({ exists: "no", phase: "after", since: "1991-12-26" });
  });
});

describe("agreements", () => {
  it.each([
    ["kanagawa", "1890-01-01", "in-force", null],
    ["kanagawa", "1990-01-01", "ended", "superseded"],
    ["kanagawa", "1850-01-01", "not-yet", null],
    ["tianjin-1871", "1970-01-01", "unknown", null],
    ["basic-1965", "2020-01-01", "in-force", null],
    ["no-such", "2020-01-01", "unknown", null],
  ])("%s on %s is %s (%s)", (id, day, state, how) => {
    expect(agreementAsOf(world, id, day)).toMatchObject({ state, how });
  });

  it("counts a bilateral agreement only while it is in force and both parties exist", () => {
    expect(agreementsInForce(world, "2020-01-01").get("korea")?.map((a) => a.id)).toEqual(["basic-1965"]);
    expect(agreementsInForce(world, "1970-01-01").get("qing")).toBeUndefined();
  });
});

describe("territory", () => {
  it.each([
    ["prc", "1900-01-01", "qing", "sovereign"],
    ["prc", "1930-01-01", "roc", "sovereign"],
    ["korea", "1930-01-01", "japan", "colony"],
    ["russia", "1975-01-01", "ussr", "sovereign"],
  ])("%s's shape on %s is held by %s (%s)", (shape, day, holder, role) => {
    expect(territoryHolder(world, shape, day)).toMatchObject({ holder, role });
  });

  it("draws a colony with its ruler even while the shape's own state exists elsewhere", () => {
    const w = new World({
      states: [...states, { id: "rocshape", isoNumeric: null, statehood: "sovereign" }],
      agreements,
      facts: [...facts, fact("exists", "rocshape", null, "1912-01-01/.."), fact("holds-territory", "japan", "rocshape", "1895-05-08/1945-10-25", { role: "colony" })],
    });
    expect(territoryHolder(w, "rocshape", "1930-01-01")).toMatchObject({ holder: "japan", role: "colony" });
    expect(territoryHolder(w, "rocshape", "1950-01-01")).toBeNull();
  });

  it("draws an occupation inside a colonial period with the occupier, though the colony is dated more precisely or from before records", () => {
    // The Philippines and the Dutch East Indies in 1943 (TRUTH39): the map had shown American and Dutch rule.
    const w = new World({
      states: [...states, { id: "isles", isoNumeric: null, statehood: "sovereign" }, { id: "archipelago", isoNumeric: null, statehood: "sovereign" }, { id: "netherlands", isoNumeric: null, statehood: "sovereign" }],
      agreements,
      facts: [
        ...facts,
        fact("exists", "isles", null, "1946-07-04/.."),
        fact("exists", "archipelago", null, "1949-12-27/.."),
        fact("exists", "netherlands", null, "../.."),
        fact("holds-territory", "us", "isles", "1898-12-10/1946-07-04", { role: "colony" }),
        fact("holds-territory", "japan", "isles", "1942/1945", { role: "occupation" }),
        fact("holds-territory", "netherlands", "archipelago", "../1949-12-27", { role: "colony" }),
        fact("holds-territory", "japan", "archipelago", "1942/1945", { role: "occupation" }),
      ],
    });
    expect(territoryHolder(w, "isles", "1943-07-01")).toMatchObject({ holder: "japan", role: "occupation" });
    expect(territoryHolder(w, "archipelago", "1943-07-01")).toMatchObject({ holder: "japan", role: "occupation" });
    expect(territoryHolder(w, "isles", "1930-07-01")).toMatchObject({ holder: "us", role: "colony" });
    expect(territoryHolder(w, "archipelago", "1947-07-01")).toMatchObject({ holder: "netherlands", role: "colony" });
  });

  it("gives no holder once the state itself exists, nor where nothing is recorded", () => {
    expect(territoryHolder(world, "prc", "1970-01-01")).toBeNull();
    expect(territoryHolder(world, "korea", "1946-06-01")).toBeNull();
  });
});

describe("holdings", () => {
  it("lists dated memberships that held, never an undated one", () => {
    expect(membershipsAsOf(world, "japan", "1930-01-01").member.map((m) => m.id)).toEqual(["league"]);
    expect(membershipsAsOf(world, "japan", "1936-01-01").member).toEqual([]);
  });

  it("lists an organisation's members of the day from the same statements, a membership dated before a state's independence included, none after the state ended", () => {
    const w = new World({
      states,
      agreements,
      facts: [
        ...facts,
        fact("member-of", "ussr", "un", "1945-10-24/1991-12-24"),
        fact("member-of", "russia", "un", "1991-12-24/.."),
        // Admitted before it existed as a state (as the UN admitted Byelorussia and India in 1945).
        fact("member-of", "korea", "un", "1945-10-24/.."),
        // An open span on a state that ended: no member after its end.
        fact("member-of", "manchukuo", "un", "1933-01-01/.."),
        fact("observer-of", "brazil", "un", "1950-01-01/.."),
      ],
    });
    const members = (day: string) => membersAsOf(w, "un", day).member.map((m) => m.id).sort();
    expect(members("1940-01-01")).toEqual(["manchukuo"]);
    expect(members("1946-01-01")).toEqual(["korea", "ussr"]);
    expect(members("1991-12-24")).toEqual(["korea", "russia"]);
    expect(membersAsOf(w, "un", "1960-01-01").observer.map((m) => m.id)).toEqual(["brazil"]);
    // Each member's own page names the organisation on the same days.
    expect(membershipsAsOf(w, "korea", "1946-01-01").member.map((m) => m.id)).toEqual(["un"]);
    expect(membershipsAsOf(w, "manchukuo", "1946-01-01").member).toEqual([]);
  });

  it("sets aside a dataset party row with no end that starts before the party's dated row, keeping a later rejoining", () => {
    const agreementsPlus = [...agreements, { id: "gfcm", scope: "multilateral", type: "convention" }, { id: "whaling", scope: "multilateral", type: "convention" }];
    const w = new World({
      states,
      agreements: agreementsPlus,
      facts: [
        ...facts,
        // GGO's two rows for Japan in the GFCM agreement: joined 1997, left 2020; and a row from 1992 with no end.
        fact("party-to", "japan", "gfcm", "1997-06-12/2020-10-31", { curated: false }),
        fact("party-to", "japan", "gfcm", "1992-04-27/", { curated: false }),
        // Left and came back: the later row with no end is kept.
        fact("party-to", "japan", "whaling", "1951-04-21/1992-06-30", { curated: false }),
        fact("party-to", "japan", "whaling", "2002-10-10/", { curated: false }),
      ],
    });
    expect(w.partiesOf("gfcm").get("japan")!.map((f) => f.time)).toEqual(["1997-06-12/2020-10-31"]);
    expect(w.partiesOf("whaling").get("japan")!.map((f) => f.time)).toEqual(["1951-04-21/1992-06-30", "2002-10-10/"]);
  });

  it("names the office holders of the day", () => {
    expect(officeHoldersAsOf(world, "japan", "1972-09-29").map((h) => [h.id, h.role])).toEqual([["tanaka", "prime-minister"]]);
  });

  it("names the administrator and keeps contested claims of existing claimants", () => {
    expect(administrationAsOf(world, "senkaku", "1960-06-01")).toMatchObject({ administrator: { id: "us" }, claimants: [] });
    const now = administrationAsOf(world, "senkaku", "2026-01-01");
    expect(now.administrator?.id).toBe("japan");
    expect(now.claimants.map((c) => c.id)).toEqual(["prc"]);
  });

  it("names no administrator that did not exist on the day, whatever an undated statement says (TRUTH36: South Korea over the Liancourt Rocks in 1871)", () => {
    const w = new World({ states, agreements, facts: [fact("exists", "prc", null, "1949-10-01/.."), fact("administers", "prc", "reef", null)] });
    expect(administrationAsOf(w, "reef", "1871-06-23").administrator).toBeNull();
    expect(administrationAsOf(w, "reef", "1990-01-01").administrator?.id).toBe("prc");
  });
});

describe("sweep", () => {
  it("finds the tianjin treaty's party span open on the Qing, and the states with nothing recorded", () => {
    const r = sweep(world, { today: "2026-12-05" });
    const rules = r.violations.map((v) => `${v.rule} ${v.state}`);
    expect(rules).toContain("open-span-on-ended-state qing");
    expect(rules).toContain("status-unknown korea");
    expect(r.checked).toBeGreaterThan(10 * 177);
  });
});
