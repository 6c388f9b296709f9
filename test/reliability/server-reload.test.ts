// A database rebuilt under a running server (issue 17 item 3): the server opens the new file for new
// requests, closes the old one, and starts its caches afresh; health reports the release it serves, an
// uptime that moves, and `stale` when the file changed and could not be opened. Answers that depend on
// "today" are cached per UTC day.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildDatabase } from "../../src/kb/build.js";
import { Store } from "../../src/kb/store.js";
import { createApp } from "../../src/server/app.js";
import { startServer, type Serving } from "../../src/server/serve.js";
import { FIXTURE_SHARED, GOOD } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "gaiko-reload-"));
const db = join(dir, "gaiko.db");
/** Fixture data whose Namibia is named `name`: a release of its own. */
function dataNaming(name: string): string {
  const data = join(dir, `data-${name.replace(/\W/g, "")}`);
  cpSync(GOOD, data, { recursive: true });
  const file = join(data, "states", "namibia.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace('en: "Namibia"', `en: "${name}"`));
  return data;
}
/** Builds into a temporary file and renames it over the served one, as `gaiko build` does. */
function rebuild(name: string): void {
  buildDatabase(dataNaming(name), db, { sharedDir: FIXTURE_SHARED });
}

interface Health { release: string; stale: boolean; uptimeSeconds: number }
interface Entity { release: string; entity: { name: { en: string } } }

describe("a server whose database is rebuilt", () => {
  let s: Serving;
  let base: string;
  const get = async <T>(path: string) => {
    const r = await fetch(`${base}${path}`);
    return { status: r.status, body: (await r.json()) as T };
  };
  beforeAll(async () => {
    rebuild("Namibia");
    s = await startServer(Store.open(db), { port: 0, host: "127.0.0.1", checkWorkers: 1, reopenCheckMs: 0 });
    base = `http://127.0.0.1:${s.port}`;
  });
  afterAll(() => new Promise<void>((ok) => (s.server as Server).close(() => ok())));

  it("answers from the new file, with caches emptied, and closes the old one", async () => {
    const first = await get<Health>("/api/v1/health");
    const before = await get<Entity>("/api/v1/entities/namibia");
    expect(before.body.entity.name.en).toBe("Namibia");
    // Asked again: sent from the kept final answer (final-answers.ts), which the rebuild must not outlive.
    expect((await get<Entity>("/api/v1/entities/namibia")).body).toEqual(before.body);
    const old = s.live.store;

    rebuild("Namibia Rebuilt");
    const after = await get<Entity>("/api/v1/entities/namibia");
    expect(after.body.entity.name.en).toBe("Namibia Rebuilt");
    const health = await get<Health>("/api/v1/health");
    expect(health.body.release).not.toBe(first.body.release);
    expect(health.body.release).toBe(after.body.release);
    expect(health.body.stale).toBe(false);
    expect(old.db.open).toBe(false);
  });

  it.each([
    ["overwritten by a file that is not a database", () => writeFileSync(`${db}.new`, "not a database at all")],
    ["truncated", () => writeFileSync(`${db}.new`, readFileSync(db).subarray(0, 8192))],
  ])("keeps serving the old release and says stale when the file is replaced by one %s", async (_what, write) => {
    const serving = (await get<Health>("/api/v1/health")).body.release;
    write();
    renameSync(`${db}.new`, db);
    const health = await get<Health>("/api/v1/health");
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ release: serving, stale: true });
    expect((await get("/api/v1/entities/namibia")).status).toBe(200);
    rebuild("Namibia");
    expect((await get<Health>("/api/v1/health")).body.stale).toBe(false);
  });

  it("says stale while the file is gone, and picks up the next build", async () => {
    const serving = (await get<Health>("/api/v1/health")).body.release;
    rmSync(db);
    expect((await get<Health>("/api/v1/health")).body).toMatchObject({ release: serving, stale: true });
    rebuild("Namibia Again");
    const health = (await get<Health>("/api/v1/health")).body;
    expect(health.stale).toBe(false);
    expect(health.release).not.toBe(serving);
  });

  it("looks at the file at most once per interval", async () => {
    const slow = await startServer(Store.open(db), { port: 0, host: "127.0.0.1", checkWorkers: 1, reopenCheckMs: 60_000 });
    try {
      const at = `http://127.0.0.1:${slow.port}/api/v1/health`;
      const release = ((await (await fetch(at)).json()) as Health).release;
      rebuild("Namibia Later");
      expect(((await (await fetch(at)).json()) as Health).release).toBe(release);
      expect(slow.live.refresh(true)).toBe(true);
      expect(((await (await fetch(at)).json()) as Health).release).not.toBe(release);
    } finally {
      await new Promise<void>((ok) => (slow.server as Server).close(() => ok()));
    }
  });
});

describe("answers that change with time", () => {
  const store = Store.open((rebuild("Namibia"), db));
  afterAll(() => store.close());
  afterEach(() => vi.useRealTimers());

  it("reports an uptime that moves, never from a cache and never as 304", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    const app = createApp(store);
    const first = await app.request("/api/v1/health");
    const tag = first.headers.get("etag");
    vi.setSystemTime(new Date("2030-01-01T00:00:07Z"));
    const later = await app.request("/api/v1/health", { headers: tag ? { "if-none-match": tag } : {} });
    expect(later.status).toBe(200);
    expect(((await later.json()) as Health).uptimeSeconds).toBe(7);
    expect(later.headers.get("cache-control")).toBe("no-store");
  });

  it.each(["/api/v1/relations", "/api/v1/graph"])("answers %s without a date for the new day after midnight UTC", async (path) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T23:59:59Z"));
    const app = createApp(store);
    const before = await app.request(path);
    expect(((await before.json()) as { asOf: string }).asOf).toBe("2030-01-01");
    vi.setSystemTime(new Date("2030-01-02T00:00:01Z"));
    const after = await app.request(path, { headers: { "if-none-match": before.headers.get("etag")! } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { asOf: string }).asOf).toBe("2030-01-02");
  });
});
