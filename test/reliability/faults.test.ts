// Faults of the real CLI: `kill -9` of `gaiko build` and `gaiko import` at random moments, two builds
// at once, an import during a build. The database must stay whole and openable with the same release,
// and the next build must succeed. (Issue 12 item 2, issue 17 items 2 and 9.) The data are the small
// fixtures plus a generated UN-votes extract, so that a build spends one to a few seconds writing
// (kills are meant to land mid-write, and the test checks that at least one did).
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAll } from "../../src/datasets/run.js";
import { IMPORTERS } from "../../src/datasets/registry.js";
import { lockFileOf } from "../../src/kb/lock.js";
import { FIXTURE_SHARED, GOOD, ROOT } from "../helpers.js";

let data: string;
let db: string;
let release: string;
let counts: { statements: number; rollcalls: number };

/** The fixture data with a vendored UN-votes extract of 4,000 roll calls × 100 states. */
function fixtureData(): string {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-faults-data-"));
  cpSync(GOOD, dir, { recursive: true });
  const votes = join(dir, "vendor", "unvotes");
  mkdirSync(votes, { recursive: true });
  const calls = ["rcid,session,importantvote,date,unres,amend,para,short,descr"];
  const rows = ["rcid,country,country_code,vote"];
  const codes = ["JP", "US", "CN", "NA", ...Array.from({ length: 96 }, (_, i) => `Q${i}`)];
  for (let rcid = 1; rcid <= 4000; rcid++) {
    calls.push(`${rcid},${30 + (rcid % 40)},0,${1950 + (rcid % 60)}-0${1 + (rcid % 9)}-1${rcid % 10},R/${rcid},0,0,CALL ${rcid},generated`);
    for (const [i, code] of codes.entries()) rows.push(`${rcid},State ${code},${code},${["yes", "no", "abstain"][(rcid + i) % 3]}`);
  }
  writeFileSync(join(votes, "roll_calls.csv.gz"), gzipSync(calls.join("\n") + "\n"));
  writeFileSync(join(votes, "issues.csv.gz"), gzipSync("rcid,short_name,issue\n1,me,Palestinian conflict\n"));
  writeFileSync(join(votes, "unvotes.csv.gz"), gzipSync(rows.join("\n") + "\n"));
  return dir;
}

/** The CLI as a user runs it, on the fixture data and database. */
function gaiko(...args: string[]): ChildProcess & { done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [join(ROOT, "bin", "gaiko.js"), ...args, "--db", db], {
    cwd: ROOT,
    env: { ...process.env, GAIKO_DATA: data, GAIKO_SHARED: FIXTURE_SHARED, GAIKO_DB: db },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (b: Buffer) => (stderr += b));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  return Object.assign(child, { done });
}

/** Resolves true when `child` holds the writer lock (the lock file is watched, not polled), false if it ends first. */
function holdsLock(child: ChildProcess): Promise<boolean> {
  const lock = lockFileOf(db);
  const held = () => {
    try {
      return (JSON.parse(readFileSync(lock, "utf8")) as { pid: number }).pid === child.pid;
    } catch {
      return false;
    }
  };
  return new Promise((resolve) => {
    const watcher = watch(join(db, ".."));
    const end = (v: boolean) => {
      watcher.close();
      child.off("exit", onExit);
      resolve(v);
    };
    const onExit = () => end(false);
    watcher.on("change", () => held() && end(true));
    child.on("exit", onExit);
    if (held()) end(true);
  });
}

