import { describe, expect, it } from "vitest";
import { message } from "../i18n/dict.js";
import { legendOf } from "./colour.js";

// The engine (src/kb/asof/status.ts) tells apart relations that came only later ("none": not yet
// established on the day) and relations never established ("never": a recorded absence still running,
// none before and none after). The legend said 国交未樹立 and 国交なし（樹立されず）: a reader could
// not tell which was which.
describe("the status legend's words", () => {
  it.each([
    ["en", "none", /later/],
    ["en", "never", /never/],
    ["ja", "none", /樹立前.*のちに樹立/],
    ["ja", "never", /一度も樹立されていない/],
  ] as const)("say in %s what %s means", (lang, status, meaning) => {
    expect(message(lang, `status.${status}`)).toMatch(meaning);
  });

  it.each(["en", "ja"] as const)("give every entry of the status legend its own label in %s", (lang) => {
    const labels = legendOf("status").map((c) => message(lang, c.label));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("say 'never' only of relations never established", () => {
    for (const c of legendOf("status").filter((c) => c.key !== "never")) {
      expect(message("en", c.label)).not.toMatch(/never/i);
      expect(message("ja", c.label)).not.toMatch(/一度も/);
    }
  });
});
