import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Store } from "../kb/store.js";
import { check } from "./check.js";

export interface Label {
  seed: string;
  paragraph: number;
  start: number;
  end: number;
  frame: string;
  claim: string;
  verdict: "supported" | "contradicted" | "not-checkable" | "slant";
  decided_by?: { subject: string; p: string; object?: string; time?: string }[];
}

/** Whether a statement is one of a label's deciding statements (same ends and predicate, and time if given). */
function decides(store: Store, id: string, decidedBy: NonNullable<Label["decided_by"]>): boolean {
  const r = store.prepared("SELECT subject, p, object, time FROM statements WHERE id = ?").get(id) as { subject: string; p: string; object: string | null; time: string | null } | undefined;
  return !!r && decidedBy.some((d) => d.subject === r.subject && d.p === r.p && (d.object ?? null) === r.object && (d.time === undefined || String(d.time) === r.time));
}

export interface Scores {
  labels: number;
  confusion: Record<string, Record<string, number>>;
  precision: Record<string, number | null>;
  recall: Record<string, number | null>;
  /** Share of checkable labelled claims (supported or contradicted) given their right verdict. */
  checkableRecall: number;
  /** Labelled slant items overlapped by a slant note. */
  slantFound: number;
  slantTotal: number;
  /** Each labelled claim with the verdict it got and the claims that decided it, for reading the misses. */
  details: { label: Label; got: string; claims: string[] }[];
}

const SEED_FILES: Record<string, string> = {
  "seed-000": "000_4f8ce3bb9d38b238.txt",
  "seed-001": "001_5cb3e42bfc75a869.txt",
  "seed-002": "002_fb9fe2498551e043.txt",
  "seed-003": "003_7451c9b5e822e43e.txt",
};

/**
 * Runs the checker on each seed paragraph by paragraph and scores it against the labelled set: a
 * labelled claim takes the verdict of the checker's claims whose sentence overlaps it (contradicted
 * over supported; none found = not checkable).
 */
export function evaluate(store: Store, labelsFile: string, seedsDir: string): Scores {
  const labels = (parse(readFileSync(labelsFile, "utf8")) as Label[]).filter((l) => l && l.seed);
  const verdicts = ["supported", "contradicted", "not-checkable"] as const;
  const confusion: Scores["confusion"] = Object.fromEntries(verdicts.map((v) => [v, Object.fromEntries(verdicts.map((w) => [w, 0]))]));
  let slantFound = 0;
  let slantTotal = 0;
  const results = new Map<string, ReturnType<typeof check>>();
  const details: Scores["details"] = [];
  for (const l of labels) {
    const paragraphs = readFileSync(join(seedsDir, SEED_FILES[l.seed]!), "utf8").split(/\r?\n/).filter((p) => p.trim() !== "");
    const key = `${l.seed}¶${l.paragraph}`;
    let r = results.get(key);
    if (!r) results.set(key, (r = check(store, paragraphs[l.paragraph - 1] ?? "")));
    if (l.verdict === "slant") {
      slantTotal++;
      if (r.slant.some((s) => s.start < l.end && l.start < s.end)) slantFound++;
      continue;
    }
    // A labelled claim is matched to the checker's claims, in an overlapping sentence, about entities the
    // label speaks of: those of its deciding statements and those named in its paraphrase.
    const said = new Set(check(store, l.claim).mentions.map((m) => m.entity.id));
    const named = new Set([...(l.decided_by ?? []).flatMap((d) => [d.subject, d.object]), ...said].filter(Boolean));
    const about = r.claims.filter((c) => c.start < l.end && l.start < c.end && named.has(c.subject.id) && (!c.object || named.has(c.object.id)));
    // Several claims of one sentence may concern the same entities ("the 1951 treaty was signed in 1951
    // and ended the war in 1951"): those resting on a statement the label says decides it are the ones it
    // is about, when there are any; for a relation, its two ends must be named in the label's paraphrase
    // too ("allied with Mexico" is not decided by Japan's alliance with the United States).
    const deciding = about.filter((c) => (!c.object || (said.has(c.subject.id) && said.has(c.object.id))) && c.evidence.some((e) => decides(store, e.statement, l.decided_by ?? [])));
    const overlapping = deciding.length ? deciding : about;
    const got = overlapping.some((c) => c.verdict === "contradicted") ? "contradicted" : overlapping.some((c) => c.verdict === "supported") ? "supported" : "not-checkable";
    confusion[l.verdict]![got]!++;
    details.push({ label: l, got, claims: overlapping.map((c) => `${c.verdict} ${c.rule ?? ""} ${c.subject.id} ${c.p} ${c.object?.id ?? ""} ${c.time?.text ?? ""}: ${c.reason}`) });
  }
  const precision: Scores["precision"] = {};
  const recall: Scores["recall"] = {};
  for (const v of verdicts) {
    const predicted = verdicts.reduce((s, w) => s + confusion[w]![v]!, 0);
    const actual = verdicts.reduce((s, w) => s + confusion[v]![w]!, 0);
    precision[v] = predicted ? confusion[v]![v]! / predicted : null;
    recall[v] = actual ? confusion[v]![v]! / actual : null;
  }
  const checkable = confusion.supported!.supported! + confusion.supported!.contradicted! + confusion.supported!["not-checkable"]! + confusion.contradicted!.supported! + confusion.contradicted!.contradicted! + confusion.contradicted!["not-checkable"]!;
  return {
    labels: labels.length,
    confusion,
    precision,
    recall,
    checkableRecall: checkable ? (confusion.supported!.supported! + confusion.contradicted!.contradicted!) / checkable : 0,
    slantFound,
    slantTotal,
    details,
  };
}
