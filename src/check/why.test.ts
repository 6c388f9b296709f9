import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { bilingual, NO_DATE } from "./why.js";

const { store } = fixtureStore();
afterAll(() => store.close());

describe("a reason whose statements have no date", () => {
  it.each([
    ["holds", "the knowledge base holds it, with no date recorded", "知識ベースの記録と一致する（日付の記録なし）"],
    ["denied-but-holds", "the text denies it, but the knowledge base holds it (no date recorded)", "本文は否定しているが、知識ベースには記録がある（日付の記録なし）"],
  ] as const)("says so in each language (%s), with no English in the Japanese", (code, en, ja) => {
    expect(bilingual({ code, params: { held: NO_DATE } }, store)).toEqual({ en, ja });
  });
});

describe("names inside an English reason", () => {
  it.each([
    // A body, an agreement, a group of islands and a state named so take "the"; the Japanese is untouched.
    ["not-among", { held: "32", target: "japan-china-peace-and-friendship-treaty", holder: "russia" }, /^the knowledge base records 32 states as parties, signatories or members of the Treaty of Peace and Friendship/],
    ["takes-part", { who: "united-states", target: "japan-china-peace-and-friendship-treaty" }, /^the knowledge base records the United States as taking part in the Treaty/],
    ["not-among-claimants", { signers: "japan,china", target: "liancourt-rocks", holder: "russia" }, /^the knowledge base records Japan, China as claiming the Liancourt Rocks, and Russia is not one of them$/],
  ] as const)("writes %s with its articles", (code, params, en) => {
    const r = bilingual({ code, params }, store);
    expect(r.en).toMatch(en);
    expect(r.ja).not.toMatch(/the /);
  });
});
