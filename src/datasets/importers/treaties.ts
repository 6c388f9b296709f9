import type { Importer, ImportSink } from "../types.js";
import { checkDay, isMissing } from "../csv.js";
import { corroborate, curatedAgreements, match } from "./agreements.js";
import { kebab, rows } from "./common.js";
import { resolveState } from "./series.js";

/**
 * Reads a "messy date" of the GGO data: `1951-09-08`, `1980-09-01?` (uncertain), `2011-01-01~`
 * (approximate) or a year; the qualifier is kept as EDTF. Impossible dates such as `1972-06-31?`
 * are refused with the reason.
 *
 * @example messyDate("1980-09-01?") // "1980-09-01?"
 */
export function messyDate(v: string): string | undefined | { error: string } {
  const s = v.trim();
  if (isMissing(s)) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})([?~%]?)$/.exec(s);
  if (m) {
    const d = checkDay(m[1]!);
    return typeof d === "string" ? d + m[2] : { error: `"${s}": ${d.error}` };
  }
  if (/^\d{4}[?~]?$/.test(s)) return s;
  return { error: `"${s}" is not a date` };
}

const TYPES: Record<string, string> = { Trade: "trade", Security: "security", Environment: "convention" };

function stateOfIso(sink: ImportSink, code: string): string | undefined {
  return resolveState(sink, undefined, code, undefined);
}

/**
 * GGO/HUGGO treaties (CC BY 4.0): every treaty Japan is a party to, with Japan's own signature,
 * ratification and entry-into-force dates, and, for bilateral treaties, the partner's dates too. A
 * bilateral trade treaty that matches a curated agreement (same partner, dates within a year: the
 * Japan–Philippines EPA) adds no agreement of its own: its dates become further sources of the
 * curated agreement's, or dataset statements beside them where they differ.
 */
export const treaties: Importer = {
  name: "treaties",
  provenance: {
    dataset: "treaties-globalgov",
    title: "manytreaties: GGO/HUGGO agreements and state parties",
    publisher: "globalgov project (James Hollway et al.)",
    version: "manytreaties 1.0.0",
    licence: "CC BY 4.0",
    citation: "Hollway, James et al., manytreaties: Agreements and Parties (GGO/HUGGO), globalgov, v1.0.0.",
  },
  files: ["agreements_GGO.csv", "parties_GGO.csv.gz"],
  extract: { "parties_GGO.csv.gz": (l) => l.includes("JPN") },
  async run(dir, sink) {
    const meta = new Map<string, { ambit: string; domain: string; line: number; end: string | undefined }>();
    for await (const r of rows(sink, dir, "agreements_GGO.csv")) {
      // GGO codes a termination in Term, and an agreement with no end as End 9999-12-31.
      const term = messyDate(r.get("Term"));
      const end = typeof term === "string" ? term : r.get("End").trim() === "9999-12-31" ? ".." : undefined;
      meta.set(r.get("treatyID"), { ambit: r.get("TypeAmbit"), domain: r.get("TypeDomain"), line: r.line, end });
    }
    const japanese = new Set<string>();
    const file = "parties_GGO.csv.gz";
    const partyRows: { state: string; treaty: string; title: string; sig?: string; force?: string; end?: string; ratif?: string; treatySig?: string; treatyForce?: string; line: number }[] = [];
    for await (const r of rows(sink, dir, file)) {
      const dates = ["StateSignature", "StateRatification", "StateForce", "StateEnd", "Signature", "Force"].map((c) => messyDate(r.get(c)));
      const bad = dates.find((d): d is { error: string } => typeof d === "object");
      if (bad) { sink.skip(file, r.line, bad.error); continue; }
      const [sig, ratif, force, end, treatySig, treatyForce] = dates as (string | undefined)[];
      const row = { state: r.get("stateID"), treaty: r.get("treatyID"), title: r.get("Title"), sig, ratif, force, end, treatySig, treatyForce, line: r.line };
      if (row.state === "JPN") japanese.add(row.treaty);
      // Only Japan's rows and rows of treaties whose id names Japan (its bilateral ones) are needed.
      if (row.state === "JPN" || row.treaty.includes("JPN")) partyRows.push(row);
    }
    const curated = curatedAgreements(sink);
    const partnerOf = new Map<string, string>();
    for (const row of partyRows) {
      if (row.state === "JPN" || meta.get(row.treaty)?.ambit !== "Bilateral") continue;
      const state = stateOfIso(sink, row.state);
      if (state) partnerOf.set(row.treaty, state);
    }
    // Once per treaty: Japan's row and the partner's carry the same treaty dates.
    const matched = new Map<string, string | undefined>();
    const sameAs = (treaty: string, title: string, line: number, sig?: string, force?: string) => {
      if (!matched.has(treaty)) {
        const partner = meta.get(treaty)?.domain === "Trade" ? partnerOf.get(treaty) : undefined;
        matched.set(treaty, partner ? match(sink, { id: treaty, file, line, title, signature: sig, force, partners: new Set([partner]) }, curated) : undefined);
      }
      return matched.get(treaty);
    };
    for (const row of partyRows) {
      if (!japanese.has(row.treaty)) continue;
      const m = meta.get(row.treaty);
      const bilateral = m?.ambit === "Bilateral";
      if (row.state !== "JPN" && !bilateral) continue;
      const state = row.state === "JPN" ? "japan" : stateOfIso(sink, row.state);
      if (!state) { sink.skip(file, row.line, `state code "${row.state}" is not in the concordance`); continue; }
      const locator = `${file} line ${row.line}`;
      const curatedId = sameAs(row.treaty, row.title, row.line, row.treatySig, row.treatyForce);
      if (curatedId) {
        if (row.state === "JPN" && row.treatySig) corroborate(sink, "signed", curatedId, undefined, row.treatySig, locator);
        if (row.sig) corroborate(sink, "signatory-of", state, curatedId, row.sig, locator);
        const since = row.force ?? row.ratif;
        if (since) corroborate(sink, "party-to", state, curatedId, since, locator);
        sink.took();
        continue;
      }
      const id = `ggo-${kebab(row.treaty)}`;
      if (sink.entity({
        id, kind: "agreement", type: TYPES[m?.domain ?? ""] ?? "other", names: { en: row.title }, fields: { scope: bilateral ? "bilateral" : "multilateral", ggo: row.treaty },
        summary: `${row.title}: a ${bilateral ? "bilateral" : "multilateral"} agreement listed in the GGO treaty data (${row.treaty}).`, locator,
      })) {
        if (row.treatySig) sink.statement({ p: "signed", subject: id, time: row.treatySig, locator });
        if (row.treatyForce) {
          const end = m?.end && (m.end === ".." || m.end.replace(/[?~%]/g, "") >= row.treatyForce.replace(/[?~%]/g, "")) ? m.end : "";
          const note = end === ".." ? "Entry into force from the GGO data, which codes no end (End 9999-12-31)." : end ? "Entry into force and termination (Term) from the GGO data; how it ended is not coded." : "Entry into force from the GGO data; its end, if any, is not coded here.";
          sink.statement({ p: "in-force", subject: id, time: `${row.treatyForce}/${end}`, locator: end ? `${locator}; agreements_GGO.csv line ${m!.line}` : locator, note });
        }
      }
      if (row.sig) sink.statement({ p: "signatory-of", subject: state, object: id, time: row.sig, locator });
      const from = row.force ?? row.ratif;
      if (from) sink.statement({ p: "party-to", subject: state, object: id, time: `${from}/${row.end ?? ""}`, locator, note: row.force ? undefined : "From ratification; the state's own entry into force is not coded." });
      sink.took();
    }
  },
};
