import type { Kind } from "./ids.js";

/**
 * How a predicate's time is read:
 * - `interval`: the relation holds over a span (start/end), so it can be asked "as of" a date;
 * - `point`: something happened on a date (signed, occurred, born);
 * - `none`: timeless attribute (located in, concerns);
 * - `any`: a point or an interval (a measured value for a year or a span).
 */
export type TimeShape = "interval" | "point" | "none" | "any";

export interface PredicateDef {
  /** Kinds allowed as subject. */
  subject: readonly Kind[];
  /** Kinds allowed as object; empty when the predicate takes no object. */
  object: readonly Kind[];
  time: TimeShape;
  /** A symmetric relation reads the same both ways (diplomatic relations, war). */
  symmetric?: boolean;
  /** Whether `value` (a number or a short string) is expected. */
  value?: boolean;
  en: string;
  ja: string;
}

const STATES: readonly Kind[] = ["state"];
const ACTORS: readonly Kind[] = ["state", "organization", "person"];
const ANY: readonly Kind[] = ["state", "organization", "agreement", "dispute", "place", "person", "event", "policy"];
const TERRITORY: readonly Kind[] = ["place", "dispute", "state"];

/**
 * The controlled vocabulary of statement types. Every statement in data/ uses one of these as `p`.
 * Adding a predicate is a contract change: it only grows.
 */
export const PREDICATES = {
  exists: { subject: ["state", "organization"], object: [], time: "interval", en: "existed", ja: "存続" },
  "diplomatic-relations": {
    subject: STATES, object: STATES, time: "interval", symmetric: true,
    en: "diplomatic relations", ja: "外交関係",
  },
  "no-relations": {
    subject: STATES, object: STATES, time: "interval", symmetric: true,
    en: "no diplomatic relations", ja: "国交なし",
  },
  recognizes: { subject: STATES, object: STATES, time: "interval", en: "recognizes", ja: "承認" },
  "at-war": { subject: STATES, object: STATES, time: "interval", symmetric: true, en: "at war", ja: "戦争状態" },
  alliance: { subject: STATES, object: STATES, time: "interval", symmetric: true, en: "alliance", ja: "同盟" },
  occupies: { subject: STATES, object: TERRITORY, time: "interval", en: "occupies", ja: "占領" },
  rules: { subject: STATES, object: TERRITORY, time: "interval", en: "rules (colony or protectorate)", ja: "統治" },
  administers: { subject: STATES, object: TERRITORY, time: "interval", en: "administers", ja: "施政" },
  claims: { subject: STATES, object: TERRITORY, time: "interval", en: "claims", ja: "領有権を主張" },
  "successor-of": { subject: STATES, object: STATES, time: "point", en: "successor of", ja: "継承" },
  /** The land of a present-day state's map shape held by another state (the Qing held China's, Japan Korea's 1910–1945); `role` says how (TERRITORY_ROLES). */
  "holds-territory": { subject: STATES, object: STATES, time: "interval", en: "held the territory of", ja: "領域を保有" },
  "member-of": {
    subject: ["state", "organization"], object: ["organization"], time: "interval",
    en: "member of", ja: "加盟",
  },
  "observer-of": {
    subject: ["state", "organization"], object: ["organization"], time: "interval",
    en: "observer at", ja: "オブザーバー",
  },
  signed: { subject: ["agreement"], object: [], time: "point", en: "signed", ja: "署名" },
  "in-force": { subject: ["agreement"], object: [], time: "interval", en: "in force", ja: "発効" },
  "superseded-by": { subject: ["agreement"], object: ["agreement"], time: "point", en: "superseded by", ja: "後継協定" },
  "party-to": {
    subject: ["state", "organization"], object: ["agreement"], time: "interval",
    en: "party to", ja: "締約国",
  },
  "signatory-of": { subject: ACTORS, object: ["agreement"], time: "point", en: "signed", ja: "署名者" },
  "holds-office": {
    subject: ["person"], object: ["state", "organization"], time: "interval",
    en: "holds office", ja: "在任",
  },
  born: { subject: ["person"], object: [], time: "point", en: "born", ja: "生" },
  died: { subject: ["person"], object: [], time: "point", en: "died", ja: "没" },
  occurred: { subject: ["event"], object: [], time: "any", en: "occurred", ja: "発生" },
  participant: { subject: ["event"], object: ACTORS, time: "none", en: "participant", ja: "参加者" },
  concerns: { subject: ["event", "dispute", "policy", "agreement"], object: ANY, time: "none", en: "concerns", ja: "関係" },
  "located-in": { subject: ["place"], object: ["state", "place"], time: "none", en: "located in", ja: "所在" },
  adopted: { subject: ["policy"], object: [], time: "point", en: "adopted", ja: "採択" },
  "in-effect": { subject: ["policy"], object: [], time: "interval", en: "in effect", ja: "有効" },
  "proposed-by": { subject: ["policy", "agreement"], object: ACTORS, time: "none", en: "proposed by", ja: "提唱" },
  founded: { subject: ["organization"], object: [], time: "point", en: "founded", ja: "設立" },
  "diplomatic-mission": {
    subject: STATES, object: STATES, time: "interval",
    en: "has a diplomatic mission in", ja: "在外公館",
  },
  obligation: {
    subject: STATES, object: STATES, time: "interval",
    en: "owes an alliance obligation to", ja: "同盟上の義務",
  },
  representation: {
    subject: STATES, object: STATES, time: "interval",
    en: "is diplomatically represented in", ja: "外交代表",
  },
  "system-member": {
    subject: STATES, object: [], time: "interval",
    en: "member of the interstate system (COW)", ja: "国家システム加盟",
  },
  contiguous: { subject: STATES, object: STATES, time: "interval", symmetric: true, en: "contiguous with", ja: "隣接" },
  "sanctions": { subject: ["state", "organization"], object: ACTORS, time: "interval", en: "sanctions", ja: "制裁" },
  "attribute": { subject: ANY, object: [], time: "any", value: true, en: "attribute", ja: "属性" },
  "related-to": { subject: ANY, object: ANY, time: "none", en: "related to", ja: "関連" },
} as const satisfies Record<string, PredicateDef>;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as [Predicate, ...Predicate[]];

/** The definition of a predicate, typed loosely for generic checks. */
export function predicateDef(p: Predicate): PredicateDef {
  return PREDICATES[p];
}

/**
 * How an agreement's force (or a party's participation) ended: the `role` of an `in-force` or
 * `party-to` statement with a closed end. An open end (`..`) means a source says it is still in force.
 */
export const AGREEMENT_ENDS = ["expired", "terminated", "superseded", "abrogated", "lapsed", "annulled", "withdrawn"] as const;
export type AgreementEnd = (typeof AGREEMENT_ENDS)[number];

/** How a state held the territory of another's present-day shape: the `role` of `holds-territory`. */
export const TERRITORY_ROLES = ["sovereign", "colony", "protectorate", "occupation", "mandate", "annexed", "puppet", "trust"] as const;
export type TerritoryRole = (typeof TERRITORY_ROLES)[number];
