// Issues 15 and 16: the United Nations' members as of a date, from the real knowledge base. The expected
// figures and days are the sources', not gaiko's output: each row names where it was read. The page's count
// (the API's sections[].held, what the explorer writes as "N recorded members on …"), the engine's
// membersAsOf and the memberships list must give the same answer.
import { describe, expect, it } from "vitest";
import { membersAsOf } from "../../src/kb/asof/holdings.js";
import { worldOf } from "../../src/kb/asof/store.js";
import { listMemberships } from "../../src/kb/list/spans.js";
import { EntityView } from "../../src/model/results.js";
import { membersOnDay } from "../../web/src/entity/fact-counts.js";
import { entityUrl } from "../../web/src/entity/load.js";
import { sharedStore } from "../helpers.js";
import { apiOf } from "./api.js";

const { store, get } = apiOf(sharedStore());
const world = worldOf(store);
const UN = "united-nations";

/** Who the engine says was a member of the UN on `day`, certainly. */
const membersOn = (day: string) => new Set(membersAsOf(world, UN, day).member.filter((m) => m.certain).map((m) => m.id));

// How many Members the UN had on a day, as the sources count them.
const COUNTS: [day: string, members: number, source: string][] = [
  ["1946-01-01", 51, "FILAW, 'In 1945, the United Nations was created with 51 member states'; UN, Progression du nombre des États Membres, 1945"],
  ["1951-01-01", 60, "FILAW, 'In 1950, the United Nations had 60 member states'"],
  ["1956-12-18", 80, "MOFA, Japan and the United Nations: Japan was admitted as the 80th Member on 18 December 1956"],
  ["1961-01-01", 99, "FILAW, 'in 1960, it had 99'"],
  ["2002-09-27", 191, "UN News, June 2006: Timor-Leste became the 191st Member on 27 September 2002"],
  ["2006-07-01", 192, "UNIS Vienna GA/10479: Montenegro admitted on 28 June 2006 as the 192nd Member"],
  ["2011-07-14", 193, "Reuters, 14 July 2011: South Sudan admitted as the 193rd Member"],
  ["2026-12-06", 193, "UN Treaty Collection, Charter status: 193 Members (49 original, 144 admitted)"],
];

// Who was, and who was not, a Member on a day, as the sources date it.
const MEMBERS: [day: string, inUn: string[], notInUn: string[], source: string][] = [
  ["1956-12-17", [], ["japan"], "ORG/1469: Japan, 18 December 1956"],
  ["1956-12-18", ["japan"], [], "ORG/1469: Japan, 18 December 1956"],
  ["1991-09-16", [], ["north-korea", "south-korea"], "ORG/1469: both Koreas, 17 September 1991"],
  ["1991-09-17", ["north-korea", "south-korea"], [], "ORG/1469: both Koreas, 17 September 1991"],
  ["2011-07-13", [], ["south-sudan"], "Reuters: South Sudan admitted on 14 July 2011"],
  ["2011-07-14", ["south-sudan"], [], "Reuters: South Sudan admitted on 14 July 2011"],
  ["1960-01-01", ["egypt"], ["syria"], "ORG/1469 note 1: the United Arab Republic a single Member, 1958 to 13 October 1961"],
  ["1961-10-13", ["egypt", "syria"], [], "ORG/1469 note 1: Syria resumed its separate membership on 13 October 1961"],
  ["1965-06-01", [], ["indonesia"], "International Organization 1965, membership chart note 1: withdrawal effective 1 March 1965"],
  ["1967-01-01", ["indonesia"], [], "Diário de Notícias: Indonesia returned in September 1966"],
  ["1991-12-23", ["ussr"], ["russia"], "UN, Russian Federation: letter of 24 December 1991"],
  ["1991-12-24", ["russia"], ["ussr"], "UN, Russian Federation: letter of 24 December 1991"],
  ["1980-01-01", ["germany", "east-germany"], [], "FILAW: both German states admitted on 18 September 1973"],
  ["1990-10-03", ["germany"], ["east-germany"], "FILAW: the GDR acceded to the FRG effective 3 October 1990"],
  ["1992-12-31", ["czechoslovakia"], ["czechia", "slovakia"], "UN, Progression: the CSFR ceased to exist on 31 December 1992"],
  ["1993-01-19", ["czechia", "slovakia"], ["czechoslovakia"], "ORG/1469: Czech Republic and Slovakia, 19 January 1993"],
  ["1946-01-01", ["belarus", "ukraine", "india", "philippines", "syria"], [], "ORG/1469: original Members of 1945, before their independence"],
  ["2026-12-06", [], ["holy-see", "palestine", "taiwan", "kosovo"], "ORG/1469 (not listed); GA resolution 67/19: Palestine a non-member observer State"],
];

describe("the United Nations' members as of a date", () => {
  it.each(COUNTS)("on %s numbered %i (%s)", async (day, n) => {
    expect(membersOn(day).size).toBe(n);
    // The page says what the engine says: its member-of count, and the line the explorer writes from it.
    const view = EntityView.parse(await get(entityUrl(UN, { asOf: day, statements: "summary" })));
    expect(view.sections?.find((s) => s.p === "member-of")?.held).toBe(n);
    expect(membersOnDay(view)).toBe(n);
    // The memberships list filtered by the organisation and the day names the same members.
    const rows = listMemberships(store, { with: UN, type: "member", asOf: day, asOfGiven: true, limit: 1000, offset: 0 });
    expect(new Set(rows.filter((r) => r.holds === "yes").map((r) => r.member.id))).toEqual(membersOn(day));
  });

  it("writes no member count on a state's page, whose member-of statements are its own memberships", async () => {
    const japan = EntityView.parse(await get(entityUrl("japan", { asOf: "2026-12-06", p: "member-of", limit: 50 })));
    expect(japan.statements.some((s) => s.p === "member-of")).toBe(true);
    expect(membersOnDay(japan)).toBeNull();
  });

  it.each(MEMBERS)("on %s included %j and not %j (%s)", (day, inUn, notInUn) => {
    const members = membersOn(day);
    for (const id of inUn) expect(members.has(id), id).toBe(true);
    for (const id of notInUn) expect(members.has(id), id).toBe(false);
  });

  it("gives China's seat to the Republic of China until 24 October 1971 and to the People's Republic from 25 October 1971 (GA resolution 2758)", () => {
    const seat = (day: string) => membersAsOf(world, UN, day).member.filter((m) => m.certain && m.role === "representation of China").map((m) => m.id);
    expect(seat("1945-10-24")).toEqual(["taiwan"]);
    expect(seat("1971-10-24")).toEqual(["taiwan"]);
    expect(seat("1971-10-25")).toEqual(["china"]);
    expect(seat("2026-12-06")).toEqual(["china"]);
  });

  it("records the Holy See and Palestine as observers, never as members (GA resolution 67/19 for Palestine, from 29 November 2012)", () => {
    const observers = (day: string) => membersAsOf(world, UN, day).observer.filter((m) => m.certain).map((m) => m.id);
    expect(observers("2012-11-28")).not.toContain("palestine");
    expect(observers("2012-11-29")).toContain("palestine");
    const members = world.withObject("member-of", UN).map((f) => f.subject);
    expect(members).not.toContain("holy-see");
    expect(members).not.toContain("palestine");
  });
});
