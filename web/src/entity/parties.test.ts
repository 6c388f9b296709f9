import { describe, expect, it } from "vitest";
import type { EntityRef, EntityView, StatementView } from "../api/types.js";
import { partiesFact } from "./parties.js";

const ref = (id: string, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en: id, ja: id } });
const ggo = ref("ggo-jpn-1883a", "agreement");
const st = (p: StatementView["p"], subject: string, status: StatementView["status"] = "accepted"): StatementView => ({
  id: `${subject}-${p}`, p, label: { en: p, ja: p }, subject: ref(subject), object: ggo, value: null, time: "1883-07-27", start: null, end: null,
  at: null, via: null, role: null, status, assertedBy: [], note: null, note_ja: null, sources: [],
});
type Section = NonNullable<EntityView["sections"]>[number];
const section = (p: string, count: number): Section => ({ p, count, curated: 0, from: null, to: null, datasets: [], label: { en: p, ja: p } }) as unknown as Section;
const view = (statements: StatementView[], sections: Section[] = []) => ({ entity: { ...ggo, fields: {} } as unknown as EntityView["entity"], statements, sections });
const ids = (f: ReturnType<typeof partiesFact>) => ("names" in f ? f.names.map((e) => e.id) : []);

describe("an agreement's parties in the fact box", () => {
  it.each([
    ["party-to rows: parties, counted", view([st("party-to", "japan"), st("party-to", "china")], [section("party-to", 2)]), "parties", ["japan", "china"]],
    ["more parties counted than loaded: the count is the section's", view([st("party-to", "japan")], [section("party-to", 40)]), "parties", ["japan"]],
    ["GGO agreement with only signatories: the signatories, never 'none'", view([st("signatory-of", "japan"), st("signatory-of", "joseon"), st("signed", "ggo-jpn-1883a")]), "signatories", ["japan", "joseon"]],
    ["a signatory twice (two signing rows): named once", view([st("signatory-of", "japan"), st("signatory-of", "japan")]), "signatories", ["japan"]],
    ["a rejected signature: not a signatory", view([st("signatory-of", "japan", "rejected")]), "not-recorded", []],
    ["signatories only counted (the summary view of dataset rows): signatories, named apart", view([st("signed", "ggo-jpn-1883a")], [section("signatory-of", 2)]), "signatories", []],
    ["neither parties nor signatories: not recorded", view([]), "not-recorded", []],
    // The GFCM agreement's box read "Parties (2) Japan, Japan": Japan was a party over two spans (issue 15, S4).
    ["a party over two spans (two rows, all loaded): named once", view([st("party-to", "japan"), st("party-to", "japan")], [section("party-to", 2)]), "parties", ["japan"]],
  ] as const)("%s", (_, v, kind, names) => {
    const f = partiesFact(v as never);
    expect(f.kind).toBe(kind);
    expect(ids(f)).toEqual(names);
  });

  it("never counts zero, so the box never says 'Parties (0)'", () => {
    for (const v of [view([]), view([st("signatory-of", "japan")]), view([], [section("party-to", 0)]), view([], [section("signatory-of", 2)])]) {
      const f = partiesFact(v as never);
      expect("count" in f ? f.count : null).not.toBe(0);
    }
  });

  // The Japan–Philippines ACSA's box read 署名国（3）日本、フィリピン、茂木敏充 (READ39): a foreign minister among the states.
  it("counts and names the states that signed, not the persons who signed for them (listed in the section below)", () => {
    const motegi = { ...st("signatory-of", "toshimitsu-motegi"), subject: ref("toshimitsu-motegi", "person") };
    const f = partiesFact(view([st("signatory-of", "japan"), st("signatory-of", "philippines"), motegi], [section("signatory-of", 3)]) as never);
    expect(f).toMatchObject({ kind: "signatories", count: 2 });
    expect(ids(f)).toEqual(["japan", "philippines"]);
    // Only persons recorded: they are named, not "not recorded".
    expect(ids(partiesFact(view([motegi], [section("signatory-of", 1)]) as never))).toEqual(["toshimitsu-motegi"]);
  });

  it("counts the signatories the section counts when the view holds none of their rows", () => {
    expect(partiesFact(view([], [section("signatory-of", 2)]) as never)).toEqual({ kind: "signatories", count: 2, names: [] });
  });

  it("counts a party over two spans once when every row is loaded, and the section's rows when not", () => {
    expect(partiesFact(view([st("party-to", "japan"), st("party-to", "japan")], [section("party-to", 2)]) as never)).toMatchObject({ kind: "parties", count: 1 });
    expect(partiesFact(view([st("party-to", "japan"), st("party-to", "japan")], [section("party-to", 40)]) as never)).toMatchObject({ kind: "parties", count: 40 });
  });
});

describe("an agreement's parties under the names of then", () => {
  it("names the Republic of China (中華民国), not Taiwan, as a party of 1915, and keeps Taiwan's id", () => {
    const roc = { ...st("party-to", "taiwan"), subjectThen: { en: "Republic of China", ja: "中華民国" } };
    const f = partiesFact(view([st("party-to", "japan"), roc], [section("party-to", 2)]) as never);
    expect("names" in f ? f.names : []).toEqual([ref("japan"), { ...ref("taiwan"), name: { en: "Republic of China", ja: "中華民国" } }]);
  });
});
