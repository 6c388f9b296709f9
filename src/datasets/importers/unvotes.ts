import type { Importer } from "../types.js";
import { rowBatches, rows } from "./common.js";
import { checkDay } from "../csv.js";

/** Issue codes of the data, in the bit order used by `rollcalls.issues`. */
export const ISSUES = ["me", "nu", "di", "hr", "co", "ec"] as const;

/** Codes and names the ISO look-up cannot resolve: historical states and rows without a code. */
const HISTORICAL: Record<string, string> = {
  CS: "czechoslovakia",
  YU: "yugoslavia",
  DD: "east-germany",
  YD: "yemen-people-s-republic",
  "Federal Republic of Germany": "germany",
  "Yemen Arab Republic": "yemen-arab-republic",
  Zanzibar: "zanzibar",
};

/**
 * Codes that stand for two states over time in these data: the Soviet Union's votes are coded RU
 * until its end on 1991-12-26, Russia's after.
 */
const SUCCESSIONS: Record<string, [before: string, id: string][]> = { RU: [["1991-12-26", "ussr"]] };

/**
 * A roll call's id and day, or why the row cannot be one: an empty id is no id (Number("") would be
 * 0), a day must be on the calendar (1972-06-31 is not), and an id seen before keeps its first row.
 *
 * @example rollCallOf("3", "1972-06-31", new Map()) // '"1972-06-31" is not a date: 1972-06-31 is not a calendar date'
 */
export function rollCallOf(rcid: string, date: string, seen: Map<number, { line: number }>): { rcid: number; date: string } | string {
  if (rcid.trim() === "") return "rcid is empty";
  const id = Number(rcid);
  if (!/^\s*\d+\s*$/.test(rcid) || !Number.isSafeInteger(id)) return `rcid "${rcid}" is not a whole number`;
  const day = checkDay(date);
  if (typeof day !== "string") return `"${date}" is not a date: ${day.error}`;
  const first = seen.get(id);
  if (first) return `rcid ${id} repeats the roll call on line ${first.line} (the first is kept)`;
  return { rcid: id, date: day };
}

/**
 * UN General Assembly roll-call votes 1946–2020 (Voeten; CC0). Each roll call is stored with every
 * state's vote packed into one blob for the votes analytics. Namibia's code is the literal "NA",
 * which stays a code (the CSV reader never turns it into a missing value).
 */
export const unvotes: Importer = {
  name: "unvotes",
  provenance: {
    dataset: "unvotes",
    title: "United Nations General Assembly Voting Data (roll calls 1946–2020)",
    publisher: "Erik Voeten (Harvard Dataverse), via the unvotes R package",
    version: "UNVotes2021",
    licence: "CC0 1.0",
    citation: "Erik Voeten, Data and Analyses of Voting in the UN General Assembly, in Bob Reinalda (ed.), Routledge Handbook of International Organization (2013); data hdl:1902.1/12379.",
  },
  files: ["roll_calls.csv", "issues.csv", "unvotes.csv.gz"],
  async run(dir, sink) {
    const calls = new Map<number, { session: number; date: string; important: boolean; issues: number; resolution: string; short: string; line: number; votes: Map<string, 1 | 2 | 3> }>();
    for await (const r of rows(sink, dir, "roll_calls.csv")) {
      const call = rollCallOf(r.get("rcid"), r.get("date"), calls);
      if (typeof call !== "object") { sink.reject("roll_calls.csv", r.line, call); continue; }
      const { rcid, date } = call;
      calls.set(rcid, { session: Number(r.get("session")), date, important: r.get("importantvote") === "1", issues: 0, resolution: r.get("unres"), short: r.get("short"), line: r.line, votes: new Map() });
    }
    for await (const r of rows(sink, dir, "issues.csv")) {
      const c = calls.get(Number(r.get("rcid")));
      const bit = ISSUES.indexOf(r.get("short_name") as (typeof ISSUES)[number]);
      if (!c || bit < 0) { sink.skip("issues.csv", r.line, `unknown roll call "${r.get("rcid")}" or issue "${r.get("short_name")}"`); continue; }
      c.issues |= 1 << bit;
    }
    const byIso = new Map(sink.lookup<{ id: string; iso2: string }>("SELECT id, json_extract(body, '$.iso2') AS iso2 FROM entities WHERE kind = 'state' AND json_extract(body, '$.iso2') IS NOT NULL").map((s) => [s.iso2, s.id]));
    const unknown = new Set<string>();
    const VOTE = { yes: 1, abstain: 2, no: 3 } as const;
    const ussrExists = sink.exists("ussr");
    for await (const batch of rowBatches(sink, dir, "unvotes.csv.gz")) for (const r of batch) {
      const c = calls.get(Number(r.get("rcid")));
      const code = r.get("country_code");
      const earlier = c && SUCCESSIONS[code]?.find(([before, id]) => c.date < before && (id !== "ussr" || ussrExists))?.[1];
      const state = earlier ?? HISTORICAL[code] ?? (code ? byIso.get(code) : HISTORICAL[r.get("country")]);
      const vote = VOTE[r.get("vote") as keyof typeof VOTE];
      if (!c || !state || !vote) {
        const why = !c ? `unknown roll call "${r.get("rcid")}"` : !state ? `no state for code "${code}" (${r.get("country")})` : `vote "${r.get("vote")}" is not yes, abstain or no`;
        if (!unknown.has(why)) sink.skip("unvotes.csv.gz", r.line, why);
        unknown.add(why);
        continue;
      }
      c.votes.set(state, vote);
      sink.took();
    }
    for (const [rcid, c] of calls) sink.rollcall({ rcid, ...c, locator: `roll_calls.csv line ${c.line}` });
  },
};
