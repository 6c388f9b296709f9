import { describe, expect, it } from "vitest";
import { formatLocator, splitLocators, withoutRepeats } from "./locator.js";

describe("locators the checker and the previews showed as the data wrote them", () => {
  it.each([
    ["paras 1–2", "en", "¶1–2"],
    ["paras 1-3", "ja", "¶1-3"],
    ["paragraphs 4–5", "en", "¶4–5"],
    ["header", "ja", "冒頭部"],
    ["table", "ja", "表"],
    ["table", "en", "table"],
    ["lead: PRC as sole government of China", "ja", "冒頭: PRC as sole government of China"],
    ["text (first shot at Port Arthur, night of 8 February 1904)", "en", "first shot at Port Arthur, night of 8 February 1904"],
    // A news article, not a treaty's article: once shown as 第icle条 and "art. icle".
    ["article", "ja", "記事全体"],
    ["article", "en", "article"],
    ["article text", "en", "article text"],
    ["article of 7 July 2003: died Saturday night", "en", "article of 7 July 2003: died Saturday night"],
    ["Art. 1", "en", "art. 1"],
    ["Art. 1", "ja", "第1条"],
    ["Article II", "ja", "第II条"],
    ["Art. I(1): reparations for ten years", "en", "art. I(1): reparations for ten years"],
    ["Arts. 19-20", "en", "arts. 19-20"],
    ["Arts. XVIII-XIX: replaces the 1854 convention", "ja", "第XVIII-XIX条: replaces the 1854 convention"],
    ["Articles I-II", "en", "arts. I-II"],
    ["Article I 1(b)", "en", "art. I 1(b)"],
    // Issue 15: English words and raw "para." forms on Japanese reference lists.
    ["infobox", "ja", "情報ボックス"],
    ["entry", "ja", "項目"],
    ["infobox: Death Date", "ja", "情報ボックス: Death Date"],
    ["lead and infobox", "ja", "冒頭・情報ボックス"],
    ["lead and infobox", "en", "lead and infobox"],
    ["paras 1–2, 5", "en", "¶1–2, 5"],
    ["paras 1, 3–4", "ja", "¶1, 3–4"],
    ["para. 1: 1977年にエジプトとの間で初めて締結", "ja", "¶1: 1977年にエジプトとの間で初めて締結"],
    ["para. 1–3 (about two weeks, nine countries)", "en", "¶1–3 (about two weeks, nine countries)"],
    ["paras 1–2, 4 (left Japan on the evening of 5 January)", "en", "¶1–2, 4 (left Japan on the evening of 5 January)"],
    ["para. 1 (29 July to 9 August) and following paras.", "en", "para. 1 (29 July to 9 August) and following paras."],
    // The /check page's Japanese references (session 36): a collection item's description, a list's item.
    ["description", "ja", "説明"],
    ["description, ¶2", "ja", "説明 ¶2"],
    ["description, ¶1: November 1962", "en", "description ¶1: November 1962"],
    ["description ¶1: Perry and Hayashi Akira", "ja", "説明 ¶1: Perry and Hayashi Akira"],
    ["description (planned state visits)", "ja", "description (planned state visits)"],
    ["opening statement", "ja", "冒頭発言"],
    ["item 2", "ja", "項目2"],
    ["item 2", "en", "item 2"],
    ["lead, para. 3", "ja", "冒頭 ¶3"],
    ["header and para. 2", "ja", "冒頭部・¶2"],
    ["heading and paras 1–2", "en", "heading and ¶1–2"],
    ["title and opening statement", "ja", "題名・冒頭発言"],
    ["editorial note, para. 1", "ja", "編者注 ¶1"],
    ["header and Q3", "ja", "header and Q3"],
  ] as const)("writes %s (%s) as %s", (raw, lang, want) => {
    expect(formatLocator(raw, lang).short).toBe(want);
  });
});

describe("a locator string that names several places", () => {
  it.each([
    ["lead; infobox", ["lead", "infobox"]],
    ["¶1; ¶3–4; ¶6", ["¶1", "¶3–4", "¶6"]],
    ["text (outbreak July 1894; section 2: declaration of war)", ["text (outbreak July 1894; section 2: declaration of war)"]],
    ["", []],
  ])("splits %j into %j", (raw, want) => {
    expect(splitLocators(raw)).toEqual(want);
  });
});

describe("a reference's locators", () => {
  it("leave out one that a longer locator of the list begins with", () => {
    expect(withoutRepeats(["secr-1953-dull", "secr-1953-dull: started 1953-01-21, ended 1959-04-22"])).toEqual(["secr-1953-dull: started 1953-01-21, ended 1959-04-22"]);
    expect(withoutRepeats(["¶2", "¶21", "lead"])).toEqual(["¶2", "¶21", "lead"]);
    expect(withoutRepeats(["情報ボックス", "情報ボックス：生年"])).toEqual(["情報ボックス：生年"]);
    // The /check page's reference to China.org.cn read "¶6, ¶6 (the two sides signed the treaty on August 12, 1978)".
    expect(withoutRepeats(["¶6", "¶6 (the two sides signed the treaty)", "¶60"])).toEqual(["¶6 (the two sides signed the treaty)", "¶60"]);
  });
});

describe("a dataset row's locator", () => {
  it.each([
    // The preview on Etorofu's Japanese page read "68行目 (ne5_10m_admin_0_disputed_areas_attributes.csv line 68 (Admin. by Russia; Claimed by Japan))".
    ["ne5_10m_admin_0_disputed_areas_attributes.csv line 68 (Admin. by Russia; Claimed by Japan)", "ja", "68行目", "ne5_10m_admin_0_disputed_areas_attributes.csv: Admin. by Russia; Claimed by Japan"],
    ["japan_missions_subset.csv line 300", "en", "row 300", "japan_missions_subset.csv"],
    ["parties_GGO.csv.gz lines 24387-24390", "en", "rows 24,387–24,390", "parties_GGO.csv.gz"],
    ["ne5_10m_admin_0_disputed_areas_attributes.csv line 85 (NAME_EN, NAME_JA); coords: bounding-box centre of ne_10m_admin_0_disputed_areas.geojson line 22", "en", "row 85", "ne5_10m_admin_0_disputed_areas_attributes.csv: NAME_EN, NAME_JA; coords: bounding-box centre of ne_10m_admin_0_disputed_areas.geojson line 22"],
  ] as const)("writes %s (%s) as %s, the file and note beside it without the row's number", (raw, lang, short, detail) => {
    expect(formatLocator(raw, lang)).toEqual({ short, telling: true, detail });
  });
});
