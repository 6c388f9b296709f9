import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The explorer may take types from src/ (the API's shapes) but never runtime code: it runs in a browser.
// One exception keeps a rule in one place for the server and the browser: a module of src/model whose
// imports are types or other such modules (no zod, no node), such as nearest.ts, which both 404 pages run,
// or roles/roles.ts and its tables, which the explorer and the checker's Japanese reasons both write roles with.
const root = import.meta.dirname;
const model = join(root, "..", "..", "src", "model");
const browserSafe = (file: string, spec: string, seen = new Set<string>()): boolean => {
  const target = join(dirname(file), spec).replace(/\.js$/, ".ts");
  if (!relative(model, target).match(/^[\w-]+(\/[\w-]+)*\.ts$/)) return false;
  if (seen.has(target)) return true;
  seen.add(target);
  return [...readFileSync(target, "utf8").matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)].every(
    (m) => m[2] || (m[3]!.startsWith(".") && browserSafe(target, m[3]!, seen)),
  );
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the explorer's layer rule", () => {
  it("imports only types from src/, or a src/model module whose imports are types or such modules", () => {
    const offenders: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)) {
        const [, , typeOnly, spec] = m;
        if (spec!.includes("/src/") && spec!.startsWith("..") && !typeOnly && !browserSafe(file, spec!)) offenders.push(`${relative(root, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it.each([
    ["../../../src/model/nearest.js", true],
    ["../../../src/model/articles.js", true],
    ["../../../src/model/roles/roles.js", true],
    ["../../../src/model/roles/role-table.js", true],
    ["../../../src/model/entity.js", false],
    ["../../../src/kb/search.js", false],
  ])("lets a page run %s: %s", (spec, safe) => {
    expect(browserSafe(join(root, "pages", "NotFound.tsx"), spec)).toBe(safe);
  });
});
