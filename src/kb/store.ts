import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import type { Kind } from "../model/ids.js";
import { PREDICATES, type Predicate } from "../model/predicates.js";
import type { Citation, EntityRef, StatementView } from "../model/results.js";
import type { StatementStatus } from "../model/statement.js";
import { holdsOn } from "../model/time.js";
import { SCHEMA_VERSION } from "./schema.js";

export interface StatementRow {
  id: string; subject: string; p: Predicate; object: string | null; value: string | null; time: string | null;
  s_min: string | null; s_max: string | null; e_min: string | null; e_max: string | null;
  e_open: number | null; e_unknown: number | null; at: string | null; via: string | null; role: string | null;
  status: StatementStatus; asserted_by: string | null; note: string | null; origin: string;
}

export interface EntityRow {
  id: string; kind: Kind; type: string | null; name_en: string; name_ja: string | null;
  summary_en: string | null; summary_ja: string | null; origin: string; body: string;
}

export class NoDatabaseError extends Error {}

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
  private citeCache = new Map<string, { title: string; url: string | null }>();
  private readonly stmts: {
    entity: Database.Statement<[string], EntityRow>;
    ref: Database.Statement<[string], { id: string; kind: Kind; name_en: string; name_ja: string | null }>;
    url: Database.Statement<[string], { name_en: string; url: string | null }>;
  };
  /** Every statement's citations, read once: views are built on hot paths and this table is small. */
  private citationsByStatement?: Map<string, { source_id: string; locator: string | null }[]>;

  private constructor(readonly db: Database.Database) {
    const meta = Object.fromEntries(
      (db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[]).map((r) => [r.key, r.value]),
    );
    if (meta.schema_version !== String(SCHEMA_VERSION)) throw new NoDatabaseError("the database was built by another gaiko version; run gaiko build");
    this.release = meta.release ?? "unknown";
    this.builtAt = meta.built_at ?? "unknown";
    this.stmts = {
      entity: db.prepare("SELECT * FROM entities WHERE id = ?"),
      ref: db.prepare("SELECT id, kind, name_en, name_ja FROM entities WHERE id = ?"),
      url: db.prepare("SELECT name_en, json_extract(body, '$.url') AS url FROM entities WHERE id = ?"),
    };
  }

  static open(path: string): Store {
    if (!existsSync(path)) throw new NoDatabaseError(`no database at ${path}; run gaiko build`);
    return new Store(new Database(path, { readonly: true, fileMustExist: true }));
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
      time: row.time,
      start: row.s_min,
      end: row.e_open ? null : row.e_unknown ? null : row.e_max,
      at: row.at ? this.ref(row.at) : null,
      via: row.via ? this.ref(row.via) : null,
      role: row.role,
      status: row.status,
      assertedBy: row.asserted_by ? (JSON.parse(row.asserted_by) as string[]).map((a) => this.ref(a)!).filter(Boolean) : [],
      note: row.note,
      sources: this.citationsOf(row.id).map((s) => this.citation(s.source_id, s.locator)),
    };
    if (asOf !== undefined && def.time === "interval") v.holds = holdsOnRow(row, asOf);
    if (asOf !== undefined) v.phase = phaseOn(row, asOf, def.time === "interval" || (def.time === "any" && (row.time?.includes("/") ?? false)));
    return v;
  }
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
  const h = holdsOnRow(row, day);
  return h === "yes" ? "held" : h === "uncertain" ? "uncertain" : "ended";
}
