import { describe, expect, it } from "vitest";
import type { CheckMention } from "../api/types.js";
import { claimSpans, mentionedEntities, pieces, runs } from "./segments.js";

const text = "Japan and China signed a peace treaty in 1972. The shameful treaty.";

describe("claimSpans", () => {
  it("groups the claims of one sentence and marks it with its gravest verdict", () => {
    expect(
      claimSpans([
        { start: 0, end: 46, verdict: "supported" },
        { start: 47, end: 67, verdict: "not-checkable" },
        { start: 0, end: 46, verdict: "contradicted" },
      ]),
    ).toEqual([
      { start: 0, end: 46, claims: [0, 2], verdict: "contradicted" },
      { start: 47, end: 67, claims: [1], verdict: "not-checkable" },
    ]);
  });

  it("drops a span that overlaps an earlier one", () => {
    expect(claimSpans([{ start: 0, end: 20, verdict: "supported" }, { start: 10, end: 30, verdict: "supported" }]).map((s) => s.start)).toEqual([0]);
  });
});

describe("pieces", () => {
  const spans = claimSpans([{ start: 0, end: 46, verdict: "contradicted" }]);
  const all = pieces(text, spans, [{ start: 0, end: 5 }, { start: 10, end: 15 }], [{ start: 51, end: 59 }]);

  it("cuts the text at every span's edges and loses nothing", () => {
    expect(all.map((p) => p.text).join("")).toBe(text);
    expect(all.map((p) => p.text)).toEqual(["Japan", " and ", "China", " signed a peace treaty in 1972.", " The ", "shameful", " treaty."]);
  });

  it("knows which claim, mention and slant note each piece lies in", () => {
    expect(all.map((p) => [p.span, p.mention, p.slant])).toEqual([
      [0, 0, null],
      [0, null, null],
      [0, 1, null],
      [0, null, null],
      [null, null, null],
      [null, null, 0],
      [null, null, null],
    ]);
  });

  it("groups pieces into runs of one claim", () => {
    expect(runs(all).map((r) => [r.span, r.pieces.length])).toEqual([
      [0, 4],
      [null, 3],
    ]);
  });

  it("clips spans that run past the text", () => {
    expect(pieces("abc", [], [{ start: 1, end: 99 }], []).map((p) => p.text)).toEqual(["a", "bc"]);
  });
});

describe("mentionedEntities", () => {
  it("lists each entity once with its count and the words that named it", () => {
    const m = (start: number, t: string, id: string): CheckMention => ({ start, end: start + t.length, text: t, entity: { id, kind: "state", name: { en: id, ja: null } }, via: "name" });
    expect(mentionedEntities([m(0, "Japan", "japan"), m(10, "China", "china"), m(50, "Tokyo", "japan")])).toEqual([
      { entity: { id: "japan", kind: "state", name: { en: "japan", ja: null } }, count: 2, texts: ["Japan", "Tokyo"] },
      { entity: { id: "china", kind: "state", name: { en: "china", ja: null } }, count: 1, texts: ["China"] },
    ]);
  });
});
