import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Kind } from "../model/ids.js";
import { PREDICATES, type Predicate } from "../model/predicates.js";
import type { Citation, EntityRef, StatementView } from "../model/results.js";
import type { StatementStatus } from "../model/statement.js";
import { holdsOn } from "../model/time.js";
import { dbPath } from "./paths.js";
import { SCHEMA_VERSION } from "./schema.js";

export interface StatementRow {
  id: string; subject: string; p: Predicate; object: string | null; value: string | null; time: string | null;
  s_min: string | null; s_max: string | null; e_min: string | null; e_max: string | null;
  e_open: number | null; e_unknown: number | null; at: string | null; via: string | null; role: string | null;
  status: StatementStatus; asserted_by: string | null; note: string | null; origin: string;
  note_ja: string | null;
  value_ja: string | null;
}

export interface EntityRow {
  id: string; kind: Kind; type: string | null; name_en: string; name_ja: string | null;
  summary_en: string | null; summary_ja: string | null; origin: string; body: string;
}

export class NoDatabaseError extends Error {}

/**
 * The database file exists but cannot be read as a whole: truncated, overwritten, or not a gaiko
 * database. Every reader (CLI and server) gives the same message, which says what to do; nothing
 * rebuilds a damaged file by itself, so that a disk fault is seen rather than papered over.
 *
 * @example throw new DamagedDatabaseError("var/gaiko.db", "truncated: 10000000 of 28528640 bytes")
 */
export class DamagedDatabaseError extends NoDatabaseError {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(damageMessage(path, detail));
  }
}

/** The one sentence for a damaged database: what is wrong and what to do. */
function damageMessage(path: string, detail: string): string {
  return `the database at ${path} is damaged (${detail}); run \`${buildCommand(path)}\` to rebuild it`;
}

/** The command that builds the database at `path`. */
function buildCommand(path: string): string {
  return resolve(path) === resolve(dbPath()) ? "gaiko build" : `gaiko build --db ${path}`;
}

/** The most of a database file a snapshot maps into memory (the full build is ~50 MB). */
const MMAP_BYTES = 1 << 30;

/** SQLite result codes that mean the file itself is bad, not the query. */
const DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB|IOERR)/;

/** The database opened last: a CLI command opens one, so a damage error met later names it. */
let lastOpened: string | undefined;

/**
 * A SQLite error that says the file is damaged, as a `DamagedDatabaseError` naming `path`; undefined
 * for any other error (a bad query stays a bug, not a damaged file).
 *
 * @example const d = asDamageError(e); if (d) throw d;
 */
export function asDamageError(e: unknown, path = lastOpened ?? dbPath()): DamagedDatabaseError | undefined {
  if (e instanceof DamagedDatabaseError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !DAMAGE_CODES.test(code)) return undefined;
  return new DamagedDatabaseError(path, (e as Error).message);
}

/**
 * A read-only handle on the built store, with the small lookups every query shares
 * (entity references, citations, statement views). Queries live in their own modules.
 *
 * @example const store = Store.open("var/gaiko.db"); store.ref("japan")
 */
export class Store {
  readonly release: string;
  readonly builtAt: string;
  private refCache = new Map<string, EntityRef | null>();
  private eventTimes = new Map<string, string | null>();
  private citeCache = new Map<string, { title: string; url: string | null }>();
  private readonly stmts: {
    entity: Database.Statement<[string], EntityRow>;
    ref: Database.Statement<[string], { id: string; kind: Kind; name_en: string; name_ja: string | null }>;
    url: Database.Statement<[string], { name_en: string; url: string | null }>;
    citations: Database.Statement<[string], { source_id: string; locator: string | null }>;
  };
  /**
   * Every statement's citations, read once, for a store that serves many queries (views are built on hot
   * paths and this table is small). A store holding a snapshot reads each statement's own instead: a
   * lookup costs a few µs there, and a command views a part of the statements once.
   */
  private citationsByStatement?: Map<string, { source_id: string; locator: string | null }[]>;
  /** Whether the store holds one read transaction (`holdSnapshot`). */
  private snapshot = false;

