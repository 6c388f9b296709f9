// `gaiko check` on inputs without end and on results too large to write: it reads no further than its
// limit (it used to read /dev/zero to 12 GB before refusing) and bounds what it writes, saying which
// limit was reached and the flag that sets it (exit 5, nothing on stdout).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureStore, ROOT } from "../helpers.js";

const { store, path: db } = fixtureStore();
store.close();
const dir = mkdtempSync(join(tmpdir(), "gaiko-cli-check-"));

function gaiko(args: string[], input?: string | Buffer) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), "check", "--db", db, ...args], { input, encoding: "utf8", maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: performance.now() - t0 };
}

describe("gaiko check reads no further than its limit", () => {
  it.runIf(existsSync("/dev/zero"))("refuses /dev/zero at the default limit, quickly, naming it", () => {
    const r = gaiko(["/dev/zero"]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/over the limit of 5242880 bytes \(--max-bytes\)/);
    expect(r.out).toBe("");
    expect(r.ms).toBeLessThan(10_000);
  });

  it.runIf(existsSync("/dev/zero"))("refuses /dev/zero at a limit given with --max-bytes", () => {
    const r = gaiko(["/dev/zero", "--max-bytes", "1000"]);
    expect([r.code, r.err]).toEqual([5, "gaiko check: the input is over the limit of 1000 bytes (--max-bytes) — check it in parts\n"]);
  });

  it("refuses standard input past the limit", () => {
    const r = gaiko(["-", "--max-bytes", "1000"], "Japan joined the United Nations in 1956. ".repeat(1000));
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/over the limit of 1000 bytes \(--max-bytes\)/);
  });

  it("refuses a file known to be larger before reading it, giving its size", () => {
    const file = join(dir, "big.txt");
    writeFileSync(file, "Japan joined the United Nations in 1956. ".repeat(100));
    const r = gaiko([file, "--max-bytes", "1000"]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/the text is 4100 bytes, over the limit of 1000 bytes \(--max-bytes\)/);
  });

  it("checks a text at the limit exactly", () => {
    const text = "Japan joined the United Nations in 1956.";
    const r = gaiko(["-", "--max-bytes", String(text.length), "--json"], text);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty("claims");
  });
});

describe("gaiko check bounds what it writes", () => {
  it("refuses to write a result over --max-output, saying so, with nothing on stdout", () => {
    const r = gaiko(["-", "--json", "--max-output", "200"], "Japan joined the United Nations in 1956.");
    expect(r.code).toBe(5);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^gaiko check: the result is \d+ bytes, over the output limit of 200 bytes \(--max-output\)/);
  });

  it("names the flag and what it expected for a bad --max-output", () => {
    const r = gaiko(["-", "--max-output", "lots"], "Japan.");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--max-output/);
  });
});
