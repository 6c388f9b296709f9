import type { Importer } from "../types.js";
import { dayFrom, isMissing } from "../csv.js";
import { JAPAN_COW, rows, type ImportNote, runLocator, stateOrSkip, yearRuns, yearSpan } from "./common.js";
import { inText, namesOn } from "./summary-text.js";

/**
 * A militarized dispute's summary, naming Japan's adversary by its name in each language (the data
 * give only COW's abbreviation, USA or UKG).
 *
 * @example midSummary("13", { en: "United States", ja: "アメリカ合衆国" }, "2").ja // "日本とアメリカ合衆国の間の軍事化された国家間紛争（MID 13）。Dyadic MIDデータによる。最高敵対度は5段階中2。"
 */
export function midSummary(dispute: string, other: { en: string; ja: string }, hihost: string): { en: string; ja: string } {
  return {
    en: `A militarized interstate dispute between Japan and ${inText(other.en)} (MID ${dispute}), as coded in the Dyadic MID data; highest hostility level ${hihost} of 5.`,
    ja: `日本と${other.ja}の間の軍事化された国家間紛争（MID ${dispute}）。Dyadic MIDデータによる。最高敵対度は5段階中${hihost}。`,
  };
}

/**
 * The sides of a directed dyad's two states, from `sideaa` and `sideab` (1: on side A, the side that
 * made the first militarized move; 0: on side B). The row's order of states says nothing about sides:
 * the data list every dyad in both directions.
 *
 * @example sidesOf("0", "1") // ["side B", "side A"]
 */
export function sidesOf(sideaa: string, sideab: string): [string, string] | string {
  const side = (v: string) => (v === "1" ? "side A" : v === "0" ? "side B" : undefined);
  const [a, b] = [side(sideaa), side(sideab)];
  if (!a || !b) return `sideaa "${sideaa}" or sideab "${sideab}" is not 0 or 1`;
  if (a === b) return `both states on ${a} (sideaa = sideab = ${sideaa})`;
  return [a, b];
}

/** The note on a war coded by year. */
export const conflictNotes = {
  war: (warnum: string, y0: number, y1: number): ImportNote => ({
    note: `COW inter-state war number ${warnum}, coded by year (${y0}–${y1}).`,
    note_ja: `COW国家間戦争データの戦争番号${warnum}。年単位で記録（${y0}年から${y1}年まで）。`,
  }),
};

/**
 * COW inter-state wars and the dyadic MID data for Japan: a state of war with each enemy over the
 * war's years (compared with curated wars in the ledger), and one event per militarized dispute
 * between Japan and another state, with its dates and each state on its own side (`sideaa`, `sideab`).
 */
