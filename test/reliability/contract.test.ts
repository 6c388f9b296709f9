// Small gaps in the API's contract found by a hostile probe: numbers written other than in decimal,
// unknown values of an enumerated parameter, wrong and unknown methods, and URLs past the limit all
// answer a 4xx in the one error shape, never a bare status or a silent 200.
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { startServer } from "../../src/server/serve.js";
import { fixtureStore } from "../helpers.js";

const { store } = fixtureStore();
const app = createApp(store);
afterAll(() => store.close());

interface ErrorBody { error: { status: number; code: string; message: string } }

async function expectError(res: Response, status: number, code: string): Promise<ErrorBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(body.error).toMatchObject({ status, code });
  return body;
}

describe("numbers and enumerated values", () => {
  it.each([
    "/api/v1/search?q=japan&limit=0x10",
    "/api/v1/search?q=japan&limit=1e1",
    "/api/v1/search?q=japan&offset=0b1",
    "/api/v1/search?q=japan&limit=%2010",
    "/api/v1/search?q=japan&limit=10.0",
    "/api/v1/timeline?limit=0x10",
    "/api/v1/votes/divergent?against=united-states&limit=0x10",
    "/api/v1/relations?status=bogus",
  ])("refuses %s with 400", async (url) => {
    await expectError(await app.request(url), 400, "invalid-parameter");
  });

  it("still takes decimal numbers and known statuses", async () => {
    expect((await app.request("/api/v1/search?q=japan&limit=10&offset=0")).status).toBe(200);
    expect((await app.request("/api/v1/relations?status=diplomatic-relations")).status).toBe(200);
  });
});

describe("dates out of range and NUL bytes (issue 17 item 6; guards against a return of the 500s)", () => {
  it.each([
    "/api/v1/entities/japan?asOf=Y170000002",
    "/api/v1/relations?asOf=99999999999999999999",
    "/api/v1/relations?asOf=..%2F..",
    "/api/v1/timeline?from=Y-300000",
    "/api/v1/timeline?to=Y170000002",
    "/api/v1/graph?asOf=Y170000002",
  ])("refuses %s with 400", async (url) => {
    await expectError(await app.request(url), 400, "invalid-parameter");
  });

  it.each(["a%00b", "%00", "%E7%AB%B9%00"])("searches q=%s without failing", async (q) => {
    expect((await app.request(`/api/v1/search?q=${q}`)).status).toBe(200);
  });
});

describe("methods", () => {
  it.each([
    ["POST", "/api/v1/health"],
    ["DELETE", "/api/v1/entities/japan"],
    ["PUT", "/api/v1/search?q=japan"],
    ["GET", "/api/v1/check"],
  ])("answers %s %s with 405 and the methods it allows", async (method, url) => {
    const res = await app.request(url, { method });
    await expectError(res, 405, "method-not-allowed");
    expect(res.headers.get("allow")).toBeTruthy();
  });

  it("still answers 404 for a path no method serves", async () => {
    await expectError(await app.request("/api/v1/nothing-here", { method: "POST" }), 404, "not-found");
  });
});

describe("over the wire", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const s = await startServer(store, { port: 0, host: "127.0.0.1", checkWorkers: 1 });
    server = s.server as Server;
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  /** Sends raw bytes and reads the whole answer (the server closes after an error). */
  const raw = (request: string) =>
    new Promise<string>((ok, fail) => {
      const socket = connect(port, "127.0.0.1", () => socket.end(request));
      let out = "";
      socket.setEncoding("utf8");
      socket.on("data", (d: string) => (out += d));
      socket.on("end", () => ok(out));
      socket.on("error", fail);
      socket.setTimeout(5000, () => socket.destroy(new Error("no answer in 5 s")));
    });

  it.each([
    ["a URL over 16 KB", `GET /api/v1/search?q=${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414],
    ["a URL over 100 KB", `GET /api/v1/search?q=${"a".repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ["an unknown method", "BREW /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    ["a line that is not HTTP", "hello\r\n\r\n", 405],
    ["a header without a colon", "GET /api/v1/health HTTP/1.1\r\nHost x\r\n\r\n", 400],
  ])("answers %s in the error shape", async (_name, request, status) => {
    const answer = await raw(request);
    expect(answer.split("\r\n")[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as ErrorBody;
    expect(body.error.status).toBe(status);
    expect(body.error.message).not.toMatch(/\/work|node_modules|at .*\(/);
  });
});
