// Faults the as-of audit of TRUTH41 (session 38, test/asof/audit/sample-20261215.csv) found in answers drawn through the
// surfaces a reader uses (the API, the CLI's --json, the explorer's Japanese names), each with its named case and, where
// the fault was a class, an invariant over the whole knowledge base.
import { afterAll, describe, expect, it } from "vitest";
import { nameOnDay } from "../../src/kb/asof/names.js";
import { existence } from "../../src/kb/asof/status.js";
import { worldOf } from "../../src/kb/asof/store.js";
import { listOf } from "../../src/kb/list.js";
import { sharedStore } from "../helpers.js";

const store = sharedStore();
afterAll(() => store.close());
const world = worldOf(store);
const on = (asOf: string, extra: Record<string, string>) => ({ asOf, asOfGiven: true, limit: 1000, offset: 0, ...extra });
const agreementsWith = (state: string, day: string) => {
  const l = listOf(store, "agreements", on(day, { with: state }));
  return l.kind === "agreements" ? l.rows.map((r) => r.agreement.id) : [];
};
const members = (org: string, day: string) => {
  const l = listOf(store, "memberships", on(day, { with: org, type: "member" }));
  return l.kind === "memberships" ? [...new Set(l.rows.filter((r) => r.organization.id === org && r.role === "member").map((r) => r.member.id))].sort() : [];
};

describe("the agreements list by party (gaiko list agreements --with STATE --as-of DAY)", () => {
  it("lists no agreement in force with the Korean Empire in 1936: it had ceased in 1910, whatever its undated party-to of the annexation treaty says", () => {
    expect(agreementsWith("korean-empire", "1936-07-28")).toEqual([]);
    // While it existed, its treaties with Japan are listed (the 1907 treaty, in force in 1908).
    expect(agreementsWith("korean-empire", "1908-07-28")).toContain("japan-korea-treaty-1907");
  });

  it("lists no agreement in force with any state on a day after it ceased to exist (every seventh year after its last end)", () => {
    const ended = store.db
      .prepare("SELECT subject AS id, MAX(e_max) AS last FROM statements WHERE p = 'exists' AND status != 'rejected' AND subject IN (SELECT id FROM entities WHERE kind = 'state') GROUP BY subject HAVING SUM(e_open) = 0 AND COUNT(e_max) = COUNT(*) AND MAX(e_max) < '2020'")
      .all() as { id: string; last: string }[];
    expect(ended.length).toBeGreaterThan(30);
    const listed: string[] = [];
    for (const s of ended) {
      for (let y = Math.max(1850, Number(s.last.slice(0, 4)) + 1); y <= 2026; y += 7) {
        const day = `${y}-07-01`;
        if (existence(world, s.id, day).exists !== "no") continue;
        for (const a of agreementsWith(s.id, day)) listed.push(`${s.id} ${day} ${a}`);
      }
    }
    expect(listed).toEqual([]);
  });
});

describe("an organisation's members on a day (GET /api/v1/list/memberships?with=ORG&asOf=)", () => {
  it("gives the Far Eastern Commission's thirteen members in November 1951, the Allied Council's four seats (seven states) in 1948 and the East Asia Summit's eighteen in 2013", () => {
    expect(members("far-eastern-commission", "1951-11-20")).toHaveLength(13);
    expect(members("far-eastern-commission", "1946-10-13")).toHaveLength(11);
    expect(members("far-eastern-commission", "1953-01-01")).toEqual([]);
    // The four seats, and the three states the British Commonwealth member represented (listed as members, their role says how).
    expect(members("allied-council-for-japan", "1948-10-15")).toEqual(["australia", "india", "new-zealand", "taiwan", "united-kingdom", "united-states", "ussr"]);
    expect(members("allied-council-for-japan", "1952-11-07")).toEqual([]);
    expect(members("east-asia-summit", "2013-09-28")).toHaveLength(18);
    expect(members("east-asia-summit", "2010-06-01")).not.toContain("united-states");
  });

  it("has no member known only by an undated row in an organisation whose founding or existence is dated (the list reads no undated row on a day)", () => {
    const undated = store.db
      .prepare(
        `SELECT m.object || ' ' || m.subject AS pair FROM statements m WHERE m.p = 'member-of' AND m.time IS NULL AND m.status = 'accepted' AND m.origin NOT LIKE 'dataset:%'
         AND EXISTS (SELECT 1 FROM statements e WHERE e.subject = m.object AND e.p IN ('exists', 'founded') AND e.s_min IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM statements d WHERE d.subject = m.subject AND d.object = m.object AND d.p = 'member-of' AND d.s_min IS NOT NULL AND d.status != 'rejected')`,
      )
      .all() as { pair: string }[];
    expect(undated.map((r) => r.pair)).toEqual([]);
  });
});

describe("a state's name on its page (nameOnDay)", () => {
  it("is the United Republic of Tanganyika and Zanzibar between the union of April 1964 and the renaming of October", () => {
    expect(nameOnDay(store, "tanzania", "1964-08-31")).toEqual({ en: "United Republic of Tanganyika and Zanzibar", ja: "タンガニーカ・ザンジバル連合共和国" });
    expect(nameOnDay(store, "tanzania", "1963-06-01")?.en).toBe("Tanganyika");
    expect(nameOnDay(store, "tanzania", "1965-01-01")).toBeNull();
  });
});
