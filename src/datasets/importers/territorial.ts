import type { Importer } from "../types.js";
import { isMissing } from "../csv.js";
import { JAPAN_COW, rows, stateOrSkip } from "./common.js";
import { inText, namesOf } from "./summary-text.js";

/**
 * A territorial change's summary: territory passing from the loser (or no previous state) to the gainer.
 *
 * @example territorySummary({ en: "Japan", ja: "日本" }, { en: "Russian Empire", ja: "ロシア帝国" }, "1875", 32348).ja // "1875年に日本からロシア帝国へ移った領土（32,348 km²）。COW領土変更データによる。"
 */
export function territorySummary(loser: { en: string; ja: string } | undefined, gainer: { en: string; ja: string }, year: string, area: number | undefined): { en: string; ja: string } {
  const km2 = area === undefined ? "" : `（${area.toLocaleString("en")} km²）`;
  return {
    en: `Territory passing from ${loser ? inText(loser.en) : "no previous state"} to ${inText(gainer.en)} in ${year}${area === undefined ? "" : ` (${area.toLocaleString("en")} km²)`}, as coded by the COW territorial change data.`,
    ja: `${year}年に${loser ? `${loser.ja}から` : "先行する国家のない地域から"}${gainer.ja}へ移った領土${km2}。COW領土変更データによる。`,
  };
}

/** COW territorial changes in which Japan gained or lost territory, as events with both sides. */
export const territorial: Importer = {
  name: "territorial-change",
  provenance: {
    dataset: "cow-territorial-change",
    title: "COW Territorial Change Data, 1816–2014 (v5)",
    publisher: "Correlates of War Project",
    version: "5",
    licence: "free for use with citation",
    citation: "Tir, Jaroslav, Philip Schafer, Paul F. Diehl and Gary Goertz (1998), Territorial Changes, 1816-1996, Conflict Management and Peace Science 16: 89-97.",
  },
  files: ["tc2014.csv"],
  extract: { "tc2014.csv": (l) => { const f = l.split(","); return f[2] === "740" || f[10] === "740"; } },
  async run(dir, sink) {
    const file = "tc2014.csv";
    for await (const r of rows(sink, dir, file)) {
      const [gainer, loser] = [r.get("gainer"), r.get("loser")];
      if (gainer !== JAPAN_COW && loser !== JAPAN_COW) continue;
      const year = r.get("year");
      const month = r.get("month");
      if (!/^\d{4}$/.test(year)) { sink.skip(file, r.line, `year "${year}" is not a year`); continue; }
      if (!isMissing(month) && !(Number(month) >= 1 && Number(month) <= 12)) { sink.skip(file, r.line, `month "${month}" is not a month`); continue; }
      const g = stateOrSkip(sink, gainer, file, r.line, year);
      const l = isMissing(loser) ? undefined : stateOrSkip(sink, loser, file, r.line, year);
      if (!g || (!isMissing(loser) && !l)) continue;
      const number = r.get("number");
      const id = `territorial-change-${number}`;
      const gName = namesOf(sink, g);
      const lName = l ? namesOf(sink, l) : undefined;
      const area = isMissing(r.get("area")) ? undefined : Number(r.get("area"));
      const locator = `${file} line ${r.line}`;
      sink.entity({
        id, kind: "event", type: "other", names: { en: `Territorial change ${number}: ${lName?.en ?? "no previous state"} to ${gName.en}, ${year}`, ja: `領土変更 ${number}（${year}年）` },
        summary: territorySummary(lName, gName, year, area), fields: { cowTerritorialChange: Number(number) }, locator,
      });
      sink.statement({ p: "occurred", subject: id, time: isMissing(month) ? year : `${year}-${month.padStart(2, "0")}`, locator });
      sink.statement({ p: "participant", subject: id, object: g, role: "gainer", locator });
      if (l) sink.statement({ p: "participant", subject: id, object: l, role: "loser", locator });
      sink.took();
    }
  },
};
