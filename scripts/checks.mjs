// The checks `npm test` runs before the tests: both type checks, the layer rule, the data lint and the docs check.
// They share no state, so they run two at a time (a 2-CPU machine: about 44 s one after another, 25 s two at a time,
// measured on 7 December 2026); each one's output is printed whole, in the order below, once it has finished, and
// the run fails if any of them fails, naming which.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

const CHECKS = [
  ["typecheck (src, test)", "npx", ["tsc", "--noEmit"]],
  ["typecheck (web)", "npx", ["tsc", "-p", "web", "--noEmit"]],
  ["layer rule (dependency-cruiser)", "npm", ["run", "-s", "depcheck"]],
  ["data lint", "node", ["bin/gaiko.js", "lint", "--no-warnings"]],
  ["docs up to date", "node", ["bin/gaiko.js", "docs", "--check"]],
];

/** Runs one check, its stdout and stderr kept together, to its exit. */
function run([name, cmd, args]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => out.push(d));
    child.on("error", (e) => resolve({ name, code: 1, output: `${e.message}\n` }));
    child.on("close", (code) => resolve({ name, code: code ?? 1, output: Buffer.concat(out).toString() }));
  });
}

const width = Math.max(2, Math.min(availableParallelism(), 4));
const results = new Array(CHECKS.length);
let next = 0;
let printed = 0;
/** Prints every finished result whose turn has come, so the output reads in the list's order. */
function flush() {
  while (printed < CHECKS.length && results[printed]) {
    const r = results[printed++];
    process.stdout.write(`> ${r.name}\n${r.output}`);
    if (r.code !== 0) process.stdout.write(`✘ ${r.name} failed (exit ${r.code})\n`);
  }
}
await Promise.all(
  Array.from({ length: width }, async () => {
    while (next < CHECKS.length) {
      const i = next++;
      results[i] = await run(CHECKS[i]);
      flush();
    }
  }),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  console.error(`checks failed: ${failed.join(", ")}`);
  process.exit(1);
}
