import type { Kind } from "../model/ids.js";
import type { ExportJson } from "../model/results.js";
import type { EntityRow, Store, StatementRow } from "./store.js";

/**
 * The whole knowledge base as one JSON document: every entity with its names, aliases, summary,
 * fields and sources, and every statement with its time and sources.
 *
 * @example exportJson(store).counts.statements
 */
export function exportJson(store: Store): ExportJson {
  const entityRows = store.prepared("SELECT * FROM entities ORDER BY kind, id").all() as EntityRow[];
  const esrc = groupSources(store, "SELECT entity_id AS id, source_id, locator FROM entity_sources");
  const ssrc = groupSources(store, "SELECT statement_id AS id, source_id, locator FROM statement_sources");
  const entities = entityRows.map((r) => {
    const { names: _n, aliases = [], summary: _s, sources: _src, statements: _st, ...fields } = JSON.parse(r.body) as Record<string, unknown> & {
      aliases?: { text: string; lang: string; kind?: string }[];
    };
    return {
      id: r.id,
      kind: r.kind,
      type: r.type,
      names: { en: r.name_en, ja: r.name_ja },
      aliases: aliases.map((a) => ({ text: a.text, lang: a.lang, kind: a.kind ?? "name" })),
      summary: { en: r.summary_en, ja: r.summary_ja },
      fields,
      sources: esrc.get(r.id) ?? [],
    };
  });
  const statementRows = store.prepared("SELECT * FROM statements ORDER BY subject, p, id").all() as StatementRow[];
  const statements = statementRows.map((r) => ({
    id: r.id,
    p: r.p,
    subject: r.subject,
    object: r.object,
    value: r.value,
    value_ja: r.value_ja,
    time: r.time,
    at: r.at,
    via: r.via,
    role: r.role,
    status: r.status,
    assertedBy: r.asserted_by ? (JSON.parse(r.asserted_by) as string[]) : [],
    note: r.note,
    note_ja: r.note_ja,
    sources: ssrc.get(r.id) ?? [],
  }));
  return {
    release: store.release,
    builtAt: store.builtAt,
    generator: "gaiko",
    counts: { entities: entities.filter((e) => e.kind !== "source").length, statements: statements.length, sources: entities.filter((e) => e.kind === "source").length },
    entities,
    statements,
  };
}

function groupSources(store: Store, sql: string): Map<string, { source: string; locator: string | null }[]> {
  const out = new Map<string, { source: string; locator: string | null }[]>();
  for (const r of store.prepared(sql).all() as { id: string; source_id: string; locator: string | null }[]) {
    const list = out.get(r.id) ?? [];
    list.push({ source: r.source_id, locator: r.locator });
    out.set(r.id, list);
  }
  return out;
}

export const STATEMENT_CSV_COLUMNS = [
  "id", "subject", "subject_name", "p", "object", "object_name", "value", "time", "at", "via", "role", "status", "asserted_by", "note", "sources",
  // Added later: new columns go last, so readers that index columns by position keep working.
  "note_ja", "value_ja",
];

/** The statements as CSV rows (one per statement; sources as `source@locator` joined by `; `). */
export function statementCsvRows(store: Store, data: ExportJson): (string | null)[][] {
  const name = (id: string | null) => (id ? (store.ref(id)?.name.en ?? id) : null);
  return data.statements.map((s) => [
    s.id, s.subject, name(s.subject), s.p, s.object, name(s.object), s.value, s.time, s.at, s.via, s.role, s.status,
    s.assertedBy.join("; "), s.note, s.sources.map((r) => (r.locator ? `${r.source}@${r.locator}` : r.source)).join("; "),
    s.note_ja, s.value_ja,
  ]);
}

const SCHEMA_ORG: Record<Kind, string> = {
  state: "Country",
  organization: "Organization",
  agreement: "Legislation",
  dispute: "Thing",
  place: "Place",
  person: "Person",
  event: "Event",
  policy: "Legislation",
  source: "CreativeWork",
};

/**
 * JSON-LD with schema.org types for entities and gaiko's own vocabulary for statements;
 * `sameAs` points to Wikidata only where the data holds a verified Wikidata id.
 */
export function exportJsonLd(data: ExportJson): unknown {
  const base = "urn:gaiko:";
  return {
    "@context": {
      "@vocab": "https://schema.org/",
      gaiko: "urn:gaiko:vocab:",
      id: "@id",
      type: "@type",
    },
    "gaiko:release": data.release,
    "@graph": [
      ...data.entities.map((e) => ({
        id: base + e.id,
        type: SCHEMA_ORG[e.kind],
        "gaiko:kind": e.kind,
        name: [{ "@value": e.names.en, "@language": "en" }, ...(e.names.ja ? [{ "@value": e.names.ja, "@language": "ja" }] : [])],
        alternateName: e.aliases.map((a) => ({ "@value": a.text, "@language": a.lang })),
        ...(e.summary.en ? { description: e.summary.en } : {}),
        ...(typeof e.fields.wikidata === "string" ? { sameAs: `http://www.wikidata.org/entity/${e.fields.wikidata}` } : {}),
        ...(typeof e.fields.url === "string" ? { url: e.fields.url } : {}),
      })),
      ...data.statements.map((s) => ({
        id: base + s.id,
        type: "gaiko:Statement",
        "gaiko:subject": { id: base + s.subject },
        "gaiko:predicate": s.p,
        ...(s.object ? { "gaiko:object": { id: base + s.object } } : {}),
        ...(s.time ? { temporalCoverage: s.time } : {}),
        ...(s.value ? { value: s.value } : {}),
        ...(s.role ? { roleName: s.role } : {}),
        "gaiko:status": s.status,
        citation: s.sources.map((r) => ({ id: base + r.source, ...(r.locator ? { "gaiko:locator": r.locator } : {}) })),
      })),
    ],
  };
}
