import { describe, expect, it } from "vitest";
import { undatedNames, withoutOwnDate } from "./dated-name.js";

describe("withoutOwnDate", () => {
  it.each([
    ["Tiananmen Square crackdown (1989)", "1989-06-03", "Tiananmen Square crackdown"],
    ["天安門事件（1989年）", "1989-06-03", "天安門事件"],
    ["Hosokawa's visit to China (March 1994)", "1994-03", "Hosokawa's visit to China"],
    ["細川総理の訪中（1994年3月）", "1994-03", "細川総理の訪中"],
    ["G8 summit (7–9 July 2008)", "2008-07-07", "G8 summit"],
    ["海部総理の南西アジア訪問（1990年9～10月）", "1990-09", "海部総理の南西アジア訪問"],
    ["Kaifu's tours (1989–1990)", "1989-09", "Kaifu's tours"],
  ])("drops the bracket of %s shown beside %s", (name, date, want) => {
    expect(withoutOwnDate(name, date)).toBe(want);
  });

  it.each([
    ["Asian–African Conference (Bandung Conference)", "1955-04"],
    ["第34回主要国首脳会議（第34回首脳会議）", "2008-07-07"],
    ["Foreign Minister Watanabe's visit (October 1992)", "1993-01"],
    ["Visit to Japan (G20 2019)", "2019-06-28"],
    ["(2008)", "2008"],
    ["Korean War", "1950-06-25"],
  ])("keeps %s beside %s: the bracket is not the date shown, or is the whole name", (name, date) => {
    expect(withoutOwnDate(name, date)).toBe(name);
  });
});

describe("undatedNames", () => {
  it("trims both names and keeps the id, and returns the entity itself when nothing repeats the date", () => {
    const e = { id: "tiananmen-1989", kind: "event" as const, name: { en: "Tiananmen Square crackdown (1989)", ja: "天安門事件（1989年）" } };
    expect(undatedNames(e, "1989-06-03")).toEqual({ id: "tiananmen-1989", kind: "event", name: { en: "Tiananmen Square crackdown", ja: "天安門事件" } });
    expect(undatedNames(e, "1990")).toBe(e);
  });
});
