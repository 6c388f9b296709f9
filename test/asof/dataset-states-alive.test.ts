// Invariant over the real knowledge base: an imported statement of a relation between states or to an
// agreement never names a state on days it did not exist. GGO coded the Japan–Korea fishing agreements of 1883
// and 1908 as South Korea's and the Soviet Union's treaties of 1925–1991 as Russia's; the importer now names
// the state that existed on the signing day (Joseon, the Korean Empire, the USSR).
import { afterAll, describe, expect, it } from "vitest";
import { sharedStore } from "../helpers.js";

const store = sharedStore();
afterAll(() => store.close());

const RELATIONS = ["signatory-of", "party-to", "diplomatic-relations", "no-relations", "recognizes", "at-war", "alliance", "member-of"];

describe("imported relations name states that existed on their days", () => {
  it.each(["subject", "object"])("holds for every dataset statement's %s", (end) => {
    const wrong = store.db
      .prepare(
        `SELECT s.id, s.${end} AS state, s.p, s.time, s.origin FROM statements s JOIN entities x ON x.id = s.${end} AND x.kind = 'state'
         WHERE s.origin LIKE 'dataset:%' AND s.p IN (${RELATIONS.map(() => "?").join(",")}) AND s.s_max IS NOT NULL
           AND EXISTS (SELECT 1 FROM statements e WHERE e.subject = s.${end} AND e.p = 'exists' AND e.status != 'rejected')
           AND NOT EXISTS (SELECT 1 FROM statements e WHERE e.subject = s.${end} AND e.p = 'exists' AND e.status != 'rejected'
             AND (e.s_min IS NULL OR e.s_min <= s.s_max) AND (e.e_open = 1 OR e.e_max IS NULL OR e.e_max >= s.s_min))`,
      )
      .all(...RELATIONS);
    expect(wrong).toEqual([]);
  });

  it("names Joseon and the Korean Empire, not South Korea, as parties to the fishing agreements of 1883 and 1908", () => {
    const signers = store.db.prepare("SELECT object, subject FROM statements WHERE object IN ('ggo-jpn-1883a', 'ggo-jpn-1908a') AND p = 'signatory-of' AND subject != 'japan' ORDER BY object").all();
    // The two instruments are in the vendored GGO extract (data/vendor/treaties-globalgov), so the full build always holds them.
    expect(signers).toEqual([{ object: "ggo-jpn-1883a", subject: "joseon" }, { object: "ggo-jpn-1908a", subject: "korean-empire" }]);
  });
});
