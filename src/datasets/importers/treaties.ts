import type { Importer, ImportSink } from "../types.js";
import { checkDay, isMissing } from "../csv.js";
import { corroborate, curatedAgreements, match } from "./agreements.js";
import { bareDate, kebab, rows, type ImportNote } from "./common.js";
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

/** The notes on GGO's dates: entry into force with or without an end, and a party's date from ratification. */
export const treatyNotes = {
  inForceOpen: (): ImportNote => ({
    note: "Entry into force from the GGO data, which codes no end (End 9999-12-31).",
    note_ja: "発効日はGGOデータによる。同データに終了日の記載はない（End 9999-12-31）。",
  }),
  inForceEnded: (): ImportNote => ({
    note: "Entry into force and termination (Term) from the GGO data; how it ended is not coded.",
    note_ja: "発効日と終了日（Term）はGGOデータによる。終了の経緯は記録されていない。",
  }),
  inForceEndUnknown: (): ImportNote => ({
    note: "Entry into force from the GGO data; its end, if any, is not coded here.",
    note_ja: "発効日はGGOデータによる。終了の有無と時期はここでは記録されていない。",
  }),
  fromRatification: (): ImportNote => ({
    note: "From ratification; the state's own entry into force is not coded.",
    note_ja: "批准日から。当該国についての発効日は記録されていない。",
  }),
};

/**
 * An agreement's summary in English and Japanese: the Japanese title where the build gives one
 * (data/agreement-names), else the English title quoted and called so; GGO's treaty id stays as a citation.
 *
 * @example treatySummary("Fisheries Agreement", "日韓漁業協定", true, "JPN-KOR_1965A").ja // "日韓漁業協定：GGO条約データに掲載された二国間協定（JPN-KOR_1965A）。"
 */
export function treatySummary(title: string, titleJa: string | undefined, bilateral: boolean, treaty: string): { en: string; ja: string } {
  const kindJa = bilateral ? "二国間協定" : "多数国間協定";
  return {
    en: `${title}: a ${bilateral ? "bilateral" : "multilateral"} agreement listed in the GGO treaty data (${treaty}).`,
    ja: titleJa ? `${titleJa}：GGO条約データに掲載された${kindJa}（${treaty}）。` : `英語の題名「${title}」としてGGO条約データに掲載された${kindJa}（${treaty}）。`,
  };
}

const TYPES: Record<string, string> = { Trade: "trade", Security: "security", Environment: "convention" };

interface Meta { ambit: string; domain: string; line: number; end: string | undefined; title: string; signature: string; rawEnd: string }
interface PartyRow { state: string; treaty: string; title: string; rawEnd: string; sig?: string; force?: string; end?: string; ratif?: string; treatySig?: string; treatyForce?: string; line: number }

/** One instrument: GGO gives some distinct treaties one id (three US–Japan fishery notes of 1974 share `JPN-USA_1974N`). */
const instrumentKey = (r: { treaty: string; title: string; treatySig?: string }) => `${r.treaty}|${r.title.toLowerCase()}|${r.treatySig ?? ""}`;

/**
 * An entity id per instrument: `ggo-<treatyID>` where the id names one treaty, and `ggo-<treatyID>-<n>`
 * for each of several distinct treaties (different title or signature date) that share it, numbered in
 * order of signature date, then title, so that the ids do not depend on the order of the rows.
 *
 * @example instrumentIds([{ treaty: "JPN-USA_1974N", title: "Salmon", treatySig: "1974-12-24" }, { treaty: "JPN-USA_1974N", title: "Crab", treatySig: "1974-12-24" }]) // Crab → ggo-jpn-usa-1974n-1, Salmon → -2
 */
export function instrumentIds(rows: { treaty: string; title: string; treatySig?: string }[]): Map<string, string> {
  const byTreaty = new Map<string, Map<string, { title: string; sig: string }>>();
  for (const r of rows) {
    const m = byTreaty.get(r.treaty) ?? new Map<string, { title: string; sig: string }>();
    m.set(instrumentKey(r), { title: r.title.toLowerCase(), sig: r.treatySig ?? "" });
    byTreaty.set(r.treaty, m);
  }
  const out = new Map<string, string>();
  for (const [treaty, instruments] of byTreaty) {
    const base = `ggo-${kebab(treaty)}`;
    const sorted = [...instruments].sort(([, a], [, b]) => (a.sig === b.sig ? (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) : a.sig < b.sig ? -1 : 1));
    sorted.forEach(([key], i) => out.set(key, sorted.length === 1 ? base : `${base}-${i + 1}`));
  }
  return out;
}

