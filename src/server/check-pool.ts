// Checking runs on worker threads, so that no text, however long or hostile, stops the main thread
// answering other requests. A check has a time budget to run in; when it is spent the request is
// answered 503 and the worker, still busy with the text, is terminated and replaced (the model is
// Datasette's sql_time_limit_ms). Waiting for a worker has a budget of the same length, spent without
// touching any worker: a request waits at most one budget, then runs at most one.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { InputFormat } from "../check/input.js";
import { PROJECT_ROOT } from "../kb/paths.js";

/** The default time budget of one check, in milliseconds (`GAIKO_CHECK_BUDGET_MS`). */
export const DEFAULT_CHECK_BUDGET_MS = 10_000;

/** How many checks may wait for a worker before new ones are refused at once. */
export const DEFAULT_CHECK_QUEUE = 64;

export interface CheckJob {
  id: number;
  text: string;
  format: InputFormat;
  bytes: number;
}

/** The default bound on one check's JSON result, in bytes: a 1 MiB text can yield 40–60 MB. */
export const DEFAULT_CHECK_OUTPUT_BYTES = 32 * 1024 * 1024;

export type CheckReply = { id: number; body: Uint8Array } | { id: number; tooLarge: number } | { id: number; error: string };

/** The result of a check would be larger than the pool's bound. */
export class CheckResultTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`the text yields ${size} bytes of results, over the limit of ${limit} bytes — check it in parts`);
  }
}

/** Why a check was not answered: the budget was spent, or too many checks were waiting. */
export class CheckUnavailableError extends Error {
  constructor(
    readonly reason: "timeout" | "busy",
    message: string,
  ) {
    super(message);
  }
}

export interface CheckPoolOptions {
  /** The database each worker opens read-only. */
  dbPath: string;
  /** Worker threads (default: available parallelism − 1, at least 1; `GAIKO_CHECK_WORKERS`). */
  size?: number;
  /** Milliseconds a check may run, and a request may wait for a worker (default 10 s; `GAIKO_CHECK_BUDGET_MS`). */
  budgetMs?: number;
  /** Checks allowed to wait (default 64). */
  maxQueue?: number;
  /** The largest JSON result answered, in bytes (default 32 MiB). */
  maxOutputBytes?: number;
}

interface Pending {
  job: CheckJob;
  resolve: (body: Uint8Array) => void;
  reject: (e: Error) => void;
  budgetMs: number;
  timer: NodeJS.Timeout;
  slot?: Slot;
  done?: boolean;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
  /** Reported ready: its store opened and its indexes built. */
  ready?: boolean;
}

/** The worker's entry: the bundled sibling under dist/, or the TypeScript source through tsx. */
export function workerEntry(moduleUrl = import.meta.url): { file: string; viaTsx: boolean } {
  return moduleUrl.endsWith(".ts")
    ? { file: join(PROJECT_ROOT, "src", "server", "check-worker.ts"), viaTsx: true }
    : { file: join(PROJECT_ROOT, "dist", "check-worker.mjs"), viaTsx: false };
}

