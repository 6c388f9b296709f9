import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { createHash } from "node:crypto";
import { isNode, type Document, type LineCounter } from "yaml";
import { formatPath, parseYaml, readUtf8, type ParsedYaml, type ReadProblem } from "./read-yaml.js";
import { YamlCache } from "./yaml-cache.js";
import { ENTITY_SCHEMAS, type Entity } from "../model/entity.js";
import { ID_PATTERN, KINDS, KIND_FOLDER, type Kind } from "../model/ids.js";

/** A problem found in data/: where it is, what is wrong, and how to fix it. */
export interface Diagnostic {
  file: string;
  line: number;
  path: string;
  message: string;
  severity: "error" | "warning";
}

/** One YAML file as read from disk, before or after validation. */
export interface RawFile {
  id: string;
  kind: Kind;
  file: string;
  text: string;
  doc: Document;
  lines: LineCounter;
}

export interface Loaded {
  entities: Entity[];
  files: RawFile[];
  diagnostics: Diagnostic[];
  /** sha256 over every file's path and bytes: names the data release an answer came from. */
  release: string;
}

/** A file whose document is parsed when first asked for (its value came from the cache). */
function lazyRawFile(id: string, kind: Kind, file: string, text: string): RawFile {
  let parsed: ParsedYaml | undefined;
  const get = () => (parsed ??= parseYaml(text));
  return {
    id,
    kind,
    file,
    text,
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
  };
}

/** The 1-based line of the YAML node at `path`, or of its nearest existing parent. */
export function lineOf(raw: Pick<RawFile, "doc" | "lines">, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = raw.doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return raw.lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** The value at a zod issue's path, to say how to fix it ("1972" in quotes, a missing field added). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** How to fix a value of the wrong type, from what was expected and what was written. */
function typeFix(expected: string, got: unknown, path: readonly PropertyKey[]): string {
  if (got === undefined) return `add ${String(path.at(-1) ?? "the field")}: it is required (see docs/schema.md)`;
  if (expected === "string" && (typeof got === "number" || typeof got === "boolean")) return `put the value in quotes: "${String(got)}"`;
  const how: Record<string, string> = {
    array: 'write a list: [a, b], or one "- item" per line',
    object: 'write fields: {en: "…"}, or indented "key: value" lines',
    number: "write a number, without quotes",
    boolean: "write true or false",
  };
  return how[expected] ?? "give a value of the expected type (see docs/schema.md)";
}

const FIXES: Record<string, string> = {
  unrecognized_keys: "remove the field or fix its spelling (see docs/schema.md)",
  invalid_value: "use one of the listed values",
  too_small: "add at least one item or a non-empty value",
  invalid_format: "follow the format named",
};

/** Every file under `dir`, sorted, for hashing; none when it does not exist. */
function listFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFilesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Lists the data files, kind by kind, sorted for a stable release hash. */
export function listDataFiles(dataDir: string): { kind: Kind; path: string }[] {
  const out: { kind: Kind; path: string }[] = [];
  for (const kind of KINDS) {
    const dir = join(dataDir, KIND_FOLDER[kind]);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push({ kind, path: join(dir, name) });
    }
  }
  return out;
}

/**
 * Reads and validates every entity file under `dataDir`. Never throws on bad data: every problem
 * becomes a Diagnostic, and the valid entities are returned beside them.
 *
 * The release hash covers every entity file and every vendored dataset extract under data/vendor.
 *
 * @example const { entities, diagnostics } = loadData("data");
 */
export function loadData(dataDir: string, opts: { validate?: boolean } = {}): Loaded {
  const validate = opts.validate ?? true;
  const diagnostics: Diagnostic[] = [];
  const entities: Entity[] = [];
  const files: RawFile[] = [];
  const hash = createHash("sha256");
  const cache = YamlCache.open(dataDir);
  for (const { kind, path } of listDataFiles(dataDir)) {
    const file = relative(process.cwd(), path) || path;
    const read = readUtf8(path);
    // Hashing the bytes gives the same release id as hashing the text did, for every valid file.
    hash.update(`${KIND_FOLDER[kind]}/${path.split("/").pop()}\0`);
    hash.update(read.ok ? read.bytes : (read.bytes ?? `(${read.size} bytes, not read)`)).update("\0");
    const id = (path.split("/").pop() ?? "").replace(/\.ya?ml$/, "");
    if (!ID_PATTERN.test(id)) {
      diagnostics.push({ file, line: 1, path: "(filename)", severity: "error", message: `"${id}" is not a valid id — rename the file to lowercase kebab-case, e.g. ${id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}.yaml` });
      continue;
    }
    if (!read.ok) {
      diagnostics.push({ file, ...read.problem, severity: "error" });
      continue;
    }
    const { text } = read;
    // A file read before with the same bytes is not parsed again (see YamlCache); its document is
    // parsed only if a diagnostic needs a line.
    const cached = cache?.get(read.bytes);
    let raw: RawFile, data: unknown, problems: ReadProblem[];
    if (cached?.found) [raw, data, problems] = [lazyRawFile(id, kind, file, text), cached.data, []];
    else {
      const parsed = parseYaml(text);
      [raw, data, problems] = [{ id, kind, file, text, doc: parsed.doc, lines: parsed.lines }, parsed.data, parsed.problems];
      if (cached && !problems.length) cache!.put(cached.key, data);
    }
    files.push(raw);
    if (problems.length > 0) {
      for (const p of problems) diagnostics.push({ file, ...p, severity: "error" });
      continue;
    }
    if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
      const what = data === null || data === undefined ? "the file is empty" : `the file holds ${Array.isArray(data) ? "a list" : "a single value"}, not fields`;
      diagnostics.push({ file, line: 1, path: "(file)", severity: "error", message: `${what} — write the entity's fields (names:, …) as in docs/data-format.md` });
      continue;
    }
    if (!validate) {
      entities.push({ ...(data as object), id, kind, origin: file } as Entity);
      continue;
    }
    const parsed = ENTITY_SCHEMAS[kind].safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const how = issue.code === "invalid_type" ? typeFix(issue.expected, valueAt(data, issue.path), issue.path) : FIXES[issue.code];
        const fix = issue.message.includes(" — ") ? "" : ` — ${how ?? "see docs/data-format.md"}`;
        // An unknown key is reported at the key itself, not at the object holding it.
        const path = issue.code === "unrecognized_keys" && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
        diagnostics.push({ file, line: lineOf(raw, path), path: formatPath(path), severity: "error", message: `${issue.message}${fix}` });
      }
      continue;
    }
    entities.push({ ...parsed.data, id, kind, origin: file } as Entity);
  }
  // Vendored dataset extracts are part of the release too: the same answer needs the same data.
  // So are the Japanese names the build gives to dataset entities (data/agreement-names, data/dataset-names).
  for (const path of ["agreement-names", "dataset-names"].flatMap((d) => listFilesUnder(join(dataDir, d)))) hash.update(`${relative(dataDir, path)}\0`).update(readFileSync(path)).update("\0");
  for (const path of listFilesUnder(join(dataDir, "vendor"))) hash.update(`${relative(dataDir, path)}\0`).update(readFileSync(path)).update("\0");
  cache?.save();
  return { entities, files, diagnostics, release: hash.digest("hex").slice(0, 16) };
}
