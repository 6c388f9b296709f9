import { z } from "zod";
import { EntityRef, ReleaseInfo } from "./results.js";

/**
 * The shapes of `gaiko list` / `GET /api/v1/list/{kind}` and `gaiko series` / `GET /api/v1/series`.
 * Contracts like those in results.ts: documented in docs/json-shapes.md and docs/lists.md; they only grow.
 *
 * Every date is EDTF text exactly as the statement gives it, so its precision shows: `1952` is a year,
 * `1952-04` a month, `1952-04-28` a day. Nothing is padded to a day that no source gives.
 */

export const LIST_KINDS = ["agreements", "memberships", "offices", "events", "disputes", "missions"] as const;
export const ListKind = z.enum(LIST_KINDS);
export type ListKind = z.infer<typeof ListKind>;

/** An EDTF date as written (year, month or day), or null where no statement gives one. */
const DateText = z.string().nullable();
/**
 * False where the sources leave it unknown whether a row held on the as-of day, beside `holds: "no"` (which
 * keeps its meaning, "not known to hold"): an undated statement, a snapshot seen on another day (the
 * Wikidata missions of November 2022), or a span that may still run while the engine reads another
 * statement of the same pair. Absent otherwise (`holds` is then the whole answer).
 */
const HoldsKnown = z.literal(false).optional();

/** Where an agreement stood on the as-of day, from the as-of engine. */
export const AgreementStanding = z.enum(["in-force", "not-yet", "ended", "unknown"]);

export const AgreementListRow = z.object({
  agreement: EntityRef,
  type: z.string().nullable(),
  scope: z.string().nullable(),
  /** States and organisations that are party to or signed it (Japan included). */
  parties: z.array(EntityRef),
  /**
   * The names parties went by on the day it was signed, by party id, where they differ from their names today
   * (Siam for Thailand in 1887); absent where none does or no signing day is known.
   */
  partyNamesThen: z.record(z.string(), z.object({ en: z.string(), ja: z.string().nullable() })).optional(),
  signed: DateText,
  inForce: DateText,
  /** The day its force ended; null while in force or where unrecorded. */
  ended: DateText,
  /** How it ended (expired, superseded…), from the statement's role. */
  endedHow: z.string().nullable(),
  /** Where it stood on the list's as-of day. */
  standing: AgreementStanding,
  certain: z.boolean(),
  statements: z.array(z.string()),
});
export type AgreementListRow = z.infer<typeof AgreementListRow>;

export const MembershipListRow = z.object({
  member: EntityRef,
  organization: EntityRef,
  role: z.enum(["member", "observer"]),
  from: DateText,
  to: DateText,
  /** True where a source gives the start but leaves the end unknown (EDTF `1877-06-01/`): `to` is null, yet the span is not open. Absent otherwise. */
  endUnknown: z.literal(true).optional(),
  /** Whether it held on the as-of day: "yes", "no" or "uncertain" (a fuzzy bound covers the day). */
  holds: z.enum(["yes", "no", "uncertain"]),
  holdsKnown: HoldsKnown,
  statement: z.string(),
});
export type MembershipListRow = z.infer<typeof MembershipListRow>;

export const OfficeListRow = z.object({
  holder: EntityRef,
  polity: EntityRef,
  role: z.string().nullable(),
  from: DateText,
  to: DateText,
  /** True where a source gives the start but leaves the end unknown (EDTF `1877-06-01/`): `to` is null, yet the span is not open. Absent otherwise. */
  endUnknown: z.literal(true).optional(),
  holds: z.enum(["yes", "no", "uncertain"]),
  holdsKnown: HoldsKnown,
  statement: z.string(),
});
export type OfficeListRow = z.infer<typeof OfficeListRow>;

export const EventListRow = z.object({
  event: EntityRef,
  type: z.string().nullable(),
  date: DateText,
  end: DateText,
  place: EntityRef.nullable(),
  /** The state the place lies in (a summit at Camp David → United States), where the data says. */
  placeState: EntityRef.nullable(),
  participants: z.array(EntityRef.extend({ role: z.string().nullable() })),
  statements: z.array(z.string()),
});
export type EventListRow = z.infer<typeof EventListRow>;

export const DisputeListRow = z.object({
  dispute: EntityRef,
  type: z.string().nullable(),
  /** States the dispute concerns or that claim its territory. */
  parties: z.array(EntityRef),
  /** Places and seas it concerns. */
  places: z.array(EntityRef),
  from: DateText,
  to: DateText,
  statements: z.array(z.string()),
});
export type DisputeListRow = z.infer<typeof DisputeListRow>;

/**
 * The kinds of diplomatic mission a `diplomatic-mission` statement's role names ("embassy, Kyiv",
 * "consulate general, Recife", "VOC trading post (factory) at Hirado"); `other` for a role that names none.
 */
export const MISSION_TYPES = [
  "embassy", "consulate-general", "consulate", "consular-office", "honorary-consulate", "de-facto-embassy", "de-facto-consulate",
  "nunciature", "legation", "trading-post", "mission", "other",
] as const;
export const MissionType = z.enum(MISSION_TYPES);
export type MissionType = z.infer<typeof MissionType>;

