import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";

/** Who holds the writer lock: written as JSON into `<db>.lock`. */
export interface LockHolder {
  pid: number;
  /** When the holding process started (ISO), so a reused pid is not taken for the holder. */
  started: string;
  command: string;
  host: string;
}

/** A second writer (build, import or vendor) found the lock held by a running process. */
export class WriterLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    const who = holder ? `gaiko ${holder.command} (pid ${holder.pid}, started ${holder.started}${holder.host !== hostname() ? ` on ${holder.host}` : ""})` : "another process";
    super(`${lockFile} is held by ${who}; wait for it to finish (or, if that process is gone, delete the lock file)`);
  }
}

export interface WriterLock {
  readonly file: string;
  release(): void;
}

/** The lock file that guards a database: beside it, so every writer of that file finds the same one. */
export const lockFileOf = (dbFile: string) => `${dbFile}.lock`;

/**
 * Takes the one writer lock of `dbFile` for `command`, or throws `WriterLockedError` at once when a
 * running process holds it. A lock left by a process that is gone (killed, crashed) is taken over,
 * and `onNotice` is told. The lock is released by `release()` and, failing that, when the process exits.
 *
 * @example const lock = acquireWriterLock("var/gaiko.db", "build"); try { … } finally { lock.release(); }
 */
export function acquireWriterLock(dbFile: string, command: string, onNotice: (msg: string) => void = () => {}): WriterLock {
  const file = lockFileOf(dbFile);
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, started: processStarted(process.pid) ?? new Date(Date.now() - process.uptime() * 1000).toISOString(), command, host: hostname() };
  // Written whole to a private file, then linked into place: link() fails when the lock exists, and a
  // reader never sees a half-written lock.
  const mine = `${file}.${process.pid}`;
  const fd = openSync(mine, "w");
  try {
    writeSync(fd, JSON.stringify(me) + "\n");
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    // Three tries: the lock may vanish between a failed link and reading it (its holder finished).
    for (let attempt = 0; !tryLink(mine, file); attempt++) {
      const holder = readHolder(file);
      if (!holder && attempt < 2) continue;
      if (!holder || isRunning(holder) || !takeOver(file, holder)) throw new WriterLockedError(file, holder ?? readHolder(file));
      onNotice(`took over a stale writer lock ${file} left by gaiko ${holder.command} (pid ${holder.pid}, started ${holder.started}), which is no longer running`);
      if (attempt >= 2) throw new WriterLockedError(file, readHolder(file));
    }
  } finally {
    rmSync(mine, { force: true });
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    // Remove the lock only while it is still ours (it may have been taken over after a long stop).
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { file, release };
}

/** Links `from` to `to`; false when `to` exists. */
function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/**
 * Removes a stale lock: renamed away first (only one of two racing writers can rename it), then
 * checked to be the stale one and not a lock taken meanwhile, which is put back.
 */
function takeOver(file: string, stale: LockHolder): boolean {
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return false;
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale.pid || moved.started !== stale.started)) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone else holds it now; either way it is not ours.
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    return typeof h.pid === "number" ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the lock's holder still runs: same pid alive and, where the system tells, started at the same time. */
function isRunning(h: LockHolder): boolean {
  if (h.host !== hostname()) return true; // another machine's process cannot be checked from here
  if (!pidAlive(h.pid)) return false;
  const started = processStarted(h.pid);
  return !started || Math.abs(Date.parse(started) - Date.parse(h.started)) < 2000;
}

/**
 * Whether a process with this pid exists (signal 0 checks without sending anything).
 *
 * @example pidAlive(process.pid) // true
 */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** When a process started, on Linux (from /proc); undefined elsewhere. Clock ticks are 100 a second on Linux. */
function processStarted(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(boot)) return undefined;
    return new Date(boot * 1000 + ticks * 10).toISOString();
  } catch {
    return undefined;
  }
}
