import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Entity } from "../model/entity.js";
import type { Kind } from "../model/ids.js";
import { PREDICATES, type PredicateDef } from "../model/predicates.js";
import { lineOf, loadData, type Diagnostic, type Loaded, type RawFile } from "./load.js";
import { formatPath } from "./read-yaml.js";
import { checkAgreementEnds, checkEventEnds, checkPartiesExist, checkSweep, checkTerritoryRoles } from "./lint-time.js";
import type { SweepResult } from "./asof/sweep.js";
import { flattenStatements } from "./statements.js";
import { lintAgreementNames, loadAgreementNames, type PlacedName } from "./agreement-names.js";
import { checkGgoLinks } from "./lint-ggo.js";
import { checkNotes } from "./lint-notes.js";
import { checkIsoCodes } from "./lint-iso.js";

export interface LintOptions {
  /** ../shared, to check seed locators and dataset folders; skipped (with a warning) when absent. */
  sharedDir?: string;
  /** Sweep the time invariants up to this day (the CLI passes today); no sweep without it. */
  today?: string;
}

export interface LintResult extends Loaded {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** What the sweep over every state and year checked, when `today` was given. */
  sweep?: Omit<SweepResult, "violations"> & { violations: number };
  /** The valid entries of data/agreement-names, which the build gives to dataset agreements. */
  agreementNames: PlacedName[];
}

/** Counts the paragraphs (non-empty lines) of a seed file: the unit of `¶N` locators. */
export function countParagraphs(text: string): number {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "").length;
}

const SEED_LOCATOR = /^¶\s*(\d+)(?:\s*[–-]\s*(\d+))?$/;

