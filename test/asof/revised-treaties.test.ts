// The revised treaties of 1894–1897 (TRUTH42, plan "j" of the as-of audit): 'gaiko list agreements --with switzerland
// --as-of 1905-10-05' gave nothing, though Japan had told the treaty powers that all its revised treaties would be in
// force from 17 July 1899 (FRUS 1898, doc. 387). The Swiss, Belgian and Swedish-Norwegian treaties of 1896 had no
// in-force statement at all, so the engine could not tell them from treaties never in force. The class: a treaty of
// commerce Japan signed from 1894 to 1897 with a state party to one of its treaties of 1854–1873 still binding then (a
// revision of it; not the Qing's treaty of 1896, made after the war had ended that of 1871) records when it came into force.
import { afterAll, describe, expect, it } from "vitest";
import { agreementAsOf } from "../../src/kb/asof/agreements.js";
import { worldOf } from "../../src/kb/asof/store.js";
import { sharedStore } from "../helpers.js";

const store = sharedStore();
afterAll(() => store.close());
const SWISS_1896 = "japan-switzerland-treaty-of-amity-establishment-and-commerce-1896";

/** Japan's bilateral treaties signed 1894-07-16 to 1897 with a partner to one of its treaties signed 1854–1873 not ended before. */
function revisedTreaties(): { id: string; partner: string; start: string | null }[] {
  return store.db
    .prepare(
      `SELECT g.subject AS id, o.subject AS partner, (SELECT MIN(f.s_min) FROM statements f WHERE f.subject = g.subject AND f.p = 'in-force' AND f.status != 'rejected') AS start
       FROM statements g JOIN statements j ON j.object = g.subject AND j.p = 'party-to' AND j.subject = 'japan'
       JOIN statements o ON o.object = g.subject AND o.p = 'party-to' AND o.subject != 'japan' AND o.subject IN (SELECT id FROM entities WHERE kind = 'state')
       WHERE g.p = 'signed' AND g.s_min BETWEEN '1894-07-16' AND '1897-12-31' AND g.origin NOT LIKE 'dataset:%'
         AND EXISTS (SELECT 1 FROM statements e JOIN statements eg ON eg.subject = e.object AND eg.p = 'signed' AND eg.s_min BETWEEN '1854' AND '1873-12-31'
                     JOIN statements ej ON ej.object = e.object AND ej.p = 'party-to' AND ej.subject = 'japan'
                     WHERE e.p = 'party-to' AND e.subject = o.subject
                       AND NOT EXISTS (SELECT 1 FROM statements x WHERE x.subject = e.object AND x.p = 'in-force' AND x.e_open = 0 AND x.e_max < g.s_min))
       GROUP BY g.subject, o.subject ORDER BY g.subject`,
    )
    .all() as { id: string; partner: string; start: string | null }[];
}

describe("Japan's revised treaties of 1894–1897", () => {
  it("finds the revisions with the treaty powers, the Swiss, Belgian and Swedish-Norwegian treaties of 1896 among them", () => {
    const ids = new Set(revisedTreaties().map((r) => r.id));
    for (const id of [SWISS_1896, "japan-belgium-treaty-of-commerce-and-navigation-1896", "japan-sweden-norway-treaty-of-commerce-and-navigation-1896", "us-japan-treaty-of-commerce-and-navigation-1894"]) expect(ids, id).toContain(id);
  });

  it("each record when it came into force, no later than the 17 July 1899 Japan announced for all of them", () => {
    const missing = revisedTreaties().filter((r) => !r.start || r.start > "1899-07-17");
    expect(missing.map((r) => `${r.id} (${r.partner}): ${r.start ?? "no in-force statement"}`)).toEqual([]);
  });

  it("reads the Swiss treaty of 1896 as not yet in force in 1898 and begun in 1899, its end unread (status unknown in 1905, never 'not yet')", () => {
    const world = worldOf(store);
    expect(agreementAsOf(world, SWISS_1896, "1898-01-01").state).toBe("not-yet");
    const a = agreementAsOf(world, SWISS_1896, "1905-10-05");
    expect(a.state).toBe("unknown");
    expect(a.since).toBe("1899-07-17");
  });
});
