import type { Kind } from "../model/ids.js";
import type { Predicate } from "../model/predicates.js";
import type { StatementStatus } from "../model/statement.js";

/** Where a dataset comes from and on what terms: kept as a source entity in the knowledge base. */
export interface Provenance {
  /** Folder name in ../shared/data. */
  dataset: string;
  title: string;
  publisher: string;
  version: string;
  licence: string;
  citation: string;
  url?: string;
}

export interface DatasetStatement {
  p: Predicate;
  subject: string;
  object?: string;
  time?: string;
  value?: string | number;
  role?: string;
  at?: string;
  status?: StatementStatus;
  note?: string;
  /** The note in Japanese: every importer that writes a note writes this too. */
  note_ja?: string;
  /** file and line of the row it came from, e.g. "cow_states.csv line 110". */
  locator: string;
}

export interface DatasetEntity {
  id: string;
  kind: Kind;
  type: string | null;
  names: { en: string; ja?: string };
  aliases?: { text: string; lang: string; kind?: string }[];
  /** A plain string is English alone; every importer gives both languages, { en, ja } (Japanese state names, dates 1938年1月). */
  summary?: string | { en: string; ja?: string };
  fields?: Record<string, unknown>;
  locator: string;
}

/** What an importer writes through: entities, statements, yearly series, and the rows it skipped. */
export interface ImportSink {
  /** Adds an entity unless one with this id exists; returns whether it was added. */
  entity(e: DatasetEntity): boolean;
  /** Stores a statement and returns its id; a statement whose time is invalid is recorded as a skipped row ("" returned). */
  statement(s: DatasetStatement): string;
  series(entity: string, partner: string | null, indicator: string, year: number, value: number, locator: string): void;
  skip(file: string, line: number, reason: string): void;
  /** A broken row (bad CSV, an impossible value): skipped, and counted against the share an import may reject. */
  reject(file: string, line: number, reason: string): void;
  /** A file that had a header and no rows: the import then fails ("read nothing"). */
  nothingIn(file: string): void;
  /** A UN General Assembly roll call with every state's vote (see the rollcalls table). */
  rollcall(r: { rcid: number; session: number; date: string; important: boolean; issues: number; resolution: string; short: string; votes: Map<string, 1 | 2 | 3>; locator: string }): void;
  took(n?: number): void;
  read(n?: number): void;
  /** The state for a COW code (on a date, where COW keeps whole what gaiko splits), or undefined when the concordance has none. */
  stateOfCow(code: string, when?: string): string | undefined;
  /** A span of a COW code cut where gaiko's state changes: `[state, from, to]` pieces (`to` may be ".."). */
  splitCow(code: string, start: string, end: string): [id: string, from: string, to: string][];
  exists(id: string): boolean;
  /** An entity's Japanese name: the stored one, else the one the build gives a dataset entity (data/agreement-names, data/dataset-names). */
  nameJa(id: string): string | undefined;
  /** A read-only look-up in what is already stored (curated data and earlier imports). */
  lookup<T>(sql: string, ...params: unknown[]): T[];
  /** Registers a COW code for a state this import created, so later rows find it. */
  mapCow(code: string, id: string): void;
  progress(file: string): void;
}

/** One dataset importer: streams its files from `dir` and writes Japan-related facts through `sink`. */
export interface Importer {
  name: string;
  provenance: Provenance;
  /** Files read, relative to the dataset folder (or to the vendored extract folder). */
  files: string[];
  /** For vendoring: which lines of each file the Japan extract keeps; a file not named is kept whole. */
  extract?: Record<string, (line: string) => boolean>;
  run(dir: string, sink: ImportSink): Promise<void>;
}