/** Closest known id by edit distance, to suggest a fix for a typo. */
function closest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(3, Math.floor(id.length / 4)) + 1;
  for (const cand of ids) {
    if (Math.abs(cand.length - id.length) >= bestD) continue;
    const d = editDistance(id, cand, bestD);
    if (d < bestD) [best, bestD] = [cand, d];
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Lints data/: schema errors from loading, then every cross-file rule (unknown and duplicate ids,
 * predicate kinds, statements without sources, seed locators past the end of the seed, …).
 *
 * @example const { errors, warnings } = lintData("data", { sharedDir: "../shared" });
 */
export function lintData(dataDir: string, opts: LintOptions = {}): LintResult {
  const loaded = loadData(dataDir);
  const diags: Diagnostic[] = [...loaded.diagnostics];
  const rawByFile = new Map<string, RawFile>(loaded.files.map((f) => [f.file, f]));
  const at = (file: string, path: (string | number)[], severity: Diagnostic["severity"], message: string) => {
    const raw = rawByFile.get(file);
    diags.push({ file, line: raw ? lineOf(raw, path) : 1, path: formatPath(path), severity, message });
  };

  // Duplicate ids across kinds (the same stem in two folders).
  const kindOf = new Map<string, Kind>();
  const fileOf = new Map<string, string>();
  for (const f of loaded.files) {
    const prev = fileOf.get(f.id);
    if (prev) at(f.file, [], "error", `duplicate id "${f.id}" (also ${prev}) — ids are unique across kinds; rename one file`);
    else {
      fileOf.set(f.id, f.file);
      kindOf.set(f.id, f.kind);
    }
  }
  const ids = [...kindOf.keys()];
  const unknown = (id: string) => {
    const s = closest(id, ids);
    return `unknown id "${id}" — ${s ? `did you mean "${s}"? ` : ""}create the entity's file or fix the id`;
  };

  const seedParas = new Map<string, number | undefined>();
  const seedsDir = opts.sharedDir ? join(opts.sharedDir, "seeds") : undefined;
  const sources = new Map<string, Entity & { kind: "source" }>();
  const urls = new Map<string, string>();
  for (const e of loaded.entities) {
    if (e.kind !== "source") continue;
    sources.set(e.id, e);
    if (e.type === "seed") {
      if (!e.file) at(entityFile(e), ["file"], "error", "a seed source needs `file:` — name the file in ../shared/seeds");
      else if (seedsDir) {
        const p = join(seedsDir, e.file);
        if (existsSync(p)) seedParas.set(e.id, countParagraphs(readFileSync(p, "utf8")));
        else at(entityFile(e), ["file"], "error", `seed file ${e.file} is not in ${seedsDir} — fix the file name`);
      } else seedParas.set(e.id, undefined);
    }
    if (e.type === "dataset" && !e.dataset) at(entityFile(e), ["dataset"], "error", "a dataset source needs `dataset:` — name its folder in ../shared/data");
    // A document known by its title and symbol (a UN press release, a journal article) may have no address that was
    // seen: its caveat then says where it was read. An address is never made up from a pattern.
    if ((e.type === "web" || (e.type === "document" && !e.caveat)) && !e.url) at(entityFile(e), ["url"], "warning", e.type === "web" ? "a web source should have `url:` — give the original publisher's address" : "a document should have `url:`, or a `caveat:` saying where it was read and why no address is given");
    if (e.url) {
      const prev = urls.get(e.url);
      if (prev) at(entityFile(e), ["url"], "warning", `same url as source "${prev}" — reuse that source instead of a second one`);
      else urls.set(e.url, e.id);
    }
  }

  const checkRef = (file: string, path: (string | number)[], ref: { source: string; locator?: string }) => {
    const src = sources.get(ref.source);
    if (!src) {
      at(file, [...path, "source"], "error", kindOf.has(ref.source) ? `"${ref.source}" is ${a(kindOf.get(ref.source)!)}, not a source — cite an entity in data/sources` : unknown(ref.source));
      return;
    }
    if (src.type !== "seed") return;
    if (!ref.locator) return at(file, path, "error", "a seed citation needs a locator — add locator: \"¶N\" (N = the N-th non-empty line)");
    const m = SEED_LOCATOR.exec(ref.locator);
    if (!m) return at(file, [...path, "locator"], "error", `seed locator "${ref.locator}" is not a paragraph — write "¶N" or "¶N–M"`);
    const max = seedParas.get(ref.source);
    const last = Number(m[2] ?? m[1]);
    if (max !== undefined && (last > max || Number(m[1]) < 1)) at(file, [...path, "locator"], "error", `${ref.locator} is past the end of ${ref.source} (${max} paragraphs) — fix the paragraph number`);
  };

  for (const e of loaded.entities) {
    if (e.kind === "source") continue;
    const file = entityFile(e);
    e.sources.forEach((r, i) => checkRef(file, ["sources", i], r));
    if (e.sources.length === 0 && e.statements.length === 0) at(file, ["sources"], "warning", "the entity cites no source — add sources for its names and summary");
    if (e.kind === "state" && !e.names.ja) at(file, ["names", "ja"], "warning", "a state should have a Japanese name — add names.ja");
    e.statements.forEach((s, i) => {
      const base: (string | number)[] = ["statements", i];
      const def: PredicateDef = PREDICATES[s.p];
      const subject = s.subject ?? e.id;
      const sk = kindOf.get(subject);
      if (!sk) at(file, [...base, "subject"], "error", unknown(subject));
      else if (!def.subject.includes(sk)) at(file, [...base, s.subject ? "subject" : "p"], "error", `"${s.p}" cannot have ${a(sk)} as subject — its subject is one of: ${def.subject.join(", ")}`);
      if (def.object.length === 0 && s.object) at(file, [...base, "object"], "error", `"${s.p}" takes no object — remove object or use another predicate`);
      if (def.object.length > 0 && !s.object) at(file, [...base], "error", `"${s.p}" needs an object — add object: <id of a ${def.object.join(" or ")}>`);
      if (s.object) {
        const ok = kindOf.get(s.object);
        if (!ok) at(file, [...base, "object"], "error", unknown(s.object));
        else if (def.object.length > 0 && !def.object.includes(ok)) at(file, [...base, "object"], "error", `"${s.p}" cannot have ${a(ok)} as object — its object is one of: ${def.object.join(", ")}`);
        if (s.object === subject) at(file, [...base, "object"], "error", "subject and object are the same entity — fix one of them");
      }
      for (const [field, want] of [["at", "place"], ["via", "agreement"]] as const) {
        const v = s[field];
        if (!v) continue;
        const k = kindOf.get(v);
        if (!k) at(file, [...base, field], "error", unknown(v));
        else if (k !== want && !(field === "at" && k === "state")) at(file, [...base, field], "error", `${field} must name ${a(want)}${field === "at" ? " or state" : ""}, but "${v}" is ${a(k)}`);
      }
      s.assertedBy?.forEach((a, j) => { if (!kindOf.has(a)) at(file, [...base, "assertedBy", j], "error", unknown(a)); });
      if (s.sources.length === 0) at(file, [...base, "sources"], "error", "a statement without a source — add sources: [{source: <id>, locator: <where>}]");
      s.sources.forEach((r, j) => checkRef(file, [...base, "sources", j], r));
      if (s.status === "contested" && !s.assertedBy) at(file, [...base, "assertedBy"], "error", "a contested statement names who asserts it — add assertedBy: [<ids>]");
      if (s.status === "rejected" && !s.note) at(file, [...base, "note"], "error", "a rejected statement says what holds instead — add a note");
      if (def.value && s.value === undefined) at(file, [...base, "value"], "error", `"${s.p}" needs a value`);
      if (s.value_ja !== undefined && typeof s.value !== "string") at(file, [...base, "value_ja"], "error", "value_ja translates a value written in words — give the English value, or leave value_ja out for a number");
      if (s.time && def.time === "none") at(file, [...base, "time"], "warning", `"${s.p}" is timeless — the time is kept but not used for as-of questions`);
      if (s.time && def.time === "point" && s.time.includes("/")) at(file, [...base, "time"], "error", `"${s.p}" happens on a date — give one date, not an interval`);
      if (s.time && def.time === "interval" && !s.time.includes("/")) at(file, [...base, "time"], "warning", `"${s.p}" holds over time — write the interval, e.g. ${s.time}/.. if it still holds or ${s.time}/ if the end is unknown`);
    });
  }

  checkGgoLinks(loaded.entities, at);
  checkNotes(loaded.entities, at);
  checkIsoCodes(loaded.entities, at);
  const names = loadAgreementNames(dataDir);
  diags.push(...names.diagnostics, ...lintAgreementNames(names, kindOf));

  // The same fact in two files is merged; flattening also validates every time once more.
  const statements = flattenStatements(loaded.entities);
  checkAgreementEnds(statements, at);
  checkTerritoryRoles(statements, at);
  checkEventEnds(loaded.entities, statements, at);
  const swept = opts.today ? checkSweep(loaded.entities, statements, opts.today, at) : undefined;
  if (opts.today) checkPartiesExist(loaded.entities, statements, opts.today, at);

  const sorted = diags.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    ...loaded,
    diagnostics: sorted,
    errors: sorted.filter((d) => d.severity === "error"),
    warnings: sorted.filter((d) => d.severity === "warning"),
    sweep: swept ? { ...swept, violations: swept.violations.length } : undefined,
    agreementNames: names.entries,
  };
}

/** "a state", "an event", "an organization". */
function a(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function entityFile(e: Entity): string {
  return e.origin;
}

/** `data/states/japan.yaml:3 names.ja: problem — fix` */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line} ${d.path}: ${d.message}`;
}

