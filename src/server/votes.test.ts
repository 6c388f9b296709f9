import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fixtureStoreWithVotes } from "../../test/helpers.js";
import { ApiError, CheckResult, VoteAgreementResult, VoteDivergentResult, VoteRankingResult } from "../model/results.js";
import { createApp } from "./app.js";

const { store } = await fixtureStoreWithVotes();
afterAll(() => store.close());
const app = createApp(store);
const get = async <T>(schema: z.ZodType<T>, path: string, status = 200): Promise<T> => {
  const r = await app.request(path);
  expect(r.status, await r.clone().text()).toBe(status);
  return schema.parse(await r.json());
};

describe("the votes routes", () => {
  it("answer the agreement between Japan and the US by year, with all three measures", async () => {
    const r = await get(VoteAgreementResult.strict(), "/api/v1/votes/agreement?with=united-states");
    expect(r.periods.map((p) => [p.period, p.n, p.agreement, p.strict, p.sScore])).toEqual([
      [1980, 2, 0.75, 0.5, 0.5],
      [1981, 1, 1, 1, 1],
    ]);
    expect(r.overall.n).toBe(3);
    expect(r.overall.agreement).toBeCloseTo(5 / 6, 12);
    expect(r.overall.strict).toBeCloseTo(2 / 3, 12);
    expect(r.overall.sScore).toBeCloseTo(2 / 3, 12);
  });

  it("rank states for a year (ties by id), reading Namibia's code NA as Namibia", async () => {
    const r = await get(VoteRankingResult.strict(), "/api/v1/votes/ranking?year=1980");
    expect(r.rows.filter((x) => x.n > 0).map((x) => [x.state.id, x.agreement])).toEqual([
      ["namibia", 0.75],
      ["united-states", 0.75],
      ["china", 0.25],
    ]);
  });

  it("find the votes where Japan split from the US and joined China", async () => {
    const r = await get(VoteDivergentResult.strict(), "/api/v1/votes/divergent?against=united-states&alongside=china");
    expect(r.total).toBe(0);
    const split = await get(VoteDivergentResult.strict(), "/api/v1/votes/divergent?against=united-states");
    expect(split.votes.map((v) => [v.rcid, v.votes])).toEqual([[2, { japan: "abstain", "united-states": "no" }]]);
  });

  it.each([
    ["/api/v1/votes/agreement", 400, /^with:/],
    ["/api/v1/votes/agreement?with=atlantis", 404, /no state "atlantis"/],
    ["/api/v1/votes/agreement?with=taiwan", 404, /cast no recorded UN General Assembly vote/],
    ["/api/v1/votes/ranking?from=1990&to=1980", 400, /^to:/],
    ["/api/v1/votes/ranking?issue=zz", 400, /^issue:/],
    ["/api/v1/votes/divergent", 400, /^against:/],
  ])("answer %s with %i and the error shape", async (path, status, message) => {
    const e = await get(ApiError.strict(), path, status);
    expect(e.error.message).toMatch(message);
  });
});

describe("POST /api/v1/check", () => {
  const post = (body: BodyInit, type = "text/plain") => app.request("/api/v1/check", { method: "POST", body, headers: { "content-type": type } });

  it("checks a text and answers the documented shape", async () => {
    const r = await post("The Treaty of Peace and Friendship between Japan and the People's Republic of China was signed in 1972.");
    expect(r.status).toBe(200);
    const body = CheckResult.strict().parse(await r.json());
    expect(body.claims.map((c) => [c.verdict, c.expected])).toEqual([["contradicted", "1978-08-12"]]);
  });

  it("reads HTML and returns the text its spans refer to", async () => {
    const r = CheckResult.parse(await (await post("<p>Japan &amp; China</p>", "text/html")).json());
    expect(r.document.text).toBe("Japan & China\n");
  });

  it.each<[BodyInit, string, number, RegExp]>([
    ["", "text/plain", 400, /empty/],
    [Uint8Array.from([0x82, 0xa0]), "text/plain", 400, /UTF-8/],
    [Uint8Array.from([0x41, 0, 0x42]), "text/plain", 400, /binary/],
    ["x".repeat(1024 * 1024 + 1), "text/plain", 413, /over the limit/],
    ["{}", "application/json", 415, /text\/plain/],
  ])("refuses bad input (%#) with %s → %i", async (body, type, status, message) => {
    const r = await post(body, type);
    expect(r.status).toBe(status);
    expect(ApiError.strict().parse(await r.json()).error.message).toMatch(message);
  });
});
