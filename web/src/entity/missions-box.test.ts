import { describe, expect, it } from "vitest";
import type { MissionListRow } from "../../../src/model/lists.js";
import { missionCounts, missionsOnDay } from "./missions-box.js";

const ref = (id: string) => ({ id, kind: "state" as const, name: { en: id, ja: null } });
const row = (type: MissionListRow["type"], city: string, from: string | null, origin: string, holds: MissionListRow["holds"] = "yes"): MissionListRow => ({
  sender: ref("japan"), host: ref("china"), type, role: `${type}, ${city}`, city, place: null, from, to: origin === "curated" ? null : from, holds, origin, statement: `st-${type}-${city}`,
});

const snapshot = [row("embassy", "Beijing", "2022-11", "dataset:embassies", "no"), row("consulate-general", "Shanghai", "2022-11", "dataset:embassies", "no"), row("consulate-general", "Chongqing", "2022-11", "dataset:embassies", "no")];
const qingdao = row("consulate-general", "Shinan District", "2009-01-01", "curated");

describe("missionsOnDay", () => {
  it("counts the curated missions open on the day and the latest snapshot before it, each once", () => {
    const got = missionsOnDay([qingdao], [qingdao, ...snapshot, row("consulate-general", "Shanghai", "2022-11", "curated")], "2026-12-06");
    expect(got).toEqual({ counts: [{ type: "embassy", n: 1 }, { type: "consulate-general", n: 3 }], snapshot: { dataset: "embassies", date: "2022-11" } });
  });

  it("says nothing of a day before the snapshot but what the curated data holds, and nothing where that is none", () => {
    expect(missionsOnDay([qingdao], [qingdao, ...snapshot], "2010-06-01")).toEqual({ counts: [{ type: "consulate-general", n: 1 }], snapshot: null });
    expect(missionsOnDay([], [qingdao, ...snapshot], "1960")).toBeNull();
  });

  it("leaves out a curated mission the engine finds closed on the day", () => {
    expect(missionsOnDay([row("embassy", "Tokyo", "1957", "curated", "no")], [], "2000-01-01")).toBeNull();
  });
});

describe("missionCounts", () => {
  it.each([
    ["en", "1 embassy, 6 consulates-general"],
    ["ja", "大使館1、総領事館6"],
  ] as const)("writes the counts in %s", (lang, want) => expect(missionCounts([{ type: "embassy", n: 1 }, { type: "consulate-general", n: 6 }], lang)).toBe(want));
});
