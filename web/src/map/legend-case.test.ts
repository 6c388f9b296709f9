import { describe, expect, it } from "vitest";
import { message, nameIn } from "../i18n/dict.js";
import { LAYERS, legendOf } from "./colour.js";
import { votesModel } from "../votes/layer.js";

// The legend once read "… Territory no longer a state, not a state in gaiko's data": the one entry in
// lower case (issue 15).
const t = (k: Parameters<typeof message>[1], p?: Record<string, string | number>) => message("en", k, p);

describe("the map legends' entries", () => {
  it.each(LAYERS)("on the %s layer each start with a capital letter or a figure", (layer) => {
    const labels = legendOf(layer).map((c) => t(c.label));
    expect(labels).toContain("Not a state in gaiko's data");
    expect(labels.filter((label) => !/^[A-Z0-9]/.test(label))).toEqual([]);
  });

  it("on the UN votes layer say 'Not a state in gaiko's data' with a capital, as on the other layers", () => {
    const { legend } = votesModel([], [], [], 1960, t, (n) => nameIn("en", n), (id) => `/entity/${id}`);
    expect(legend.find((item) => item.category.key === "no-data")?.label).toBe("Not a state in gaiko's data");
  });

  // The votes legend's "no votes" and the note on uncertain statuses were still in lower case (issue 15, S4).
  it("on the UN votes layer none starts with a lower-case letter, 'No votes' among them", () => {
    const { legend } = votesModel([], [], [], 1960, t, (n) => nameIn("en", n), (id) => `/entity/${id}`);
    expect(legend.map((item) => item.label)).toContain("No votes");
    expect(legend.map((item) => item.label).filter((label) => /^\p{Ll}/u.test(label))).toEqual([]);
  });

  it("explain the dotted pattern of an uncertain status in a sentence that starts with a capital", () => {
    expect(t("map.uncertainNote")).toMatch(/^Uncertain \(dotted over the colour\)/);
  });

  it("keep the lower-case reason where it follows 'No data: ' in a tooltip, and the Japanese words", () => {
    expect(t("nodata.reason", { reason: t("map.notInKb") })).toBe("No data: not a state in gaiko's data");
    expect(t("votes.noVotes")).toBe("no votes");
    expect(message("ja", "votes.noVotes.legend")).toBe(message("ja", "votes.noVotes"));
    expect(message("ja", "map.notInKb.legend")).toBe(message("ja", "map.notInKb"));
  });
});
