import type { Importer } from "../types.js";
import { checkDay, isMissing } from "../csv.js";
import { JAPAN_COW, kebab, rows, type ImportNote } from "./common.js";
import { searchKey } from "../../kb/text.js";
import { jaDate } from "../../model/ja-date.js";

/**
 * The summary of a leader known only from Archigos: the spell's dates (`..` for one still running).
 *
 * @example leaderSummary("1885-12-22", "1888-04-30").ja // "Archigosが記録する日本の実質的な指導者（1885年12月22日から1888年4月30日まで）。データセットには姓のみが記載されている。"
 */
export function leaderSummary(start: string, end: string): { en: string; ja: string } {
  return {
    en: `Japan's effective leader from ${start}${end === ".." ? "" : ` to ${end}`}, as coded by Archigos (surname only in the dataset).`,
    ja: `Archigosが記録する日本の実質的な指導者（${jaDate(start)}から${end === ".." ? "" : `${jaDate(end)}まで`}）。データセットには姓のみが記載されている。`,
  };
}

/** The note on a spell not matched to a curated office holder. */
export const archigosNotes = {
  effectiveLeader: (): ImportNote => ({
    note: "Archigos codes Japan's effective leader; the office is not named in the data.",
    note_ja: "Archigosは日本の実質的な指導者を記録しており、役職名はデータに含まれない。",
  }),
};

/** A curated term of office as the matcher sees it: its holder, role, first day and end (null while open). */
export interface CuratedTerm { subject: string; role: string; s_min: string; e_min: string | null }

/**
 * An Archigos leader string without the title it may carry in brackets ("Mutsuhito (Emperor)"), as a search key.
 *
 * @example archigosName("Mutsuhito (Emperor)") // "mutsuhito"
 */
function archigosName(leader: string): string {
  return searchKey(leader.replace(/\s*\([^()]*\)\s*$/, ""));
}

/**
 * The surname an Archigos leader string names on its own: the part before a comma ("Yoshida, Shigeru",
 * "Hara, T.") or a single word ("Kuroda", or the personal name "Mutsuhito (Emperor)" without its title);
 * a full name ("Hirobumi Ito") gives null.
 *
 * @example archigosSurname("Kato, Takaaki") // "kato"
 */
