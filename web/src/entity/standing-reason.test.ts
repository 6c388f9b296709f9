import { describe, expect, it } from "vitest";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { roleWords } from "../i18n/roles.js";
import { standingReason } from "./standing-reason.js";

describe("the reason beside an agreement's standing", () => {
  it.each([
    ["失効", "後継条約により失効", "ja", "後継条約による"],
    ["失効", "失効", "ja", null],
    ["失効", "廃棄", "ja", "廃棄"],
    ["失効", "期間満了", "ja", "期間満了"],
    ["no longer in force", "superseded", "en", "superseded"],
    ["ended", "ended by the 1960 treaty", "en", "by the 1960 treaty"],
    ["ended", "Ended", "en", null],
    ["no longer in force", "lapsed", "en", "lapsed"],
  ] as const)("after %j, %j reads %j (%s)", (standing, reason, lang, want) => {
    expect(standingReason(standing, reason, lang)).toBe(want);
  });

  it("never repeats the Japanese standing for any way the role tables say an agreement ended", () => {
    const hows = ["superseded", "abrogated", "lapsed", "expired", "terminated", "withdrawn", "annulled"];
    const line = (how: string) => {
      const reason = standingReason("失効", roleWords(how, "ja", { tables: ROLE_TABLES }).text, "ja");
      return reason ? `失効（${reason}）` : "失効";
    };
    const shown = hows.map(line);
    expect(shown.filter((text) => text.split("失効").length > 2)).toEqual([]);
    expect(shown).toContain("失効（後継条約による）");
  });
});
