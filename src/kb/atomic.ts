import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pidAlive } from "./lock.js";

/** Flushes a file (or a directory's entries) to the disk. */
function fsyncPath(path: string, flags = "r"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a finished temporary file in place of `target` so that a crash or power cut at any moment
 * leaves either the old file or the new one, whole: the temporary file's data and the folder's
 * entry for it reach the disk before the rename, and the rename itself reaches it after.
 *
 * @example replaceAtomically("var/gaiko.db.123.build.tmp", "var/gaiko.db")
 */
export function replaceAtomically(tmp: string, target: string): void {
  const dir = dirname(target);
  fsyncPath(tmp, "r+");
  fsyncPath(dir);
  renameSync(tmp, target);
  fsyncPath(dir);
}

/** Temporary files a writer of `<db>` leaves while it runs: `<db>.<pid>.tmp`, `.build.tmp`, `.import.tmp`, and SQLite's journal beside them. */
const TEMP = /^\.(\d+)\.(?:build\.|import\.)?tmp(?:-journal|-wal|-shm)?$/;

/**
 * Removes the temporary files of writers of `dbFile` that were killed (their pid no longer runs),
 * and returns one line saying what was removed, or undefined when there was nothing. Call it while
 * holding the writer lock, so no live writer's file is mistaken for a dead one's.
 *
 * @example removeStaleTemps("var/gaiko.db") // "removed 2 temporary files left by killed writers (38 MB): gaiko.db.4121.build.tmp, …"
 */
export function removeStaleTemps(dbFile: string): string | undefined {
  const dir = dirname(dbFile);
  const base = basename(dbFile);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const removed: string[] = [];
  let bytes = 0;
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const m = TEMP.exec(name.slice(base.length));
    if (!m || (Number(m[1]) !== process.pid && pidAlive(Number(m[1])))) continue;
    const path = join(dir, name);
    try {
      bytes += statSync(path).size;
      rmSync(path, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: nothing to report.
    }
  }
  if (!removed.length) return undefined;
  const mb = (bytes / 1e6).toFixed(bytes < 1e6 ? 1 : 0);
  return `removed ${removed.length} temporary file${removed.length > 1 ? "s" : ""} left by killed writers (${mb} MB): ${removed.join(", ")}`;
}
