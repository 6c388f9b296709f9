import type { Importer } from "../types.js";
import { rows, type ImportNote } from "./common.js";
import { stateNamed } from "./series.js";
import { MISSION_PLACE_JA } from "../../model/mission-places.js";

/** Wikidata's kinds of mission, in Japanese; a kind not listed is named as Wikidata has it. */
const MISSION_JA: Record<string, string> = {
  embassy: "大使館",
  "consulate general": "総領事館",
  consulate: "領事館",
  "consular office": "領事事務所",
  "honorary consulate": "名誉領事館",
  "de facto embassy": "事実上の大使館",
  "de facto consulate": "事実上の領事館",
  "apostolic nunciature": "ローマ教皇庁大使館",
  mission: "外交公館",
};

/** The note on a mission seen in the snapshot: its kind and, where known, its city. */
export const embassyNotes = {
  observed: (type: string, city: string): ImportNote => ({
    note: `${type}${city ? ` in ${city}` : ""}; observed in the November 2022 Wikidata snapshot.`,
    note_ja: `${MISSION_JA[type] ?? `外交公館（${type}）`}${city ? `（所在地：${MISSION_PLACE_JA[city] ?? city}）` : ""}。2022年11月のWikidataスナップショットで確認。`,
  }),
};

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
    const byName = (name: string) => stateNamed(sink, name);
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
        locator: `${file} line ${r.line}`, ...embassyNotes.observed(type, city),
      });
      sink.took();
    }
  },
};
