import type { Coverage } from "../model/results.js";
import { seriesCatalog } from "./series.js";
import type { Store } from "./store.js";

/** A day-precision EDTF date (no approximation): what "dated to the day" means here. */
const DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]";

/**
 * How complete the families analysts ask about are: agreements with signed and in-force dates to the
 * day (curated data and dataset rows apart), summits and visits, and the years each series covers.
 * Rejected statements and approximate dates (`1952~`) do not count as known.
 *
 * @example coverage(store).agreements.curated.signedShare // 0.902
 */
export function coverage(store: Store): Coverage {
  const rows = store
    .prepared(
      `SELECT e.origin NOT LIKE 'dataset:%' AS curated,
        EXISTS (SELECT 1 FROM statements s WHERE s.subject = e.id AND s.p = 'signed' AND s.status != 'rejected' AND s.time GLOB '[0-9][0-9][0-9][0-9]*') AS signedDated,
        EXISTS (SELECT 1 FROM statements s WHERE s.subject = e.id AND s.p = 'signed' AND s.status != 'rejected' AND s.time GLOB '${DAY}') AS signed,
        EXISTS (SELECT 1 FROM statements s WHERE s.subject = e.id AND s.p = 'in-force' AND s.status != 'rejected' AND s.time GLOB '[0-9][0-9][0-9][0-9]*') AS inforceDated,
        EXISTS (SELECT 1 FROM statements s WHERE s.subject = e.id AND s.p = 'in-force' AND s.status != 'rejected' AND s.time GLOB '${DAY}/*') AS inforce
       FROM entities e WHERE e.kind = 'agreement'`,
    )
    .all() as { curated: number; signedDated: number; signed: number; inforceDated: number; inforce: number }[];
  const share = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 1000 : 0);
  const precision = (keep: (r: (typeof rows)[number]) => boolean) => {
    const of = rows.filter(keep);
    const count = (k: "signedDated" | "signed" | "inforceDated" | "inforce") => of.filter((r) => r[k] === 1).length;
    return {
      total: of.length,
      signedDated: count("signedDated"),
      signedToDay: count("signed"),
      signedShare: share(count("signed"), of.length),
      inForceDated: count("inforceDated"),
      inForceToDay: count("inforce"),
      inForceShare: share(count("inforce"), count("inforceDated")),
    };
  };
  const byType = Object.fromEntries(
    (store.prepared("SELECT coalesce(type, 'other') AS k, count(*) AS n FROM entities WHERE kind = 'event' GROUP BY k ORDER BY n DESC, k").all() as { k: string; n: number }[]).map((r) => [r.k, r.n]),
  );
  const visitsSince1990 = (
    store
      .prepared("SELECT count(DISTINCT e.id) AS n FROM entities e JOIN statements s ON s.subject = e.id AND s.p = 'occurred' AND s.status != 'rejected' WHERE e.kind = 'event' AND e.type = 'visit' AND s.s_min >= '1990'")
      .get() as { n: number }
  ).n;
  return {
    agreements: { curated: precision((r) => r.curated === 1), datasets: precision((r) => r.curated !== 1), all: precision(() => true) },
    events: { byType, summits: byType.summit ?? 0, visits: byType.visit ?? 0, visitsSince1990 },
    series: seriesCatalog(store).series.map((s) => ({ name: s.name, from: s.from, to: s.to, years: s.to - s.from + 1, entities: s.entities })),
  };
}
