import { describe, expect, it } from "vitest";
import { ReaderNote } from "./statement.js";

describe("a note readers see", () => {
  it.each([
    ["The end date rests on MeijiShowa (see the Treaty of Portsmouth entry for its sources).", true],
    ["Kishida came to Cuba from New York (see Foreign Minister Kishida's visit to New York (April 2015)).", true],
    ["The end date rests on MeijiShowa (see treaty-of-portsmouth for its sources).", false],
    ["Kishida came from New York (see kishida-fm-visit-to-united-states-2015-04).", false],
    ["The occupies statement in data/events/occupation-of-japan.yaml records the same fact.", false],
  ])("accepts %s: %s", (note, ok) => {
    expect(ReaderNote.safeParse(note).success).toBe(ok);
  });

  it("says how to fix an id or a path", () => {
    const r = ReaderNote.safeParse("(see treaty-of-portsmouth)");
    expect(r.success ? "" : r.error.issues[0]!.message).toMatch(/write its name instead/);
  });
});
