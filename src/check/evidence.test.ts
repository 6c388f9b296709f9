import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { check } from "./check.js";

const { store } = fixtureStore();
afterAll(() => store.close());

/** Each evidence statement of each claim: what it records (subject, relation, object), or null for the claim itself. */
const about = (text: string) => check(store, text).claims.map((c) => c.evidence.map((e) => (e.about ? [e.about.subject.id, e.about.p, e.about.object?.id ?? null] : null)));

describe("a claim's evidence", () => {
  it("says what a statement records when it is not the claim itself: Japan's one ally, under 'Japan and North Korea were allies'", () => {
    const [c] = check(store, "Japan and North Korea were allies in 1970.").claims;
    expect(c!.verdict).toBe("contradicted");
    expect(c!.evidence[0]!.about).toEqual({
      subject: { id: "united-states", kind: "state", name: { en: "United States", ja: "アメリカ合衆国" } },
      p: "alliance",
      label: { en: "alliance", ja: "同盟" },
      object: { id: "japan", kind: "state", name: { en: "Japan", ja: "日本" } },
    });
  });

  it.each([
    ["the same relation between the same two, in the text's order", "Japan and the United States were at war in 1990."],
    ["the same relation between the same two, in the other order", "Japan and China normalised relations on 29 September 1972."],
    ["a denied claim whose own relation is recorded", "Japan and China did not establish diplomatic relations in 1972."],
  ])("leaves it out for %s", (_, text) => {
    const all = about(text);
    expect(all.flat().length).toBeGreaterThan(0);
    expect(all.flat().every((a) => a === null)).toBe(true);
  });
});