export const conflict: Importer = {
  name: "conflict",
  provenance: {
    dataset: "conflict-mids-wars-rivalries",
    title: "COW Inter-State War Data v4.0 and Dyadic MID Data v4.02",
    publisher: "Correlates of War Project",
    version: "war 4.0; dyadic MID 4.02",
    licence: "free for use with citation",
    citation: "Sarkees, Meredith Reid and Frank Wayman (2010), Resort to War: 1816-2007, CQ Press; Maoz, Zeev, Paul L. Johnson, Jasper Kaplan, Fiona Ogunkoya and Aaron Shreve (2019), The Dyadic Militarized Interstate Disputes (MIDs) Dataset Version 3.0, Journal of Conflict Resolution 63(3).",
  },
  files: ["cow_war_inter.csv", "dyadic_mid_4.02.csv"],
  extract: {
    "cow_war_inter.csv": (l) => l.split(",")[1] === "740",
    "dyadic_mid_4.02.csv": (l) => { const f = l.split(","); return f[2] === "740" || f[4] === "740"; },
  },
  async run(dir, sink) {
    // Each war and enemy's rows: year → line.
    const wars = new Map<string, Map<number, number>>();
    for await (const r of rows(sink, dir, "cow_war_inter.csv")) {
      if (r.get("ccode1") !== JAPAN_COW) continue;
      const enemy = stateOrSkip(sink, r.get("ccode2"), "cow_war_inter.csv", r.line, r.get("year"));
      if (!enemy) continue;
      const key = `${r.get("warnum")}|${enemy}`;
      const w = wars.get(key) ?? new Map<number, number>();
      w.set(Number(r.get("year")), r.line);
      wars.set(key, w);
      sink.took();
    }
    for (const [key, w] of wars) {
      const [warnum, enemy] = key.split("|") as [string, string];
      for (const [y0, y1] of yearRuns([...w.keys()])) {
        sink.statement({
          p: "at-war", subject: "japan", object: enemy, time: yearSpan(y0, y1), role: `COW war ${warnum}`,
          locator: runLocator("cow_war_inter.csv", w.get(y0)!, w.get(y1)!),
          ...conflictNotes.war(warnum, y0, y1),
        });
      }
    }
    const seen = new Set<string>();
    for await (const r of rows(sink, dir, "dyadic_mid_4.02.csv")) {
      const [a, b] = [r.get("statea"), r.get("stateb")];
      if (a !== JAPAN_COW && b !== JAPAN_COW) continue;
      const dispute = r.get("disno");
      // The data are directed: each dyad comes twice (A–B and B–A), once per year. One event per dispute and pair.
      const key = `${dispute}|${[a, b].sort().join("|")}`;
      if (seen.has(key)) continue;
      const sides = sidesOf(r.get("sideaa"), r.get("sideab"));
      if (typeof sides === "string") { sink.reject("dyadic_mid_4.02.csv", r.line, sides); continue; }
      const sa = stateOrSkip(sink, a, "dyadic_mid_4.02.csv", r.line, r.get("strtyr"));
      const sb = sa && stateOrSkip(sink, b, "dyadic_mid_4.02.csv", r.line, r.get("strtyr"));
      if (!sa || !sb) continue;
      const start = dayFrom(r.get("strtyr"), r.get("strtmnth"), isMissing(r.get("strtday")) ? "1" : r.get("strtday"));
      const end = dayFrom(r.get("endyear"), r.get("endmnth"), isMissing(r.get("endday")) ? "1" : r.get("endday"));
      if (typeof start !== "string") { sink.skip("dyadic_mid_4.02.csv", r.line, `start: ${start.error}`); continue; }
      if (typeof end !== "string") { sink.skip("dyadic_mid_4.02.csv", r.line, `end: ${end.error}`); continue; }
      seen.add(key);
      const other = a === JAPAN_COW ? sb : sa;
      // The state by its name in gaiko (Qing China, not the dataset's code CHN), in both languages, as it went by when
      // the dispute began: the Republic of China of 1927, not "Taiwan" (gaiko's id for it), which was then Japan's colony.
      const otherName = namesOn(sink, other, start);
      const id = `mid-${dispute}-japan-${other}`;
      const startText = isMissing(r.get("strtday")) ? start.slice(0, 7) : start;
      const endText = isMissing(r.get("endday")) ? end.slice(0, 7) : end;
      const locator = `dyadic_mid_4.02.csv line ${r.line}`;
      sink.entity({
        id, kind: "event", type: "incident", names: { en: `Militarized dispute ${dispute}: Japan and ${otherName.en}`, ja: `軍事化された国家間紛争 ${dispute}（日本・${otherName.ja}）` },
        summary: midSummary(dispute, otherName, r.get("hihost")),
        fields: { mid: Number(dispute) }, locator,
      });
      sink.statement({ p: "occurred", subject: id, time: startText === endText ? startText : `${startText}/${endText}`, locator });
      sink.statement({ p: "participant", subject: id, object: sa, role: sides[0], locator });
      sink.statement({ p: "participant", subject: id, object: sb, role: sides[1], locator });
      sink.took();
    }
  },
};
