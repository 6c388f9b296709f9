import type { Importer } from "../types.js";
import { rows } from "./common.js";

/**
 * Wikidata's diplomatic missions (CC0, November 2022 snapshot): Japan's embassies and consulates
 * abroad and other states' missions in Japan, each as a mission observed in that month.
 */
export const embassies: Importer = {
  name: "embassies",
  provenance: {
    dataset: "embassies-wikidata",
    title: "database-of-embassies (Wikidata), Japan subset, November 2022",
    publisher: "Wikidata contributors (database-of-embassies)",
    version: "2022-11",
    licence: "CC0 1.0",
    citation: "Wikidata, diplomatic missions (Q7843791 and subclasses), extracted by the database-of-embassies project, November 2022.",
  },
  files: ["japan_missions_subset.csv"],
  async run(dir, sink) {
    const file = "japan_missions_subset.csv";
    const byName = (name: string) =>
      sink.lookup<{ entity_id: string }>("SELECT n.entity_id FROM names n JOIN entities e ON e.id = n.entity_id WHERE e.kind = 'state' AND n.text = ? COLLATE NOCASE LIMIT 1", name)[0]?.entity_id;
    for await (const r of rows(sink, dir, file, { delimiter: ";" })) {
      const operator = byName(r.get("operator"));
      const host = byName(r.get("country"));
      if (!operator || !host) { sink.skip(file, r.line, `no state named "${operator ? r.get("country") : r.get("operator")}"`); continue; }
      if (operator !== "japan" && host !== "japan") continue;
      if (operator === host) continue; // missions to international organisations in the same country
      const type = r.get("type") || "mission";
      const city = r.get("city");
      sink.statement({
        p: "diplomatic-mission", subject: operator, object: host, role: city ? `${type}, ${city}` : type, time: "2022-11",
        locator: `${file} line ${r.line}`, note: `${type}${city ? ` in ${city}` : ""}; observed in the November 2022 Wikidata snapshot.`,
      });
      sink.took();
    }
  },
};
