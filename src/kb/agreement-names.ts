// Japanese names for the entities a dataset import makes (data/agreement-names/*.yaml for agreements,
// data/dataset-names/*.yaml for any kind): read, lint, apply.
import type Database from "better-sqlite3";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { AgreementNameEntry, AgreementNamesFile } from "../model/agreement-names.js";
import { formatPath, parseYaml, readUtf8 } from "./read-yaml.js";
import { lineOf, type Diagnostic, type RawFile } from "./load.js";
import { searchKey } from "./text.js";
import { KIND_FOLDER, type Kind } from "../model/ids.js";

/**
 * The folders under data/ that hold name lists, each with the kinds of dataset entity its entries may
 * name: data/agreement-names keeps its first meaning (agreements only, so a state id there is still a
 * mistake); data/dataset-names takes any entity an import makes (a COW state, an ICOW claim, …).
 */
export const NAME_FOLDERS = {
  "agreement-names": ["agreement"],
  "dataset-names": null,
} as const satisfies Record<string, readonly Kind[] | null>;
export type NameFolder = keyof typeof NAME_FOLDERS;

/** One entry as read: where it is (folder, file and index), for diagnostics and the kinds it may name. */
export type PlacedName = AgreementNameEntry & { file: string; index: number; line: number; folder: NameFolder };

export interface LoadedNames {
  entries: PlacedName[];
  diagnostics: Diagnostic[];
  /** The files read, for pointing diagnostics found later at a line. */
  files: Pick<RawFile, "file" | "doc" | "lines">[];
}

/** The .yaml files of each name folder, sorted; none for a folder that does not exist. */
function nameFiles(dataDir: string): { path: string; folder: NameFolder }[] {
  return (Object.keys(NAME_FOLDERS) as NameFolder[]).flatMap((folder) => {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => ({ path: join(dir, n), folder }));
  });
}

/**
 * Reads and validates every name list in data/agreement-names and data/dataset-names (one entry shape
 * for both). Never throws on bad data: each problem is a Diagnostic naming the file, the entry
 * (`[3].source`) and the fix; valid entries are returned.
 *
 * @example loadAgreementNames("data").entries[0] // { id: "ggo-cbd-1992a", ja: "生物の多様性に関する条約", source: "…", file: "data/agreement-names/ggo-a.yaml", index: 0, line: 1, folder: "agreement-names" }
 */
export function loadAgreementNames(dataDir: string): LoadedNames {
  const out: LoadedNames = { entries: [], diagnostics: [], files: [] };
  for (const { path, folder } of nameFiles(dataDir)) {
    const file = relative(process.cwd(), path) || path;
    const read = readUtf8(path);
    if (!read.ok) {
      out.diagnostics.push({ file, ...read.problem, severity: "error" });
      continue;
    }
    const { doc, lines, data, problems } = parseYaml(read.text);
    const raw = { file, doc, lines };
    out.files.push(raw);
    if (problems.length) {
      for (const p of problems) out.diagnostics.push({ file, ...p, severity: "error" });
      continue;
    }
    if (!Array.isArray(data)) {
      out.diagnostics.push({ file, line: 1, path: "(file)", severity: "error", message: `the file holds ${data == null ? "nothing" : "fields"}, not a list — write one "- id: …" entry per ${folder === "agreement-names" ? "agreement" : "entity"}, or [] for none (see docs/data-format.md)` });
      continue;
    }
    const parsed = AgreementNamesFile.safeParse(data);
    const bad = new Set<number>();
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.code === "unrecognized_keys" && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
        const index = typeof path[0] === "number" ? path[0] : -1;
        bad.add(index);
        const fix = issue.message.includes(" — ") ? "" : ` — ${FIXES[issue.code] ?? "see docs/data-format.md"}`;
        out.diagnostics.push({ file, line: lineOf(raw, path), path: formatPath(path), severity: "error", message: `${issue.message}${fix}` });
      }
    }
    (data as unknown[]).forEach((item, index) => {
      if (bad.has(index)) return;
      const e = AgreementNameEntry.parse(item);
      out.entries.push({ ...e, file, index, line: lineOf(raw, [index]), folder });
    });
  }
  return out;
}

const FIXES: Record<string, string> = {
  invalid_type: "give each entry id:, ja: and source: (or translated: true) as in docs/data-format.md",
  unrecognized_keys: "remove the field or fix its spelling: an entry has id, ja, source, locator, translated",
  invalid_format: "follow the format named",
  too_small: "give a non-empty value",
};

/**
 * The cross-file rules for name entries that data/ alone can decide: each id listed once, never a
 * curated entity (whose own file carries names.ja), and `source` naming a source. Whether the id is an
 * entity the build makes (of a kind its folder allows) is known only after the imports: see
 * `applyAgreementNames`.
 *
 * @example lintAgreementNames(loaded, kindOf) // [{ file: "data/agreement-names/ggo-a.yaml", path: "[0].source", message: "unknown source …" }]
 */
