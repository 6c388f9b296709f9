// The offices list's Type filter offers the offices data/ holds as a role slug: one that lacked a choice
// (defense-minister, secretary-of-state) could only be reached by typing its slug into the URL. Read from the
// run's shared full build, so an office added to data/ without a choice fails here.
import { afterAll, describe, expect, it } from "vitest";
import { officeTypeOptions } from "../web/src/pages/list-types.js";
import { sharedStore } from "./helpers.js";

const store = sharedStore();
afterAll(() => store.close());

/** A role written as a slug ("defense-minister"), not as words ("Supreme Commander for the Allied Powers"). */
const SLUG = /^[a-z]+(?:-[a-z]+)+$/;
const JAPANESE = /^[\u3000-\u30ff\u3400-\u9fff・]+$/;

describe("the offices list's Type choices", () => {
  it("offer every office of the full build written as a slug, named in Japanese on a Japanese page", () => {
    const roles = (store.rawRows("select distinct role from statements where p = 'holds-office' and role is not null") as [string][]).map(([r]) => r).filter((r) => SLUG.test(r));
    expect(roles).toEqual(expect.arrayContaining(["prime-minister", "chief-cabinet-secretary", "defense-minister", "ambassador-to-the-united-states", "ambassador-to-china"]));
    const japanese = new Map(officeTypeOptions("ja").map((o) => [o.value, o.label]));
    const english = new Map(officeTypeOptions("en").map((o) => [o.value, o.label]));
    expect(roles.filter((r) => !japanese.has(r))).toEqual([]);
    expect(roles.filter((r) => !JAPANESE.test(japanese.get(r)!))).toEqual([]);
    // An English label is words, never the slug itself.
    expect(roles.filter((r) => english.get(r) === r)).toEqual([]);
  });
});
