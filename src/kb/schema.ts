/** Bumped whenever the tables change, so an old database is rebuilt rather than misread. */
export const SCHEMA_VERSION = 7;

/**
 * The embedded store. Days are ISO `YYYY-MM-DD` text (lexicographic order = time order), so as-of
 * questions are plain comparisons on indexed columns. `search` is an FTS5 trigram index over names,
 * aliases and summaries; `names.key` serves the 1–2 character queries trigram cannot match.
 */
export const SCHEMA_SQL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entities (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, type TEXT, name_en TEXT NOT NULL, name_ja TEXT,
  summary_en TEXT, summary_ja TEXT, origin TEXT NOT NULL, body TEXT NOT NULL
);
CREATE INDEX entities_kind ON entities(kind);
CREATE TABLE names (
  entity_id TEXT NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL, lang TEXT NOT NULL, kind TEXT NOT NULL,
  primary_name INTEGER NOT NULL
);
CREATE INDEX names_entity ON names(entity_id);
CREATE INDEX names_key ON names(key);
CREATE VIRTUAL TABLE search USING fts5(entity_id UNINDEXED, names, summary, tokenize = 'trigram');
CREATE TABLE entity_sources (entity_id TEXT NOT NULL, source_id TEXT NOT NULL, locator TEXT);
CREATE INDEX entity_sources_entity ON entity_sources(entity_id);
CREATE INDEX entity_sources_source ON entity_sources(source_id);
CREATE TABLE statements (
  id TEXT PRIMARY KEY, subject TEXT NOT NULL, p TEXT NOT NULL, object TEXT, value TEXT, time TEXT,
  s_min TEXT, s_max TEXT, e_min TEXT, e_max TEXT, e_open INTEGER, e_unknown INTEGER,
  at TEXT, via TEXT, role TEXT, status TEXT NOT NULL, asserted_by TEXT, note TEXT, origin TEXT NOT NULL,
  note_ja TEXT, value_ja TEXT
);
CREATE INDEX statements_subject ON statements(subject, p);
CREATE INDEX statements_object ON statements(object, p);
CREATE INDEX statements_p ON statements(p);
CREATE INDEX statements_time ON statements(s_min);
-- The ends of intervals that ended, for the timeline's spans (its starts read statements_time).
CREATE INDEX statements_end ON statements(e_min) WHERE e_open = 0 AND e_unknown = 0;
CREATE INDEX statements_at ON statements(at) WHERE at IS NOT NULL;
CREATE INDEX statements_via ON statements(via) WHERE via IS NOT NULL;
CREATE TABLE statement_sources (statement_id TEXT NOT NULL, source_id TEXT NOT NULL, locator TEXT);
-- Yearly figures from datasets (military spending, shared IGOs, ideal points …); partner is null for a state's own series.
CREATE TABLE series (
  entity_id TEXT NOT NULL, partner_id TEXT, indicator TEXT NOT NULL, year INTEGER NOT NULL, value REAL NOT NULL,
  source_id TEXT NOT NULL, locator TEXT
);
CREATE INDEX series_entity ON series(entity_id, indicator, year);
CREATE INDEX series_partner ON series(partner_id, indicator, year) WHERE partner_id IS NOT NULL;
-- What each dataset import read, took and skipped, and why it skipped.
CREATE TABLE import_log (dataset TEXT PRIMARY KEY, source_id TEXT NOT NULL, input TEXT NOT NULL, rows_read INTEGER NOT NULL,
  rows_taken INTEGER NOT NULL, rows_skipped INTEGER NOT NULL, statements INTEGER NOT NULL, series INTEGER NOT NULL, finished_at TEXT NOT NULL);
CREATE TABLE import_issues (dataset TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, reason TEXT NOT NULL);
-- UN General Assembly roll calls: one row per vote, with every state's vote packed in a blob
-- (byte i = vote of vote_states.idx i: 0 absent, 1 yes, 2 abstain, 3 no), so the analytics load in milliseconds.
CREATE TABLE vote_states (idx INTEGER PRIMARY KEY, state_id TEXT NOT NULL UNIQUE);
CREATE TABLE rollcalls (
  rcid INTEGER PRIMARY KEY, session INTEGER NOT NULL, date TEXT NOT NULL, year INTEGER NOT NULL, important INTEGER NOT NULL,
  issues INTEGER NOT NULL, resolution TEXT, short TEXT, votes BLOB NOT NULL, source_id TEXT NOT NULL, locator TEXT NOT NULL
);
CREATE INDEX rollcalls_year ON rollcalls(year);
-- Two sources disagreeing about the same fact: both statements are kept; the ledger names them.
CREATE TABLE ledger (
  id TEXT PRIMARY KEY, topic TEXT NOT NULL, subject TEXT NOT NULL, object TEXT, a_statement TEXT NOT NULL, b_statement TEXT,
  a_value TEXT, b_value TEXT, note TEXT NOT NULL, note_ja TEXT
);
CREATE INDEX statement_sources_statement ON statement_sources(statement_id);
CREATE INDEX statement_sources_source ON statement_sources(source_id);
`;