/** The database opens, passes SQLite's integrity check, and is the release built first. */
function expectWhole(): void {
  const d = new Database(db, { readonly: true });
  try {
    expect(d.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(d.prepare("SELECT value FROM meta WHERE key = 'release'").pluck().get()).toBe(release);
    expect({
      statements: d.prepare("SELECT count(*) FROM statements").pluck().get(),
      rollcalls: d.prepare("SELECT count(*) FROM rollcalls").pluck().get(),
    }).toEqual(counts);
  } finally {
    d.close();
  }
}

const leftovers = () => readdirSync(join(db, "..")).filter((f) => f !== "kb.db");

beforeAll(async () => {
  data = fixtureData();
  db = join(mkdtempSync(join(tmpdir(), "gaiko-faults-")), "kb.db");
  const built = await buildAll(data, db, IMPORTERS, { sharedDir: FIXTURE_SHARED });
  release = built.release;
  const d = new Database(db, { readonly: true });
  counts = { statements: d.prepare("SELECT count(*) FROM statements").pluck().get() as number, rollcalls: d.prepare("SELECT count(*) FROM rollcalls").pluck().get() as number };
  d.close();
  expect(counts.rollcalls).toBe(4000);
}, 60_000);

describe("kill -9 of a writer", () => {
  // Each writer is killed a random 100–1500 ms after it took the lock (it starts writing then; the
  // CLI's own start-up before that can take seconds on a busy machine and would teach nothing).
  // The first is killed the moment its temporary file appears (delay 0), so that on a fast machine too, where a
  // whole build can end within 100 ms of taking the lock, one kill lands mid-write.
  const random = (from: number, to: number) => from + Math.floor(Math.random() * (to - from));
  const delays = [0, random(100, 1500), random(100, 1500)];
  /** Waits until a writer's temporary file exists (or 10 s pass). */
  const tmpAppears = async () => {
    for (const until = Date.now() + 10_000; Date.now() < until && !leftovers().some((f) => f.includes(".tmp")); ) await new Promise((r) => setTimeout(r, 2));
  };
  const midWrite: boolean[] = [];
  it.each([
    ["build", delays[0]!, ["build"]],
    ["import", delays[1]!, ["import", "unvotes"]],
    ["build", delays[2]!, ["build"]],
  ])("gaiko %s killed %i ms into writing leaves the previous database whole and openable", async (_, delay, args) => {
    const child = gaiko(...args);
    if (!(await holdsLock(child))) expect.fail(`gaiko ${args.join(" ")} ended before taking the lock: ${(await child.done).stderr}`);
    if (delay === 0) await tmpAppears();
    else await new Promise((r) => setTimeout(r, delay));
    child.kill("SIGKILL");
    const end = await child.done;
    // A writer that finished first exits 0: the database is then its own, equally whole, result.
    expect(end.signal === "SIGKILL" || end.code === 0).toBe(true);
    midWrite.push(end.signal === "SIGKILL" && leftovers().some((f) => f.includes(".tmp")));
    expectWhole();
  }, 30_000);

  it("is followed by a build that succeeds, taking over the stale lock and removing the temporary files", async () => {
    // At least one kill must have caught a writer with its temporary file half written, or this proves little.
    expect(midWrite).toContain(true);
    const left = leftovers();
    const r = await gaiko("build").done;
    expect(r.code).toBe(0);
    if (left.includes("kb.db.lock")) expect(r.stderr).toContain("took over a stale writer lock");
    if (left.some((f) => f.includes(".tmp"))) expect(r.stderr).toMatch(/removed \d+ temporary files? left by killed writers/);
    expect(leftovers()).toEqual([]);
    expectWhole();
  }, 30_000);
});

describe("writers at the same time", () => {
  it("a build and an import started while a build writes are refused with exit 6 naming it, and its result stands", async () => {
    const first = gaiko("build");
    if (!(await holdsLock(first))) expect.fail(`gaiko build ended before taking the lock: ${(await first.done).stderr}`);
    // Stopped, the first build holds the lock for as long as the others take to start, however busy the machine.
    first.kill("SIGSTOP");
    try {
      const [build, imp] = await Promise.all([gaiko("build").done, gaiko("import", "unvotes").done]);
      expect([build.code, imp.code]).toEqual([6, 6]);
      expect(build.stderr).toContain(`gaiko build: refused: ${lockFileOf(db)} is held by gaiko build (pid ${first.pid}`);
      expect(imp.stderr).toContain(`gaiko import: refused: ${lockFileOf(db)} is held by gaiko build (pid ${first.pid}`);
    } finally {
      first.kill("SIGCONT");
    }
    expect((await first.done).code).toBe(0);
    expectWhole();
    expect(leftovers()).toEqual([]);
  }, 40_000);
});
