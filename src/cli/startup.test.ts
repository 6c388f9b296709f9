// What a command loads before it runs: main.ts imports each command's module only when that command
// runs, so a cold `gaiko show` does not load the importers, the checker, the server or the YAML reader.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
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