function archigosSurname(leader: string): string | null {
  const key = archigosName(leader);
  if (key.includes(",")) return key.slice(0, key.indexOf(",")).trim() || null;
  return /^[a-z'-]+$/.test(key) ? key : null;
}

const DAY = 86_400_000;

/**
 * The curated term an Archigos spell falls onto, and the person it belongs to: (1) a term of a person of
 * that name starting within 60 days of the spell; else (2) a term of a person of that name covering the
 * spell's start (Archigos starts Yoshida's spell on 29 April 1952, inside his 1948–1954 premiership); else
 * (3) the one curated holder of the office with that surname, with no term (Archigos's own coding of
 * Kuroda in 1897 or Shidehara in 1930): the spell stays an effective leader's, on that person.
 * An emperor's reign gives the person but never the term: Archigos codes "Mutsuhito (Emperor)" as Japan's
 * effective leader from 3 January 1868 until Itō became prime minister in 1885, not his reign (1867–1912).
 *
 * @example matchCurated("Yoshida, Shigeru", "1952-04-29", terms, names).person // "shigeru-yoshida"
 */
export function matchCurated(leader: string, start: string, curated: CuratedTerm[], namesOf: Map<string, string[]>): { term?: CuratedTerm; person?: string } {
  const found = matchTerm(leader, start, curated, namesOf);
  return found.term?.role === "emperor" ? { person: found.person } : found;
}

function matchTerm(leader: string, start: string, curated: CuratedTerm[], namesOf: Map<string, string[]>): { term?: CuratedTerm; person?: string } {
  const full = archigosName(leader);
  const surname = archigosSurname(leader);
  const named = (subject: string) => (namesOf.get(subject) ?? []).some((n) => n.includes(full) || (surname !== null && n.split(/[\s,]+/).includes(surname)));
  const day = Date.parse(start);
  const near = curated
    .filter((c) => Math.abs(Date.parse(c.s_min) - day) <= 60 * DAY && named(c.subject))
    .sort((a, b) => Math.abs(Date.parse(a.s_min) - day) - Math.abs(Date.parse(b.s_min) - day))[0];
  if (near) return { term: near, person: near.subject };
  const covering = curated.find((c) => Date.parse(c.s_min) <= day && (c.e_min === null || day < Date.parse(c.e_min)) && named(c.subject));
  if (covering) return { term: covering, person: covering.subject };
  if (surname === null) return {};
  const holders = [...new Set(curated.filter((c) => named(c.subject)).map((c) => c.subject))];
  return holders.length === 1 ? { person: holders[0] } : {};
}

/**
 * Archigos 4.1: Japan's effective leaders with their terms. Each spell is matched to a curated prime
 * minister or emperor by name and date (`matchCurated`; Archigos codes MacArthur as Japan's effective leader during
 * the occupation, beside the prime ministers); matched spells add the dataset's dates to that person
 * (where the dates differ, the ledger lists the disagreement), unmatched ones create a person.
 */
export const archigos: Importer = {
  name: "archigos",
  provenance: {
    dataset: "leaders-archigos-reign",
    title: "Archigos 4.1: a data set on leaders 1875–2015",
    publisher: "Goemans, Gleditsch and Chiozza",
    version: "4.1",
    licence: "free for research use with citation",
    citation: "Goemans, Henk E., Kristian Skrede Gleditsch and Giacomo Chiozza (2009), Introducing Archigos: A Dataset of Political Leaders, Journal of Peace Research 46(2): 269-283.",
  },
  files: ["archigos_4.1_leaders.csv"],
  extract: { "archigos_4.1_leaders.csv": (l) => l.split(",")[2] === "740" },
  async run(dir, sink) {
    const file = "archigos_4.1_leaders.csv";
    const namesOf = new Map<string, string[]>();
    for (const n of sink.lookup<{ entity_id: string; key: string }>("SELECT n.entity_id, n.key FROM names n JOIN entities e ON e.id = n.entity_id WHERE e.kind = 'person'")) {
      namesOf.set(n.entity_id, [...(namesOf.get(n.entity_id) ?? []), n.key]);
    }
    const curated = sink.lookup<CuratedTerm>(
      "SELECT subject, role, s_min, e_min FROM statements WHERE p = 'holds-office' AND object = 'japan' AND role IN ('prime-minister', 'acting-prime-minister', 'emperor') AND s_min IS NOT NULL",
    );
    for await (const r of rows(sink, dir, file)) {
      if (r.get("ccode") !== JAPAN_COW) continue;
      const start = checkDay(r.get("startdate"));
      if (typeof start !== "string") { sink.skip(file, r.line, `startdate: ${start.error}`); continue; }
      const endRaw = r.get("enddate");
      // Archigos closes spells still running at its end (2015-12-31) with exit "Still in Office".
      const still = /still/i.test(r.get("exit")) || /still/i.test(endRaw) || isMissing(endRaw);
      const end = still ? ".." : checkDay(endRaw);
      if (typeof end !== "string") { sink.skip(file, r.line, `enddate: ${end.error}`); continue; }
      const { term: near, person: matched } = matchCurated(r.get("leader"), start, curated, namesOf);
      // Otherwise a person already known under exactly this name (Douglas MacArthur).
      const exact = searchKey(r.get("leader"));
      let person = matched ?? [...namesOf].find(([, keys]) => keys.includes(exact))?.[0];
      if (!person) {
        person = `${kebab(r.get("leader"))}-archigos-${kebab(r.get("obsid"))}`;
        sink.entity({
          id: person, kind: "person", type: null, names: { en: `${r.get("leader")} (leader of Japan from ${start.slice(0, 4)})` },
          summary: leaderSummary(start, end),
          locator: `${file} line ${r.line}`,
        });
      }
      // Only a spell matched to a curated prime minister is called that; Archigos itself codes the effective leader.
      sink.statement({
        p: "holds-office", subject: person, object: "japan", role: near?.role ?? "effective-leader", time: `${start}/${end}`, locator: `${file} line ${r.line}`,
        ...(near ? {} : archigosNotes.effectiveLeader()),
      });
      sink.took();
    }
  },
};
