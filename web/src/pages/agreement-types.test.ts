import { describe, expect, it } from "vitest";
import { AgreementEntity } from "../../../src/model/entity.js";
import { AGREEMENT_TYPES, agreementTypeOptions } from "./agreement-types.js";

describe("the agreements list's Type filter options", () => {
  it("offer exactly the agreement types the schema allows, after an 'any' option with no value", () => {
    for (const lang of ["en", "ja"] as const) {
      const options = agreementTypeOptions(lang);
      expect(options[0]!.value).toBe("");
      expect(options.slice(1).map((o) => o.value)).toEqual(AgreementEntity.shape.type.options);
    }
    expect(AGREEMENT_TYPES).toEqual(AgreementEntity.shape.type.options);
  });

  it.each([
    ["en", "investment", "investment agreement"],
    ["ja", "investment", "投資協定"],
    ["ja", "arms-control", "軍備管理"],
    ["ja", "basic-relations", "基本関係"],
    ["ja", "other", "その他"],
    ["en", "", "any type"],
    ["ja", "", "すべて"],
  ] as const)("label %s %j as %j", (lang, value, label) => {
    expect(agreementTypeOptions(lang).find((o) => o.value === value)?.label).toBe(label);
  });

  it("never show a raw slug on a Japanese page (every label has Japanese script)", () => {
    const latin = agreementTypeOptions("ja").filter((o) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(o.label));
    expect(latin).toEqual([]);
  });

  it.each([
    ["a type the schema allows adds nothing", "trade", 19],
    ["no type adds nothing", "", 19],
    ["a value from an old link is kept as itself", "treaty", 20],
  ])("keep the URL's value: %s", (_, current, count) => {
    const options = agreementTypeOptions("en", current);
    expect(options).toHaveLength(count);
    if (current) expect(options.some((o) => o.value === current)).toBe(true);
  });
});