/** The agreements_GGO row for an instrument: the same title, else the same signature and end, else the same signature. */
function metaOf(candidates: Meta[], row: PartyRow): Meta | undefined {
  if (candidates.length < 2) return candidates[0];
  const title = row.title.toLowerCase();
  const sig = row.treatySig?.replace(/[?~%]$/, "");
  return (
    candidates.find((c) => c.title.toLowerCase() === title) ??
    candidates.find((c) => c.signature.replace(/[?~%]$/, "") === sig && c.rawEnd === row.rawEnd) ??
    candidates.find((c) => c.signature.replace(/[?~%]$/, "") === sig) ??
    candidates[0]
  );
}

/**
 * The curated agreements that name GGO treaty ids in `ggo:` (see AgreementEntity): treatyID → the
 * curated id, and the signature day when the link names one (`UNCLOS_1982A@1994-07-28`).
 */
function linkedAgreements(sink: ImportSink): Map<string, { curated: string; sig?: string }[]> {
  const out = new Map<string, { curated: string; sig?: string }[]>();
  const rows = sink.lookup<{ id: string; ggo: string }>(
    "SELECT id, json_extract(body, '$.ggo') AS ggo FROM entities WHERE kind = 'agreement' AND origin NOT LIKE 'dataset:%' AND json_type(body, '$.ggo') = 'array'",
  );
  for (const r of rows) {
    for (const link of JSON.parse(r.ggo) as string[]) {
      const [treaty, sig] = link.split("@") as [string, string | undefined];
      out.set(treaty, [...(out.get(treaty) ?? []), { curated: r.id, sig }]);
    }
  }
  return out;
}

/**
 * The curated agreement a row's instrument is linked to by `ggo:`, if any: a link with a day takes
 * only the instruments signed that day.
 *
 * @example linkedTo(links, { treaty: "UNCLOS_1982A", treatySig: "1995-08-04" }) // undefined when the link reads UNCLOS_1982A@1994-07-28
 */
export function linkedTo(links: Map<string, { curated: string; sig?: string }[]>, row: { treaty: string; treatySig?: string }): string | undefined {
  const sig = row.treatySig?.replace(/[?~%]$/, "");
  return links.get(row.treaty)?.find((l) => !l.sig || l.sig === sig)?.curated;
}

/**
 * Earlier states an ISO code's rows may mean, which no successor-of statement links to today's state (GGO
 * codes Joseon's and the Korean Empire's treaties with Japan as KOR).
 */
const EARLIER: Record<string, string[]> = { KOR: ["joseon", "korean-empire"] };

/**
 * The state an ISO code stands for on a day: today's state if it existed then, else the predecessor
 * (by successor-of, or EARLIER) that did; undefined when none did (the row is then reported, not taken).
 *
 * @example stateOfIso(sink, "RUS", "1925-01-20") // "ussr"
 */
function stateOfIso(sink: ImportSink, code: string, day?: string): string | undefined {
  const id = resolveState(sink, undefined, code, undefined);
  if (!id || !day) return id;
  const alive = (s: string) => {
    const spans = sink.lookup<{ s_min: string | null; e_max: string | null; e_open: number | null }>("SELECT s_min, e_max, e_open FROM statements WHERE subject = ? AND p = 'exists' AND status != 'rejected'", s);
    return !spans.length || spans.some((x) => (!x.s_min || x.s_min <= day) && (x.e_open === 1 || !x.e_max || day <= x.e_max));
  };
  const chain: string[] = [id];
  for (let i = 0; i < chain.length && chain.length < 8; i++)
    for (const r of sink.lookup<{ object: string }>("SELECT object FROM statements WHERE subject = ? AND p = 'successor-of' AND status != 'rejected' AND object IS NOT NULL", chain[i]!)) chain.push(r.object);
  return [...chain, ...(EARLIER[code] ?? [])].find(alive);
}

