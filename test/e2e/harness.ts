// The browser tests' machinery: Chromium (Debian's), a built explorer, and a real server on a free port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";
import { sharedEnv } from "../shared.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than web/src (so `npm test` never tests a stale explorer). */
export function ensureExplorerBuilt(): void {
  const index = join(ROOT, "web", "dist", "index.html");
  const sources = Math.max(newestMtime(join(ROOT, "web", "src")), statSync(join(ROOT, "web", "index.html")).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // As a production build: vitest sets NODE_ENV=test, which would give the explorer React's development build.
  const r = spawnSync("npm", ["run", "build:web"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error(`npm run build:web failed:\n${r.stdout}\n${r.stderr}`);
}

/** The path of the run's shared full build when the global setup made it (undefined outside vitest or when not made). */
export function sharedFullBuild(): string | undefined {
  try {
    const p = inject("gaikoFullBuild");
    return p && "built" in p ? p.built.path : undefined;
  } catch {
    return undefined;
  }
}

/** The server and browser the global setup started for every browser test of the run, when it did. */
function sharedBrowserAndServer(): { url: string; ws: string } | undefined {
  try {
    return inject("gaikoBrowser") ?? undefined;
  } catch {
    return undefined;
  }
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves the run's shared full build of data/ (test/global-setup.ts) on a free port, or, outside a vitest
 * run with that setup, a database built from data/ into a temporary directory.
 * GAIKO_E2E_DB=path serves an existing database instead (a quicker rerun, or data/ mid-edit).
 */
export async function startServer(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-e2e-"));
  const given = process.env["GAIKO_E2E_DB"];
  // The run's shared full build (test/global-setup.ts), which the server only reads; else a build of its own.
  const shared = given ? undefined : sharedFullBuild();
  const db = given ? resolve(given) : (shared ?? join(dir, "e2e.db"));
  if (!given && !shared) {
    const built = spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), "build", "--db", db], { cwd: ROOT, env: serverEnv(), encoding: "utf8" });
    if (built.status !== 0) throw new Error(`gaiko build failed:\n${built.stderr}`);
  }
  const server = await serveDatabase(db);
  return { url: server.url, stop: async () => (await server.stop(), rmSync(dir, { recursive: true, force: true })) };
}

/** The environment of a `gaiko` child process: ../shared as the tests see it, and no GAIKO_DATA. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GAIKO_SHARED: sharedEnv() };
  delete env["GAIKO_DATA"];
  return env;
}

/** `gaiko serve` on a free port for an existing database, once it says where it listens. */
export async function serveDatabase(db: string): Promise<Server> {
  const proc: ChildProcess = spawn(process.execPath, [join(ROOT, "bin", "gaiko.js"), "serve", "--port", "0", "--quiet", "--db", db], { cwd: ROOT, env: serverEnv(), stdio: ["ignore", "ignore", "pipe"] });
  const url = await new Promise<string>((ok, fail) => {
    let err = "";
    const timer = setTimeout(() => fail(new Error(`server did not start in 20 s:\n${err}`)), 20_000);
    proc.stderr!.setEncoding("utf8");
    proc.stderr!.on("data", (chunk: string) => {
      err += chunk;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    proc.on("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}):\n${err}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((ok) => proc.once("exit", ok));
        proc.kill();
        await exited;
      }
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** A server, a browser and one page on it, shared by the tests of a file. */
export interface Session {
  server: Server;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page raised, for a test that asserts there were none. */
  errors: string[];
}

/** Builds the explorer if needed, then starts the server and the browser side by side. */
export async function startSession(viewport = { width: 1280, height: 900 }): Promise<Session> {
  ensureExplorerBuilt();
  // The run's one server and browser (test/global-setup.ts) when it started them, rather than a server and a
  // Chromium per file. The file's browser is then a connection, which closing ends; the server runs on.
  // A file that names its own database (GAIKO_E2E_DB, as note-ja does) gets a server of its own on it.
  const shared = sharedBrowserAndServer();
  const own = !shared || !!process.env["GAIKO_E2E_DB"];
  const [server, browser] = await Promise.all([
    own ? startServer() : { url: shared.url, stop: async () => {} },
    shared ? chromium.connect(shared.ws) : launchBrowser(),
  ]);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { server, browser, context, page, errors };
}

export async function stopSession(s: Session | undefined): Promise<void> {
  await s?.context.close();
  await s?.browser.close();
  await s?.server.stop();
}
