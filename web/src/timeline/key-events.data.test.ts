// The key events on the real data (data/ alone, the run's curated build from test/global-setup.ts): the timeline
// opens on 1945 to today, and its labels must name the UN admission and the normalisation with China.
import { beforeAll, describe, expect, it } from "vitest";
import { timeline } from "../../../src/kb/timeline.js";
import { curatedStore } from "../../../test/helpers.js";
import type { TimelineItem, TimelineResult } from "../api/types.js";
import { annotate, KEY_LABELS, keyLabel } from "./annotations.js";
import { itemsInView } from "./layout.js";
import { defaultView, fullExtent } from "./scale.js";

let all: TimelineItem[] = [];
let shortNames: NonNullable<TimelineResult["shortNames"]> = {};

beforeAll(() => {
  // The same database this file built for itself before (buildDatabase of data/, no datasets), built once per run.
  const store = curatedStore();
  const answer = timeline(store, { limit: 10_000 });
  all = answer.items;
  shortNames = answer.shortNames ?? {};
  store.close();
});

const view = defaultView(fullExtent(2026));
const label = (i: TimelineItem) => keyLabel(i.date.slice(0, 4), i.date.slice(0, 4), i.statement.subject.name.en);
// As the chart writes them in English: the short name from the API's answer, when the entity has one.
const short = (i: TimelineItem) => {
  const en = shortNames[i.statement.subject.id]?.en;
  return en ? keyLabel(i.date.slice(0, 4), i.date.slice(0, 4), en) : null;
};

describe("the key events of the timeline as it opens (1945 to today), on the real data", () => {
  // 1186: the plot in a 1280 px window; 700: a narrow laptop window.
  it.each([1186, 1054, 1000, 800, 700])("name Japan's UN admission and the 1972 communiqué with China at %i px", (width) => {
    const notes = annotate(itemsInView(all, view), view, width, { context: all, label, short, ...KEY_LABELS });
    const days = notes.map((a) => a.date);
    expect(days).toContain("1956-12-18");
    expect(days).toContain("1972-09-29");
  });

  // 1054: the 1972 communiqué's official title (100 characters) fits nowhere among the others there.
  it("label the 1972 communiqué at 1054 px by its short name, the official title kept for its tooltip", () => {
    const notes = annotate(itemsInView(all, view), view, 1054, { context: all, label, short, ...KEY_LABELS });
    const communique = notes.find((a) => a.entity.id === "japan-china-joint-communique-1972");
    expect(communique?.text).toBe("1972 Japan–China Joint Communiqué");
    expect(communique?.full).toBe("1972 Joint Communiqué of the Government of Japan and the Government of the People's Republic of China");
    // A label that fits whole keeps its full name; a shortened one is the item's short label.
    expect(notes.find((a) => a.date === "1956-12-18")?.text).toBe("1956 Japan's admission to the United Nations");
    for (const a of notes) if (a.text !== a.full) expect(a.text.length).toBeLessThan(a.full.length);
  });

  it.each([1186, 1054, 700, 390])("stay readable at %i px: one label per 130 px at most, none overlapping, all inside", (width) => {
    const notes = annotate(itemsInView(all, view), view, width, { context: all, label, short, ...KEY_LABELS });
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThanOrEqual(Math.min(8, Math.floor(width / 130)));
    for (const a of notes) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(width + 1e-9);
      // A wrapped label takes one line slot per line; it is written whole.
      expect(a.lines.join("")).toBe(a.text);
      for (const b of notes) {
        const slots = a.lane < b.lane + b.lines.length && b.lane < a.lane + a.lines.length;
        if (a !== b && slots) expect(a.left + a.width <= b.left || b.left + b.width <= a.left).toBe(true);
      }
    }
  });
});
