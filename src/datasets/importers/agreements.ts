// Dataset treaties that stand for curated agreements: the matching shared by the DESTA/GPTAD and GGO importers.
import type { ImportSink } from "../types.js";
import type { ImportNote } from "./common.js";
import { sameBound } from "../ledger.js";

/** One treaty of the dataset that Japan is a party to: its dates from Japan's row and its other parties. */
export interface Treaty { id: string; file: string; line: number; title: string; signature?: string; force?: string; partners: Set<string> }

/** A curated trade agreement of Japan's, with its other parties (states and organisations). */
export interface Curated { id: string; parties: Set<string> }

/** How alike two party sets are (Jaccard): 1 when equal, 0 when disjoint. */
const likeness = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;

export const year = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : undefined);

export function curatedAgreements(sink: ImportSink): Curated[] {
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
export function match(sink: ImportSink, t: Treaty, curated: Curated[]): string | undefined {
  const near = (c: Curated) => {
    const [mine, theirs] = t.signature ? [year(t.signature), year(curatedStatement(sink, "signed", c.id, null)?.time)] : [year(t.force), year(curatedStatement(sink, "party-to", "japan", c.id)?.time)];
    return mine !== undefined && theirs !== undefined && Math.abs(mine - theirs) <= 1;
  };
  return curated.map((c) => ({ c, l: likeness(t.partners, c.parties) })).filter((x) => x.l >= 0.5).sort((a, b) => b.l - a.l).find((x) => near(x.c))?.c.id;
}

/** The notes of dataset dates checked against curated ones. */
export const agreementNotes = {
  differs: (): ImportNote => ({
    note: "The date as the dataset has it; it differs from the curated date.",
    note_ja: "データセットに記載された日付。個別の出典で確認した日付とは異なる。",
  }),
};

/**
 * Emits the dataset's date for a curated fact: where it agrees with the curated date at its own
 * precision (DESTA codes years only), the curated statement itself, so the dataset becomes a further
 * source of it; where it disagrees, the dataset's own statement, which the ledger then lists.
 */
export function corroborate(sink: ImportSink, p: "signed" | "party-to" | "signatory-of", subject: string, object: string | undefined, date: string, locator: string): void {
  const theirs = curatedStatement(sink, p, subject, object ?? null);
  if (theirs && sameBound(theirs.time.split("/")[0]!, date)) {
    sink.statement({ p, subject, object, time: theirs.time, at: theirs.at ?? undefined, role: theirs.role ?? undefined, locator });
    return;
  }
  sink.statement({ p, subject, object, time: p === "party-to" ? `${date}/` : date, locator, ...(theirs ? agreementNotes.differs() : {}) });
}

