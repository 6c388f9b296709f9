import { describe, expect, it } from "vitest";
import { BROKEN, BROKEN_TIME, FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { countParagraphs, formatDiagnostic, lintData } from "./lint.js";

describe("lintData on good fixtures", () => {
  it("finds no errors and no warnings", () => {
    const r = lintData(GOOD, { sharedDir: FIXTURE_SHARED });
    expect(r.errors.map(formatDiagnostic)).toEqual([]);
    expect(r.warnings.map(formatDiagnostic)).toEqual([]);
    expect(r.entities.length).toBe(r.files.length);
  });
});

describe("lintData on broken fixtures", () => {
  const r = lintData(BROKEN, { sharedDir: FIXTURE_SHARED });
  const find = (file: string, path: string) => r.diagnostics.filter((d) => d.file.endsWith(file) && d.path === path);

  it.each([
    ["states/bad-iso.yaml", "iso3", 3, /three capital letters/],
    ["states/Bad_Name.yaml", "(filename)", 1, /kebab-case.*bad-name\.yaml/],
    ["agreements/no-source.yaml", "statements[0].sources", 6, /without a source/],
    ["agreements/bad-date.yaml", "statements[0].time", 6, /"1972-06-31" is not a valid EDTF date/],
    ["agreements/bad-date.yaml", "statements[1].time", 7, /EDTF/],
    ["agreements/unknown-ids.yaml", "statements[0].subject", 6, /unknown id "japna" — did you mean "japan"\?/],
    ["agreements/unknown-ids.yaml", "statements[1].at", 7, /unknown id "nowhere"/],
    ["agreements/unknown-ids.yaml", "statements[1].sources[0].source", 7, /unknown id "web-no-such-source"/],
    ["agreements/seed-locator.yaml", "sources[0].locator", 4, /¶99 is past the end of seed-fixture \(3 paragraphs\)/],
    ["agreements/seed-locator.yaml", "statements[0].sources[0]", 6, /needs a locator/],
    ["agreements/seed-locator.yaml", "statements[1].sources[0].locator", 7, /not a paragraph/],
    ["events/wrong-kinds.yaml", "statements[0].p", 5, /cannot have an event as subject/],
    ["events/wrong-kinds.yaml", "statements[1].object", 6, /takes no object/],
    ["events/wrong-kinds.yaml", "statements[2].assertedBy", 7, /names who asserts it/],
    ["events/wrong-kinds.yaml", "statements[3].note", 8, /says what holds instead/],
    ["events/wrong-kinds.yaml", "statements[4].value_ja", 9, /value_ja translates a value written in words/],
    ["events/bad-field.yaml", "colour", 3, /Unrecognized key/],
    ["events/bad-field.yaml", "type", 2, /expected one of/],
    ["events/bad-yaml.yaml", "(yaml)", 1, /fix the YAML syntax/],
    ["people/japan.yaml", "(file)", 1, /duplicate id "japan"/],
  ])("reports %s at %s (line %i)", (file, path, line, message) => {
    const ds = find(file, path).filter((d) => d.severity === "error");
    expect(ds.length, `no error at ${file} ${path}; got ${r.diagnostics.map(formatDiagnostic).join("\n")}`).toBeGreaterThan(0);
    expect(ds.some((d) => d.line === line && message.test(d.message))).toBe(true);
  });

  it("keeps warnings apart from errors", () => {
    expect(r.warnings.map((d) => d.file.split("/").pop())).toEqual(["interval-hint.yaml"]);
    expect(r.warnings[0]?.message).toMatch(/write the interval/);
    expect(r.errors.every((d) => d.severity === "error")).toBe(true);
  });

  it("prints every diagnostic as file:line field.path: problem — fix", () => {
    for (const d of r.diagnostics) expect(formatDiagnostic(d)).toMatch(/^test\/fixtures\/broken\/\S+\.yaml:\d+ \S+: .+ — .+/);
  });

  it("skips the seed checks, with no false errors, when ../shared is absent", () => {
    const noShared = lintData(BROKEN, {});
    expect(noShared.errors.some((d) => /past the end/.test(d.message))).toBe(false);
    expect(noShared.errors.some((d) => /needs a locator/.test(d.message))).toBe(true);
  });
});

describe("countParagraphs", () => {
  it("counts non-empty lines", () => {
    expect(countParagraphs("a\n\n b \n\n\nc\n")).toBe(3);
    expect(countParagraphs("")).toBe(0);
  });
});

describe("the time sweep in lint", () => {
  const r = lintData(BROKEN_TIME, { today: "2026-12-05" });
  const at = (file: string) => r.errors.filter((d) => d.file.endsWith(file)).map((d) => `${d.line} ${d.path}: ${d.message}`);

  it.each([
    ["states/alpha.yaml", /^7 statements\[1\]\.time: span-outside-existence: diplomatic-relations with Japan holds on 1890-01-01, when alpha did not exist .* — date the span/],
    ["states/beta.yaml", /^7 statements\[1\]\.time: open-span-on-ended-state: .* beta ended on 1940-06-01 — close the span/],
    ["states/gamma.yaml", /^8 statements\[2\]\.time: contradictory-statuses: at-war and diplomatic-relations both hold on 1941-12-08 — end one where the other begins/],
    ["states/delta.yaml", /^6 statements: un-member-status-unknown: .* unknown on 1960-01-01 \(a current UN member\).* — add a dated diplomatic-relations statement/],
    ["states/epsilon.yaml", /^8 statements\[2\]\.role: holds-territory needs role: one of sovereign, colony/],
    ["states/zeta.yaml", /^\d+ statements: state-without-existence: zeta has no dated existence — add \{p: exists/],
    ["states/beta.yaml", /^9 statements\[2\]\.time: party-outside-existence: administers beta → epsilon holds on 1940-06-01, when beta did not exist \(it had ended on 1940-06-01\) — date the span within beta's existence/],
    ["states/alpha.yaml", /^9 statements\[2\]\.time: party-outside-existence: alliance alpha → epsilon holds on 1950-01-01, when alpha did not exist \(it had ended on 1950-01-01\) — date the span within alpha's existence/],
    ["agreements/old-treaty.yaml", /^7 statements\[0\]\.time: the agreement's force ended \(1900-01-01\/1910-01-01\) but not how — add role: one of expired/],
  ])("fails %s with file:line and the fix", (file, message) => {
    expect(at(file).some((m) => message.test(m)), at(file).join("\n") || "no error").toBe(true);
  });

  it("prints what it swept: every state on every year and span edge up to today", () => {
    expect(r.sweep?.states).toBe(6);
    expect(r.sweep?.checked).toBeGreaterThan(6 * 170);
    expect(r.sweep?.violations).toBe(6);
  });

  it("finds nothing on the good fixtures and checks nothing without a day", () => {
    expect(lintData(GOOD, { sharedDir: FIXTURE_SHARED, today: "2026-12-05" }).sweep?.violations).toBe(0);
    expect(lintData(GOOD, { sharedDir: FIXTURE_SHARED }).sweep).toBeUndefined();
  });

  it("warns of an event whose end is unknown, which the lists of events would give for every later year, and not on the good fixtures", () => {
    const warned = r.warnings.filter((d) => d.message.startsWith("event-end-unknown")).map((d) => `${d.file.split("/").pop()}:${d.line} ${d.path}: ${d.message}`);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^unended-incident\.yaml:5 statements\[0\]\.time: event-end-unknown: unended-incident occurred 1872-07-09\/, with no end, so the lists of events give it for every year after — add the last day/);
    expect(r.errors.some((d) => d.message.includes("event-end-unknown")), "a warning, not an error").toBe(false);
    expect(lintData(GOOD, { sharedDir: FIXTURE_SHARED, today: "2026-12-05" }).warnings.filter((d) => d.message.includes("event-end-unknown"))).toEqual([]);
  });

  it("reports a party outside its existence once per statement, and not on the good fixtures", () => {
    expect(r.errors.filter((d) => d.message.startsWith("party-outside-existence")).map((d) => `${d.file.split("/").pop()} ${d.path}`).sort()).toEqual(["alpha.yaml statements[2].time", "beta.yaml statements[2].time"]);
    expect(lintData(GOOD, { sharedDir: FIXTURE_SHARED, today: "2026-12-05" }).errors.filter((d) => d.message.includes("party-outside-existence"))).toEqual([]);
  });
});
