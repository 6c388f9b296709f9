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
