// A running server follows its database file: `gaiko build` replaces the file (a new inode, by
// rename), and the server opens the new one for new requests while requests already begun finish on
// the old one, which is closed once idle. Each open file gets its own app, so its response caches start
// empty and can never mix two releases.
import { statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { asDamageError, type DamagedDatabaseError, Store } from "../kb/store.js";

/** What one open database serves: its app's fetch, and how to release it (store, checker threads). */
export interface Served {
  store: Store;
  fetch: (req: Request) => Response | Promise<Response>;
  /** Sends a kept answer to a request straight from node:http, or returns false (final-answers.ts). */
  answerKept?: (req: IncomingMessage, res: ServerResponse) => boolean;
  close: () => void | Promise<void>;
}

/** What `/api/v1/health` reports about the file behind the server. */
export interface LiveState {
  /** The file changed (or went away) and could not be opened: the server still answers from the old one. */
  stale: boolean;
  /** Why the current database cannot be read, when a query met damage in it (data routes answer 503). */
  damaged?: string;
}

export interface LiveOptions {
  /** How often, at most, a request looks at the file (one `stat`), in ms. Default 1000. */
  checkEveryMs?: number;
  /** Where the server notes a reopen or a failed one (one line each). */
  log?: (line: string) => void;
  /** The clock, in ms (tests pass their own). */
  now?: () => number;
}

interface Generation {
  served: Served;
  /** The file's inode, modification time and size when it was opened. */
  signature: string | undefined;
  inflight: number;
  retired?: boolean;
  damaged?: string;
}

function signatureOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return undefined;
  }
}

const GONE = "gone";
const inodeOf = (signature: string | undefined) => signature?.split(":")[0];

/**
 * The database a server answers from, reopened when its file is replaced.
 *
 * @example const live = new LiveStore(Store.open(path), (s) => serveApp(s)); serve({ fetch: live.fetch })
 */
export class LiveStore {
  private current: Generation;
  private lastCheck: number;
  /** The signature of a file that failed to open: not tried again until the file changes again. */
  private failed?: string;
  private readonly checkEveryMs: number;
  private readonly now: () => number;

  constructor(
    first: Store,
    private readonly make: (store: Store) => Served,
    private readonly opts: LiveOptions = {},
  ) {
    this.checkEveryMs = opts.checkEveryMs ?? 1000;
    this.now = opts.now ?? Date.now;
    this.lastCheck = this.now();
    this.current = { served: make(first), signature: signatureOf(first.db.name), inflight: 0 };
  }

  get path(): string {
    return this.current.served.store.db.name;
  }

  /** The store answering new requests. */
  get store(): Store {
    return this.current.served.store;
  }

  state(): LiveState {
    return { stale: this.failed !== undefined, ...(this.current.damaged ? { damaged: this.current.damaged } : {}) };
  }

  /** Records that a query met damage in the current file: its data routes answer 503 from now on. */
  markDamaged(e: DamagedDatabaseError): void {
    this.current.damaged ??= e.detail;
  }

  /** Answers a request from the current database, first looking (at most once per `checkEveryMs`) for a new file. */
  fetch = async (req: Request): Promise<Response> => {
    this.refresh();
    const g = this.current;
    g.inflight++;
    try {
      return await g.served.fetch(req);
    } finally {
      g.inflight--;
      if (g.retired && g.inflight === 0) void this.release(g);
    }
  };

  /**
   * Sends the current database's kept answer to a request and returns true, or returns false for the
   * app to answer. Looks for a new file first, as `fetch` does; a damaged database keeps nothing.
   */
  answerKept = (req: IncomingMessage, res: ServerResponse): boolean => {
    this.refresh();
    const g = this.current;
    return !g.damaged && (g.served.answerKept?.(req, res) ?? false);
  };

  /** Opens the file again now if it changed; returns whether a new database is being served. */
  refresh(force = false): boolean {
    const now = this.now();
    if (!force && now - this.lastCheck < this.checkEveryMs) return false;
    this.lastCheck = now;
    const signature = signatureOf(this.path);
    if (signature === this.current.signature) {
      this.failed = undefined;
      return false;
    }
    if ((signature ?? GONE) === this.failed) return false;
    if (signature === undefined) return this.fail(GONE, "the file is gone");
    let store: Store;
    try {
      store = Store.open(this.path);
    } catch (e) {
      const damage = asDamageError(e, this.path);
      // The same inode rewritten in place: the open handle reads the same damaged bytes.
      if (damage && inodeOf(signature) === inodeOf(this.current.signature)) this.current.damaged ??= damage.detail;
      return this.fail(signature, damage?.detail ?? (e as Error).message);
    }
    const old = this.current;
    this.current = { served: this.make(store), signature, inflight: 0 };
    this.failed = undefined;
    old.retired = true;
    if (old.inflight === 0) void this.release(old);
    this.opts.log?.(`${JSON.stringify({ t: new Date(now).toISOString(), event: "reopened", from: old.served.store.release, to: store.release })}\n`);
    return true;
  }

  /** Closes every open database and its checker threads. */
  async close(): Promise<void> {
    this.current.retired = true;
    await this.release(this.current);
  }

  private fail(signature: string, why: string): false {
    this.failed = signature;
    this.opts.log?.(`${JSON.stringify({ t: new Date(this.now()).toISOString(), event: "reopen-failed", reason: why, serving: this.store.release })}\n`);
    return false;
  }

  private async release(g: Generation): Promise<void> {
    g.inflight = -1; // released once only
    try {
      await g.served.close();
    } catch (e) {
      // Closing an old file must not take the server down: note it and go on.
      this.opts.log?.(`${JSON.stringify({ t: new Date(this.now()).toISOString(), event: "close-failed", reason: (e as Error).message })}\n`);
    }
  }
}
