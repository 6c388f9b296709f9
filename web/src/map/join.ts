import type { RelationRow } from "../api/types.js";
import type { ShapeSubject } from "./colour.js";

/**
 * Joins map shapes (world-atlas: ISO 3166-1 numeric ids such as "392"; Kosovo and a few others have
 * none) to the relations of a date. A historical state with no ISO code of its own (the USSR, the
 * Qing, the Korean Empire…) is drawn on the shapes of today's states on its territory while those
 * states do not exist yet. Pure.
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
 * where world-atlas gives no code).
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
}

/**
 * What each shape shows, keyed by shapeKey().
 * @example joinShapes([{ id: "643", name: "Russia" }], rows1975).get("643")?.subject // the USSR's row
 */
export function joinShapes(shapes: readonly Shape[], rows: readonly RelationRow[]): Map<string, ShapeInfo> {
  const byIso = new Map<string, RelationRow>();
  const byId = new Map<string, RelationRow>();
  for (const row of rows) {
    byId.set(row.state.id, row);
    if (row.isoNumeric) byIso.set(row.isoNumeric, row);
  }
  const out = new Map<string, ShapeInfo>();
  for (const shape of shapes) {
    const key = shapeKey(shape);
    if (shape.id === JAPAN_ISO) {
      out.set(key, { subject: { kind: "japan" }, territoryOf: null });
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

/** A shape's stable key: its ISO id, or its name where it has none. */
export function shapeKey(shape: Shape): string {
  return shape.id ?? `name:${shape.name}`;
}
