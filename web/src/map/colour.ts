import type { RelationRow, RelationStatus } from "../api/types.js";
import type { MessageKey } from "../i18n/dict.js";

/**
 * How the map colours a state: per layer, a category with a fill and a legend label. Pure, so the
 * legend and the map can never disagree. "No data" is a category of its own, with its reason.
 */
export const LAYERS = ["status", "alliance", "agreements", "unvoting"] as const;
export type Layer = (typeof LAYERS)[number];
/** Layers that can be chosen (all of them now; a layer can be announced here before it is built). */
export const ENABLED_LAYERS: readonly Layer[] = ["status", "alliance", "agreements", "unvoting"];

export function parseLayer(value: string | null): Layer {
  return value && (ENABLED_LAYERS as readonly string[]).includes(value) ? (value as Layer) : "status";
}

export const LAYER_LABEL: Record<Layer, MessageKey> = {
  status: "layer.status",
  alliance: "layer.alliance",
  agreements: "layer.agreements",
  unvoting: "layer.unvoting",
};

export interface Category {
  key: string;
  fill: string;
  label: MessageKey;
  /** A hatched fill (states that did not or no longer exist). */
  hatched?: boolean;
}

const STATUS: Record<RelationStatus | "japan", Category> = {
  japan: { key: "japan", fill: "#bc002d", label: "status.japan" },
  "diplomatic-relations": { key: "diplomatic-relations", fill: "#1f7a63", label: "status.diplomatic-relations" },
  "recognized-no-relations": { key: "recognized-no-relations", fill: "#9cc3e0", label: "status.recognized-no-relations" },
  severed: { key: "severed", fill: "#e08a1e", label: "status.severed" },
  "at-war": { key: "at-war", fill: "#7b1e1e", label: "status.at-war" },
  none: { key: "none", fill: "#d9c79e", label: "status.none" },
  never: { key: "never", fill: "#bfae86", label: "status.never" },
  unknown: { key: "unknown", fill: "#a7a7a7", label: "status.unknown" },
  "not-yet-existing": { key: "not-yet-existing", fill: "#f2f2f2", label: "status.not-yet-existing", hatched: true },
  "no-longer-existing": { key: "no-longer-existing", fill: "#e2e2e2", label: "status.no-longer-existing", hatched: true },
};

/** Japan itself, on every layer. */
export const JAPAN: Category = STATUS.japan;

/** Land under Japanese rule on the date (Taiwan 1895–1945, Korea 1910–1945), on every layer. */
export const JAPANESE_RULE: Category = { key: "japanese-rule", fill: "#e7a3ad", label: "status.japanese-rule" };

/** A shape with no state in gaiko's data (Northern Cyprus, Somaliland): no data, with that reason. */
// Its own capitalised words, like the legend's other entries (the lower-case "map.notInKb" follows "No data: " in titles).
export const NO_DATA: Category = { key: "no-data", fill: "#ffffff", label: "map.notInKb.legend" };

const ALLIANCE_YES: Category = { key: "alliance", fill: "#2a5db0", label: "alliance.yes" };
const ALLIANCE_NO: Category = { key: "no-alliance", fill: "#d6dde8", label: "alliance.no" };

const AGREEMENTS: Category[] = [
  { key: "agreements-0", fill: "#eef0e4", label: "agreements.0" },
  { key: "agreements-1", fill: "#c2d59a", label: "agreements.1" },
  { key: "agreements-2", fill: "#7fae4d", label: "agreements.2-3" },
  { key: "agreements-4", fill: "#3f6e1c", label: "agreements.4+" },
];

/** Statuses under which a state has no relationship to colour but its existence. */
const ABSENT: ReadonlySet<RelationStatus> = new Set(["not-yet-existing", "no-longer-existing"]);

/**
 * What a shape shows: Japan itself, a state's row, or nothing known. Land under Japanese rule carries the row of
 * the state whose shape it is, or none when it is a territory that is a place (the Northern Marianas in 1930).
 */
export type ShapeSubject = { kind: "japan" } | { kind: "japanese-rule"; row: RelationRow | null } | { kind: "row"; row: RelationRow } | { kind: "no-data" };

/**
 * The category of a shape on a layer.
 * @example categoryOf("alliance", { kind: "row", row: usRow1975 }).key // "alliance"
 */
export function categoryOf(layer: Layer, subject: ShapeSubject): Category {
  if (subject.kind === "japan") return STATUS.japan;
  if (subject.kind === "japanese-rule") return JAPANESE_RULE;
  if (subject.kind === "no-data") return NO_DATA;
  const { row } = subject;
  if (layer === "status" || layer === "unvoting" || ABSENT.has(row.status)) return STATUS[row.status];
  if (layer === "alliance") return row.alliance ? ALLIANCE_YES : ALLIANCE_NO;
  const n = row.agreements.length;
  return AGREEMENTS[n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3]!;
}

/** The legend of a layer, in reading order. */
export function legendOf(layer: Layer): Category[] {
  const absent = [JAPANESE_RULE, STATUS["not-yet-existing"], STATUS["no-longer-existing"], NO_DATA];
  if (layer === "alliance") return [STATUS.japan, ALLIANCE_YES, ALLIANCE_NO, ...absent];
  if (layer === "agreements") return [STATUS.japan, ...AGREEMENTS, ...absent];
  return [
    STATUS.japan,
    STATUS["diplomatic-relations"],
    STATUS["recognized-no-relations"],
    STATUS.none,
    STATUS.never,
    STATUS.severed,
    STATUS["at-war"],
    STATUS.unknown,
    ...absent,
  ];
}

/**
 * Whether a shape's status is uncertain: drawn as a dotted pattern over its colour (explained in the
 * legend), so that the colour itself still says the status.
 * @example isUncertain({ kind: "row", row: { ...row, certain: false } }) // true
 */
export function isUncertain(subject: ShapeSubject): boolean {
  return subject.kind === "row" && !subject.row.certain;
}
