import { describe, expect, it } from "vitest";
import { sourceField } from "./source-fields.js";

describe("a source page's fields", () => {
  it.each([
    ["en", "published", "1990-05-08", { label: "Published", value: "8 May 1990" }],
    ["ja", "published", "1990-05-08", { label: "公表日", value: "1990年5月8日" }],
    ["ja", "accessed", "2026-12-05", { label: "閲覧日", value: "2026年12月5日" }],
    ["en", "type", "web", { label: "Type", value: "web page" }],
    ["ja", "type", "web", { label: "種類", value: "ウェブページ" }],
    ["ja", "publisher", "The Korea Economic Daily (Hankyung)", { label: "発行者", value: "The Korea Economic Daily (Hankyung)" }],
    ["en", "caveat", "Title not shown.", { label: "Caveat", value: "Title not shown." }],
    ["en", "edition", "2nd", { label: "edition", value: "2nd" }],
    ["en", "published", "early 1990s", { label: "Published", value: "early 1990s" }],
    // Written in full, as the references on entity pages write them (issue 15, S4: "21 Nov 2026").
    ["en", "accessed", "2026-11-21", { label: "Accessed", value: "21 November 2026" }],
    ["en", "published", "2016-03", { label: "Published", value: "March 2016" }],
    // English prose on a Japanese page is marked English-only (issue 15, LOOK6); Japanese prose is not.
    ["ja", "caveat", "A defence-site country briefing.", { label: "注意", value: "A defence-site country briefing.", englishOnly: true }],
    ["ja", "caveat", "日付は不明。", { label: "注意", value: "日付は不明。" }],
  ] as const)("show the %s field %s = %s labelled and written for a reader", (lang, key, value, want) => {
    expect(sourceField(lang, key, value)).toEqual(want);
  });
});
