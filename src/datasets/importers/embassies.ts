import type { Importer } from "../types.js";
import { rows, type ImportNote } from "./common.js";

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

/** Places in Japan that host missions, as Japanese writes them; places abroad keep Wikidata's (Latin) name. */
const PLACE_JA: Record<string, string> = {
  Tokyo: "東京", "Chiyoda-ku": "千代田区", "Minato-ku": "港区", "Meguro-ku": "目黒区", "Setagaya-ku": "世田谷区", "Shibuya-ku": "渋谷区",
  "Shinagawa-ku": "品川区", "Kita-Shinagawa": "北品川", Shinjuku: "新宿", Akasaka: "赤坂", Azabudai: "麻布台", "Higashi-Azabu": "東麻布",
  "Nishi-Azabu": "西麻布", Roppongi: "六本木", Kudanminami: "九段南", "Tōyama": "戸山", Yokohama: "横浜", "Yamatechō": "山手町",
  Osaka: "大阪", "Osaka Prefecture": "大阪府", "Kyūtarō-machi": "久太郎町", Toyonaka: "豊中", Sakai: "堺", "Kōbe": "神戸",
  "Chūō-ku": "中央区", "Chuo-ku": "中央区", "Kita-ku": "北区", "Minami-ku": "南区", Kyoto: "京都", Nagoya: "名古屋", Hamamatsu: "浜松",
  Niigata: "新潟", Sendai: "仙台", Sapporo: "札幌", Hakodate: "函館", Fukuoka: "福岡", "Fukuoka Prefecture": "福岡県", Kasuga: "春日",
  Nagasaki: "長崎", Kumoji: "久茂地",
};

/** The note on a mission seen in the snapshot: its kind and, where known, its city. */
export const embassyNotes = {
  observed: (type: string, city: string, inJapan: boolean): ImportNote => ({
    note: `${type}${city ? ` in ${city}` : ""}; observed in the November 2022 Wikidata snapshot.`,
    note_ja: `${MISSION_JA[type] ?? `外交公館（${type}）`}${city ? `（所在地：${(inJapan && PLACE_JA[city]) || city}）` : ""}。2022年11月のWikidataスナップショットで確認。`,
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
        locator: `${file} line ${r.line}`, ...embassyNotes.observed(type, city, host === "japan"),
      });
      sink.took();
    }
  },
};
