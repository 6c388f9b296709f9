import { describe, expect, it } from "vitest";
import type { EntityRef, StatementView } from "../api/types.js";
import { headingName, sectionHeading, sectionSide } from "./section-heading.js";

const ref = (id: string, kind: EntityRef["kind"] = "state"): EntityRef => ({ id, kind, name: { en: id, ja: id } });
function st(p: string, subject: EntityRef, object: EntityRef | null, at: EntityRef | null = null): StatementView {
  return { id: `${p}-${subject.id}-${object?.id}`, p, label: { en: p, ja: p }, subject, object, value: null, time: null, start: null, end: null, at, via: null, role: null, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [] } as StatementView;
}
const japan = ref("japan");
const abe = ref("shinzo-abe", "person");
const summit = ref("g7-ise-shima-summit", "event");
const sf = ref("treaty-of-san-francisco", "agreement");

describe("which side of a section the page stands on", () => {
  it.each([
    ["Japan's prime ministers", [st("holds-office", abe, japan)], "holds-office", "japan", "object"],
    ["Abe's offices", [st("holds-office", abe, japan)], "holds-office", "shinzo-abe", "subject"],
    ["a summit held in Japan", [st("occurred", summit, null, japan)], "occurred", "japan", "at"],
    ["Japan's missions abroad and other states' in Japan", [st("diplomatic-mission", japan, ref("china")), st("diplomatic-mission", ref("china"), japan)], "diplomatic-mission", "japan", null],
    ["a section with nothing loaded", [], "party-to", "japan", null],
  ] as const)("%s", (_, statements, p, id, want) => {
    expect(sectionSide(statements, p, id)).toBe(want);
  });
});

// Japan's page listed its prime ministers under "Holds office", its summits under "Participant", a
// treaty its parties under "Party to" (issue 15).
describe("section headings from the page's side", () => {
  it.each([
    ["holds-office", "object", "en", "Office holders"],
    ["holds-office", "object", "ja", "在任者"],
    ["holds-office", "subject", "en", "Offices held"],
    ["participant", "object", "en", "Took part in"],
    ["participant", "object", "ja", "参加した出来事"],
    ["participant", "subject", "en", "Participants"],
    ["party-to", "object", "en", "Parties"],
    ["party-to", "subject", "ja", "締約している条約"],
    ["occurred", "at", "en", "Events held in Japan"],
    ["occurred", "at", "ja", "日本で開催された出来事"],
    ["concerns", "object", "en", "Concerning Japan"],
    ["attribute", "subject", "en", "Other facts"],
    ["exists", "subject", "ja", "存続期間"],
    ["alliance", "subject", "en", "alliance"],
    ["diplomatic-mission", null, "en", "has a diplomatic mission in"],
    // A person's page headed its birth "生 1" (issue 15).
    ["born", "subject", "ja", "生年月日"],
    ["died", "subject", "ja", "没年月日"],
    ["born", "subject", "en", "Born"],
  ] as const)("%s seen as its %s in %s: %s", (p, side, lang, want) => {
    expect(sectionHeading(p, { en: p === "diplomatic-mission" ? "has a diplomatic mission in" : p, ja: p }, side, lang === "ja" ? "日本" : "Japan", lang)).toBe(want);
  });

  it("never heads the parties of a treaty 'Party to'", () => {
    const side = sectionSide([st("party-to", japan, sf), st("party-to", ref("united-states"), sf)], "party-to", sf.id);
    expect(sectionHeading("party-to", { en: "party to", ja: "締約国" }, side, "Treaty of Peace with Japan", "en")).toBe("Parties");
  });
});

describe("headingName", () => {
  const kurils = { id: "kuril-islands", kind: "place", name: { en: "Kuril Islands", ja: "千島列島" } } as const;
  const japan = { id: "japan", kind: "state", name: { en: "Japan", ja: "日本" } } as const;
  it.each([
    // The Kuril Islands' page headed its treaties "Concerning Kuril Islands", the Habomai Islands' "Concerning Habomai Islands".
    [kurils, "en", "Concerning the Kuril Islands"],
    [kurils, "ja", "千島列島に関係する事項"],
    [japan, "en", "Concerning Japan"],
  ] as const)("names %o in %s: %s", (e, lang, want) => {
    expect(sectionHeading("concerns", { en: "concerns" }, "object", headingName(e, lang), lang)).toBe(want);
  });
});