  private constructor(readonly db: Database.Database) {
    const meta = readMeta(db);
    if (meta.schema_version !== String(SCHEMA_VERSION)) throw new NoDatabaseError("the database was built by another gaiko version; run gaiko build");
    this.release = meta.release ?? "unknown";
    this.builtAt = meta.built_at ?? "unknown";
    this.stmts = {
      entity: db.prepare("SELECT * FROM entities WHERE id = ?"),
      ref: db.prepare("SELECT id, kind, name_en, name_ja FROM entities WHERE id = ?"),
      url: db.prepare("SELECT name_en, json_extract(body, '$.url') AS url FROM entities WHERE id = ?"),
      citations: db.prepare("SELECT source_id, locator FROM statement_sources WHERE statement_id = ? ORDER BY rowid"),
    };
  }

  /**
   * Opens the file read-only. A missing file is a `NoDatabaseError`; a truncated, overwritten or
   * foreign one a `DamagedDatabaseError` (found cheaply: the header, the page count against the file's
   * size, and the meta table; damage deeper in is found by the query that meets it, see `asDamageError`).
   */
  static open(path: string): Store {
    if (!existsSync(path)) throw new NoDatabaseError(`no database at ${path}; run \`${buildCommand(path)}\` to build it`);
    lastOpened = path;
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      const size = statSync(path).size;
      const pages = (db.pragma("page_count", { simple: true }) as number) * (db.pragma("page_size", { simple: true }) as number);
      if (size === 0) throw new DamagedDatabaseError(path, "the file is empty");
      if (size < pages) throw new DamagedDatabaseError(path, `truncated: ${size} of ${pages} bytes`);
      return new Store(db);
    } catch (e) {
      db?.close();
      throw asDamageError(e, path) ?? e;
    }
  }

  /**
   * Holds one read transaction from the next query until the store closes, for a process that reads
   * and exits (a CLI command): every query reads the same snapshot, and SQLite takes and checks its
   * file lock once instead of once per statement, which had cost some 20 µs a lookup (a cold
   * `gaiko show japan` makes about 9,000). The file is also read through a memory map, not a system
   * call per page: safe because `open` checked that every page is in the file and gaiko's writers
   * replace a database by renaming a new file over it, never by rewriting it in place. Not for a
   * server: it would keep reading the file it opened.
   *
   * @example const store = Store.open("var/gaiko.db").holdSnapshot()
   */
  holdSnapshot(): this {
    if (this.snapshot) return this;
    this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
    this.db.exec("BEGIN");
    this.snapshot = true;
    return this;
  }

  close(): void {
    this.db.close();
  }

  private preparedCache = new Map<string, Database.Statement>();

  /** A prepared statement for `sql`, compiled once per store: queries run on hot paths. */
  prepared(sql: string): Database.Statement {
    let st = this.preparedCache.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.preparedCache.set(sql, st);
    }
    return st;
  }

  entityRow(id: string): EntityRow | undefined {
    return this.stmts.entity.get(id);
  }

  /** A short reference to an entity (id, kind, names), cached. */
  ref(id: string): EntityRef | null {
    let r = this.refCache.get(id);
    if (r === undefined) {
      const row = this.stmts.ref.get(id);
      r = row ? { id: row.id, kind: row.kind, name: { en: row.name_en, ja: row.name_ja } } : null;
      this.refCache.set(id, r);
    }
    return r;
  }

  /**
   * The time of an event (its first `occurred` statement), for the undated statements about it; null for
   * an entity that is no event or has no date.
   * @example store.eventTime("g7-summit-2008") // "2008-07-07/2008-07-09"
   */
  eventTime(id: string): string | null {
    let t = this.eventTimes.get(id);
    if (t === undefined) {
      const row = this.prepared("SELECT time FROM statements WHERE subject = ? AND p = 'occurred' AND time IS NOT NULL AND status != 'rejected' ORDER BY s_min LIMIT 1").get(id) as { time: string } | undefined;
      t = row?.time ?? null;
      this.eventTimes.set(id, t);
    }
    return t;
  }

  citation(source: string, locator: string | null): Citation {
    let c = this.citeCache.get(source);
    if (!c) {
      const row = this.stmts.url.get(source);
      c = { title: row?.name_en ?? source, url: row?.url ?? null };
      this.citeCache.set(source, c);
    }
    return { source, title: c.title, locator, url: c.url };
  }

  private citationsOf(statementId: string): { source_id: string; locator: string | null }[] {
    if (this.snapshot) return this.stmts.citations.all(statementId);
    if (!this.citationsByStatement) {
      const map = new Map<string, { source_id: string; locator: string | null }[]>();
      const rows = this.db.prepare("SELECT statement_id, source_id, locator FROM statement_sources ORDER BY rowid").all() as { statement_id: string; source_id: string; locator: string | null }[];
      for (const r of rows) {
        const list = map.get(r.statement_id) ?? [];
        list.push({ source_id: r.source_id, locator: r.locator });
        map.set(r.statement_id, list);
      }
      this.citationsByStatement = map;
    }
    return this.citationsByStatement.get(statementId) ?? [];
  }

  /** Turns a statement row into its documented view; with `asOf`, says whether it held that day. */
  view(row: StatementRow, asOf?: string): StatementView {
    const def = PREDICATES[row.p];
    const v: StatementView = {
      id: row.id,
      p: row.p,
      label: { en: def.en, ja: def.ja },
      subject: this.ref(row.subject)!,
      object: row.object ? this.ref(row.object) : null,
      value: row.value,
      ...(row.value_ja ? { value_ja: row.value_ja } : {}),
      time: row.time,
      start: row.s_min,
      end: row.e_open ? null : row.e_unknown ? null : row.e_max,
      at: row.at ? this.ref(row.at) : null,
      via: row.via ? this.ref(row.via) : null,
      role: row.role,
      status: row.status,
      assertedBy: row.asserted_by ? (JSON.parse(row.asserted_by) as string[]).map((a) => this.ref(a)!).filter(Boolean) : [],
      note: row.note,
      note_ja: row.note_ja,
      sources: this.citationsOf(row.id).map((s) => this.citation(s.source_id, s.locator)),
    };
    // "Japan took part in the 34th G8 summit" shares the summit's date: a source page had written it "undated".
    if (!row.time && EVENT_DATED.has(row.p) && v.subject.kind === "event") {
      const t = this.eventTime(row.subject);
      if (t) v.eventTime = t;
    }
    if (asOf !== undefined && def.time === "interval") v.holds = holdsOnRow(row, asOf);
    if (asOf !== undefined) v.phase = phaseOn(row, asOf, def.time === "interval" || (def.time === "any" && (row.time?.includes("/") ?? false)));
    return v;
  }
}

