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

/** A statement row's columns, in the order `statementRow` reads them (the table's order). */
const STATEMENT_COLUMNS = [
  "id", "subject", "p", "object", "value", "time", "s_min", "s_max", "e_min", "e_max", "e_open", "e_unknown",
  "at", "via", "role", "status", "asserted_by", "note", "origin", "note_ja", "value_ja",
] as const satisfies readonly (keyof StatementRow)[];

/** A row read as an array in `STATEMENT_COLUMNS`'s order, as an object. */
function statementRow(a: unknown[]): StatementRow {
  return {
    id: a[0] as string, subject: a[1] as string, p: a[2] as Predicate, object: a[3] as string | null, value: a[4] as string | null,
    time: a[5] as string | null, s_min: a[6] as string | null, s_max: a[7] as string | null, e_min: a[8] as string | null,
    e_max: a[9] as string | null, e_open: a[10] as number | null, e_unknown: a[11] as number | null, at: a[12] as string | null,
    via: a[13] as string | null, role: a[14] as string | null, status: a[15] as StatementStatus, asserted_by: a[16] as string | null,
    note: a[17] as string | null, origin: a[18] as string, note_ja: a[19] as string | null, value_ja: a[20] as string | null,
  };
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
  /** The lookups every view makes, read as arrays (see `statementRows`): ref [kind, name_en, name_ja], url [name_en, url], citations [[source_id, locator]]. */
  private readonly stmts: {
    entity: Database.Statement<[string], EntityRow>;
    ref: Database.Statement<[string], [Kind, string, string | null]>;
    url: Database.Statement<[string], [string, string | null]>;
    citations: Database.Statement<[string], [string, string | null]>;
  };
  /**
   * Every statement's citations, read once, for a store that serves many queries (views are built on hot
   * paths and this table is small). A store holding a snapshot reads each statement's own instead: a
   * lookup costs a few µs there, and a command views a part of the statements once.
   */
  private citationsByStatement?: Map<string, [source: string, locator: string | null][]>;
  /** Whether the store holds one read transaction (`holdSnapshot`). */
  private snapshot = false;

  private constructor(readonly db: Database.Database) {
    const meta = readMeta(db);
    if (meta.schema_version !== String(SCHEMA_VERSION)) throw new NoDatabaseError("the database was built by another gaiko version; run gaiko build");
    this.release = meta.release ?? "unknown";
    this.builtAt = meta.built_at ?? "unknown";
    this.stmts = {
      entity: db.prepare("SELECT * FROM entities WHERE id = ?"),
      ref: db.prepare<[string], [Kind, string, string | null]>("SELECT kind, name_en, name_ja FROM entities WHERE id = ?").raw(true),
      url: db.prepare<[string], [string, string | null]>("SELECT name_en, json_extract(body, '$.url') FROM entities WHERE id = ?").raw(true),
      citations: db.prepare<[string], [string, string | null]>("SELECT source_id, locator FROM statement_sources WHERE statement_id = ? ORDER BY rowid").raw(true),
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

  /** Compiled statements by how they read rows and their SQL (`prepared`, `rawRows`, `statementRows`). */
  private compiledCache = new Map<string, Database.Statement>();

  /** `sql` compiled once per store, reading rows as objects, as arrays (`raw`) or as their one column (`pluck`). */
  private compiled(sql: string, mode: "object" | "raw" | "pluck"): Database.Statement {
    const key = `${mode}\0${sql}`;
    let st = this.compiledCache.get(key);
    if (!st) {
      st = this.db.prepare(sql);
      if (mode === "raw") st.raw(true);
      else if (mode === "pluck") st.pluck(true);
      this.compiledCache.set(key, st);
    }
    return st;
  }

  /** A prepared statement for `sql`, compiled once per store: queries run on hot paths. */
  prepared(sql: string): Database.Statement {
    return this.compiled(sql, "object");
  }

  /**
   * The statement rows of a query given from its FROM clause on, in which `s` names the statements table. Each
   * row is read as one JSON array made by SQLite and parsed here: on Node 20, better-sqlite3 sets each value of a
   * row object (or array) through V8's API, a slow path that made reading Japan's 4,568 rows as objects cost
   * about 280 M instructions in a cold process (valgrind), 180 M this way.
   *
   * @example store.statementRows("FROM statements s WHERE s.subject = ? ORDER BY s.rowid", "japan")
   */
  statementRows(from: string, ...params: unknown[]): StatementRow[] {
    const sql = `SELECT json_array(${STATEMENT_COLUMNS.map((c) => `s.${c}`).join(", ")}) ${from}`;
    return (this.compiled(sql, "pluck").all(...params) as string[]).map((j) => statementRow(JSON.parse(j) as unknown[]));
  }

  /** The rows of `sql` as arrays of its columns, the statement compiled once per store. */
  rawRows(sql: string, ...params: unknown[]): unknown[][] {
    return this.compiled(sql, "raw").all(...params) as unknown[][];
  }

  entityRow(id: string): EntityRow | undefined {
    return this.stmts.entity.get(id);
  }

  /** A short reference to an entity (id, kind, names), cached. */
  ref(id: string): EntityRef | null {
    let r = this.refCache.get(id);
    if (r === undefined) {
      const row = this.stmts.ref.get(id);
      r = row ? { id, kind: row[0], name: { en: row[1], ja: row[2] } } : null;
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
      c = { title: row?.[0] ?? source, url: row?.[1] ?? null };
      this.citeCache.set(source, c);
    }
    return { source, title: c.title, locator, url: c.url };
  }

  /** A statement's citations as [source, locator], in the order its file gives them. */
  private citationsOf(statementId: string): [source: string, locator: string | null][] {
    if (this.snapshot) return this.stmts.citations.all(statementId);
    if (!this.citationsByStatement) {
      const map = new Map<string, [string, string | null][]>();
      for (const [statement, source, locator] of this.rawRows("SELECT statement_id, source_id, locator FROM statement_sources ORDER BY rowid") as [string, string, string | null][]) {
        const list = map.get(statement);
        if (list) list.push([source, locator]);
        else map.set(statement, [[source, locator]]);
      }
      this.citationsByStatement = map;
    }
    return this.citationsByStatement.get(statementId) ?? [];
  }

  /** Turns a statement row into its documented view; with `asOf`, says whether it held that day. */
  view(row: StatementRow, asOf?: string): StatementView {
    const def = PREDICATES[row.p];
    const { id, p, value, time, role, status, note, note_ja } = row;
    const label = labelOf(p);
    const subject = this.ref(row.subject)!;
    const object = row.object ? this.ref(row.object) : null;
    const start = row.s_min;
    const end = row.e_open ? null : row.e_unknown ? null : row.e_max;
    const at = row.at ? this.ref(row.at) : null;
    const via = row.via ? this.ref(row.via) : null;
    const assertedBy = row.asserted_by ? (JSON.parse(row.asserted_by) as string[]).map((a) => this.ref(a)!).filter(Boolean) : [];
    const sources = this.citationsOf(row.id).map(([source, locator]) => this.citation(source, locator));
    // Two literals, not one with `...(value_ja ? { value_ja } : {})`: every key after a spread is defined by a
    // runtime call, some 64 M instructions for Japan's 4,568 views (valgrind). value_ja goes after value either way.
    const v: StatementView = row.value_ja
      ? { id, p, label, subject, object, value, value_ja: row.value_ja, time, start, end, at, via, role, status, assertedBy, note, note_ja, sources }
      : { id, p, label, subject, object, value, time, start, end, at, via, role, status, assertedBy, note, note_ja, sources };
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

const LABELS = new Map<Predicate, { en: string; ja: string }>();

/** A predicate's label, one object per predicate: a view is made per statement, thousands for one page. */
function labelOf(p: Predicate): { en: string; ja: string } {
  let l = LABELS.get(p);
  if (!l) LABELS.set(p, (l = { en: PREDICATES[p].en, ja: PREDICATES[p].ja }));
  return l;
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
