// The names search makes by the checker's rules (issue 13 item 3): a series' meeting by its number, and a state by
// its Japanese pair abbreviation. Small maps made here, shaped like the entities in data/ (events/ticad-*.yaml,
// events/palm*.yaml, organizations/ticad.yaml).
import { describe, expect, it } from "vitest";
import { numberedForms, numberedNames, ordinalNumber, SeriesNumbers } from "./numbered-names.js";
import { PAIR_ABBREVIATIONS, pairNames } from "./pair-names.js";
import { SearchIndex } from "./search/index.js";
import { rank } from "./search/rank.js";

const names = new Map<string, string[]>([
  ["ticad", ["Tokyo International Conference on African Development", "TICAD"]],
  ["ticad-vi-2016", ["Sixth Tokyo International Conference on African Development", "TICAD VI", "TICAD-VI"]],
  ["ticad-7-2019", ["Seventh Tokyo International Conference on African Development", "TICAD 7", "TICAD7"]],
  ["pacific-islands-leaders-meeting", ["Pacific Islands Leaders Meeting (PALM, the series)", "Pacific Islands Leaders Meeting", "PALM"]],
  ["palm6-2012", ["Sixth Pacific Islands Leaders Meeting (PALM6)", "PALM6"]],
  // Two entities named the series' fifth: neither is its fifth meeting.
  ["palm5-a", ["Fifth Pacific Islands Leaders Meeting"]],
  ["palm5-b", ["PALM5"]],
  // A war numbered itself, whose alias is the name of the war before it.
  ["second-war", ["Second Sino-Japanese War", "Sino-Japanese War"]],
  ["first-war", ["First Sino-Japanese War"]],
]);

describe("a series' meeting by its number", () => {
  it("names the numbered forms of a series' name", () => {
    expect(ordinalNumber(1)).toBe("1st");
    expect(ordinalNumber(2)).toBe("2nd");
    expect(ordinalNumber(3)).toBe("3rd");
    expect(ordinalNumber(11)).toBe("11th");
    expect(ordinalNumber(12)).toBe("12th");
    expect(numberedForms("ticad", 7)).toEqual(["seventh ticad", "7th ticad", "ticad vii", "ticad7", "ticad 7", "ticad-vii"]);
  });

  it("finds the one entity named a numbered form of any of the series' names", () => {
    const n = new SeriesNumbers(names);
    expect(n.numbered("ticad", 6)).toBe("ticad-vi-2016");
    expect(n.numbered("ticad", 7)).toBe("ticad-7-2019");
    expect(n.numbered("pacific-islands-leaders-meeting", 6)).toBe("palm6-2012");
    expect(n.numbered("pacific-islands-leaders-meeting", 5)).toBeUndefined();
    expect(n.numbered("ticad", 8)).toBeUndefined();
    expect(n.numbered("ticad", 21)).toBeUndefined();
  });

  it("gives search each meeting's numbered forms that it is not named already, and none for a numbered thing's alias", () => {
    const made = numberedNames(names, names.keys());
    expect([...made.keys()].sort()).toEqual(["palm6-2012", "ticad-7-2019", "ticad-vi-2016"]);
    const ticad7 = made.get("ticad-7-2019")!.map((g) => g.text);
    expect(ticad7).toEqual(["7th Tokyo International Conference on African Development", "Seventh TICAD", "7th TICAD", "TICAD VII", "TICAD-VII"]);
    expect(made.get("ticad-vi-2016")!.map((g) => g.text)).toEqual(expect.arrayContaining(["6th TICAD", "Sixth TICAD", "TICAD 6", "TICAD6"]));
    expect(made.get("palm6-2012")!.map((g) => g.text)).toEqual(expect.arrayContaining(["6th Pacific Islands Leaders Meeting", "Sixth PALM", "PALM VI", "PALM 6"]));
    // No number after a name of several words; nothing the meeting is named already.
    expect(made.get("palm6-2012")!.map((g) => g.text)).not.toContain("Pacific Islands Leaders Meeting 6");
    expect(made.get("palm6-2012")!.map((g) => g.text)).not.toContain("PALM6");
    expect([...made.values()].flat().every((g) => g.kind === "generated" && g.lang === "en" && g.searched === undefined)).toBe(true);
    // "Second Sino-Japanese War" is no series: its alias "Sino-Japanese War" gives the first war no name.
    expect(made.has("first-war")).toBe(false);
  });
});

describe("a state by its Japanese pair abbreviation", () => {
  it("holds the characters the checker learnt this session, each for a different state", () => {
    for (const [ch, id] of Object.entries({ 伯: "brazil", 葡: "portugal", 西: "spain", 泰: "thailand", 星: "singapore", 尼: "indonesia", 土: "turkey", 秘: "peru" })) expect(PAIR_ABBREVIATIONS[ch], ch).toBe(id);
    const ids = Object.values(PAIR_ABBREVIATIONS);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names each state that exists by its abbreviation alone and as its relations with Japan", () => {
    const made = pairNames((id) => id === "brazil" || id === "thailand");
    expect([...made.keys()].sort()).toEqual(["brazil", "thailand"]);
    expect(made.get("brazil")!.map((g) => g.text)).toEqual(["日伯", "日伯関係"]);
    expect(made.get("thailand")!.map((g) => g.text)).toEqual(["日泰", "日泰関係"]);
  });

  it("lets search find a name the store's trigram index does not hold (日中関係, made by search alone)", () => {
    const ix = new SearchIndex([
      { id: "china", kind: "state", summary: "", names: [{ text: "China", primary: true, kind: "name" }, ...pairNames((id) => id === "china").get("china")!.map((g) => ({ text: g.text, primary: false, kind: g.kind }))] },
      { id: "talks", kind: "event", summary: "", names: [{ text: "日中関係改善協議", primary: true, kind: "name" }] },
    ]);
    // The trigram index, as the store has it: a name holds the word (so no name is matched by its character pairs
    // instead), and the name made by search is not in it.
    const fts = (w: string) => (w === "日中関係" ? ["talks"] : []);
    expect(rank(ix, "日中関係", fts).hits.map((h) => h.doc.id)).toEqual(["china", "talks"]);
  });
});
