import { describe, expect, it } from "vitest";
import type { EntityView } from "../api/types.js";
import { agreementTexts, agreementType } from "./agreement-box.js";

type Ref = NonNullable<EntityView["references"]>[number];
const reference = (source: string, title: string, url: string | null, publisher: string | null = null): Ref => ({ source, title, type: "web", publisher, date: null, accessed: null, url });

function agreement(en: string, ja: string | null, references: Ref[], aliases: string[] = []): Pick<EntityView, "entity" | "references"> {
  return {
    entity: { id: "a", kind: "agreement", name: { en, ja }, type: "peace", summary: { en: null, ja: null }, aliases: aliases.map((text) => ({ text, lang: "en", kind: "alias" })), fields: {}, sources: [] },
    references,
  };
}

// The sources as the data cites them (data/sources): a treaty's text, and articles that only share its title.
const basicRelations = agreement("Treaty on Basic Relations between Japan and the Republic of Korea", "日本国と大韓民国との間の基本関係に関する条約", [
  reference("web-wikipedia-x", "Treaty on Basic Relations between Japan and the Republic of Korea", "https://en.wikipedia.org/wiki/Treaty_on_Basic_Relations_between_Japan_and_the_Republic_of_Korea", "Wikipedia"),
  reference("web-wikisource-x", "Treaty on Basic Relations Between Japan and the Republic of Korea", "https://en.wikisource.org/wiki/Treaty_on_Basic_Relations_Between_Japan_and_the_Republic_of_Korea", "Wikisource"),
]);
const oman = agreement("Japan–Oman Investment Agreement", "投資の相互促進及び相互保護に関する日本国とオマーン国との間の協定", [
  reference("web-mofa-x", "投資の相互促進及び相互保護に関する日本国とオマーン国との間の協定", "https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-H29-087.html", "Ministry of Foreign Affairs of Japan"),
]);
const rokClaims = agreement("Agreement on the Settlement of Problems Concerning Property and Claims and on Economic Co-operation between Japan and the Republic of Korea", "財産及び請求権に関する問題の解決並びに経済協力に関する日本国と大韓民国との間の協定", [
  reference("web-wikipedia-ja-x", "財産及び請求権に関する問題の解決並びに経済協力に関する日本国と大韓民国との間の協定", "https://ja.wikipedia.org/wiki/x", "Wikipedia (Japanese)"),
  reference("web-worldjpn-x", "Agreement on the Settlement of Problems Concerning Property and Claims and on Economic Co-operation between Japan and the Republic of Korea", "https://worldjpn.net/documents/texts/JPKR/19650622.T9E.html"),
  reference("web-worldjpn-notes", "Exchange of Notes Concerning the Implementation of the Provisions of Article II", "https://worldjpn.net/documents/texts/JPKR/19650622.TDE.html"),
]);
const sanFrancisco = agreement("Treaty of Peace with Japan", "日本国との平和条約", [
  reference("web-wikipedia-treaty-of-san-francisco", "Treaty of San Francisco", "https://en.wikipedia.org/wiki/Treaty_of_San_Francisco", "Wikipedia"),
  reference("web-wikipedia-ja-treaty-of-peace-with-japan", "日本国との平和条約", "https://ja.wikipedia.org/wiki/x", "Wikipedia (Japanese)"),
  reference("seed-003", "Japan–United States relations", null),
], ["Treaty of San Francisco"]);
const surrender = agreement("Japanese Instrument of Surrender", "降伏文書", [
  reference("web-wikisource-page", "Japanese Instrument of Surrender", "https://en.wikisource.org/wiki/Page:Japanese_Instrument_of_Surrender.djvu/1"),
]);

describe("an agreement's text among the sources its page cites", () => {
  it.each([
    ["a Wikisource text titled as the treaty, not the encyclopedia article of the same title", basicRelations, "en", ["https://en.wikisource.org/wiki/Treaty_on_Basic_Relations_Between_Japan_and_the_Republic_of_Korea"]],
    ["the Foreign Ministry's Japanese text", oman, "en", ["https://www.mofa.go.jp/mofaj/gaiko/treaty/htmls/A-H29-087.html"]],
    ["the English text from the World and Japan database, not the notes exchanged with it", rokClaims, "ja", ["https://worldjpn.net/documents/texts/JPKR/19650622.T9E.html"]],
    ["nothing where only encyclopedias carry its name", sanFrancisco, "en", []],
    ["nothing for a scanned page of a book", surrender, "en", []],
  ] as const)("finds %s", (_, view, lang, want) => {
    expect(agreementTexts(view, lang).map((x) => x.url)).toEqual(want);
  });

  it("says which language each text is in, the page's language first, and names its site", () => {
    const both = agreement(oman.entity.name.en, oman.entity.name.ja, [...oman.references!, reference("web-worldjpn-en", "Japan-Oman Investment Agreement", "https://worldjpn.net/documents/texts/x.html")]);
    expect(agreementTexts(both, "en").map((x) => [x.lang, x.host])).toEqual([["en", "worldjpn.net"], ["ja", "www.mofa.go.jp"]]);
    expect(agreementTexts(both, "ja").map((x) => [x.lang, x.host])).toEqual([["ja", "www.mofa.go.jp"], ["en", "worldjpn.net"]]);
  });
});

describe("an agreement's type in the fact box", () => {
  it.each([
    ["peace", "multilateral", "en", "peace treaty, multilateral"],
    ["peace", "multilateral", "ja", "平和条約・多国間"],
    ["investment", "bilateral", "ja", "投資協定・二国間"],
    ["basic-relations", "bilateral", "en", "basic relations, bilateral"],
    ["other", "bilateral", "ja", "二国間"],
    ["other", undefined, "en", null],
  ] as const)("writes %s, %s in %s as %s, never a slug", (type, scope, lang, want) => {
    expect(agreementType(type, scope, lang)).toBe(want);
  });
});
