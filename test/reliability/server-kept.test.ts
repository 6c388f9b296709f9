// Kept final answers (src/server/final-answers.ts): a repeated API request is answered from node:http
// before the app runs. It must be byte for byte and header for header what the app sends, and must
// leave to the app every request whose answer could differ: conditional requests, HEAD, other days,
// other encodings, damaged databases.
import { request, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../src/kb/store.js";
import { startServer, type Serving } from "../../src/server/serve.js";
import { FinalAnswers } from "../../src/server/final-answers.js";
import { createApp } from "../../src/server/app.js";
import { fixtureStore } from "../helpers.js";

interface Raw { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** One request with the bytes as sent (no decompression), on a fresh connection. */
function raw(port: number, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers: { connection: "close", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Headers a kept answer must repeat: all but the ones node:http writes per response. */
const stable = (h: IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !["date", "connection", "keep-alive"].includes(k)));

describe("kept final answers", () => {
  let s: Serving;
  beforeAll(async () => {
    s = await startServer(Store.open(fixtureStore().path), { port: 0, host: "127.0.0.1", checkWorkers: 1 });
  });
  afterAll(() => new Promise<void>((ok) => (s.server as Server).close(() => ok())));

  it.each([
    ["plain", {}],
    ["brotli", { "accept-encoding": "br, gzip" }],
    ["gzip", { "accept-encoding": "gzip" }],
  ])("repeat the app's answer exactly (%s)", async (_enc, headers) => {
    for (const path of ["/api/v1/relations?asOf=1972-09-29", "/api/v1/entities/namibia", "/api/v1/search?q=Namibia"]) {
      const first = await raw(s.port, path, headers);
      const again = await raw(s.port, path, headers);
      expect(first.status).toBe(200);
      expect(first.headers.etag).toMatch(/^"/);
      expect(again.status).toBe(200);
      expect(stable(again.headers)).toEqual(stable(first.headers));
      expect(again.body.equals(first.body)).toBe(true);
    }
    // The encodings are not mixed up: a plain client never gets compressed bytes, nor the reverse.
    const plain = await raw(s.port, "/api/v1/entities/namibia");
    const br = await raw(s.port, "/api/v1/entities/namibia", { "accept-encoding": "br" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString("utf8")).entity.id).toBe("namibia");
    expect(br.headers["content-encoding"]).toBe("br");
  });

  it("leave conditional requests and HEAD to the app", async () => {
    const path = "/api/v1/entities/namibia";
    const first = await raw(s.port, path);
    await raw(s.port, path);
    const revalidated = await raw(s.port, path, { "if-none-match": first.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    const stale = await raw(s.port, path, { "if-none-match": '"some-other-tag"' });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(first.body)).toBe(true);
    const head = await raw(s.port, path, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("keep nothing that is not a 200 API answer, nor health", async () => {
    const kept = new FinalAnswers();
    const app = createApp(fixtureStore().store, { finalAnswers: kept });
    for (const path of ["/api/v1/health", "/api/v1/entities/no-such-state", "/api/v1/relations?asOf=tomorrow", "/"]) {
      await app.request(path);
      await app.request(path);
    }
    expect(kept.size).toBe(0);
    await app.request("/api/v1/entities/namibia");
    expect(kept.size).toBe(1);
    const bad = await raw(s.port, "/api/v1/entities/no-such-state");
    expect((await raw(s.port, "/api/v1/entities/no-such-state")).body.equals(bad.body)).toBe(true);
    expect(bad.status).toBe(404);
  });

  it("are forgotten when the UTC day turns (answers with a default date are today's)", async () => {
    let day = "2026-12-05";
    const kept = new FinalAnswers({ today: () => day });
    const app = createApp(fixtureStore().store, { finalAnswers: kept });
    await app.request("/api/v1/relations");
    expect(kept.size).toBe(1);
    day = "2026-12-06";
    const sent: unknown[] = [];
    const res = { writeHead: (...a: unknown[]) => sent.push(a), end: (b: unknown) => sent.push(b) };
    const answered = kept.answer({ method: "GET", url: "/api/v1/relations", headers: {} } as never, res as never);
    expect(answered).toBe(false);
    expect(sent).toEqual([]);
    expect(kept.size).toBe(0);
  });

  it("are logged like the app's answers", async () => {
    const lines: string[] = [];
    const logged = await startServer(Store.open(fixtureStore().path), { port: 0, host: "127.0.0.1", checkWorkers: 1, log: (l) => lines.push(l) });
    try {
      await raw(logged.port, "/api/v1/entities/namibia?asOf=1995");
      await raw(logged.port, "/api/v1/entities/namibia?asOf=1995");
      const entries = lines.map((l) => JSON.parse(l) as { method: string; path: string; status: number; bytes: number });
      expect(entries).toHaveLength(2);
      for (const e of entries) expect(e).toMatchObject({ method: "GET", path: "/api/v1/entities/namibia", status: 200, bytes: entries[0]!.bytes });
    } finally {
      await new Promise<void>((ok) => (logged.server as Server).close(() => ok()));
    }
  });

  it("are not sent once the database is known to be damaged", async () => {
    const path = "/api/v1/entities/namibia";
    await raw(s.port, path);
    expect((await raw(s.port, path)).status).toBe(200);
    const live = s.live as unknown as { current: { damaged?: string } };
    live.current.damaged = "test: marked damaged";
    try {
      const r = await raw(s.port, path);
      expect(r.status).toBe(503);
      expect(JSON.parse(r.body.toString("utf8")).error.code).toBe("database-damaged");
    } finally {
      live.current.damaged = undefined;
    }
  });
});
