import type { Importer, ImportSink } from "../types.js";
import { sameBound } from "../ledger.js";
import { rows } from "./common.js";
import { resolveState } from "./series.js";
import { messyDate } from "./treaties.js";

const FILES = ["parties_DESTA.csv", "parties_GPTAD.csv"];

/** One treaty of the dataset that Japan is a party to: its dates from Japan's row and its other parties. */
interface Treaty { id: string; file: string; line: number; title: string; signature?: string; force?: string; partners: Set<string> }

/** A curated trade agreement of Japan's, with its other parties (states and organisations). */
interface Curated { id: string; parties: Set<string> }

/** How alike two party sets are (Jaccard): 1 when equal, 0 when disjoint. */
const likeness = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;

const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : undefined);

function curatedAgreements(sink: ImportSink): Curated[] {
  return sink.lookup<{ id: string; parties: string }>(
    `SELECT e.id, group_concat(DISTINCT s.subject) AS parties FROM entities e
       JOIN statements s ON s.object = e.id AND s.p IN ('party-to', 'signatory-of')
       JOIN entities x ON x.id = s.subject AND x.kind IN ('state', 'organization')
     WHERE e.kind = 'agreement' AND e.type = 'trade' AND e.origin NOT LIKE 'dataset:%'
     GROUP BY e.id HAVING sum(s.subject = 'japan') > 0`,
  ).map((r) => ({ id: r.id, parties: new Set(r.parties.split(",").filter((p) => p !== "japan")) }));
}

/** The curated statement for (p, subject, object): its time, place and role, which make its identity. */
function curatedStatement(sink: ImportSink, p: string, subject: string, object: string | null): { time: string; at: string | null; role: string | null } | undefined {
  return sink.lookup<{ time: string; at: string | null; role: string | null }>("SELECT time, at, role FROM statements WHERE p = ? AND subject = ? AND object IS ? AND status = 'accepted' AND time IS NOT NULL AND origin NOT LIKE 'dataset:%'", p, subject, object)[0];
}

/**
 * The curated agreement a dataset treaty stands for: the most alike party set (at least half alike)
 * whose signature or entry into force lies within a year of the dataset's. The year test keeps the
 * 1958 India–Japan trade agreement from being read as the 2011 EPA, and the 2018 CPTPP from being
 * read as the 2016 TPP.
 */
function match(sink: ImportSink, t: Treaty, curated: Curated[]): string | undefined {
  const near = (c: Curated) => {
    const [mine, theirs] = t.signature ? [year(t.signature), year(curatedStatement(sink, "signed", c.id, null)?.time)] : [year(t.force), year(curatedStatement(sink, "party-to", "japan", c.id)?.time)];
    return mine !== undefined && theirs !== undefined && Math.abs(mine - theirs) <= 1;
  };
  return curated.map((c) => ({ c, l: likeness(t.partners, c.parties) })).filter((x) => x.l >= 0.5).sort((a, b) => b.l - a.l).find((x) => near(x.c))?.c.id;
}

/**
 * Emits the dataset's date for a curated fact: where it agrees with the curated date at its own
 * precision (DESTA codes years only), the curated statement itself, so the dataset becomes a further
 * source of it; where it disagrees, the dataset's own statement, which the ledger then lists.
 */
function corroborate(sink: ImportSink, p: "signed" | "party-to", subject: string, object: string | undefined, date: string, locator: string): void {
  const theirs = curatedStatement(sink, p, subject, object ?? null);
  if (theirs && sameBound(theirs.time.split("/")[0]!, date)) {
    sink.statement({ p, subject, object, time: theirs.time, at: theirs.at ?? undefined, role: theirs.role ?? undefined, locator });
    return;
  }
  sink.statement({ p, subject, object, time: p === "signed" ? date : `${date}/`, locator, note: "The date as the dataset has it; it differs from the curated date." });
}

/**
 * DESTA (Dür, Baccini and Elsig) and the World Bank's GPTAD, as packaged by manytreaties (CC BY 4.0):
 * Japan's preferential trade agreements with their signature and entry-into-force dates. They add no
 * agreements of their own: a treaty counts only where it matches a curated trade agreement (same
 * partners, dates within a year); the others (agreements under negotiation, the EU as its member
 * states, the 1958 India agreement) are reported with the reason.
 */
export const desta: Importer = {
  name: "desta",
  provenance: {
    dataset: "treaties-globalgov",
    title: "DESTA and GPTAD trade agreements and parties, via manytreaties",
    publisher: "Andreas Dür, Leonardo Baccini and Manfred Elsig (DESTA); World Bank (GPTAD); globalgov project (manytreaties)",
    version: "manytreaties 1.0.0 (commit 4bf79f9); GPTAD 2014",
    licence: "CC BY 4.0 (manytreaties); DESTA free for use with citation; GPTAD World Bank terms",
    citation: "Dür, Andreas, Leonardo Baccini and Manfred Elsig (2014), The Design of International Trade Agreements: Introducing a New Dataset, Review of International Organizations 9(3): 353-375; World Bank, Global Preferential Trade Agreements Database (2014); Hollway, James et al., manytreaties v1.0.0.",
    url: "https://www.designoftradeagreements.org",
  },
  files: FILES,
  async run(dir, sink) {
    const curated = curatedAgreements(sink);
    for (const file of FILES) {
      const treaties = new Map<string, Treaty>();
      const partners = new Map<string, Set<string>>();
      for await (const r of rows(sink, dir, file)) {
        const id = r.get("treatyID");
        if (!partners.has(id)) partners.set(id, new Set());
        if (r.get("stateID") !== "JPN") { partners.get(id)!.add(r.get("stateID")); continue; }
        const [signature, force] = [messyDate(r.get("Signature")), messyDate(r.get("Force"))];
        const bad = [signature, force].find((d): d is { error: string } => typeof d === "object");
        if (bad) { sink.skip(file, r.line, bad.error); continue; }
        treaties.set(id, { id, file, line: r.line, title: r.get("Title"), signature: signature as string | undefined, force: force as string | undefined, partners: new Set() });
      }
      for (const t of treaties.values()) {
        for (const code of partners.get(t.id) ?? []) {
          const s = resolveState(sink, undefined, code, undefined);
          if (s) t.partners.add(s);
        }
        if (!t.signature && !t.force) { sink.skip(file, t.line, `${t.title}: no signature or entry-into-force date (not concluded)`); continue; }
        const agreement = match(sink, t, curated);
        if (!agreement) { sink.skip(file, t.line, `${t.title} (${t.id}, ${year(t.signature ?? t.force)}): no curated trade agreement of Japan's with these partners within a year`); continue; }
        const locator = `${file} line ${t.line}`;
        if (t.signature) corroborate(sink, "signed", agreement, undefined, t.signature, locator);
        if (t.force) corroborate(sink, "party-to", "japan", agreement, t.force, locator);
        sink.took();
      }
    }
  },
};
