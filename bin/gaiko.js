#!/usr/bin/env node
// Runs the bundled CLI (dist/cli.mjs, made by `npm run bundle` on install) when it is newer than every
// source file it was made from; otherwise runs the TypeScript sources through tsx, so an edit is never run stale.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli.mjs");
const sources = join(root, "dist", "sources.json");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The newest change to what this command can run: the files dist/sources.json lists for it (written by the
 * bundler after the bundle: the command's module and all it imports, main.ts and its error path), or every file
 * the bundle was made from for help or a command not listed. A stat costs some 70 µs on this project's
 * machines; src/ also holds tests the bundle never includes, and `gaiko show` runs no checker or server code,
 * however recently that was edited. A listed file that is gone counts as changed. Without that list, or with
 * one older than the bundle (made by an older bundler), every file under src/.
 */
function newestInput(bundleTime, command) {
  if (!existsSync(sources) || statSync(sources).mtimeMs < bundleTime) return newestSource(join(root, "src"));
  const list = JSON.parse(readFileSync(sources, "utf8"));
  let newest = 0;
  for (const file of Object.hasOwn(list.commands, command) ? list.commands[command] : list.all) {
    const stat = statSync(join(root, file), { throwIfNoEntry: false });
    if (!stat) return Number.POSITIVE_INFINITY;
    newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

const bundleTime = existsSync(bundle) ? statSync(bundle).mtimeMs : undefined;
if (bundleTime !== undefined && bundleTime >= newestInput(bundleTime, process.argv[2] ?? "")) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(root, "src", "cli", "main.ts")).href);
}
