import { describe, expect, it } from "vitest";
import type { VoteRankingRow } from "../api/types.js";
import { message, nameIn } from "../i18n/dict.js";
import { heldBy, row as relation } from "../map/fixtures.js";
import { joinVotes, votesModel } from "./layer.js";

const vote = (id: string, iso: string | null, n: number, agreement: number | null): VoteRankingRow => ({
  state: { id, kind: "state", name: { en: id, ja: null } },
  isoNumeric: iso,
  n,
  agreement,
  strict: agreement,
  sScore: agreement === null ? null : agreement * 2 - 1,
});
const shapes = [
  { id: "392", name: "Japan", key: "392" },
  { id: "840", name: "United States", key: "840" },
  { id: "156", name: "China", key: "156" },
  { id: "203", name: "Czechia", key: "203" },
  { id: "804", name: "Ukraine", key: "804" },
  { id: undefined, name: "Northern Cyprus", key: "name:Northern Cyprus" },
];
const t = (k: Parameters<typeof message>[1], p?: Record<string, string | number>) => message("en", k, p);
const name = (n: { en: string; ja: string | null }) => nameIn("en", n);
const rows1960 = [vote("united-states", "840", 54, 0.9), vote("china", "156", 0, null), vote("czechoslovakia", null, 54, 0.3), vote("czechia", "203", 0, null), vote("ukraine", "804", 0, null)];
const relations1960 = [relation("united-states", "diplomatic-relations", { isoNumeric: "840" }), relation("china", "none", { isoNumeric: "156" }), relation("czechia", "not-yet-existing", { isoNumeric: "203", ...heldBy("czechoslovakia") }), relation("ukraine", "not-yet-existing", { isoNumeric: "804" })];

describe("joinVotes", () => {
  const joined = joinVotes(shapes, rows1960, relations1960, 1960);

  it("gives a state that voted its own votes", () => {
    expect(joined.get("840")).toMatchObject({ kind: "votes", row: { state: { id: "united-states" }, agreement: 0.9 } });
  });

  it("shows a state that cast no vote as no votes, with its reason, never as zero", () => {
    expect(joined.get("156")).toMatchObject({ kind: "no-votes", state: { id: "china" }, reason: "no-votes" });
    expect(joined.get("804")).toMatchObject({ kind: "no-votes", reason: "not-yet-existing" });
  });

  it("draws a historical state's votes on today's states on its territory", () => {
    expect(joined.get("203")).toMatchObject({ kind: "votes", row: { state: { id: "czechoslovakia" } }, territoryOf: { state: { id: "czechia" } } });
  });

  it("keeps Japan and shapes with no state apart", () => {
    expect(joined.get("392")).toEqual({ kind: "japan" });
    expect(joined.get("name:Northern Cyprus")).toEqual({ kind: "no-data" });
  });

  it.each([
    [null, 2024, "outside-data"],
    [[vote("japan-partner", "840", 0, null)], 1950, "japan-not-member"],
    [[vote("japan-partner", "840", 0, null)], 1990, "japan-no-votes"],
  ] as const)("says why nobody has votes (%#)", (rows, year, reason) => {
    expect(joinVotes(shapes, rows, relations1960, year).get("840")).toMatchObject({ kind: "no-votes", reason });
  });
});

describe("votesModel", () => {
  const { styles, legend } = votesModel(shapes, rows1960, relations1960, 1960, t, name, (id) => `/entity/${id}`);

  it("titles a state with its agreement and the number of roll calls", () => {
    expect(styles.get("840")).toMatchObject({ title: "united-states: 90% agreement with Japan, 54 roll calls", target: "/entity/united-states" });
    expect(styles.get("840")!.category.key).toBe("agreement-90");
  });

  it("titles a state without votes with “no votes” and the reason", () => {
    expect(styles.get("156")!.title).toBe("china: no votes — cast no recorded vote with Japan in 1960 (not a UN member, or absent)");
    expect(styles.get("156")!.category.key).toBe("no-votes");
  });

  it("counts each legend entry, the classes in order", () => {
    const count = (key: string) => legend.find((l) => l.category.key === key)?.count;
    expect([count("japan"), count("agreement-90"), count("agreement-0"), count("no-votes"), count("no-data")]).toEqual([1, 1, 1, 2, 1]);
    expect(legend.map((l) => l.label).slice(1, 4)).toEqual(["< 40%", "40–50%", "50–60%"]);
  });

  it("names every state outside the data's years, without votes", () => {
    const outside = votesModel(shapes, null, relations1960, 2024, t, name, (id) => `/entity/${id}`);
    expect(outside.styles.get("840")!.title).toBe("united-states: no votes — UN votes are recorded for 1946–2020 only");
  });
});
