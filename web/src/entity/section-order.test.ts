import { describe, expect, it } from "vitest";
import { orderSections } from "./section-order.js";

const order = (kind: Parameters<typeof orderSections>[0], ps: string[]) => orderSections(kind, ps.map((p) => ({ p }))).map((s) => s.p);

// The Treaty of Peace with Japan's sections as the API gives them (issue 15: its page opened with
// "Diplomatic relations" above its own signing).
const SF = ["related-to", "signatory-of", "signed", "diplomatic-relations", "in-force", "party-to", "concerns", "attribute"];

describe("the order of an entity page's sections, per kind", () => {
  it.each([
    ["an agreement: signed, in force, parties, signatories, what it concerns, then the rest", "agreement", SF,
      ["signed", "in-force", "party-to", "signatory-of", "concerns", "diplomatic-relations", "related-to", "attribute"]],
    ["an agreement: what superseded it before what it concerns", "agreement", ["concerns", "superseded-by", "party-to"], ["party-to", "superseded-by", "concerns"]],
    ["a dispute: claims, administration, occupation before what it concerns", "dispute", ["related-to", "concerns", "occupies", "administers", "claims"],
      ["claims", "administers", "occupies", "concerns", "related-to"]],
    ["a person: offices, then what they signed and took part in", "person", ["born", "participant", "signatory-of", "holds-office", "died"],
      ["holds-office", "signatory-of", "participant", "born", "died"]],
    ["a state: relations first, as before", "state", ["member-of", "party-to", "alliance", "diplomatic-relations"], ["diplomatic-relations", "alliance", "party-to", "member-of"]],
    ["an organisation: the general order", "organization", ["related-to", "member-of", "founded", "participant"], ["member-of", "participant", "related-to", "founded"]],
  ] as const)("%s", (_, kind, given, want) => {
    expect(order(kind, [...given])).toEqual(want);
  });

  it("keeps sections no list names in the order they came", () => {
    expect(order("agreement", ["attribute", "related-to", "proposed-by"])).toEqual(["attribute", "related-to", "proposed-by"]);
  });
});
