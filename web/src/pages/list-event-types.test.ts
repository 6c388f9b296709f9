import { describe, expect, it } from "vitest";
import { EventEntity } from "../../../src/model/entity.js";
import { EVENT_TYPES, eventTypeOptions } from "./list-event-types.js";

describe("the events list's Type filter options", () => {
  it("offer exactly the event types the schema allows, after an 'any' option with no value", () => {
    for (const lang of ["en", "ja"] as const) {
      const options = eventTypeOptions(lang);
      expect(options[0]!.value).toBe("");
      expect(options.slice(1).map((o) => o.value)).toEqual(EventEntity.shape.type.options);
    }
    expect(EVENT_TYPES).toEqual(EventEntity.shape.type.options);
  });

  it.each([
    ["en", "summit", "summit"],
    ["ja", "summit", "首脳会議"],
    ["ja", "incident", "事件"],
    ["ja", "founding", "設立"],
    ["ja", "other", "その他"],
    ["en", "other", "other"],
    ["en", "", "any type"],
    ["ja", "", "すべて"],
  ] as const)("label %s %j as %j", (lang, value, label) => {
    expect(eventTypeOptions(lang).find((o) => o.value === value)?.label).toBe(label);
  });

  it("never show a raw slug on a Japanese page (every label has Japanese script)", () => {
    const latin = eventTypeOptions("ja").filter((o) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(o.label));
    expect(latin).toEqual([]);
  });

  it.each([
    ["a type the schema allows adds nothing", "summit", 19],
    ["no type adds nothing", "", 19],
    ["a value from an old link is kept as itself", "meeting", 20],
  ])("keep the URL's value: %s", (_, current, count) => {
    const options = eventTypeOptions("en", current);
    expect(options).toHaveLength(count);
    if (current) expect(options.some((o) => o.value === current)).toBe(true);
  });
});