/** The words of a role's head as the data writes them (curated statements and the Wikidata snapshot), by type. */
const MISSION_HEADS: Record<string, MissionType> = {
  embassy: "embassy", "consulate general": "consulate-general", "consulate-general": "consulate-general", consulate: "consulate",
  "consular office": "consular-office", "honorary consulate": "honorary-consulate", "de facto embassy": "de-facto-embassy",
  "de facto consulate": "de-facto-consulate", "apostolic nunciature": "nunciature", nunciature: "nunciature", legation: "legation",
  mission: "mission", "diplomatic mission": "mission",
};

/**
 * A mission statement's role read as its type and city: the head before the first comma names the kind
 * when it is one of the known words, and what follows is then the city ("embassy, Kyiv"); otherwise the
 * kind is looked for in the whole role (a VOC "trading post (factory) at Dejima, Nagasaki" has no city).
 *
 * @example missionOfRole("consulate general, Recife") // { type: "consulate-general", city: "Recife" }
 * @example missionOfRole("VOC trading post (factory) at Hirado") // { type: "trading-post", city: null }
 */
export function missionOfRole(role: string | null): { type: MissionType; city: string | null } {
  if (!role) return { type: "mission", city: null };
  const comma = role.indexOf(",");
  const head = (comma < 0 ? role : role.slice(0, comma)).trim().toLowerCase();
  const known = MISSION_HEADS[head];
  if (known) return { type: known, city: comma < 0 ? null : role.slice(comma + 1).trim() || null };
  const lower = role.toLowerCase();
  if (/trading post|\bfactory\b/.test(lower)) return { type: "trading-post", city: null };
  if (lower.includes("legation")) return { type: "legation", city: null };
  if (lower.includes("embassy")) return { type: "embassy", city: null };
  return { type: "other", city: null };
}

export const MissionListRow = z.object({
  /** The state that keeps the mission. */
  sender: EntityRef,
  /** The state it stands in. */
  host: EntityRef,
  type: MissionType,
  /** The statement's role as written ("consulate general, Recife"). */
  role: z.string().nullable(),
  /** The city or district the role names after the kind ("Recife"), as written; null where none. */
  city: z.string().nullable(),
  /** The place entity the statement names (`at`: Shimoda), where it names one. */
  place: EntityRef.nullable(),
  from: DateText,
  to: DateText,
  /** Whether it was open on the as-of day, from the as-of engine (`uncertain` where a fuzzy bound covers the day). */
  holds: z.enum(["yes", "no", "uncertain"]),
  holdsKnown: HoldsKnown,
  /** `curated` (data/) or the dataset it was imported from (`dataset:embassies`, the November 2022 snapshot). */
  origin: z.string(),
  statement: z.string(),
});
export type MissionListRow = z.infer<typeof MissionListRow>;

/** The filters a list was asked with, after defaults (dates as days). */
export const ListFilters = z.object({
  type: z.string().nullable(),
  with: z.string().nullable(),
  /** Events: the state or place they were held in; missions: the host state (or the place the mission stands in). */
  in: z.string().nullable(),
  asOf: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  sort: z.string(),
  /** Missions only: the sending state. */
  by: z.string().nullable(),
  /** Agreements only: signed within [signedFrom, signedTo]; a signing date known to the month or year counts only when wholly inside. */
  signedFrom: z.string().nullable(),
  signedTo: z.string().nullable(),
});

const listOf = <K extends ListKind, R extends z.ZodType>(kind: K, row: R) =>
  ReleaseInfo.extend({
    kind: z.literal(kind),
    filters: ListFilters,
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    rows: z.array(row),
  });

export const AgreementList = listOf("agreements", AgreementListRow);
export const MembershipList = listOf("memberships", MembershipListRow);
export const OfficeList = listOf("offices", OfficeListRow);
export const EventList = listOf("events", EventListRow);
export const DisputeList = listOf("disputes", DisputeListRow);
export const MissionList = listOf("missions", MissionListRow);
export const ListResult = z.discriminatedUnion("kind", [AgreementList, MembershipList, OfficeList, EventList, DisputeList, MissionList]);
export type ListResult = z.infer<typeof ListResult>;

/** What a numeric series measures and where it comes from. */
export const SeriesInfo = z.object({
  name: z.string(),
  title: z.string(),
  unit: z.string(),
  /** `state`: one value per state-year; `dyad`: per pair (entity → partner) and year; `organization`: the UN's own. */
  scope: z.enum(["state", "dyad", "organization"]),
  description: z.string(),
  source: z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), citation: z.string().nullable() }),
  entities: z.number().int(),
  points: z.number().int(),
  from: z.number().int(),
  to: z.number().int(),
});
export type SeriesInfo = z.infer<typeof SeriesInfo>;

export const SeriesCatalog = ReleaseInfo.extend({ series: z.array(SeriesInfo) });
export type SeriesCatalog = z.infer<typeof SeriesCatalog>;

export const SeriesPoint = z.object({
  entity: EntityRef,
  /** The other state of a dyad series (for `shared-igos`, Japan's partner); null for a state's own series. */
  partner: EntityRef.nullable(),
  year: z.number().int(),
  value: z.number(),
  /** Where in the dataset the value was read (file and line). */
  locator: z.string().nullable(),
});

export const SeriesResult = ReleaseInfo.extend({
  series: SeriesInfo,
  filters: z.object({ state: z.string().nullable(), from: z.number().int().nullable(), to: z.number().int().nullable() }),
  total: z.number().int(),
  points: z.array(SeriesPoint),
});
export type SeriesResult = z.infer<typeof SeriesResult>;
