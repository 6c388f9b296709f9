import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GOOD } from "../../test/helpers.js";
import { loadData, type Loaded, type RawFile } from "./load.js";

const tmp = () => mkdtempSync(join(tmpdir(), "gaiko-yaml-cache-"));

/** Whether a file's document was parsed on this read (a cached file's document is parsed only when asked for). */
const parsedNow = (f: RawFile) => typeof Object.getOwnPropertyDescriptor(f, "doc")?.get !== "function";

/** What loadData answers, without the documents. */
const answer = (l: Loaded) => JSON.stringify({ entities: l.entities, diagnostics: l.diagnostics, release: l.release, files: l.files.map((f) => [f.id, f.kind, f.file, f.text]) });

describe("the parsed-YAML cache", () => {
  let saved: string | undefined;
  let cacheDir: string;
  let data: string;
  beforeEach(() => {
    saved = process.env.GAIKO_YAML_CACHE;
    cacheDir = tmp();
    process.env.GAIKO_YAML_CACHE = cacheDir;
    data = join(tmp(), "data");
    cpSync(GOOD, data, { recursive: true });
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.GAIKO_YAML_CACHE;
    else process.env.GAIKO_YAML_CACHE = saved;
  });

  it("reads unchanged files from the cache on the next run, with the same entities, diagnostics and release", () => {
    // A schema error (a year as a number) and a syntax error, beside valid files.
    writeFileSync(join(data, "places", "osaka.yaml"), 'names: {en: "Osaka"}\ntype: city\nsources: [{source: web-mofa-fixture, locator: "§ 1"}]\nstatements:\n  - {p: located-in, object: japan, time: 1972, sources: [{source: web-mofa-fixture}]}\n');
    writeFileSync(join(data, "places", "kobe.yaml"), 'names: {en: "Kobe"\ntype: city\n');
    const first = loadData(data);
    expect(first.files.every(parsedNow)).toBe(true);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const second = loadData(data);
    expect(answer(second)).toBe(answer(first));
    // Every file that parsed came from the cache; the one with a syntax error is parsed every time.
    expect(second.files.filter(parsedNow).map((f) => f.id)).toEqual(["kobe"]);
    // The schema error still names the line of the value, from the document parsed when it was needed.
    expect(second.diagnostics.find((d) => d.file.endsWith("osaka.yaml") && d.path === "statements[0].time")?.line).toBe(5);
    process.env.GAIKO_YAML_CACHE = "0";
    expect(answer(loadData(data))).toBe(answer(first));
  });

  it("parses a file again when its bytes change", () => {
    loadData(data);
    writeFileSync(join(data, "places", "beijing.yaml"), 'names: {en: "Peking", ja: "北京"}\ntype: city\nsources: [{source: web-mofa-fixture, locator: "§ 1"}]\n');
    const l = loadData(data);
    const beijing = l.files.find((f) => f.id === "beijing")!;
    expect(parsedNow(beijing)).toBe(true);
    expect(l.entities.find((e) => e.id === "beijing")?.names.en).toBe("Peking");
    expect(l.files.filter(parsedNow)).toHaveLength(1);
  });

  it("keeps no value that JSON would change (.inf, .nan, -0, an alias shared between fields) and reads such files right every time", () => {
    const text = "a: .inf\nb: .nan\nc: -0\nd: &x {k: 1}\ne: *x\n";
    writeFileSync(join(data, "places", "odd.yaml"), text);
    const values = () => {
      const l = loadData(data, { validate: false });
      return { odd: l.entities.find((e) => e.id === "odd") as unknown as Record<string, unknown>, parsed: parsedNow(l.files.find((f) => f.id === "odd")!) };
    };
    values();
    const { odd, parsed } = values();
    expect(parsed).toBe(true);
    expect(odd.a).toBe(Infinity);
    expect(Number.isNaN(odd.b)).toBe(true);
    expect(Object.is(odd.c, -0)).toBe(true);
    expect(odd.e).toEqual({ k: 1 });
  });

  it("ignores a cache written by another parser, or one that cannot be read", () => {
    const first = answer(loadData(data));
    const [name] = readdirSync(cacheDir);
    const path = join(cacheDir, name!);
    const stored = JSON.parse(readFileSync(path, "utf8")) as { tag: string; entries: Record<string, unknown> };
    // The right keys with wrong values: used only if the tag were not checked.
    const wrong = Object.fromEntries(Object.keys(stored.entries).map((k) => [k, { names: { en: "Wrong" } }]));
    writeFileSync(path, JSON.stringify({ tag: "another-parser", entries: wrong }));
    const l = loadData(data);
    expect(answer(l)).toBe(first);
    expect(l.files.every(parsedNow)).toBe(true);
    writeFileSync(path, '{"tag": "');
    expect(answer(loadData(data))).toBe(first);
  });

  it("removes another parser's entries for the folder once they were not written for a week", () => {
    loadData(data);
    const [mine] = readdirSync(cacheDir);
    const other = (tag: string) => join(cacheDir, mine!.replace(/-[^-]+\.json$/, `-${tag}.json`));
    writeFileSync(other("old"), "{}");
    writeFileSync(other("recent"), "{}");
    const weekAgo = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    utimesSync(other("old"), weekAgo, weekAgo);
    writeFileSync(join(data, "places", "beijing.yaml"), 'names: {en: "Peking"}\ntype: city\n');
    loadData(data);
    expect(readdirSync(cacheDir).sort()).toEqual([mine, mine!.replace(/-[^-]+\.json$/, "-recent.json")].sort());
  });

  it("is off for folders outside the project unless a cache folder is named", () => {
    delete process.env.GAIKO_YAML_CACHE;
    loadData(data);
    expect(loadData(data).files.every(parsedNow)).toBe(true);
  });
});
