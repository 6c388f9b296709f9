// A checker thread: opens the store read-only, warms the checker's indexes, then answers one text at a
// time with its result already serialised as UTF-8 JSON (so the main thread only forwards bytes).
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { check } from "../check/check.js";
import { Store } from "../kb/store.js";
import type { CheckJob, CheckReply } from "./check-pool.js";

const port = parentPort!;
// On Linux a nice value belongs to a thread, and pid 0 names the calling one: checking yields the CPU to
// the thread that answers every other request. (Elsewhere it would lower the whole process: skipped.)
if (process.platform === "linux") {
  try {
    setPriority(0, 10);
  } catch {
    // not permitted: run at the same priority
  }
}
const { dbPath, maxOutputBytes } = workerData as { dbPath: string; maxOutputBytes: number };
const store = Store.open(dbPath);
check(store, "Japan joined the United Nations in 1956.");
const encoder = new TextEncoder();
port.on("message", (job: CheckJob) => {
  let reply: CheckReply;
  try {
    const body = encoder.encode(JSON.stringify(check(store, job.text, { format: job.format, bytes: job.bytes })));
    if (body.length > maxOutputBytes) {
      reply = { id: job.id, tooLarge: body.length };
      port.postMessage(reply);
      return;
    }
    reply = { id: job.id, body };
    port.postMessage(reply, [body.buffer as ArrayBuffer]);
  } catch (e) {
    reply = { id: job.id, error: (e as Error).message };
    port.postMessage(reply);
  }
});
port.postMessage({ ready: true });
