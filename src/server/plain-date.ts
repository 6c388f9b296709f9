// The plain page (pages.ts) writes Japanese dates in the browser with the very module the CLI and the
// explorer use, src/model/ja-date.ts, compiled here by esbuild. Not the function's toString(): under
// tsx that text holds calls to tsx's own helpers (__name), which the browser does not have.
import { buildSync } from "esbuild";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const MODULE = join("src", "model", "ja-date.ts");

/**
 * The repository root holding src/model/ja-date.ts, looked for upward from this file: src/server/
 * under tsx and vitest, dist/ or dist/chunks/ in the bundle (bin/gaiko.js needs src/ beside dist/).
 */
function moduleFile(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, MODULE);
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`${MODULE} not found above ${from}: the plain page's dates are written by it`);
  }
}

let compiled: string | undefined;

/**
 * A JavaScript expression for the browser whose value is src/model/ja-date.ts's jaDate, compiled once
 * per process (a few milliseconds) the first time a Japanese plain page is served.
 *
 * @example `const date = ${jaDateScript()};` // date("1945/1952") === "1945年〜1952年" in the browser
 */
export function jaDateScript(): string {
  if (compiled === undefined) {
    const out = buildSync({
      entryPoints: [moduleFile(dirname(fileURLToPath(import.meta.url)))],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "gaikoJaDate",
      platform: "browser",
      target: "es2020",
      charset: "utf8",
      logLevel: "silent",
    });
    compiled = `(() => {\n${out.outputFiles[0]!.text}return gaikoJaDate.jaDate;\n})()`;
  }
  return compiled;
}
