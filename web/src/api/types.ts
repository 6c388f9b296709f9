// The API's response types, derived from the zod schemas in src/model (types only: no runtime code from src/).
export type {
  EntityRef,
  EntityView,
  StatementView,
  Citation,
  SearchResult,
  RelationRow,
  RelationStatus,
  RelationsResult,
  TimelineResult,
  GraphResult,
  SourceView,
  ApiError,
} from "../../../src/model/results.js";
export type { Kind } from "../../../src/model/ids.js";

import type { TimelineResult, SearchResult, GraphResult } from "../../../src/model/results.js";
export type TimelineItem = TimelineResult["items"][number];
export type SearchHit = SearchResult["results"][number];
export type GraphNode = GraphResult["nodes"][number];
export type GraphEdge = GraphResult["edges"][number];
