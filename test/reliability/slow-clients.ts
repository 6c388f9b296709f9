// What the slow-client tests share (server-slow.test.ts, server-deadlines.test.ts): a database whose
// export is large, a client that never reads, and one timed health request.
import Database from "better-sqlite3";
import { connect, type Socket } from "node:net";
import { expect } from "vitest";
import { fixtureStore } from "../helpers.js";

/** The fixture database with every summary padded, so that the export is about 6 MB and outgrows the sockets' buffers. */
export function bigExportDb(): string {
  const { store, path } = fixtureStore();
  store.close();
  const db = new Database(path);
  const n = (db.prepare("SELECT count(*) n FROM entities").get() as { n: number }).n;
  db.prepare("UPDATE entities SET summary_en = hex(randomblob(?))").run(Math.ceil(3_000_000 / n));
  db.close();
  return path;
}

/** Opens a connection that sends `request` and never reads; resolves once the first bytes of the answer arrived. */
export function nonReader(port: number, request: string): Promise<Socket> {
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    socket.once("readable", () => ok(socket));
    socket.on("error", fail);
  });
}

/** Milliseconds for one health answer, read to its end (asserting it is a 200). */
export async function healthMs(base: string): Promise<number> {
  const t0 = performance.now();
  const r = await fetch(`${base}/api/v1/health`);
  await r.arrayBuffer();
  expect(r.status).toBe(200);
  return performance.now() - t0;
}

/** A raw request for the whole export. */
export const EXPORT = "GET /api/v1/export HTTP/1.1\r\nHost: x\r\n\r\n";
