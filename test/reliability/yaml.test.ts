// Broken data files: every kind of damage gives file:line, the field and how to fix it, and `gaiko build`
// refuses while leaving the previous database byte for byte. Before: YAML syntax errors always said
// line 1, a Shift_JIS file passed lint with a garbled name, an alias bomb aborted lint without naming
// the file, a folder or broken link named *.yaml crashed it, and `gaiko lint <missing file>` exited 0.
// The 50 MB file, the bombs, the link and the folder are made in a temporary copy of
// test/fixtures/broken-yaml at test time, never committed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileFilter } from "../../src/cli/lint.js";
import { UsageError } from "../../src/cli/output.js";
import { buildDatabase } from "../../src/kb/build.js";
import { formatDiagnostic, lintData, type LintResult } from "../../src/kb/lint.js";
import { MAX_ALIASES, MAX_FILE_BYTES, MAX_NESTING, parseYaml } from "../../src/kb/read-yaml.js";
import { FIXTURES, FIXTURE_SHARED, GOOD, ROOT } from "../helpers.js";

const work = mkdtempSync(join(tmpdir(), "gaiko-yaml-"));
const broken = join(work, "data");
const db = join(work, "db", "gaiko.db");

/** A billion laughs: nine levels of nine aliases, 9^9 strings if expanded. */
function aliasBomb(): string {
  const rows = ['names: {en: "An alias bomb"}', "type: visit", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 9; i++) rows.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]`);
  return rows.join("\n") + "\n";
}

let lint: LintResult;
let lintMs = 0;
beforeAll(() => {
  cpSync(join(FIXTURES, "broken-yaml"), broken, { recursive: true });
  const filler = "x".repeat(1 << 20);
  writeFileSync(join(broken, "events", "huge.yaml"), `names: {en: "A 50 MB file"}\ntype: visit\nsummary: {en: "${filler.repeat(50)}"}\n`);
  writeFileSync(join(broken, "events", "alias-bomb.yaml"), aliasBomb());
  symlinkSync(join(broken, "nowhere.yaml"), join(broken, "events", "broken-link.yaml"));
  mkdirSync(join(broken, "events", "folder.yaml"));
  writeFileSync(join(broken, "events", "nesting-bomb.yaml"), `names: {en: "Deep brackets"}\ntype: visit\nsummary: ${"[".repeat(400_000)}${"]".repeat(400_000)}\n`);
  const t0 = performance.now();
  lint = lintData(broken);
  lintMs = performance.now() - t0;
});

/** The errors reported in one file of the broken copy, as `line path: message`. */
const errorsIn = (file: string) => lint.errors.filter((d) => d.file.endsWith(`/${file}`));

describe("every kind of broken data file gives file:line, the field and the fix", () => {
  it.each([
    // kind, file, line, field path, what is wrong, how to fix it
    ["unclosed {", "events/syntax-unclosed-map.yaml", 5, "(yaml)", /the \{ opened here \(statements\[0\]\) is never closed/, /close it with \}/],
    ["unclosed quote", "events/syntax-unclosed-quote.yaml", 3, "(yaml)", /the " opened here \(summary\) is never closed/, /close it with "/],
    ["tab indentation", "events/syntax-tab.yaml", 4, "(yaml)", /Tabs are not allowed/, /indent with spaces/],
    ["duplicate key", "events/syntax-duplicate-key.yaml", 4, "(yaml)", /type is given twice \(also on line 2\)/, /keep one of them/],
    ["two documents", "events/syntax-two-documents.yaml", 4, "(yaml)", /a second document/, /one file holds one entity/],
    ["unknown field", "events/unknown-field.yaml", 4, "colour", /Unrecognized key: "colour"/, /remove the field or fix its spelling/],
    ["unknown field, CRLF line endings", "events/crlf-unknown-field.yaml", 4, "color", /Unrecognized key: "color"/, /remove the field/],
    ["wrong type", "events/wrong-type.yaml", 3, "sources", /expected array, received string/, /write a list: \[a, b\]/],
    ["a year as a bare number", "events/unquoted-year.yaml", 5, "statements[0].time", /expected string, received number/, /put the value in quotes: "1972"/],
    ["missing required field", "events/missing-names.yaml", 1, "names", /expected object, received undefined/, /add names: it is required/],
    ["empty file", "events/empty.yaml", 1, "(file)", /the file is empty/, /write the entity's fields/],
    ["duplicate id", "states/twin.yml", 1, "(file)", /duplicate id "twin" \(also \S+states\/twin\.yaml\)/, /rename one file/],
    ["dangling reference", "events/dangling-reference.yaml", 6, "statements[1].object", /unknown id "japna"/, /did you mean "japan"\? create the entity's file or fix the id/],
    ["end before start", "agreements/end-before-start.yaml", 7, "statements[1].time", /"1980\/1970" ends before it starts/, /swap the two dates/],
    ["invalid EDTF", "agreements/invalid-edtf.yaml", 6, "statements[0].time", /"1972-13-45" is not a valid EDTF date/, /write e\.g\. 1978-08-12/],
    ["date out of range", "agreements/date-out-of-range.yaml", 6, "statements[0].time", /"Y-300000" lies outside the years 0001–9999/, /write e\.g\./],
    ["missing source", "agreements/missing-source.yaml", 6, "statements[0].sources", /a statement without a source/, /add sources: \[\{source:/],
    ["Shift_JIS bytes", "events/shift-jis.yaml", 1, "(encoding)", /not UTF-8 \(an invalid byte on line 1; it looks like Shift_JIS\)/, /re-save it as UTF-8/],
    ["50 MB file", "events/huge.yaml", 1, "(file)", /the file is 50\.0 MB, over the 1\.0 MB limit/, /split the file/],
    ["alias bomb", "events/alias-bomb.yaml", 4, "(yaml)", new RegExp(`aliases expand past ${MAX_ALIASES} copies`), /write the values out/],
    ["broken symlink", "events/broken-link.yaml", 1, "(file)", /the file cannot be read \(ENOENT\)/, /check that it exists and is readable/],
    ["folder named .yaml", "events/folder.yaml", 1, "(file)", /not a regular file/, /data\/ holds YAML files only/],
    ["nesting bomb", "events/nesting-bomb.yaml", 3, "(yaml)", new RegExp(`brackets nest more than ${MAX_NESTING} levels`), /close the brackets/],
  ])("%s: %s:%i %s", (_kind, file, line, path, what, fix) => {
    const ds = errorsIn(file);
    expect(ds.map(formatDiagnostic), "exactly one error in the file").toHaveLength(1);
    const [d] = ds;
    expect({ line: d!.line, path: d!.path }).toEqual({ line, path });
    const [problem, how] = d!.message.split(" — ");
    expect(problem).toMatch(what);
    expect(how).toMatch(fix);
  });

  it("prints each as file:line field.path: problem — fix", () => {
    for (const d of lint.errors) expect(formatDiagnostic(d)).toMatch(/^\S+\.ya?ml:\d+ \S+: .+ — .+/);
  });

  it("never accepts a garbled name: the Shift_JIS file yields no entity", () => {
    expect(lint.entities.find((e) => e.id === "shift-jis")).toBeUndefined();
    expect(lint.entities.some((e) => JSON.stringify(e.names).includes("\uFFFD"))).toBe(false);
  });

  it.each([
    ["a byte-order mark", "bom", { names: { en: "An event saved with a byte-order mark", ja: "BOM付き" } }],
    ["CRLF line endings", "crlf", { names: { en: "An event saved with CRLF line endings" }, summary: { en: "Two lines\nof summary." } }],
  ])("accepts a file saved with %s, silently and without stray characters", (_what, id, fields) => {
    expect(lint.diagnostics.filter((d) => d.file.endsWith(`/${id}.yaml`))).toEqual([]);
    expect(lint.entities.find((e) => e.id === id)).toMatchObject(fields);
  });

  it("lints the whole broken folder, bombs included, in bounded time", () => {
    expect(lintMs).toBeLessThan(10_000);
  });

  it("expands an alias bomb no further than the alias limit, in bounded time and memory", () => {
    const heap = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = parseYaml(aliasBomb());
    expect(performance.now() - t0).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(50 << 20);
    expect(r.data).toBeUndefined();
    expect(r.problems).toHaveLength(1);
  });

  it("refuses a file over the limit without reading it", () => {
    expect(MAX_FILE_BYTES).toBe(1 << 20);
    // The 50 MB file is the only one whose text never reached the parser: no RawFile holds it.
    expect(lint.files.some((f) => f.file.endsWith("/huge.yaml"))).toBe(false);
  });
});

describe("gaiko build and lint on broken data", () => {
  const gaiko = (args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "gaiko.js"), ...args], { env: { ...process.env, GAIKO_DATA: broken, GAIKO_DB: db, GAIKO_SHARED: FIXTURE_SHARED }, encoding: "utf8" });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it("refuses to build, lists the errors with the exit code documented for lint errors, and leaves the old database byte-identical", () => {
    buildDatabase(GOOD, db, { sharedDir: FIXTURE_SHARED });
    const before = readFileSync(db);
    const r = gaiko(["build"]);
    expect(r.code).toBe(1);
    const listed = r.err.split("\n").filter((l) => /^\S+\.ya?ml:\d+ /.test(l));
    expect(listed.length).toBe(lint.errors.length);
    expect(r.err).toMatch(/shift-jis\.yaml:1 \(encoding\): the file is not UTF-8/);
    expect(r.err).toMatch(/syntax-unclosed-map\.yaml:5 \(yaml\): the \{ opened here/);
    expect(r.err).toMatch(/the previous database was left as it was/);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(join(work, "db"))).toEqual(["gaiko.db"]);
  });

  it("exits 2 from lint given a file that does not exist, saying so", () => {
    const r = gaiko(["lint", "no-such-file.yaml"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/FILES: no-such-file\.yaml does not exist — give YAML files or folders under/);
    expect(r.out).toBe("");
  });
});

describe("the FILES given to gaiko lint", () => {
  it.each([
    ["a missing folder", join(broken, "no-such-folder"), /no-such-folder does not exist — give YAML files or folders under/],
    ["a file outside the data folder", join(ROOT, "package.json"), /package\.json is not under the data folder .* — lint checks that folder/],
    ["a file in the data folder that is not YAML", join(broken, ".gitattributes"), /\.gitattributes is not a YAML data file — give \.yaml files or folders/],
  ])("are refused as bad usage (exit 2) when one is %s", (_what, arg, message) => {
    expect(() => fileFilter([arg], broken)).toThrow(UsageError);
    expect(() => fileFilter([arg], broken)).toThrow(message);
  });

  it("select the files under a folder, or one file, by their real path", () => {
    const under = fileFilter([join(broken, "agreements"), join(broken, "events", "empty.yaml")], broken)!;
    const picked = lint.diagnostics.map((d) => d.file).filter(under).map((f) => f.split("/").slice(-2).join("/"));
    expect([...new Set(picked)].sort()).toEqual(["agreements/date-out-of-range.yaml", "agreements/end-before-start.yaml", "agreements/invalid-edtf.yaml", "agreements/missing-source.yaml", "events/empty.yaml"]);
    expect(fileFilter([], broken)).toBeUndefined();
  });
});
