import type Database from "better-sqlite3";
import { statementId } from "../kb/statements.js";
import { rowWriter } from "../kb/rows.js";
import { isTimeError, parseTime } from "../model/time.js";
import type { DatasetEntity, DatasetStatement, ImportSink, Provenance } from "./types.js";
import { CowConcordance, readStateLines } from "./concordance.js";

export interface SinkCounts {
  read: number;
  taken: number;
  skipped: number;
  /** Skipped rows that were broken (bad CSV, impossible values), counted against `--max-rejected`. */
  rejected: number;
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
  readonly counts: SinkCounts = { read: 0, taken: 0, skipped: 0, rejected: 0, statements: 0, series: 0, entities: 0 };
  readonly issues: { file: string; line: number; reason: string }[] = [];
  /** Files read that had a header and no rows. */
  readonly empty = new Set<string>();
  private readonly source: string;
  private readonly cow = new Map<string, string>();
  private readonly concordance: CowConcordance;
  private readonly ids = new Set<string>();
  private lastProgress = 0;
  private readonly q;
  private readonly w: ReturnType<typeof rowWriter>;

  constructor(
    private readonly db: Database.Database,
    private readonly name: string,
    provenance: Provenance,
    private readonly onProgress?: (msg: string) => void,
    /** The Japanese names the build gives dataset entities after the imports, by id: the summaries name them too. */
    private readonly names: ReadonlyMap<string, string> = new Map(),
  ) {
    this.source = sourceIdOf({ name });
    this.w = rowWriter(db);
    this.q = {
      series: db.prepare("INSERT INTO series(entity_id, partner_id, indicator, year, value, source_id, locator) VALUES (?,?,?,?,?,?,?)"),
      voteState: db.prepare("INSERT OR IGNORE INTO vote_states(idx, state_id) VALUES ((SELECT coalesce(max(idx) + 1, 0) FROM vote_states), ?)"),
      voteIdx: db.prepare("SELECT idx FROM vote_states WHERE state_id = ?"),
      nameJa: db.prepare("SELECT name_ja FROM entities WHERE id = ?"),
      rollcall: db.prepare("INSERT OR REPLACE INTO rollcalls(rcid, session, date, year, important, issues, resolution, short, votes, source_id, locator) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
    };
    for (const r of db.prepare("SELECT id FROM entities").all() as { id: string }[]) this.ids.add(r.id);
    const states = db
      .prepare("SELECT id, json_extract(body, '$.cow') AS cow, type FROM entities WHERE kind = 'state' AND json_extract(body, '$.cow') IS NOT NULL ORDER BY type = 'historical'")
      .all() as { id: string; cow: number; type: string }[];
    for (const s of states) if (!this.cow.has(String(s.cow))) this.cow.set(String(s.cow), s.id);
    this.concordance = new CowConcordance(readStateLines((sql) => this.lookup(sql)), (id) => this.ids.has(id), (code) => this.cow.get(code));
    this.ensureSource(provenance);
  }

  private ensureSource(p: Provenance): void {
    if (this.ids.has(this.source)) return;
    const body = { names: { en: p.title }, type: "dataset", dataset: p.dataset, publisher: p.publisher, licence: p.licence, version: p.version, citation: p.citation, ...(p.url ? { url: p.url } : {}) };
    this.w.entity({ id: this.source, kind: "source", type: "dataset", names: { en: p.title }, aliases: [], summary: { en: p.citation }, origin: `dataset:${this.name}`, body });
    this.ids.add(this.source);
  }

  /** Look-ups prepared once per import: importers ask the same few queries thousands of times. */
  private readonly prepared = new Map<string, Database.Statement>();

  lookup<T>(sql: string, ...params: unknown[]): T[] {
    let st = this.prepared.get(sql);
    if (!st) this.prepared.set(sql, (st = this.db.prepare(sql)));
    return st.all(...params) as T[];
  }

  exists(id: string): boolean {
    return this.ids.has(id);
  }

  stateOfCow(code: string, when?: string): string | undefined {
    return this.concordance.stateOn(code, when);
  }

  splitCow(code: string, start: string, end: string): [id: string, from: string, to: string][] {
    return this.concordance.split(code, start, end);
  }

  mapCow(code: string, id: string): void {
    this.cow.set(String(Number(code)), id);
  }

  nameJa(id: string): string | undefined {
    return (this.q.nameJa.get(id) as { name_ja: string | null } | undefined)?.name_ja ?? this.names.get(id);
  }

  entity(e: DatasetEntity): boolean {
    if (this.ids.has(e.id)) return false;
    // Both languages into the body and the columns, as a curated file's `summary: { en, ja }`.
    const summary = typeof e.summary === "string" ? { en: e.summary } : e.summary?.ja ? { en: e.summary.en, ja: e.summary.ja } : e.summary ? { en: e.summary.en } : undefined;
    const body = { names: e.names, aliases: e.aliases ?? [], ...(summary ? { summary } : {}), ...(e.fields ?? {}) };
    this.w.entity({ id: e.id, kind: e.kind, type: e.type, names: e.names, aliases: e.aliases ?? [], summary, origin: `dataset:${this.name}`, body });
    this.w.entitySource(e.id, this.source, e.locator);
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
      this.reject(m?.[1] ?? s.locator, Number(m?.[2] ?? 0), `${s.p}: ${t.error}`);
      return "";
    }
    this.w.statement({ ...s, id, status, bounds: t, origin: `dataset:${this.name}` });
    this.w.statementSource(id, this.source, s.locator);
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

  reject(file: string, line: number, reason: string): void {
    this.skip(file, line, reason);
    this.counts.rejected++;
  }

  nothingIn(file: string): void {
    this.empty.add(file);
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
