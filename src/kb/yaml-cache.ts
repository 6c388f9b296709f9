import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
import { threadId } from "node:worker_threads";
import { PROJECT_ROOT } from "./paths.js";
import { MAX_ALIASES, MAX_NESTING, parseYaml } from "./read-yaml.js";

/** Another parser's entries for a folder are removed when not written for this long. */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** Bumped when what is stored changes shape; the parser's own changes are caught by `parserTag`. */
const FORMAT = 1;

/**
 * Names the parser that made an entry: the yaml package's version, the limits, and the text of
 * parseYaml itself, so that a change to how a file is read (an option, a limit, another yaml) makes
 * every entry unusable rather than stale.
 */
function parserTag(): string {
  let version = "?";
  try {
    version = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve("yaml/package.json"), "utf8")) as { version: string }).version;
  } catch {
    // Unknown version: entries are then kept only while the rest of the tag holds.
  }
  return createHash("sha256").update([FORMAT, version, MAX_ALIASES, MAX_NESTING, parseYaml.toString()].join("\0")).digest("hex").slice(0, 16);
}

/** A value JSON gives back exactly: no NaN, ±Infinity or -0, no undefined, no shared object (an alias), plain objects and arrays only. */
function jsonExact(v: unknown, seen: Set<object>): boolean {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== "object" || seen.has(v)) return false;
  seen.add(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i], seen)) return false;
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const keys = Object.keys(v);
  if (Reflect.ownKeys(v).length !== keys.length) return false;
  for (const k of keys) if (k === "__proto__" || !jsonExact((v as Record<string, unknown>)[k], seen)) return false;
  return true;
}

/**
 * Parsed data files, kept between runs under the file's sha-256: reading a file whose bytes are
 * unchanged skips the YAML parser (3.4 s for data/'s 6,500 files; the cache reads in about 0.2 s).
 * An entry is the value the parser gave for a file that parsed without a problem, and only when JSON
 * gives it back exactly; a file with a problem is parsed every time, so its diagnostics are always
 * the parser's. One cache file per data folder and parser, under node_modules/.cache/gaiko, for folders inside
 * the project (data/, test fixtures); `GAIKO_YAML_CACHE=0` turns it off, `GAIKO_YAML_CACHE=<dir>` puts
 * it in <dir> for any folder. A cache that cannot be read or written is ignored.
 *
 * @example const c = YamlCache.open("data"); c?.get(bytes); c?.put(key, data); c?.save();
 */
export class YamlCache {
  private readonly entries: Record<string, unknown>;
  private readonly used = new Map<string, unknown>();
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly tag: string,
  ) {
    let stored: { tag?: string; entries?: Record<string, unknown> } | undefined;
    try {
      stored = JSON.parse(readFileSync(path, "utf8")) as typeof stored;
    } catch {
      stored = undefined;
    }
    const ok = stored?.tag === tag && stored.entries !== null && typeof stored.entries === "object" && !Array.isArray(stored.entries);
    this.entries = ok ? stored!.entries! : {};
  }

  /** The cache for the data files under `dataDir`, or undefined when caching is off for it. */
  static open(dataDir: string): YamlCache | undefined {
    const setting = process.env.GAIKO_YAML_CACHE;
    if (setting === "0" || setting === "off") return undefined;
    const abs = resolve(dataDir);
    let dir = setting;
    if (!dir) {
      const rel = relative(PROJECT_ROOT, abs);
      if (rel.startsWith("..") || isAbsolute(rel) || !existsSync(join(PROJECT_ROOT, "node_modules"))) return undefined;
      dir = join(PROJECT_ROOT, "node_modules", ".cache", "gaiko");
    }
    const name = createHash("sha256").update(abs).digest("hex").slice(0, 16);
    const tag = parserTag();
    // One file per parser too: the bundled CLI and the sources run through tsx differ in parseYaml's text,
    // and each keeps its own entries rather than rewriting the other's.
    return new YamlCache(join(dir, `yaml-${name}-${tag}.json`), tag);
  }

  /** The key of a file's bytes, and its parsed value when the cache holds it. */
  get(bytes: Buffer): { key: string; found: boolean; data?: unknown } {
    const key = createHash("sha256").update(bytes).digest("base64url");
    if (this.used.has(key)) return { key, found: true, data: structuredClone(this.used.get(key)) };
    if (!Object.hasOwn(this.entries, key)) return { key, found: false };
    const data = this.entries[key];
    this.used.set(key, data);
    return { key, found: true, data };
  }

  /** Keeps a file's parsed value, if JSON can give it back exactly. Call before anything changes the value. */
  put(key: string, data: unknown): void {
    if (this.used.has(key) || !jsonExact(data, new Set())) return;
    this.used.set(key, data);
    this.changed = true;
  }

  /** Writes the entries used in this run (a file written whole, then renamed), when they differ from what was read. */
  save(): void {
    if (!this.changed && this.used.size === Object.keys(this.entries).length) return;
    // A name no other writer uses (test workers may be threads of one process); the rename is atomic.
    const tmp = `${this.path}.${process.pid}-${threadId}-${randomBytes(4).toString("hex")}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(tmp, JSON.stringify({ tag: this.tag, entries: Object.fromEntries(this.used) }));
      renameSync(tmp, this.path);
      this.prune();
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** Removes this folder's entries of other parsers that were not written for a week. */
  private prune(): void {
    const dir = dirname(this.path);
    const prefix = basename(this.path).replace(/-[^-]+\.json$/, "-");
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!name.startsWith(prefix) || !name.endsWith(".json") || path === this.path) continue;
      try {
        if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
      } catch {
        // Removed by another writer meanwhile.
      }
    }
  }
}
