import { describe, expect, it } from "vitest";
import { message, nameIn } from "../i18n/dict.js";
import { heldAs, mapModel, shapeNames } from "./model.js";
import { heldBy, row, territory } from "./fixtures.js";

const shapes = [
  { id: "392", name: "Japan", key: "392" },
  { id: "158", name: "Taiwan", key: "158" },
  { id: "643", name: "Russia", key: "643" },
  { id: "410", name: "South Korea", key: "410" },
  { id: undefined, name: "Somaliland", key: "name:Somaliland" },
];
const t = (k: Parameters<typeof message>[1], p?: Record<string, string | number>) => message("en", k, p);
const name = (n: { en: string; ja: string | null }) => nameIn("en", n);

describe("mapModel", () => {
  const rows = [row("taiwan", "severed", { isoNumeric: "158" }), row("russia", "not-yet-existing", { isoNumeric: "643", ...heldBy("ussr", "sovereign") }), row("ussr", "diplomatic-relations", { certain: false }), row("south-korea", "not-yet-existing", { isoNumeric: "410", ...heldBy("japan", "colony") })];
  const { styles, legend } = mapModel(shapes, rows, "status", t, name, (id) => `/entity/${id}`);

  it("titles each shape with its state and status, and links it to the state's page", () => {
    expect(styles.get("158")).toMatchObject({ title: "taiwan: Relations severed", target: "/entity/taiwan" });
    expect(styles.get("643")).toMatchObject({ title: "ussr (on the territory of today's russia): Diplomatic relations (uncertain)", target: "/entity/ussr", uncertain: true });
    expect(styles.get("158")!.uncertain).toBe(false);
    expect(styles.get("392")!.target).toBe("/entity/japan");
    expect(styles.get("410")).toMatchObject({ title: "south-korea: Under Japanese rule (as a colony)", target: "/entity/south-korea" });
  });

  // A Japanese map once said 日本の統治下 (colony): the data's slug, with Latin brackets and colon.
  const tj = (k: Parameters<typeof message>[1], p?: Record<string, string | number>) => message("ja", k, p);
  const nameJa = (n: { en: string; ja: string | null }) => nameIn("ja", n);
  const india = row("india", "not-yet-existing", { isoNumeric: "356", ...heldBy("united-kingdom", "colony") });
  const ja = mapModel([...shapes, { id: "356", name: "India", key: "356" }], [...rows, india, row("united-kingdom", "diplomatic-relations")], "status", tj, nameJa, (id) => `/entity/${id}`, "ja").styles;
  it.each([
    ["410", "south-korea：日本の統治下（植民地として）"],
    ["643", "ussr（現在のrussiaの領域）：外交関係あり（不確実）"],
    ["356", "united-kingdom（現在のindiaの領域、植民地として）：外交関係あり"],
    ["158", "taiwan：断交"],
    ["name:Somaliland", "Somaliland：データなし：gaikoのデータに国家として存在しない"],
  ])("writes shape %s's tooltip in Japanese, with no English word: %s", (key, want) => {
    expect(ja.get(key)?.title).toBe(want);
    expect(ja.get(key)!.title.replace(/south-korea|ussr|russia|united-kingdom|india|taiwan|Somaliland|gaiko/g, "")).not.toMatch(/[A-Za-z]/);
  });

  // India in 1930 is held by the Crown's rule (a `rules` statement's own role, which the as-of engine prefers to
  // the colony open at its start): the map, which loads no role tables, wrote it in English inside the brackets,
  // 英国（現在のインドの領域、British Raj (direct rule by the Crown)）.
  it("says how a ruler held the land in the map's language, with no brackets inside its brackets", () => {
    const raj = row("india", "not-yet-existing", { isoNumeric: "356", ...heldBy("united-kingdom", "British Raj (direct rule by the Crown)") });
    const land = [{ id: "356", name: "India", key: "356" }];
    const draw = (lang: "en" | "ja") => mapModel(land, [raj, row("united-kingdom", "diplomatic-relations")], "status", lang === "ja" ? tj : t, lang === "ja" ? nameJa : name, (id) => `/entity/${id}`, lang).styles.get("356")?.title;
    expect(draw("ja")).toBe("united-kingdom（現在のindiaの領域、英領インドとして）：外交関係あり");
    expect(draw("en")).toBe("united-kingdom (on the territory of today's india, as the British Raj): Diplomatic relations");
    // A role with no Japanese the map knows is left out, never written in English; a role's own aside is listed.
    expect(heldAs("Duchy of Somewhere", "ja")).toBeNull();
    expect(heldAs("Duchy of Somewhere (in union)", "en")).toBe("Duchy of Somewhere, in union");
  });

  // The Northern Mariana Islands' point (a place, not a state): headed by the place, linked to its page, with who
  // held it that day in the map's language and no raw id (DATA33's holders; the fixtures name states by id).
  describe("a territory that is a place", () => {
    const point = [{ id: "580", name: "N. Mariana Is.", key: "580" }];
    const names = { en: "Northern Mariana Islands", ja: "北マリアナ諸島" };
    const us = { ...row("united-states", "diplomatic-relations", { isoNumeric: "840" }), state: { id: "united-states", kind: "state" as const, name: { en: "United States", ja: "アメリカ合衆国" } } };
    const draw = (lang: "en" | "ja", place: ReturnType<typeof territory>, layer: "status" | "alliance" = "status") =>
      mapModel(point, [us], layer, lang === "ja" ? tj : t, lang === "ja" ? nameJa : name, (id) => `/entity/${id}`, lang, [place]).styles.get("580");
    it.each([
      ["en", territory("northern-mariana-islands", "580", "japan", "mandate", "administers", names), "Northern Mariana Islands: Under Japanese rule (as a mandate)"],
      ["ja", territory("northern-mariana-islands", "580", "japan", "mandate", "administers", names), "北マリアナ諸島：日本の統治下（委任統治領として）"],
      ["en", territory("northern-mariana-islands", "580", "united-states", "trust", "administers", names), "Northern Mariana Islands: United States (as a trust territory): Diplomatic relations"],
      ["ja", territory("northern-mariana-islands", "580", "united-states", "trust", "administers", names), "北マリアナ諸島：アメリカ合衆国（信託統治領として）：外交関係あり"],
      ["ja", territory("northern-mariana-islands", "580", "united-states", "commonwealth", "rules", names), "北マリアナ諸島：アメリカ合衆国（コモンウェルスとして）：外交関係あり"],
      ["ja", territory("northern-mariana-islands", "580", "united-states", "occupation", "occupies", names), "北マリアナ諸島：アメリカ合衆国（占領により）：外交関係あり"],
      ["en", territory("northern-mariana-islands", "580", null, null, "administers", names), "Northern Mariana Islands: No data: gaiko's data records no one holding it on this date"],
      ["ja", territory("northern-mariana-islands", "580", null, null, "administers", names), "北マリアナ諸島：データなし：この日に統治していた国はgaikoのデータに記録がない"],
    ])("titles it in %s: %s", (lang, place, want) => {
      const style = draw(lang as "en" | "ja", place)!;
      expect(style.title).toBe(want);
      expect(style).toMatchObject({ heading: lang === "ja" ? "北マリアナ諸島" : "Northern Mariana Islands", target: "/entity/northern-mariana-islands" });
      if (lang === "ja") expect(style.title.replace(/gaiko/g, "")).not.toMatch(/[A-Za-z]/);
    });

    it("colours it by the holder's row on every layer, and writes no name on it", () => {
      const trust = territory("northern-mariana-islands", "580", "united-states", "trust", "administers", names);
      expect(draw("en", trust)!.category.key).toBe("diplomatic-relations");
      expect(draw("en", trust, "alliance")!.title).toBe("Northern Mariana Islands: United States (as a trust territory): Not allied — Diplomatic relations");
      expect(draw("en", territory("northern-mariana-islands", "580", "japan", "mandate"))!.category.key).toBe("japanese-rule");
      expect(shapeNames(point, [us], name, "Japan", [trust]).has("580")).toBe(false);
    });
  });

  it("says why a shape has no data, and links it nowhere", () => {
    expect(styles.get("name:Somaliland")).toMatchObject({ title: "Somaliland: No data: not a state in gaiko's data", target: null });
  });

  it("counts the states of each legend entry, not their shapes", () => {
    const two = mapModel([...shapes, { id: "804", name: "Ukraine", key: "804" }], [...rows, row("ukraine", "not-yet-existing", { isoNumeric: "804", ...heldBy("ussr", "sovereign") })], "status", t, name, (id) => `/entity/${id}`);
    expect(two.legend.find((l) => l.category.key === "diplomatic-relations")?.count).toBe(1);
  });

  it("counts each legend entry", () => {
    const count = (key: string) => legend.find((l) => l.category.key === key)?.count;
    expect([count("japan"), count("severed"), count("diplomatic-relations"), count("no-data"), count("at-war"), count("japanese-rule")]).toEqual([1, 1, 1, 1, 0, 1]);
  });

  it("names each shape after the state that held it on the date, Japan after Japan, and names no land of a state yet to exist", () => {
    const names = shapeNames(shapes, rows, name, "Japan");
    // Korea under Japanese rule and Somaliland (no state in the data) go unnamed.
    expect(Object.fromEntries(names)).toEqual({ "392": "Japan", "158": "taiwan", "643": "ussr" });
    const nigeria = [{ id: "566", name: "Nigeria", key: "566" }];
    const later = shapeNames(nigeria, [row("nigeria", "not-yet-existing", { isoNumeric: "566" })], name, "Japan");
    expect(later.size).toBe(0);
  });

  it("names a state as it went by on the date, on its own shape and on land it held", () => {
    const china = [{ id: "156", name: "China", key: "156" }, { id: "364", name: "Iran", key: "364" }];
    const roc = row("taiwan", "diplomatic-relations", { isoNumeric: "158", nameOnDay: { en: "Republic of China", ja: "中華民国" } });
    const persia = row("iran", "diplomatic-relations", { isoNumeric: "364", nameOnDay: { en: "Persia", ja: null } });
    const names = shapeNames(china, [roc, persia, row("china", "not-yet-existing", { isoNumeric: "156", ...heldBy("taiwan", "sovereign") })], name, "Japan");
    expect(Object.fromEntries(names)).toEqual({ "156": "Republic of China", "364": "Persia" });
    const titles = mapModel(china, [roc, persia, row("china", "not-yet-existing", { isoNumeric: "156", ...heldBy("taiwan", "sovereign") })], "status", t, name, (id) => `/entity/${id}`).styles;
    expect(titles.get("156")?.title).toMatch(/^Republic of China \(/);
  });

  it("does not write a colonial power's name across its colony", () => {
    const india = [{ id: "356", name: "India", key: "356" }, { id: "826", name: "United Kingdom", key: "826" }];
    const rows1930 = [row("united-kingdom", "diplomatic-relations", { isoNumeric: "826" }), row("india", "not-yet-existing", { isoNumeric: "356", ...heldBy("united-kingdom", "colony") })];
    expect(Object.fromEntries(shapeNames(india, rows1930, name, "Japan"))).toEqual({ "826": "united-kingdom" });
    // The card still says who held it.
    const card = mapModel(india, rows1930, "status", t, name, (id) => `/entity/${id}`).styles.get("356");
    expect(card?.title).toBe("united-kingdom (on the territory of today's india, as a colony): Diplomatic relations");
    // …and the pinned card is headed by the holder alone (once "United Kingdom (on the territory of today's India)").
    expect(card?.heading).toBe("united-kingdom");
  });
});
