// Deadlines for slow clients (issue 17 item 8, issue 12 item 2): a client that stops reading is dropped;
// slowloris headers and a trickled body are cut off at their deadlines while health keeps answering at
// once. Deadlines are made small through startServer's options, so that each case takes a second or two.
import type { Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../src/kb/store.js";
import { startServer, type Serving } from "../../src/server/serve.js";
import { bigExportDb, EXPORT, healthMs, nonReader } from "./slow-clients.js";

const db = bigExportDb();

describe("deadlines for slow clients", () => {
  const store = Store.open(db);
  let s: Serving;
  let base: string;
  beforeAll(async () => {
    s = await startServer(store, {
      port: 0, host: "127.0.0.1", checkWorkers: 1,
      timeouts: { headersMs: 800, requestMs: 1200, sweepMs: 100 },
    });
    base = `http://127.0.0.1:${s.port}`;
  });
  afterAll(() => new Promise<void>((ok) => (s.server as Server).close(() => ok())));

  it.each([
    [undefined, 30_000],
    [20_000, 45_000],
  ])("gives a connection at least two check budgets of quiet (budget %s ms → %s ms)", async (budget, idle) => {
    const other = await startServer(Store.open(db), { port: 0, host: "127.0.0.1", checkWorkers: 1, checkBudgetMs: budget });
    expect((other.server as Server).timeout).toBe(idle);
    await new Promise<void>((ok) => (other.server as Server).close(() => ok()));
  });

  it("drops a client that stopped reading an answer", async () => {
    // A server of its own with a quiet time that making the export (under a loaded CI machine) fits in.
    const idleMs = 3000;
    const own = await startServer(Store.open(db), { port: 0, host: "127.0.0.1", checkWorkers: 1, timeouts: { idleMs } });
    const mine = new Set<Socket>();
    (own.server as Server).on("connection", (c) => mine.add(c));
    try {
      // Made and cached (uncompressed, as the reader below asks for it): the deadline is for the reader alone.
      await (await fetch(`http://127.0.0.1:${own.port}/api/v1/export`, { headers: { "accept-encoding": "identity" } })).arrayBuffer();
      const client = await nonReader(own.port, EXPORT);
      const onServer = [...mine].find((c) => c.remotePort === client.localPort);
      expect(onServer, `${client.localPort} in ${[...mine].map((c) => c.remotePort).join(",")}`).toBeDefined();
      const t0 = performance.now();
      await new Promise((ok) => onServer!.once("close", ok));
      // Node waits one more period when the socket took bytes in the last one: at most two.
      expect(performance.now() - t0).toBeLessThan(2 * idleMs + 1500);
      client.destroy();
    } finally {
      await new Promise<void>((ok) => (own.server as Server).close(() => ok()));
    }
  }, 15_000);

  /** Sends `head` one byte per `everyMs` until the server answers or closes; resolves with its answer's status line. */
  const trickle = (head: string, everyMs: number) =>
    new Promise<{ status: string; ms: number }>((ok) => {
      const t0 = performance.now();
      let answer = "";
      let i = 0;
      const socket = connect(s.port, "127.0.0.1");
      const timer = setInterval(() => i < head.length && socket.writable && socket.write(head[i++]!), everyMs);
      socket.setEncoding("utf8");
      socket.on("data", (d: string) => (answer += d));
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearInterval(timer);
        ok({ status: answer.split("\r\n")[0]!, ms: performance.now() - t0 });
      });
    });

  it.each([
    ["headers sent a byte at a time (slowloris)", "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + "a".repeat(200), 408, 800],
    ["a body trickled a byte at a time", "POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 500\r\n\r\n" + "J".repeat(500), 408, 1200],
  ])("cuts off %s at its deadline while health answers at once", async (_what, head, status, deadline) => {
    // Twenty slow clients at once; the body case sends its headers quickly, then the body slowly.
    const slow = Array.from({ length: 20 }, () => trickle(head, head.startsWith("POST") ? 5 : 50));
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) latencies.push(await healthMs(base));
    const answers = await Promise.all(slow);
    for (const a of answers) {
      expect(a.status).toBe(`HTTP/1.1 ${status} Request Timeout`);
      expect(a.ms).toBeLessThan(deadline + 1500);
    }
    // Bounds loose enough for a loaded 2-core CI machine; a server stalled by slow clients misses them by seconds.
    latencies.sort((a, b) => a - b);
    const shown = `health latencies ${latencies.map(Math.round).join(", ")} ms`;
    expect(latencies[latencies.length >> 1], shown).toBeLessThan(250);
    expect(latencies.at(-1), shown).toBeLessThan(1500);
  });
});
