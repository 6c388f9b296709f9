import type Database from "better-sqlite3";
import { statementId } from "../kb/statements.js";
import { searchKey } from "../kb/text.js";
import { isTimeError, parseTime } from "../model/time.js";
import type { DatasetEntity, DatasetStatement, ImportSink, Provenance } from "./types.js";
import { historicalState } from "./concordance.js";

export interface SinkCounts {
  read: number;
  taken: number;
  skipped: number;
  statements: number;
  series: number;
  entities: number;
}

/** The source id under which an import cites its dataset (apart from curated citations of the same dataset). */
export const sourceIdOf = (importer: { name: string }) => `import-${importer.name}`;

/**
 * Writes one importer's output into an open (temporary) database: statements keep the dataset as
 * their source with the file and line as locator; a statement identical to a curated one adds the
 * dataset as a second source instead of a twin. Skipped rows are recorded with their reason.
 */
export class DbSink implements ImportSink {
  readonly counts: SinkCounts = { read: 0, taken: 0, skipped: 0, statements: 0, series: 0, entities: 0 };
  readonly issues: { file: string; line: number; reason: string }[] = [];
  private readonly source: string;
  private readonly cow = new Map<string, string>();
  private readonly ids = new Set<string>();
  private lastProgress = 0;
  private readonly q;

  constructor(
    private readonly db: Database.Database,
    private readonly name: string,
    provenance: Provenance,
    private readonly onProgress?: (msg: string) => void,
  ) {
    this.source = sourceIdOf({ name });
    this.q = {
      entity: db.prepare("INSERT INTO entities(id, kind, type, name_en, name_ja, summary_en, summary_ja, origin, body) VALUES (?,?,?,?,?,?,NULL,?,?)"),
      name: db.prepare("INSERT INTO names(entity_id, text, key, lang, kind, primary_name) VALUES (?,?,?,?,?,?)"),
      search: db.prepare("INSERT INTO search(entity_id, names, summary) VALUES (?,?,?)"),
      entitySource: db.prepare("INSERT INTO entity_sources(entity_id, source_id, locator) VALUES (?,?,?)"),
      statement: db.prepare(
        `INSERT OR IGNORE INTO statements(id, subject, p, object, value, time, s_min, s_max, e_min, e_max, e_open, e_unknown,
           at, via, role, status, asserted_by, note, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?,?,NULL,?,?)`,
      ),
      statementSource: db.prepare("INSERT INTO statement_sources(statement_id, source_id, locator) VALUES (?,?,?)"),
      series: db.prepare("INSERT INTO series(entity_id, partner_id, indicator, year, value, source_id, locator) VALUES (?,?,?,?,?,?,?)"),
      voteState: db.prepare("INSERT OR IGNORE INTO vote_states(idx, state_id) VALUES ((SELECT coalesce(max(idx) + 1, 0) FROM vote_states), ?)"),
      voteIdx: db.prepare("SELECT idx FROM vote_states WHERE state_id = ?"),
      rollcall: db.prepare("INSERT OR REPLACE INTO rollcalls(rcid, session, date, year, important, issues, resolution, short, votes, source_id, locator) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
    };
    for (const r of db.prepare("SELECT id FROM entities").all() as { id: string }[]) this.ids.add(r.id);
    const states = db
      .prepare("SELECT id, json_extract(body, '$.cow') AS cow, type FROM entities WHERE kind = 'state' AND json_extract(body, '$.cow') IS NOT NULL ORDER BY type = 'historical'")
      .all() as { id: string; cow: number; type: string }[];
    for (const s of states) if (!this.cow.has(String(s.cow))) this.cow.set(String(s.cow), s.id);
    this.ensureSource(provenance);
  }

  private ensureSource(p: Provenance): void {
    if (this.ids.has(this.source)) return;
    const body = { names: { en: p.title }, type: "dataset", dataset: p.dataset, publisher: p.publisher, licence: p.licence, version: p.version, citation: p.citation, ...(p.url ? { url: p.url } : {}) };
    this.q.entity.run(this.source, "source", "dataset", p.title, null, p.citation, `dataset:${this.name}`, JSON.stringify(body));
    this.q.name.run(this.source, p.title, searchKey(p.title), "en", "name", 1);
    this.q.search.run(this.source, searchKey(p.title), searchKey(p.citation));
    this.ids.add(this.source);
  }

  lookup<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[];
  }

  exists(id: string): boolean {
    return this.ids.has(id);
  }

