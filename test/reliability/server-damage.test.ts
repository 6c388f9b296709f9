// A damaged or missing database (issue 17 item 10, issue 12 item 2): the CLI and the server give one
// behaviour, a message that says what is wrong and to run `gaiko build`; the server answers 503 in the
// error shape on data routes and on health instead of 500 everywhere; `serve` does not rebuild a
// damaged file by itself.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync, writeSync, closeSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildDatabase } from "../../src/kb/build.js";
import { DamagedDatabaseError, NoDatabaseError, Store } from "../../src/kb/store.js";
import { createApp } from "../../src/server/app.js";
import { startServer, type Serving } from "../../src/server/serve.js";
import { FIXTURE_SHARED, GOOD, ROOT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "gaiko-damage-"));
const good = join(dir, "good.db");
buildDatabase(GOOD, good, { sharedDir: FIXTURE_SHARED });
const size = readFileSync(good).length;

/** A copy of the good database, damaged by `harm`. */
function damaged(name: string, harm: (path: string) => void): string {
  const path = join(dir, name);
  copyFileSync(good, path);
  harm(path);
  return path;
}

/** Overwrites the first page of the `entities` table, so that the file opens and its meta reads, but a lookup fails. */
function breakEntities(path: string): void {
  const db = new Database(path, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'entities'").get() as { rootpage: number };
  const pageSize = db.pragma("page_size", { simple: true }) as number;
  db.close();
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

const files = {
  truncated: damaged("truncated.db", (p) => truncateSync(p, Math.floor(size / 2))),
  empty: damaged("empty.db", (p) => writeFileSync(p, "")),
  text: damaged("text.db", (p) => writeFileSync(p, "this is not a database\n".repeat(100))),
  foreign: damaged("foreign.db", (p) => {
    rmSync(p);
    new Database(p).exec("CREATE TABLE t (x)").close();
  }),
};

describe("opening a damaged or missing database", () => {
  it.each([
    ["truncated", files.truncated, /truncated: \d+ of \d+ bytes|malformed/],
    ["empty", files.empty, /the file is empty/],
    ["not SQLite", files.text, /not a database/],
    ["SQLite but not gaiko", files.foreign, /not a gaiko database/],
  ])("refuses a %s file with a message that says to rebuild it", (_what, path, detail) => {
    const e = (() => {
      try {
        Store.open(path);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(DamagedDatabaseError);
    const message = (e as Error).message;
    expect(message).toMatch(detail);
    expect(message).toContain(`the database at ${path} is damaged (`);
    expect(message).toContain(`run \`gaiko build --db ${path}\` to rebuild it`);
  });

  it("says a missing file is missing and how to build it", () => {
    const path = join(dir, "missing.db");
    expect(() => Store.open(path)).toThrow(NoDatabaseError);
    expect(() => Store.open(path)).toThrow(`no database at ${path}; run \`gaiko build --db ${path}\` to build it`);
  });
});

interface ErrorBody { error: { status: number; code: string; message: string } }

describe("a server whose database is damaged", () => {
  let s: Serving;
  let base: string;
  const served = join(dir, "served.db");
  beforeAll(async () => {
    copyFileSync(good, served);
    s = await startServer(Store.open(served), { port: 0, host: "127.0.0.1", checkWorkers: 1, reopenCheckMs: 0 });
    base = `http://127.0.0.1:${s.port}`;
  });
  afterAll(() => new Promise<void>((ok) => (s.server as Server).close(() => ok())));

  it("answers 503 database-damaged on data routes and health once the file is truncated in place, and recovers after a rebuild", async () => {
    expect((await fetch(`${base}/api/v1/entities/japan`)).status).toBe(200);
    truncateSync(served, Math.floor(size / 2));
    for (const path of ["/api/v1/health", "/api/v1/entities/japan", "/api/v1/search?q=japan", "/api/v1/relations?asOf=1980"]) {
      const r = await fetch(`${base}${path}`);
      const text = await r.text();
      expect(r.status, path).toBe(503);
      const body = JSON.parse(text) as ErrorBody;
      expect(body.error).toMatchObject({ status: 503, code: "database-damaged" });
      expect(body.error.message).toMatch(/damaged \(.+\); run `gaiko build` on the server/);
      expect(text).not.toContain(dir);
    }
    buildDatabase(GOOD, served, { sharedDir: FIXTURE_SHARED });
    expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/entities/japan`)).status).toBe(200);
  });
});

describe("a query that meets a damaged page", () => {
  it("answers 503 database-damaged, not 500, and tells the server", async () => {
    const store = Store.open(good);
    const seen: string[] = [];
    const app = createApp(store, { onDamage: (e) => seen.push(e.detail) });
    vi.spyOn(store, "entityRow").mockImplementation(() => {
      throw Object.assign(new Error("database disk image is malformed"), { code: "SQLITE_CORRUPT" });
    });
    const r = await app.request("/api/v1/entities/japan");
    expect(r.status).toBe(503);
    expect(((await r.json()) as ErrorBody).error.code).toBe("database-damaged");
    expect(seen).toEqual(["database disk image is malformed"]);
    store.close();
  });
});

/** Runs the real CLI; resolves with its exit code and stderr. */
function gaiko(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "gaiko.js"), ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => ok({ code, stderr }));
  });
}

describe("the CLI on a damaged database", () => {
  const runtime = damaged("runtime.db", breakEntities);
  const before = readFileSync(files.truncated);

  it("gives the same message and exit 4 from a reading command and from serve, which does not rebuild it", async () => {
    // Three processes only (a missing file's message is Store.open's, tested above): each starts tsx.
    const [show, showRuntime, serveDefault] = await Promise.all([
      gaiko(["show", "japan", "--db", files.truncated]),
      gaiko(["show", "japan", "--db", runtime]),
      gaiko(["serve", "--port", "0"], { GAIKO_DB: files.truncated }),
    ]);
    expect(show.code).toBe(4);
    expect(show.stderr).toMatch(new RegExp(`^gaiko: the database at ${files.truncated} is damaged \\(.+\\); run \`gaiko build --db ${files.truncated}\` to rebuild it\\n$`));
    expect(showRuntime.code).toBe(4);
    expect(showRuntime.stderr).toMatch(new RegExp(`^gaiko: the database at ${runtime} is damaged \\(.+\\); run \`gaiko build --db ${runtime}\` to rebuild it\\n$`));
    expect(serveDefault.code).toBe(4);
    expect(serveDefault.stderr).toMatch(/is damaged \(.+\); run `gaiko build` to rebuild it\n$/);
    expect(serveDefault.stderr).not.toMatch(/building/);
    expect(readFileSync(files.truncated).equals(before)).toBe(true);
  }, 28_000);
});
