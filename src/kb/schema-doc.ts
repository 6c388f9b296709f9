import { z } from "zod";
import { ENTITY_SCHEMAS } from "../model/entity.js";
import { KINDS, KIND_FOLDER } from "../model/ids.js";
import { PREDICATES } from "../model/predicates.js";
import { Statement, SourceRef } from "../model/statement.js";
import { ListResult, SeriesCatalog, SeriesResult } from "../model/lists.js";
import { ApiError, CheckResult, DisagreementsResult, EntityView, ExportJson, GraphResult, Health, RelationsResult, SearchResult, SourceList, SourceView, Stats, TimelineCounts, TimelineResult, VoteAgreementResult, VoteDivergentResult, VoteRankingResult } from "../model/results.js";

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  prefixItems?: JsonSchema[];
  default?: unknown;
  format?: string;
  description?: string;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(" · ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" or ");
  if (s.type === "array") {
    if (s.prefixItems) return `[${s.prefixItems.map(typeOf).join(", ")}]`;
    return `list of ${s.items ? typeOf(s.items) : "values"}`;
  }
  if (s.type === "object") return s.properties ? `{${Object.keys(s.properties).join(", ")}}` : "object";
  const base = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "value");
  return s.format ? `${base} (${s.format})` : s.pattern ? `${base} matching \`${s.pattern}\`` : base;
}

function fieldTable(schema: z.ZodType): string[] {
  const js = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const required = new Set(js.required ?? []);
  const rows = Object.entries(js.properties ?? {}).map(
    ([name, s]) => `| \`${name}\` | ${required.has(name) ? "yes" : "no"} | ${typeOf(s).replace(/\|/g, "\\|")} |`,
  );
  return ["| field | required | type |", "|---|---|---|", ...rows];
}

/**
 * The field reference for data/, generated from the zod schemas so it cannot drift from them.
 * `gaiko docs` writes it to docs/schema.md; a test fails when the committed file is stale.
 */
export function schemaReference(): string {
  const out = [
    "# Data schema reference",
    "",
    "Generated from the zod schemas in `src/model` by `gaiko docs`; do not edit by hand (a test fails when it is stale).",
    "How to write data is explained in [data-format.md](data-format.md).",
    "",
  ];
  for (const kind of KINDS) {
    out.push(`## ${kind} (\`data/${KIND_FOLDER[kind]}/<id>.yaml\`)`, "", ...fieldTable(ENTITY_SCHEMAS[kind]), "");
  }
  out.push("## statement (an item of `statements`)", "", ...fieldTable(Statement), "");
  out.push("## source reference (an item of `sources`)", "", ...fieldTable(SourceRef), "");
  out.push("## predicates", "", "| p | subject | object | time | symmetric | English | 日本語 |", "|---|---|---|---|---|---|---|");
  for (const [p, d] of Object.entries(PREDICATES)) {
    const def = d as { subject: readonly string[]; object: readonly string[]; time: string; symmetric?: boolean; en: string; ja: string };
    out.push(`| \`${p}\` | ${def.subject.join(", ")} | ${def.object.join(", ") || "–"} | ${def.time} | ${def.symmetric ? "yes" : ""} | ${def.en} | ${def.ja} |`);
  }
  return out.join("\n") + "\n";
}

const SHAPES: [string, string, z.ZodType][] = [
  ["SearchResult", "`gaiko search --json`, `GET /api/v1/search`", SearchResult],
  ["EntityView", "`gaiko show --json`, `GET /api/v1/entities/{id}`", EntityView],
  ["RelationsResult", "`gaiko relations --json`, `GET /api/v1/relations`", RelationsResult],
  ["TimelineResult", "`gaiko timeline --json`, `GET /api/v1/timeline`", TimelineResult],
  ["TimelineCounts", "`GET /api/v1/timeline/counts`", TimelineCounts],
  ["ExportJson", "`gaiko export --format json`, `GET /api/v1/export`", ExportJson],
  ["GraphResult", "`gaiko graph --json`, `GET /api/v1/graph`", GraphResult],
  ["SourceList", "`gaiko sources --json`, `GET /api/v1/sources`", SourceList],
  ["SourceView", "`gaiko sources ID --json`, `GET /api/v1/sources/{id}`", SourceView],
  ["Stats", "`gaiko stats --json`, `GET /api/v1/stats`", Stats],
  ["DisagreementsResult", "`gaiko disagreements --json`, `GET /api/v1/disagreements`", DisagreementsResult],
  ["VoteAgreementResult", "`gaiko votes agreement --json`, `GET /api/v1/votes/agreement`", VoteAgreementResult],
  ["VoteRankingResult", "`gaiko votes ranking --json`, `GET /api/v1/votes/ranking`", VoteRankingResult],
  ["VoteDivergentResult", "`gaiko votes divergent --json`, `GET /api/v1/votes/divergent`", VoteDivergentResult],
  ["CheckResult", "`gaiko check --json`, `POST /api/v1/check`", CheckResult],
  ["Health", "`GET /api/v1/health`", Health],
  ["ApiError", "every 4xx and 5xx answer of the API", ApiError],
  ["ListResult", "`gaiko list KIND --json`, `GET /api/v1/list/{kind}` (one shape per `kind`)", ListResult],
  ["SeriesCatalog", "`gaiko series --json`, `GET /api/v1/series`", SeriesCatalog],
  ["SeriesResult", "`gaiko series NAME --json`, `GET /api/v1/series/{name}`", SeriesResult],
];

/**
 * The JSON Schemas of every machine-readable answer, generated from `src/model/results.ts`.
 * These are contracts: fields may be added, never removed or changed.
 */
export function jsonShapesReference(): string {
  const out = [
    "# JSON shapes",
    "",
    "Generated from `src/model/results.ts` by `gaiko docs`; do not edit by hand (a test fails when it is stale).",
    "These shapes are contracts: they only grow (new fields may appear; existing ones keep their meaning and type).",
    "",
  ];
  for (const [name, where, schema] of SHAPES) {
    out.push(`## ${name}`, "", `Used by ${where}.`, "", "```json", JSON.stringify(z.toJSONSchema(schema, { unrepresentable: "any" }), null, 2), "```", "");
  }
  return out.join("\n");
}
