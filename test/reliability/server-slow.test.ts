// Slow readers (issue 17 item 8): 300 connections that never read the export must not cost the server
// a copy of it each. The server runs in its own process, so that its RSS is its own. (Deadlines for
// slow clients are in server-deadlines.test.ts.)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { bigExportDb, EXPORT, healthMs, nonReader } from "./slow-clients.js";

const db = bigExportDb();

describe.runIf(existsSync("/proc/self/status"))("300 clients that never read the export", () => {
  let child: ChildProcess;
  let port: number;
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))![1]) / 1024;
  beforeAll(async () => {
    child = spawn(process.execPath, [join(ROOT, "bin", "gaiko.js"), "serve", "--db", db, "--port", "0", "--quiet"], {
      env: { ...process.env, GAIKO_CHECK_WORKERS: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    port = await new Promise<number>((ok, fail) => {
      let err = "";
      child.stderr!.on("data", (d: Buffer) => {
        err += d.toString();
        const m = /serving release \S+ on http:\/\/[^:]+:(\d+)\//.exec(err);
        if (m) ok(Number(m[1]));
      });
      child.on("exit", () => fail(new Error(err)));
    });
  }, 20_000);
  afterAll(() => void child.kill());

  it("cost the server a few MB, not a copy of the export each", async () => {
    const base = `http://127.0.0.1:${port}`;
    // Warm: the export made and cached once, the checker thread started.
    const size = (await (await fetch(`${base}/api/v1/export`, { headers: { "accept-encoding": "identity" } })).arrayBuffer()).byteLength;
    expect(size).toBeGreaterThan(5_000_000);
    await (await fetch(`${base}/api/v1/check`, { method: "POST", headers: { "content-type": "text/plain" }, body: "Japan joined the UN in 1956." })).arrayBuffer();
    const before = rssMb();
    const sockets = await Promise.all(Array.from({ length: 300 }, () => nonReader(port, EXPORT)));
    let peak = rssMb();
    for (let i = 0; i < 5; i++) {
      await healthMs(base); // the server keeps answering, and each answer gives it time to write more
      peak = Math.max(peak, rssMb());
    }
    for (const s of sockets) s.destroy();
    expect(peak - before, `RSS ${before.toFixed(0)} → ${peak.toFixed(0)} MB`).toBeLessThan(100);
  }, 25_000);
});