export function lintAgreementNames(loaded: LoadedNames, kindOf: ReadonlyMap<string, Kind>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, PlacedName>();
  for (const e of loaded.entries) {
    const at = (field: string, message: string): void => void out.push({ file: e.file, line: e.line, path: `[${e.index}].${field}`, severity: "error", message });
    const prev = seen.get(e.id);
    if (prev) at("id", `"${e.id}" is listed twice (also ${prev.file} [${prev.index}]) — keep one entry`);
    else seen.set(e.id, e);
    const kind = kindOf.get(e.id);
    if (kind) at("id", `"${e.id}" is a curated ${kind} (data/${KIND_FOLDER[kind]}/${e.id}.yaml) — give its Japanese name as names.ja in its own file, and remove this entry`);
    if (e.source && kindOf.get(e.source) !== "source") at("source", kindOf.has(e.source) ? `"${e.source}" is not a source — cite an entity in data/sources` : `unknown source "${e.source}" — add it to data/sources or fix the id`);
  }
  return out;
}

/**
 * Gives the dataset entities of the built database their Japanese names: names.ja (and the names
 * table and search index, so search finds them), `nameJaTranslated: true` in the body for gaiko's own
 * translations, and the name's source among the entity's sources. Returns a warning for each entry
 * whose id is not, after the imports, a dataset entity of a kind its folder allows (a typo, an
 * agreement merged into a curated one by `ggo:`, a state id in data/agreement-names); the build goes on.
 *
 * @example applyAgreementNames(db, loadAgreementNames("data").entries) // [] when every id was found
 */
export function applyAgreementNames(db: Database.Database, entries: readonly PlacedName[]): Diagnostic[] {
  const q = {
    target: db.prepare("SELECT kind, origin FROM entities WHERE id = ?"),
    entity: db.prepare("UPDATE entities SET name_ja = ?, body = json_set(body, '$.names.ja', ?) WHERE id = ?"),
    translated: db.prepare("UPDATE entities SET body = json_set(body, '$.nameJaTranslated', json('true')) WHERE id = ?"),
    dropName: db.prepare("DELETE FROM names WHERE entity_id = ? AND lang = 'ja' AND primary_name = 1"),
    name: db.prepare("INSERT INTO names(entity_id, text, key, lang, kind, primary_name) VALUES (?, ?, ?, 'ja', 'name', 1)"),
    // entity_id is UNINDEXED in the full-text table: one scan finds every row, where a query per entry scanned them all.
    searchRows: db.prepare("SELECT entity_id, rowid, names, summary FROM search"),
    dropSearch: db.prepare("DELETE FROM search WHERE rowid = ?"),
    search: db.prepare("INSERT INTO search(entity_id, names, summary) VALUES (?, ?, ?)"),
    source: db.prepare("INSERT INTO entity_sources(entity_id, source_id, locator) VALUES (?, ?, ?)"),
    // The entity page cites the body's sources, as for a curated entity's names.
    bodySource: db.prepare(
      "UPDATE entities SET body = CASE WHEN json_type(body, '$.sources') = 'array' THEN json_insert(body, '$.sources[#]', json(@ref)) ELSE json_set(body, '$.sources', json_array(json(@ref))) END WHERE id = @id",
    ),
  };
  const warnings: Diagnostic[] = [];
  db.transaction(() => {
    const searchRows = new Map<string, { rowid: number; names: string; summary: string }>();
    for (const r of q.searchRows.all() as { entity_id: string; rowid: number; names: string; summary: string }[]) if (!searchRows.has(r.entity_id)) searchRows.set(r.entity_id, r);
    for (const e of entries) {
      const target = q.target.get(e.id) as { kind: string; origin: string } | undefined;
      const problem = misfit(e, target);
      if (problem) {
        warnings.push({ file: e.file, line: e.line, path: `[${e.index}].id`, severity: "warning", message: problem });
        continue;
      }
      q.entity.run(e.ja, e.ja, e.id);
      if (e.translated) q.translated.run(e.id);
      q.dropName.run(e.id);
      q.name.run(e.id, e.ja, searchKey(e.ja));
      const row = searchRows.get(e.id);
      if (row) q.dropSearch.run(row.rowid);
      const names = [row?.names, searchKey(e.ja)].filter(Boolean).join("\n");
      const summary = row?.summary ?? "";
      searchRows.set(e.id, { rowid: Number(q.search.run(e.id, names, summary).lastInsertRowid), names, summary });
      if (e.source) {
        q.source.run(e.id, e.source, e.locator ?? null);
        q.bodySource.run({ id: e.id, ref: JSON.stringify({ source: e.source, ...(e.locator ? { locator: e.locator } : {}) }) });
      }
    }
  })();
  return warnings;
}

/** Why an entry cannot name what the build made under its id (with the fix), or undefined when it can. */
function misfit(e: PlacedName, target: { kind: string; origin: string } | undefined): string | undefined {
  const kinds: readonly string[] | null = NAME_FOLDERS[e.folder];
  const fromDataset = target?.origin.startsWith("dataset:") ?? false;
  if (target && fromDataset && (!kinds || kinds.includes(target.kind))) return undefined;
  if (kinds?.length === 1 && kinds[0] === "agreement") {
    const what = !target ? "no agreement with this id was built" : fromDataset ? `"${e.id}" is ${target.kind === "agreement" ? "an" : "a"} ${target.kind}, not an agreement` : `"${e.id}" is curated`;
    const elsewhere = target && fromDataset ? " (name a dataset entity of another kind in data/dataset-names)" : " (a treaty a curated agreement names in ggo: has no ggo-… entity)";
    return `${what} — check the id against \`gaiko list agreements\`${elsewhere}, or remove the entry`;
  }
  if (!target) return "no entity with this id was built — check the id against `gaiko show <id>` after a build (an import may have merged it into a curated entity), or remove the entry";
  return `"${e.id}" is curated — give its Japanese name as names.ja in its own file, and remove this entry`;
}
