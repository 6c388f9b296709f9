import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { resolveId } from "../kb/entity-query.js";
import type { Store } from "../kb/store.js";
import { VOTE_ISSUES, type VoteIssue } from "../kb/votes.js";
import { NoVotesError, votesAgreement, votesDivergent, votesRanking } from "../kb/votes-query.js";
import { VoteAgreementResult, VoteDivergentResult, VoteRankingResult } from "../model/results.js";
import { HttpError } from "./errors.js";
import { errors, json } from "./openapi.js";
import { CountParam, IdParam } from "./params.js";

const Year = CountParam(1946, 2100);
const Filter = {
  from: Year.optional(),
  to: Year.optional(),
  year: Year.optional(),
  issue: z.enum(Object.keys(VOTE_ISSUES) as [VoteIssue, ...VoteIssue[]]).optional(),
  important: z.enum(["true", "false"]).optional(),
};

function filterOf(q: { from?: number; to?: number; year?: number; issue?: VoteIssue; important?: "true" | "false" }) {
  const from = q.from ?? q.year;
  const to = q.to ?? q.year;
  if (from !== undefined && to !== undefined && from > to) throw new HttpError(400, "invalid-parameter", "to: a year from `from` on");
  return { from, to, issue: q.issue, important: q.important === "true" };
}

function stateId(store: Store, name: string, v: string): string {
  const id = resolveId(store, v);
  if (!id || store.ref(id)?.kind !== "state") throw new HttpError(404, "not-found", `${name}: no state "${v}"`);
  return id;
}

function answer<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NoVotesError) throw new HttpError(404, "no-votes", e.message);
    throw e;
  }
}

/** UN General Assembly voting alignment: the twins of `gaiko votes agreement|ranking|divergent`. */
export function registerVotesRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/votes/agreement", summary: "How two states' UN votes compared, by year or session",
      request: { query: z.object({ with: IdParam, a: IdParam.default("japan"), by: z.enum(["year", "session"]).default("year"), ...Filter }).strict() },
      responses: { 200: json(VoteAgreementResult, "agreement per period"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      return c.json(answer(() => votesAgreement(store, stateId(store, "a", q.a), stateId(store, "with", q.with), filterOf(q), q.by)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/votes/ranking", summary: "Every state ranked by UN-vote agreement with Japan (or a)",
      request: { query: z.object({ a: IdParam.default("japan"), ...Filter }).strict() },
      responses: { 200: json(VoteRankingResult, "most aligned first"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      return c.json(answer(() => votesRanking(store, stateId(store, "a", q.a), filterOf(q))), 200);
    },
  );
  app.openapi(
    createRoute({
      method: "get", path: "/api/v1/votes/divergent", summary: "Roll calls where a state split from one state and/or joined another",
      request: { query: z.object({ a: IdParam.default("japan"), against: IdParam.optional(), alongside: IdParam.optional(), limit: CountParam(1, 1000).default(200), ...Filter }).strict() },
      responses: { 200: json(VoteDivergentResult, "newest first"), ...errors },
    }),
    (c) => {
      const q = c.req.valid("query");
      if (!q.against && !q.alongside) throw new HttpError(400, "invalid-parameter", "against: a state (or give alongside)");
      const against = q.against === undefined ? undefined : stateId(store, "against", q.against);
      const alongside = q.alongside === undefined ? undefined : stateId(store, "alongside", q.alongside);
      return c.json(answer(() => votesDivergent(store, stateId(store, "a", q.a), filterOf(q), against, alongside, q.limit)), 200);
    },
  );
}
