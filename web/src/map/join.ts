import type { RelationRow, TerritoryRow } from "../api/types.js";
import type { ShapeSubject } from "./colour.js";

/**
 * Joins map shapes (world-atlas: ISO 3166-1 numeric ids such as "392"; Kosovo and a few others have
 * none) to the relations of a date. A historical state with no ISO code of its own (the USSR, the
 * Qing, the Korean Empire…) is drawn on the shapes of today's states on its territory while those
 * states do not exist yet. A territory that data/ holds as a place with an ISO code (the Northern Mariana
 * Islands, Guam, Macau) shows who held it on the date, as the engine answers (the API's `territories`). Pure.
 */
export interface Shape {
  /** ISO numeric id, or undefined where world-atlas has none. */
  id: string | undefined;
  name: string;
}

export const JAPAN_ISO = "392";

/** Shapes with no ISO id that are still states in gaiko. */
export const NAMED_SHAPES: Record<string, string> = { Kosovo: "kosovo" };

/**
 * Shapes of territories that are not states, drawn with the state they belong to (ISO → ISO; by name
 * where world-atlas gives no code), on every date: used only where data/ has no place with the shape's
 * code, whose holder on the date the engine would give instead.
 */
export const DEPENDENT_SHAPES: Record<string, string> = {
  "238": "826", // Falkland Islands → United Kingdom
  "304": "208", // Greenland → Denmark
  "260": "250", // French Southern and Antarctic Lands → France
  "540": "250", // New Caledonia → France
  "630": "840", // Puerto Rico → United States
  "name:Somaliland": "706", // Somaliland → Somalia
};

export interface ShapeInfo {
  subject: ShapeSubject;
  /** The present-day state whose shape this is, when another state held its land on the date. */
  territoryOf: RelationRow | null;
  /** The shape is a territory drawn with the state it belongs to. */
  dependency?: boolean;
  /**
   * The shape is a territory that is a place in data/: who held it on the date (the subject is the holder's
   * row, Japanese rule, or no data where the engine records no holder that day).
   */
  place?: TerritoryRow;
}

/**
 * What each shape shows, keyed by shapeKey().
 * @example joinShapes([{ id: "643", name: "Russia" }], rows1975).get("643")?.subject // the USSR's row
 */
export function joinShapes(shapes: readonly Shape[], rows: readonly RelationRow[], territories: readonly TerritoryRow[] = []): Map<string, ShapeInfo> {
  const byIso = new Map<string, RelationRow>();
  const byId = new Map<string, RelationRow>();
  for (const row of rows) {
    byId.set(row.state.id, row);
    if (row.isoNumeric) byIso.set(row.isoNumeric, row);
  }
  const places = new Map(territories.map((t) => [t.isoNumeric, t]));
  const out = new Map<string, ShapeInfo>();
  for (const shape of shapes) {
    const key = shapeKey(shape);
    if (shape.id === JAPAN_ISO) {
      out.set(key, { subject: { kind: "japan" }, territoryOf: null });
      continue;
    }
    // A state's own row wins over a place of the same code; a place wins over the all-dates sovereign below.
    const place = shape.id && !byIso.has(shape.id) ? places.get(shape.id) : undefined;
    if (place) {
      out.set(key, { subject: placeSubject(place, byId), territoryOf: null, place });
      continue;
    }
    const sovereign = DEPENDENT_SHAPES[key];
    if (sovereign && byIso.has(sovereign)) {
      out.set(key, { subject: { kind: "row", row: byIso.get(sovereign)! }, territoryOf: null, dependency: true });
      continue;
    }
    const own = shape.id ? byIso.get(shape.id) : byId.get(NAMED_SHAPES[shape.name] ?? "");
    // Who held the land that day comes from the as-of engine (the row's `territory`), never from a list here.
    const holder = own?.territory?.holder.id;
    if (own && holder === "japan") {
      out.set(key, { subject: { kind: "japanese-rule", row: own }, territoryOf: own });
    } else if (own && holder && byId.has(holder)) {
      out.set(key, { subject: { kind: "row", row: byId.get(holder)! }, territoryOf: own });
    } else if (own) {
      out.set(key, { subject: { kind: "row", row: own }, territoryOf: null });
    } else {
      out.set(key, { subject: { kind: "no-data" }, territoryOf: null });
    }
  }
  return out;
}

/**
 * What a territory's point or shape shows: Japanese rule when Japan held it, the holder's row when another
 * state did, and no data when the engine records no holder that day or the holder has no row.
 * @example placeSubject(nmi1930, byId).kind // "japanese-rule"
 */
function placeSubject(place: TerritoryRow, byId: ReadonlyMap<string, RelationRow>): ShapeInfo["subject"] {
  const holder = place.holder?.state.id;
  if (holder === "japan") return { kind: "japanese-rule", row: null };
  const row = holder ? byId.get(holder) : undefined;
  return row ? { kind: "row", row } : { kind: "no-data" };
}

/** A shape's stable key: its ISO id, or its name where it has none. */
export function shapeKey(shape: Shape): string {
  return shape.id ?? `name:${shape.name}`;
}