/**
 * GGO/HUGGO treaties (CC BY 4.0): every treaty Japan is a party to, with Japan's own signature,
 * ratification and entry-into-force dates, and, for bilateral treaties, the partner's dates too. A
 * bilateral trade treaty that matches a curated agreement (same partner, dates within a year: the
 * Japan–Philippines EPA) adds no agreement of its own, nor does a treaty a curated agreement names in
 * `ggo:` (the CTBT, CITES…): its dates become further sources of the curated agreement's, or dataset
 * statements beside them where they differ.
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
    const metas = new Map<string, Meta[]>();
    for await (const r of rows(sink, dir, "agreements_GGO.csv")) {
      // GGO codes a termination in Term, and an agreement with no end as End 9999-12-31.
      const term = messyDate(r.get("Term"));
      const end = typeof term === "string" ? term : r.get("End").trim() === "9999-12-31" ? ".." : undefined;
      const m = { ambit: r.get("TypeAmbit"), domain: r.get("TypeDomain"), line: r.line, end, title: r.get("Title"), signature: r.get("Signature"), rawEnd: r.get("End") };
      metas.set(r.get("treatyID"), [...(metas.get(r.get("treatyID")) ?? []), m]);
    }
    const file = "parties_GGO.csv.gz";
    const partyRows: PartyRow[] = [];
    for await (const r of rows(sink, dir, file)) {
      const dates = ["StateSignature", "StateRatification", "StateForce", "StateEnd", "Signature", "Force"].map((c) => messyDate(r.get(c)));
      const bad = dates.find((d): d is { error: string } => typeof d === "object");
      if (bad) { sink.skip(file, r.line, bad.error); continue; }
      // GGO writes 9999-12-31 for a state's entry into force that has not happened (Japan and the CTBT), and for a
      // state's end that has not come (a party still): the end is then open, not a day in the year 9999.
      const [sig, ratif, force, end, treatySig, treatyForce] = (dates as (string | undefined)[]).map((d, i) => (d !== "9999-12-31" ? d : i < 3 ? undefined : i === 3 ? ".." : d));
      const row = { state: r.get("stateID"), treaty: r.get("treatyID"), title: r.get("Title"), rawEnd: r.get("End"), sig, ratif, force, end, treatySig, treatyForce, line: r.line };
      // Only Japan's rows and rows of treaties whose id names Japan (its bilateral ones) are needed.
      if (row.state === "JPN" || row.treaty.includes("JPN")) partyRows.push(row);
    }
    const ids = instrumentIds(partyRows.filter((r) => r.state === "JPN"));
    const meta = (row: PartyRow) => metaOf(metas.get(row.treaty) ?? [], row);
    const curated = curatedAgreements(sink);
    const links = linkedAgreements(sink);
    const partnerOf = new Map<string, string>();
    for (const row of partyRows) {
      if (row.state === "JPN" || meta(row)?.ambit !== "Bilateral") continue;
      const state = stateOfIso(sink, row.state);
      if (state) partnerOf.set(row.treaty, state);
    }
    // Once per treaty: Japan's row and the partner's carry the same treaty dates.
    const matched = new Map<string, string | undefined>();
    const sameAs = (row: PartyRow, id: string) => {
      if (!matched.has(id)) {
        const partner = meta(row)?.domain === "Trade" ? partnerOf.get(row.treaty) : undefined;
        matched.set(id, partner ? match(sink, { id: row.treaty, file, line: row.line, title: row.title, signature: row.treatySig, force: row.treatyForce, partners: new Set([partner]) }, curated) : undefined);
      }
      return matched.get(id);
    };
    for (const row of partyRows) {
      // A treaty Japan is a party to: the id GGO gives it, or one id per instrument where GGO reuses an id.
      const id = ids.get(instrumentKey(row));
      if (!id) continue;
      const m = meta(row);
      const bilateral = m?.ambit === "Bilateral";
      if (row.state !== "JPN" && !bilateral) continue;
      const day = (row.sig ?? row.treatySig ?? row.force)?.replace(/[?~%]$/, "");
      const state = row.state === "JPN" ? "japan" : stateOfIso(sink, row.state, day);
      if (!state) { sink.skip(file, row.line, `state code "${row.state}" is not in the concordance, or names no state that existed on ${day}`); continue; }
      const locator = `${file} line ${row.line}`;
      // A curated agreement that names the treaty in `ggo:` is this instrument; else a trade treaty may match one.
      const curatedId = linkedTo(links, row) ?? sameAs(row, id);
      if (curatedId) {
        if (row.state === "JPN" && row.treatySig) corroborate(sink, "signed", curatedId, undefined, row.treatySig, locator);
        if (row.sig) corroborate(sink, "signatory-of", state, curatedId, row.sig, locator);
        const since = row.force ?? row.ratif;
        if (since) corroborate(sink, "party-to", state, curatedId, since, locator);
        sink.took();
        continue;
      }
      if (sink.entity({
        id, kind: "agreement", type: TYPES[m?.domain ?? ""] ?? "other", names: { en: row.title }, fields: { scope: bilateral ? "bilateral" : "multilateral", ggo: row.treaty },
        summary: treatySummary(row.title, sink.nameJa(id), bilateral, row.treaty), locator,
      })) {
        if (row.treatySig) sink.statement({ p: "signed", subject: id, time: row.treatySig, locator });
        if (row.treatyForce) {
          const end = m?.end && (m.end === ".." || bareDate(m.end) >= bareDate(row.treatyForce)) ? m.end : "";
          const note = end === ".." ? treatyNotes.inForceOpen() : end ? treatyNotes.inForceEnded() : treatyNotes.inForceEndUnknown();
          sink.statement({ p: "in-force", subject: id, time: `${row.treatyForce}/${end}`, locator: end ? `${locator}; agreements_GGO.csv line ${m!.line}` : locator, ...note });
        }
      }
      if (row.sig) sink.statement({ p: "signatory-of", subject: state, object: id, time: row.sig, locator });
      const from = row.force ?? row.ratif;
      if (from) sink.statement({ p: "party-to", subject: state, object: id, time: `${from}/${row.end ?? ""}`, locator, ...(row.force ? {} : treatyNotes.fromRatification()) });
      sink.took();
    }
  },
};
