import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { roleJa, valueJa } from "./role-ja.js";
import { bilingual } from "./why.js";

const { store } = fixtureStore();
afterAll(() => store.close());

describe("an attribute's role and value in a Japanese reason", () => {
  it.each([
    // A prose role of the tables, a number: the English reason is as it was, the Japanese has no English in it.
    [
      { role: "terms served as non-permanent member of the UN Security Council (count)", what: "12" },
      "the knowledge base records terms served as non-permanent member of the UN Security Council (count): 12",
      "知識ベースの記録と一致する（国連安全保障理事会の非常任理事国を務めた回数：12）",
    ],
    // The data's value_ja for a value in words.
    [
      { role: "arrival in Lisbon", what: "Lisbon", whatJa: "リスボン" },
      "the knowledge base records arrival in Lisbon: Lisbon",
      "知識ベースの記録と一致する（リスボン到着：リスボン）",
    ],
    // A title of office with a state's name, from the store's Japanese names.
    [{ role: "President of the United States", what: "1" }, "the knowledge base records President of the United States: 1", "知識ベースの記録と一致する（アメリカ合衆国大統領：1）"],
    // A role no table gives stays English, whole, as the explorer shows it.
    [{ role: "the frigate's state", what: "1" }, "the knowledge base records the frigate's state: 1", "知識ベースの記録と一致する（the frigate's state：1）"],
    // No role at all.
    [{ what: "3" }, "the knowledge base records it: 3", "知識ベースの記録と一致する（属性：3）"],
  ])("writes %j in both languages", (params, en, ja) => {
    expect(bilingual({ code: "attribute-holds", params }, store)).toEqual({ en, ja });
  });

  it("writes a rejected value in Japanese where the data gives it, and in English otherwise", () => {
    expect(bilingual({ code: "attribute-rejected", params: { role: "duration", what: "2 years", whatJa: "2年" } }, store)).toEqual({
      en: 'the knowledge base records "2 years" as a claim that better sources contradict',
      ja: "知識ベースは「2年」を、より確かな資料が否定する主張として記録している",
    });
    expect(bilingual({ code: "attribute-rejected", params: { role: "duration", what: "2 years" } }, store).ja).toBe("知識ベースは「2 years」を、より確かな資料が否定する主張として記録している");
  });

  it("writes a seat's role in Japanese", () => {
    const r = bilingual({ code: "other-seat", params: { holder: "japan", target: "united-states", role: "non-permanent member", held: "2023/2024" } }, store);
    expect(r.en).toBe("the knowledge base records Japan's seats on the United States as non-permanent member only (2023 – 2024)");
    expect(r.ja).toBe("知識ベースの記録では、日本のアメリカ合衆国での議席は非常任理事国のみである（2023年〜2024年）");
  });
});

describe("roleJa and valueJa", () => {
  it.each([
    ["non-permanent member", "非常任理事国"],
    ["prime-minister", "首相"],
    ["side A", "A側"],
    ["embassy, Tokyo", "大使館（東京）"],
    ["received no table's words", "received no table's words"],
  ])("writes the role %s as %s", (role, ja) => {
    expect(roleJa(store, role)).toBe(ja);
  });

  it.each([
    [{ value: "2 years", value_ja: "2年", role: "duration" }, "2年"],
    [{ value: "possessing", value_ja: null, role: "nuclear weapons status (Bleek; NTI)" }, "保有"],
    [{ value: "possessing", value_ja: null, role: "capital (GGO)" }, undefined],
    [{ value: "12", value_ja: null, role: "terms" }, undefined],
    [{ value: null, value_ja: null, role: null }, undefined],
  ])("gives %j the Japanese value %s", (row, ja) => {
    expect(valueJa(row)).toBe(ja);
  });
});
