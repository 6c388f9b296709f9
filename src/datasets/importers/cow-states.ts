import type { Importer } from "../types.js";
import { dayFrom } from "../csv.js";
import { JAPAN_COW, kebab, rows, type ImportNote } from "./common.js";

/** The note on the existence of a state known only from the COW state system. */
export const cowStateNotes = {
  exists: (): ImportNote => ({ note: "Taken from its COW system membership.", note_ja: "COW国家システムへの加盟期間による。" }),
};

/**
 * The summary of a state known only from the COW state list; its code stays as a citation.
 *
 * @example cowStateSummary("240").ja // "COW（Correlates of War）国家システムの加盟国（COWコード240）。"
 */
export function cowStateSummary(code: string): { en: string; ja: string } {
  return {
    en: `A member of the Correlates of War state system (COW code ${code}).`,
    ja: `COW（Correlates of War）国家システムの加盟国（COWコード${code}）。`,
  };
}

const CONTIGUITY = ["", "land", "water up to 12 miles", "water up to 24 miles", "water up to 150 miles", "water up to 400 miles"];

/**
 * COW state system: every state's system-membership spells (creating the historical states the
 * curated data lacks, so every state of the system is present), and Japan's direct contiguity.
 * The file's last date, 2016-12-31, is the end of the data, not of the state: such spells are open.
 */
export const cowStates: Importer = {
  name: "cow-state-system",
  provenance: {
    dataset: "cow-state-system",
    title: "Correlates of War State System Membership v2016 and Direct Contiguity v3.2",
    publisher: "Correlates of War Project",
    version: "states2016; contiguity 3.2",
    licence: "free for use with citation",
    citation: "Correlates of War Project (2017), State System Membership List, v2016; Stinnett et al. (2002), The Correlates of War Project Direct Contiguity Data, Version 3.0, Conflict Management and Peace Science 19(2).",
  },
  files: ["cow_states.csv", "cow_contdir.csv", "cow_capitals.csv"],
  extract: { "cow_contdir.csv": (l) => l.startsWith("740,"), "cow_capitals.csv": (l) => l.startsWith("740,") },
  async run(dir, sink) {
    for await (const r of rows(sink, dir, "cow_states.csv")) {
      const code = r.get("ccode");
      const start = dayFrom(r.get("styear"), r.get("stmonth"), r.get("stday"));
      const end = dayFrom(r.get("endyear"), r.get("endmonth"), r.get("endday"));
      if (typeof start !== "string") { sink.skip("cow_states.csv", r.line, start.error); continue; }
      if (typeof end !== "string") { sink.skip("cow_states.csv", r.line, end.error); continue; }
      const open = end === "2016-12-31" && r.get("version") === "2016";
      const locator = `cow_states.csv line ${r.line}`;
      // One code, several states in gaiko (345: Serbia, Yugoslavia, Serbia and Montenegro, Serbia):
      // each piece of the spell goes to the state of its days, every piece citing this row.
      const pieces = sink.splitCow(code, start, open ? ".." : end);
      if (pieces.length) {
        for (const [id, from, to] of pieces) sink.statement({ p: "system-member", subject: id, time: `${from}/${to}`, locator });
        sink.took();
        continue;
      }
      // A code no state of gaiko holds: the state is known only from COW, so it is created, and its
      // membership spells are the best evidence of its existence.
      const name = r.get("statenme");
      const id = sink.exists(kebab(name)) ? `${kebab(name)}-cow${code}` : kebab(name);
      sink.entity({
        id, kind: "state", type: "historical", names: { en: name }, aliases: [{ text: r.get("stateabb"), lang: "en", kind: "abbreviation" }],
        summary: cowStateSummary(code), fields: { statehood: "historical", cow: Number(code) },
        locator,
      });
      sink.mapCow(code, id);
      const time = `${start}/${open ? ".." : end}`;
      sink.statement({ p: "system-member", subject: id, time, locator });
      sink.statement({ p: "exists", subject: id, time, locator, ...cowStateNotes.exists() });
      sink.took();
    }
    for await (const r of rows(sink, dir, "cow_contdir.csv")) {
      if (r.get("ccode1") !== JAPAN_COW) continue;
      const type = CONTIGUITY[Number(r.get("conttype"))];
      if (!type) { sink.skip("cow_contdir.csv", r.line, `contiguity type "${r.get("conttype")}" is not 1–5`); continue; }
      const start = r.get("stdate").slice(0, 7);
      const end = r.get("enddate").slice(0, 7) >= "2016-12" ? ".." : r.get("enddate").slice(0, 7);
      // The span is split where gaiko's state changes (COW's "China" is the ROC until 1949, then the PRC).
      const pieces = sink.splitCow(r.get("ccode2"), start, end);
      if (!pieces.length) { sink.skip("cow_contdir.csv", r.line, `COW code "${r.get("ccode2")}" is not in the concordance`); continue; }
      for (const [other, from, to] of pieces) {
        sink.statement({ p: "contiguous", subject: "japan", object: other, role: type, time: `${from.slice(0, 7)}/${to === ".." ? ".." : to.slice(0, 7)}`, locator: `cow_contdir.csv line ${r.line}` });
      }
      sink.took();
    }
    // Capitals over time (Kyoto until 1869, then Tokyo): the vendored extract holds Japan's; --from reads every state's.
    for await (const r of rows(sink, dir, "cow_capitals.csv")) {
      const state = sink.stateOfCow(r.get("ccode"), r.get("stdate"));
      if (!state) { sink.skip("cow_capitals.csv", r.line, `COW code "${r.get("ccode")}" is not in the concordance`); continue; }
      const end = r.get("enddate") >= "2024-12-31" ? ".." : r.get("enddate");
      sink.statement({ p: "attribute", subject: state, role: "capital (COW)", value: r.get("capital"), time: `${r.get("stdate")}/${end}`, locator: `cow_capitals.csv line ${r.line}` });
      sink.took();
    }
  },
};