/** Predicates whose undated statements about an event share the event's date (who took part, what it concerns). */
const EVENT_DATED: ReadonlySet<Predicate> = new Set<Predicate>(["participant", "concerns"]);

function readMeta(db: Database.Database): Record<string, string> {
  let rows: { key: string; value: string }[];
  try {
    rows = db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[];
  } catch (e) {
    if (/no such table/.test((e as Error).message)) throw new DamagedDatabaseError(db.name, "not a gaiko database: it has no meta table");
    throw e;
  }
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Whether a statement row held on `day` (see `holdsOn`); a statement without a time is "uncertain". */
export function holdsOnRow(row: StatementRow, day: string): "yes" | "no" | "uncertain" {
  if (!row.s_min || !row.s_max || !row.e_min || !row.e_max) return "uncertain";
  return holdsOn(
    {
      start: { min: row.s_min, max: row.s_max },
      end: { min: row.e_min, max: row.e_max, open: row.e_open === 1, unknown: row.e_unknown === 1 },
    },
    day,
  );
}


/**
 * Where a statement stands against `day`: held (or uncertain), begun or happened later, ended, or a
 * past act (a point in time on or before the day).
 *
 * @example phaseOn(rowOf("1972-09-29/.."), "1970-01-01", true) // "later"
 */
export function phaseOn(row: StatementRow, day: string, interval: boolean): "held" | "uncertain" | "later" | "ended" | "past" | "undated" {
  if (!row.s_min) return "undated";
  if (day < row.s_min) return "later";
  if (!interval) return row.s_max !== null && day < row.s_max ? "uncertain" : "past";
  // An event's span names its first and last day ("19–21 May 2023"): it is still going on on its last
  // day, unlike a relation, whose end is the day it ended (docs/time-model.md).
  if (row.p === "occurred" && row.e_min && row.e_max && row.e_open !== 1 && row.e_unknown !== 1) {
    if (day > row.e_max) return "ended";
    return (row.s_max !== null && day < row.s_max) || day > row.e_min ? "uncertain" : "held";
  }
  const h = holdsOnRow(row, day);
  return h === "yes" ? "held" : h === "uncertain" ? "uncertain" : "ended";
}
