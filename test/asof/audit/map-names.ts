// What the explorer's map shows on one country shape on a day, asked of the code the map runs: the relations the
// API serves (relationsAsOf, /api/v1/relations), joined to the shape by web/src/map/join.ts and named by
// shapeNames in web/src/map/model.ts, in English and Japanese. Shared by the audit's sampler (sample.ts, plan "g")
// and its test (test/asof/audit.test.ts), so that both ask the same question (TRUTH39, session 37).
import { readFileSync } from "node:fs";
import { relationsAsOf } from "../../../src/kb/relations.js";
import type { Store } from "../../../src/kb/store.js";
import type { RelationRow, TerritoryRow } from "../../../src/model/results.js";
import { nameIn } from "../../../web/src/i18n/dict.js";
import { joinShapes, type Shape } from "../../../web/src/map/join.js";

type KeyedShape = Shape & { key: string };
type ShapeNames = (shapes: readonly KeyedShape[], rows: readonly RelationRow[], name: (n: { en: string; ja: string | null }) => string, japan: string, territories?: readonly TerritoryRow[]) => Map<string, string>;

// model.ts takes a type from WorldMap.tsx, which the root tsconfig (no JSX) cannot read, so the module is loaded by
// a path the type checker does not follow and typed here as model.ts declares shapeNames; the web build checks it.
const MODEL = "../../../web/src/map/model.js";
const { shapeNames } = (await import(MODEL)) as { shapeNames: ShapeNames };

/** The map's shapes and points (web/src/map/world-110m.json), by key, as MapPage passes them to shapeNames. */
const WORLD = JSON.parse(readFileSync(new URL("../../../web/src/map/world-110m.json", import.meta.url), "utf8")) as { shapes: KeyedShape[]; points: KeyedShape[] };
export const SHAPES: ReadonlyMap<string, KeyedShape> = new Map([...WORLD.shapes, ...WORLD.points].map((s) => [s.key, s]));
/** The country shapes alone (the points are small states drawn as dots). */
export const COUNTRY_SHAPES: readonly KeyedShape[] = WORLD.shapes;

export interface MapAnswer {
  /** The names written on the shape, "-" where the map writes none (a state yet to exist, a colony…). */
  en: string;
  ja: string;
  /** The state whose row the shape shows: its id, `japanese-rule:<id>` for land under Japanese rule, or `no-data`. */
  polity: string;
  /** Who held the shape's land, and how, when another state did (`united-kingdom colony`). */
  held: string | null;
  /** Japan's relationship with the polity that day, when the shape shows a state's row. */
  status: string | null;
  /** The place the point or shape is, when it is a territory that data/ holds as a place (Guam), else null. */
  place: string | null;
}

/**
 * The name and polity the map shows on a shape on `day`.
 * @example mapAnswer(store, "643", "1975-06-01") // { en: "Soviet Union", ja: "ソビエト連邦", polity: "ussr", … }
 */
export function mapAnswer(store: Store, key: string, day: string): MapAnswer {
  const shape = SHAPES.get(key);
  if (!shape) throw new Error(`no map shape ${key}`);
  const { relations: rows, territories = [] } = relationsAsOf(store, day);
  const info = joinShapes([shape], rows, territories).get(key)!;
  const s = info.subject;
  const named = (lang: "en" | "ja", japan: string) => shapeNames([shape], rows, (n) => nameIn(lang, n), japan, territories).get(key) ?? "-";
  const holder = info.place?.holder;
  return {
    en: named("en", "Japan"),
    ja: named("ja", "日本"),
    polity: s.kind === "row" ? s.row.state.id : s.kind === "japanese-rule" ? `japanese-rule:${s.row?.state.id ?? info.place?.place.id}` : s.kind,
    held: info.territoryOf?.territory ? `${info.territoryOf.territory.holder.id} ${info.territoryOf.territory.role}` : holder ? `${holder.state.id} ${holder.role ?? "-"}` : null,
    status: s.kind === "row" ? s.row.status : null,
    place: info.place?.place.id ?? null,
  };
}
