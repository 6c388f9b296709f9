import type { RelationRow, RelationStatus } from "../api/types.js";
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

/**
 * Historical states → ISO numeric codes of today's states on (most of) their territory. Where two
 * could cover a shape on one date, the certain one wins, then the one listed first (the later state).
 */
export const HISTORICAL_TERRITORY: Record<string, readonly string[]> = {
  ussr: ["643", "804", "112", "398", "428", "440", "233", "498", "268", "051", "031", "860", "795", "762", "417"],
  "russian-empire": ["643", "804", "112", "398", "428", "440", "233", "246", "498", "268", "051", "031", "860", "795", "762", "417"],
  czechoslovakia: ["203", "703"],
  yugoslavia: ["688", "191", "070", "705", "807", "499"],
  "austria-hungary": ["040", "348", "203", "703", "705", "191", "070"],
  "korean-empire": ["410", "408"],
  joseon: ["410", "408"],
  qing: ["156"],
  "ottoman-empire": ["792"],
  "kingdom-of-prussia": ["276"],
  "dutch-republic": ["528"],
  "new-spain": ["484"],
};

/** Statuses under which a state exists on the date. */
const EXISTS: ReadonlySet<RelationStatus> = new Set(["diplomatic-relations", "recognized-no-relations", "at-war", "severed"]);
/** Statuses under which a today's state gives way to a historical one on its territory. */
const YIELDS: ReadonlySet<RelationStatus> = new Set(["not-yet-existing", "none", "unknown"]);

export interface ShapeInfo {
  subject: ShapeSubject;
  /** The state whose shape this is, when the subject is a historical state drawn on it. */
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
  const predecessorOn = new Map<string, RelationRow>();
  for (const [stateId, isos] of Object.entries(HISTORICAL_TERRITORY)) {
    const row = byId.get(stateId);
    if (!row || !EXISTS.has(row.status)) continue;
    for (const iso of isos) {
      const held = predecessorOn.get(iso);
      if (!held || (!held.certain && row.certain)) predecessorOn.set(iso, row);
    }
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
    const predecessor = shape.id ? predecessorOn.get(shape.id) : undefined;
    if (predecessor && (!own || YIELDS.has(own.status))) {
      out.set(key, { subject: { kind: "row", row: predecessor }, territoryOf: own ?? null });
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
