import { describe, expect, it } from "vitest";
import { AgreementEntity, StateEntity, SourceEntity } from "./entity.js";
import { Statement } from "./statement.js";

describe("entity schemas", () => {
  it("accepts a state with English and Japanese names and ISO codes", () => {
    const r = StateEntity.safeParse({ names: { en: "Japan", ja: "日本" }, statehood: "sovereign", iso2: "JP", iso3: "JPN", isoNumeric: "392" });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.statements).toEqual([]);
  });

  it.each([
    [{ names: { en: "X" }, statehood: "sovereign", iso3: "jp" }, "iso3"],
    [{ names: { en: "X" }, statehood: "empire" }, "statehood"],
    [{ names: { en: "" }, statehood: "sovereign" }, "names.en"],
    [{ names: { en: "X" }, statehood: "sovereign", isoNumeric: 392 }, "isoNumeric"],
    [{ names: { en: "X" }, statehood: "sovereign", colour: "red" }, ""],
  ])("rejects a malformed state (%#) at %s", (input, path) => {
    const r = StateEntity.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("requires an agreement's type and scope", () => {
    expect(AgreementEntity.safeParse({ names: { en: "T" } }).success).toBe(false);
    expect(AgreementEntity.safeParse({ names: { en: "T" }, type: "peace", scope: "bilateral" }).success).toBe(true);
  });

  it("requires a source's url to be a full address", () => {
    expect(SourceEntity.safeParse({ names: { en: "S" }, type: "web", url: "mofa.go.jp" }).success).toBe(false);
  });
});

describe("statements", () => {
  it("defaults status to accepted and sources to none (the linter reports the missing source)", () => {
    const s = Statement.parse({ p: "signed", time: "1978-08-12" });
    expect(s.status).toBe("accepted");
    expect(s.sources).toEqual([]);
  });

  it("rejects an unknown predicate and an invalid EDTF time", () => {
    expect(Statement.safeParse({ p: "befriends", sources: [] }).success).toBe(false);
    const r = Statement.safeParse({ p: "signed", time: "1972-06-31" });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toMatch(/EDTF/);
  });
});
