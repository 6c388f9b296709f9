// What a command loads before it runs: main.ts imports each command's module only when that command
// runs, so a cold `gaiko show` does not load the importers, the checker, the server or the YAML reader.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const dependencies = Object.keys((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies);

/** The modules and packages `entry` loads through static imports (those it loads with `await import()` left out). */
async function staticClosure(entry: string): Promise<{ modules: string[]; packages: string[] }> {
  const r = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, write: false, metafile: true, platform: "node", format: "esm", outdir: "out", external: dependencies, logLevel: "silent" });
  const inputs = r.metafile.inputs;
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const i of inputs[file]!.imports) {
      if (i.kind !== "import-statement") continue;
      if (!i.external) visit(i.path);
      else if (!i.path.startsWith("node:")) packages.add(i.path);
    }
  };
  visit(entry);
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

describe("what a command loads before it runs", () => {
  it("loads no command's module from main.ts until the command is known", async () => {
    const { modules, packages } = await staticClosure("src/cli/main.ts");
    expect(modules).toEqual(["src/cli/main.ts", "src/cli/output.ts", "src/kb/csv.ts"]);
    expect(packages).toEqual(["commander"]);
  });

  it("loads no importer, checker, server route, YAML reader or builder for gaiko show", async () => {
    const { modules, packages } = await staticClosure("src/cli/show.ts");
    expect(modules.filter((m) => /^src\/(datasets|check)\/|^src\/kb\/(build|load|lint|read-yaml)/.test(m))).toEqual([]);
    expect(modules.filter((m) => m.startsWith("src/server/"))).toEqual(["src/server/ja-words.ts", "src/server/shell-text.ts"]);
    expect(packages.filter((p) => !["better-sqlite3", "edtf", "zod"].includes(p))).toEqual([]);
  });
});

describe("bin/gaiko.js: the bundle or the sources", () => {
  /** What dist/sources.json lists: every file the bundle was made from, and those each command can run. */
  interface Sources {
    all: string[];
    commands: Record<string, string[]>;
  }

  /**
   * A copy of bin/gaiko.js in a scratch project whose bundle and sources each print who ran. Times are
   * seconds since the epoch; `sources` null writes no list.
   */
  function project(files: Record<string, number>, sources: Sources | null, bundleAt: number, listAt = bundleAt): string {
    const root = mkdtempSync(join(tmpdir(), "gaiko-bin-"));
    mkdirSync(join(root, "bin"));
    mkdirSync(join(root, "dist"));
    mkdirSync(join(root, "src", "cli"), { recursive: true });
    copyFileSync(join(ROOT, "bin", "gaiko.js"), join(root, "bin", "gaiko.js"));
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
    writeFileSync(join(root, "src", "cli", "main.ts"), 'process.stdout.write("sources");\n');
    utimesSync(join(root, "src", "cli", "main.ts"), 1000, 1000);
    for (const [file, at] of Object.entries(files)) {
      writeFileSync(join(root, file), "export {};\n");
      utimesSync(join(root, file), at, at);
    }
    writeFileSync(join(root, "dist", "cli.mjs"), 'process.stdout.write("bundle");\n');
    utimesSync(join(root, "dist", "cli.mjs"), bundleAt, bundleAt);
    if (sources) {
      writeFileSync(join(root, "dist", "sources.json"), JSON.stringify(sources));
      utimesSync(join(root, "dist", "sources.json"), listAt, listAt);
    }
    return root;
  }

  const bundled: Sources = { all: ["src/a.ts", "src/b.ts", "src/cli/main.ts"], commands: { show: ["src/a.ts", "src/cli/main.ts"] } };
  it.each([
    ["the bundle when it is newer than every source it was made from", [], { "src/a.ts": 1500, "src/b.ts": 1500 }, bundled, 2000, "bundle"],
    ["the sources when one the bundle was made from is newer", [], { "src/a.ts": 1500, "src/b.ts": 2500 }, bundled, 2000, "sources"],
    ["the bundle when only a file it was not made from (a test) is newer", [], { "src/a.ts": 1500, "src/b.ts": 1500, "src/a.test.ts": 2500 }, bundled, 2000, "bundle"],
    ["the sources when a file the bundle was made from is gone", [], { "src/a.ts": 1500 }, bundled, 2000, "sources"],
    ["a command's bundle when only a file it cannot run is newer", ["show", "japan"], { "src/a.ts": 1500, "src/b.ts": 2500 }, bundled, 2000, "bundle"],
    ["a command's sources when a file it can run is newer", ["show", "japan"], { "src/a.ts": 2500, "src/b.ts": 1500 }, bundled, 2000, "sources"],
    ["the sources for a command not listed when any file the bundle was made from is newer", ["stats"], { "src/a.ts": 1500, "src/b.ts": 2500 }, bundled, 2000, "sources"],
    ["the sources when any file is newer and there is no list", ["show"], { "src/a.ts": 1500, "src/b.ts": 1500, "src/a.test.ts": 2500 }, null, 2000, "sources"],
  ])("runs %s", (_, args, files, sources, bundleAt, expected) => {
    const root = project(files, sources, bundleAt);
    try {
      expect(execFileSync(process.execPath, [join(root, "bin", "gaiko.js"), ...args], { encoding: "utf8" })).toBe(expected);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("runs the sources when any file is newer and the list is older than the bundle", () => {
    const root = project({ "src/a.ts": 1500, "src/b.ts": 1500, "src/a.test.ts": 2500 }, bundled, 2000, 1900);
    try {
      expect(execFileSync(process.execPath, [join(root, "bin", "gaiko.js")], { encoding: "utf8" })).toBe("sources");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("lists, for gaiko show, its own module and main.ts but not the checker or the server's routes (npm run bundle)", () => {
    const list = JSON.parse(readFileSync(join(ROOT, "dist", "sources.json"), "utf8")) as Sources;
    const show = list.commands.show!;
    expect(show).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/cli/show.ts", "src/kb/entity-query.ts", "src/kb/store.ts"]));
    expect(show.filter((f) => f.startsWith("src/check/") || f === "src/server/routes.ts")).toEqual([]);
    expect(list.commands.check).toEqual(expect.arrayContaining(["src/check/check.ts"]));
    // The server checks texts in worker threads, which run their own bundle.
    expect(list.commands.serve).toEqual(expect.arrayContaining(["src/server/check-pool.ts", "src/server/check-worker.ts"]));
    expect(list.all.filter((f) => f.endsWith(".test.ts"))).toEqual([]);
  });
});
