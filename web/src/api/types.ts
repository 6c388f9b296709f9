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
  TerritoryRow,
  TimelineResult,
  TimelineCounts,
  GraphResult,
  SourceView,
  ApiError,
  VoteAgreementResult,
  VoteRankingResult,
  VoteDivergentResult,
  CheckResult,
} from "../../../src/model/results.js";
export type { Kind } from "../../../src/model/ids.js";

import type { TimelineResult, SearchResult, GraphResult } from "../../../src/model/results.js";
export type TimelineItem = TimelineResult["items"][number];
export type SearchHit = SearchResult["results"][number];
export type GraphNode = GraphResult["nodes"][number];
export type GraphEdge = GraphResult["edges"][number];

import type { VoteRankingResult, VoteDivergentResult, CheckResult } from "../../../src/model/results.js";
export type VoteRankingRow = VoteRankingResult["rows"][number];
export type DivergentVote = VoteDivergentResult["votes"][number];
export type CheckClaim = CheckResult["claims"][number];
export type CheckMention = CheckResult["mentions"][number];
export type CheckSlant = CheckResult["slant"][number];