  stateOfCow(code: string, when?: string): string | undefined {
    return historicalState(code, when, (id) => this.ids.has(id)) ?? this.cow.get(String(Number(code)));
  }

  mapCow(code: string, id: string): void {
    this.cow.set(String(Number(code)), id);
  }

  entity(e: DatasetEntity): boolean {
    if (this.ids.has(e.id)) return false;
    const body = { names: e.names, aliases: e.aliases ?? [], ...(e.summary ? { summary: { en: e.summary } } : {}), ...(e.fields ?? {}) };
    this.q.entity.run(e.id, e.kind, e.type, e.names.en, e.names.ja ?? null, e.summary ?? null, `dataset:${this.name}`, JSON.stringify(body));
    const names = [{ text: e.names.en, lang: "en", kind: "name", primary: 1 }, ...(e.names.ja ? [{ text: e.names.ja, lang: "ja", kind: "name", primary: 1 }] : []), ...(e.aliases ?? []).map((a) => ({ ...a, kind: a.kind ?? "name", primary: 0 }))];
    for (const n of names) this.q.name.run(e.id, n.text, searchKey(n.text), n.lang, n.kind, n.primary);
    this.q.search.run(e.id, names.map((n) => searchKey(n.text)).join("\n"), searchKey(e.summary ?? ""));
    this.q.entitySource.run(e.id, this.source, e.locator);
    this.ids.add(e.id);
    this.counts.entities++;
    return true;
  }

  statement(s: DatasetStatement): string {
    const status = s.status ?? "accepted";
    const id = statementId({ p: s.p, subject: s.subject, object: s.object, time: s.time, value: s.value, role: s.role, at: s.at, via: undefined, status });
    const t = s.time ? parseTime(s.time) : undefined;
    if (t && isTimeError(t)) {
      // A row whose dates make no interval (an end before the start) is skipped, not imported.
      const m = /^(\S+) lines? (\d+)/.exec(s.locator);
      this.skip(m?.[1] ?? s.locator, Number(m?.[2] ?? 0), `${s.p}: ${t.error}`);
      return "";
    }
    const b = t && !isTimeError(t) ? t : undefined;
    this.q.statement.run(
      id, s.subject, s.p, s.object ?? null, s.value === undefined ? null : String(s.value), s.time ?? null,
      b?.start.min ?? null, b?.start.max ?? null, b?.end.min ?? null, b?.end.max ?? null, b ? Number(b.end.open) : null, b ? Number(b.end.unknown) : null,
      s.at ?? null, s.role ?? null, status, s.note ?? null, `dataset:${this.name}`,
    );
    this.q.statementSource.run(id, this.source, s.locator);
    this.counts.statements++;
    return id;
  }

  series(entity: string, partner: string | null, indicator: string, year: number, value: number, locator: string): void {
    this.q.series.run(entity, partner, indicator, year, value, this.source, locator);
    this.counts.series++;
  }

  private readonly voteIndex = new Map<string, number>();

  rollcall(r: { rcid: number; session: number; date: string; important: boolean; issues: number; resolution: string; short: string; votes: Map<string, 1 | 2 | 3>; locator: string }): void {
    for (const state of r.votes.keys()) {
      if (this.voteIndex.has(state)) continue;
      this.q.voteState.run(state);
      this.voteIndex.set(state, (this.q.voteIdx.get(state) as { idx: number }).idx);
    }
    // Every blob is as long as the state index at the time; shorter blobs read as "absent" beyond their end.
    const blob = new Uint8Array(this.voteIndex.size);
    for (const [state, v] of r.votes) blob[this.voteIndex.get(state)!] = v;
    this.q.rollcall.run(r.rcid, r.session, r.date, Number(r.date.slice(0, 4)), Number(r.important), r.issues, r.resolution, r.short, Buffer.from(blob), this.source, r.locator);
  }

  skip(file: string, line: number, reason: string): void {
    this.issues.push({ file, line, reason });
    this.counts.skipped++;
  }

  took(n = 1): void {
    this.counts.taken += n;
  }

  read(n = 1): void {
    this.counts.read += n;
  }

  progress(file: string): void {
    if (!this.onProgress) return;
    const now = Date.now();
    if (now - this.lastProgress < 500) return;
    this.lastProgress = now;
    this.onProgress(`${this.name}: ${file}: ${this.counts.read.toLocaleString("en")} rows read, ${this.counts.taken.toLocaleString("en")} taken, ${this.counts.skipped} skipped`);
  }
}
