import { afterAll, describe, expect, it } from "vitest";
import { fixtureStore } from "../../test/helpers.js";
import { relaxed, sentenceContext, triggerIndex } from "./context.js";
import { knowledge } from "./knowledge.js";
import { splitSentences } from "./sentences.js";

describe("a trigger without its lookarounds, to skip the sentences it cannot match", () => {
  it.each<[RegExp, string | undefined]>([
    [/\b(?<!quasi-)ally\b/gi, "\\bally\\b"],
    [/^a(?=b)c$/gi, "ac"],
    [/[(?=]x(?!y)/gi, "[(?=]x"],
    [/\Bfoo\B|bar/gi, "foo|bar"],
    [/(?<=\b(?:deal|pact)\s+(?:was\s+)?)struck/gi, "struck"],
    [/x\(?!y\)/gi, "x\\(?!y\\)"],
    [/(a)\1/gi, undefined],
    [/a(?=b)*/gi, undefined],
  ])("turns %s into %j", (re, source) => {
    expect(relaxed(re)?.source).toBe(source);
  });
});

describe("trigger words found through the whole text's index", () => {
  const { store } = fixtureStore();
  afterAll(() => store.close());
  // Sentences where the lookarounds of the signed, alliance, administers, rules and participant triggers decide,
  // and where they read across a sentence's edge.
  const text = [
    "The deal was struck in Stockholm. Japan and China provisionally concluded the talks.",
    "The Declaration was issued in 1972. They issued a joint statement. A quasi-alliance held; the allies met.",
    "Export controls tightened. Japan administered the islands and controlled the strait.",
    "The ruling party won. Japan ruled Korea, but the rule of law held. They ruled out talks.",
    "Japan fought the war and froze its assets. Agreement\nstruck at last. (Provisionally concluded.)",
    "Deal struck.Signed.",
  ].join("\n");
  const k = knowledge(store);
  const index = triggerIndex(text);
  it.each(splitSentences(text).map((s) => [text.slice(s.start, s.end), s] as const))("finds in %j what a search of the sentence alone finds", (_, s) => {
    const indexed = sentenceContext(store, k, text, s, [], [], "2026-12-07", index).cues;
    const alone = sentenceContext(store, k, text, s, [], [], "2026-12-07").cues;
    expect([...indexed].sort()).toEqual([...alone].sort());
  });
});
