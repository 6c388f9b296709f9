import { describe, expect, it } from "vitest";
import { disputeTypeOptions, disputeTypeWords, membershipTypeOptions, officeTypeOptions } from "./list-types.js";

const JAPANESE = /^[\u3000-\u30ff\u3400-\u9fff・]+$/;

describe("the Type choices of the offices, disputes and memberships lists", () => {
  it.each([
    ["offices", officeTypeOptions, "prime-minister", "首相", "Prime Minister"],
    ["offices", officeTypeOptions, "acting-president", "大統領権限代行", "acting President"],
    ["offices", officeTypeOptions, "defense-minister", "防衛大臣", "Defence Minister"],
    ["offices", officeTypeOptions, "chief-cabinet-secretary", "内閣官房長官", "Chief Cabinet Secretary"],
    ["offices", officeTypeOptions, "ambassador-to-the-united-states", "駐米大使", "Ambassador to the United States"],
    ["offices", officeTypeOptions, "ambassador-to-china", "駐中国大使", "Ambassador to China"],
    ["offices", officeTypeOptions, "secretary-of-state", "国務長官", "Secretary of State"],
    ["disputes", disputeTypeOptions, "maritime", "海洋", "maritime"],
    ["memberships", membershipTypeOptions, "observer", "オブザーバー", "observer"],
  ] as const)("names the %s types in the page's language, first 'any', and keeps the API's slugs", (_, options, slug, ja, en) => {
    const japanese = options("ja");
    expect(japanese[0]).toEqual({ value: "", label: "すべて" });
    expect(japanese).toContainEqual({ value: slug, label: ja });
    expect(japanese.slice(1).map((o) => o.label).filter((l) => !JAPANESE.test(l))).toEqual([]);
    expect(options("en")).toContainEqual({ value: slug, label: en });
    expect(new Set(japanese.map((o) => o.label)).size).toBe(japanese.length);
  });

  it("keeps an old link's role that is no choice as itself", () => {
    expect(officeTypeOptions("ja", "Supreme Commander for the Allied Powers").at(-1)).toEqual({ value: "Supreme Commander for the Allied Powers", label: "Supreme Commander for the Allied Powers" });
  });

  it.each([
    ["historical", "ja", "歴史認識"],
    ["other", "ja", "その他"],
    ["maritime", "en", "maritime"],
    [null, "ja", null],
  ] as const)("writes a dispute's type %s in %s as %j in the list's cell (not 歴史上の国家, a state's type)", (type, lang, want) => {
    expect(disputeTypeWords(type, lang)).toBe(want);
  });
});