/** tsx's ESM loader API (require.resolve finds its CommonJS twin, which cannot register ESM hooks in a worker). */
function tsxEsmApi(): string {
  return createRequire(join(PROJECT_ROOT, "package.json")).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

/**
 * A fixed set of checker threads with a queue and a time budget per request.
 *
 * @example const pool = new CheckPool({ dbPath: "var/gaiko.db" }); const json = await pool.run("Japan joined the UN in 1956.", "text", 29)
 */
export class CheckPool {
  readonly size: number;
  readonly budgetMs: number;
  readonly maxOutputBytes: number;
  private readonly maxQueue: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Why the workers cannot start (a worker died before it was ready), if they cannot. */
  private broken?: string;

  constructor(private readonly opts: CheckPoolOptions) {
    this.size = Math.max(1, opts.size ?? envNumber("GAIKO_CHECK_WORKERS") ?? availableParallelism() - 1);
    this.budgetMs = Math.max(1, opts.budgetMs ?? envNumber("GAIKO_CHECK_BUDGET_MS") ?? DEFAULT_CHECK_BUDGET_MS);
    this.maxQueue = opts.maxQueue ?? DEFAULT_CHECK_QUEUE;
    this.maxOutputBytes = opts.maxOutputBytes ?? DEFAULT_CHECK_OUTPUT_BYTES;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Checks a text on a worker; resolves with the CheckResult as UTF-8 JSON. */
  run(text: string, format: InputFormat, bytes: number, budgetMs = this.budgetMs): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new CheckUnavailableError("busy", "the server is shutting down"));
    if (this.broken) return Promise.reject(new Error(`the checker cannot start: ${this.broken}`));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new CheckUnavailableError("busy", `${this.queue.length} texts are waiting to be checked — try again shortly`));
    }
    return new Promise((resolve, reject) => {
      const p: Pending = { job: { id: this.nextId++, text, format, bytes }, resolve, reject, budgetMs, timer: setTimeout(() => this.expire(p), budgetMs) };
      this.queue.push(p);
      this.dispatch();
    });
  }

  /** Terminates every worker; pending checks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) this.fail(p, new CheckUnavailableError("busy", "the server is shutting down"));
    await Promise.all(this.slots.map((s) => {
      if (s.busy) this.fail(s.busy, new CheckUnavailableError("busy", "the server is shutting down"));
      return s.worker.terminate();
    }));
  }

  private spawn(): Slot {
    const entry = workerEntry();
    const workerData = { dbPath: this.opts.dbPath, maxOutputBytes: this.maxOutputBytes };
    const worker = entry.viaTsx
      ? new Worker(
          `import(${JSON.stringify(pathToFileURL(tsxEsmApi()).href)})` +
            `.then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry.file).href)}); })`,
          { eval: true, workerData },
        )
      : new Worker(entry.file, { workerData });
    const slot: Slot = { worker };
    let lastError = "it exited";
    worker.on("message", (m: CheckReply | { ready: true }) => {
      if (!("id" in m)) {
        slot.ready = true;
        return;
      }
      if (slot.busy?.job.id !== m.id) return;
      const p = slot.busy;
      slot.busy = undefined;
      if ("body" in m) this.settle(p, () => p.resolve(m.body));
      else if ("tooLarge" in m) this.fail(p, new CheckResultTooLargeError(m.tooLarge, this.maxOutputBytes));
      else this.fail(p, new Error(`the checker failed: ${m.error}`));
      this.dispatch();
    });
    worker.on("error", (e) => {
      lastError = e.message;
      if (slot.busy) this.fail(slot.busy, new Error(`the checker failed: ${e.message}`));
      slot.busy = undefined;
    });
    worker.on("exit", () => {
      const i = this.slots.indexOf(slot);
      if (this.closed || i === -1) return; // closing, or already replaced
      if (slot.busy) this.fail(slot.busy, new Error("the checker stopped"));
      slot.busy = undefined;
      if (!slot.ready) {
        // A worker that cannot even start would fail again: stop, and refuse checks with the reason.
        this.broken = lastError;
        for (const p of this.queue.splice(0)) this.fail(p, new Error(`the checker cannot start: ${lastError}`));
        return;
      }
      this.slots[i] = this.spawn();
      this.dispatch();
    });
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const p = this.queue.shift()!;
      p.slot = slot;
      slot.busy = p;
      clearTimeout(p.timer);
      p.timer = setTimeout(() => this.expire(p), p.budgetMs);
      slot.worker.postMessage(p.job);
    }
  }

  /** A budget is spent: refuse the request, and stop the worker if it was checking it. */
  private expire(p: Pending): void {
    const i = this.queue.indexOf(p);
    if (i !== -1) {
      this.queue.splice(i, 1);
      return this.fail(p, new CheckUnavailableError("busy", `no checker was free within ${p.budgetMs} ms — try again shortly`));
    }
    const slot = p.slot;
    this.fail(p, new CheckUnavailableError("timeout", `the check took longer than its budget of ${p.budgetMs} ms — check a shorter text`));
    if (slot?.busy === p) {
      // Its worker is still busy with the text: replace it at once and stop it.
      slot.busy = undefined;
      this.slots[this.slots.indexOf(slot)] = this.spawn();
      void slot.worker.terminate();
      this.dispatch();
    }
  }

  private settle(p: Pending, done: () => void): void {
    if (p.done) return;
    p.done = true;
    clearTimeout(p.timer);
    done();
  }

  private fail(p: Pending, e: Error): void {
    this.settle(p, () => p.reject(e));
  }
}
