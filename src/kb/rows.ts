import type Database from "better-sqlite3";
import type { TimeBounds } from "../model/time.js";
import { searchKey } from "./text.js";

export interface EntityRowInput {
  id: string;
  kind: string;
  type: string | null;
  names: { en: string; ja?: string };
  /** `searched: false`: a name that links and resolves, but is left out of the full-text index (it only rewords other names). */
  aliases: { text: string; lang: string; kind?: string; searched?: boolean }[];
  summary?: { en?: string; ja?: string };
  origin: string;
  body: unknown;
}

export interface StatementRowInput {
  id: string;
  subject: string;
  p: string;
  object?: string;
  value?: string | number;
  /** The value in Japanese (curated YAML's `value_ja`). */
  value_ja?: string;
  time?: string;
  bounds?: TimeBounds;
  at?: string;
  via?: string;
  role?: string;
  status: string;
  assertedBy?: string[];
  note?: string;
  /** The note in Japanese (curated YAML, or an importer's Japanese template). */
  note_ja?: string;
  origin: string;
}

/**
 * Writes entities (with their searchable names) and statements into the store's tables, the same way
 * for the curated build and for dataset imports. A statement whose id is already stored is left as it
 * is: the caller adds its source to the existing one instead.
 *
 * @example const w = rowWriter(db); w.entity({ id: "japan", kind: "state", … }); w.statementSource("st-…", "seed-000", "¶2")
 */
export function rowWriter(db: Database.Database) {
  const q = {
    entity: db.prepare("INSERT INTO entities(id, kind, type, name_en, name_ja, summary_en, summary_ja, origin, body) VALUES (?,?,?,?,?,?,?,?,?)"),
    name: db.prepare("INSERT INTO names(entity_id, text, key, lang, kind, primary_name) VALUES (?,?,?,?,?,?)"),
    search: db.prepare("INSERT INTO search(entity_id, names, summary) VALUES (?,?,?)"),
    entitySource: db.prepare("INSERT INTO entity_sources(entity_id, source_id, locator) VALUES (?,?,?)"),
    statement: db.prepare(
      `INSERT OR IGNORE INTO statements(id, subject, p, object, value, time, s_min, s_max, e_min, e_max, e_open, e_unknown,
         at, via, role, status, asserted_by, note, origin, note_ja, value_ja) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ),
    statementSource: db.prepare("INSERT INTO statement_sources(statement_id, source_id, locator) VALUES (?,?,?)"),
  };
  return {
    entity(e: EntityRowInput): void {
      q.entity.run(e.id, e.kind, e.type, e.names.en, e.names.ja ?? null, e.summary?.en ?? null, e.summary?.ja ?? null, e.origin, JSON.stringify(e.body));
      const names = [
        { text: e.names.en, lang: "en", kind: "name", primary: 1 },
        ...(e.names.ja ? [{ text: e.names.ja, lang: "ja", kind: "name", primary: 1 }] : []),
        // A name that only rewords the others is kept as kind "reworded": it links and resolves, and search leaves it out.
        ...e.aliases.map((a) => ({ text: a.text, lang: a.lang, kind: a.searched === false ? "reworded" : (a.kind ?? "name"), primary: 0 })),
      ];
      for (const n of names) q.name.run(e.id, n.text, searchKey(n.text), n.lang, n.kind, n.primary);
      q.search.run(e.id, names.filter((n) => n.kind !== "reworded").map((n) => searchKey(n.text)).join("\n"), searchKey([e.summary?.en, e.summary?.ja].filter(Boolean).join("\n")));
    },
    entitySource(entity: string, source: string, locator: string | null): void {
      q.entitySource.run(entity, source, locator);
    },
    statement(s: StatementRowInput): void {
      const b = s.bounds;
      q.statement.run(
        s.id, s.subject, s.p, s.object ?? null, s.value === undefined ? null : String(s.value), s.time ?? null,
        b?.start.min ?? null, b?.start.max ?? null, b?.end.min ?? null, b?.end.max ?? null, b ? Number(b.end.open) : null, b ? Number(b.end.unknown) : null,
        s.at ?? null, s.via ?? null, s.role ?? null, s.status, s.assertedBy ? JSON.stringify(s.assertedBy) : null, s.note ?? null, s.origin, s.note_ja ?? null,
        s.value_ja ?? null,
      );
    },
    statementSource(statement: string, source: string, locator: string | null): void {
      q.statementSource.run(statement, source, locator);
    },
  };
}
