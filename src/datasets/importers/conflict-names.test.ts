// A militarized dispute is named after the other state as it went by when the dispute began (TRUTH39, session 37):
// gaiko's id "taiwan" is the Republic of China, which governed the mainland from 1912 to 1949 while the island of
// Taiwan was Japan's colony, so "Militarized dispute 145: Japan and Taiwan" for January–March 1927 read as a dispute
// with Japan's own colony. The audit of events listed for a year (test/asof/audit/sample-20261213.csv) drew it.
import { afterAll, describe, expect, it } from "vitest";
import { sharedStore } from "../../../test/helpers.js";

const store = sharedStore();
afterAll(() => store.close());
const entity = (id: string) => store.db.prepare("SELECT name_en, name_ja, summary_en, summary_ja FROM entities WHERE id = ?").get(id) as { name_en: string; name_ja: string; summary_en: string; summary_ja: string } | undefined;

describe("the names of the militarized disputes the conflict data make", () => {
  it("call the state by the name it went by when the dispute began: the Republic of China in 1927 (MID 145)", () => {
    expect(entity("mid-145-japan-taiwan")).toMatchObject({
      name_en: "Militarized dispute 145: Japan and Republic of China",
      name_ja: "軍事化された国家間紛争 145（日本・中華民国）",
    });
    expect(entity("mid-145-japan-taiwan")?.summary_en).toMatch(/^A militarized interstate dispute between Japan and the Republic of China \(MID 145\)/);
    expect(entity("mid-145-japan-taiwan")?.summary_ja).toMatch(/^日本と中華民国の間の/);
  });

  it("keep today's name after the period an older name held: Taiwan in 1996 (MID 4026)", () => {
    expect(entity("mid-4026-japan-taiwan")).toMatchObject({ name_en: "Militarized dispute 4026: Japan and Taiwan", name_ja: "軍事化された国家間紛争 4026（日本・台湾）" });
  });

  it("keep today's name for a state that had no other (MID 13, the United States)", () => {
    expect(entity("mid-13-japan-united-states")?.name_en).toBe("Militarized dispute 13: Japan and United States");
  });
});
