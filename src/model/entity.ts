import { z } from "zod";
import { Id, type Kind } from "./ids.js";
import { Statement, SourceRef } from "./statement.js";
import { Alias, Names, Summary } from "./text.js";
import { Edtf } from "./edtf-field.js";

/** A GGO treatyID ("CMNTBT_1996A", "UNNFCC_1997P:UNFCCC_1992A", "IND-JPN_2011O"), optionally "@" and a signature day. */
const GGO_LINK = /^[A-Z0-9_][A-Z0-9 _:-]*[A-Z0-9](?:@\d{4}-\d{2}-\d{2})?$/;

/** Fields every entity file has. The id is the file stem and is not repeated inside the file. */
const common = {
  names: Names,
  aliases: z.array(Alias).default([]),
  summary: Summary.optional(),
  /** Sources for the names and the summary. */
  sources: z.array(SourceRef).default([]),
  statements: z.array(Statement).default([]),
  /** A Wikidata item id, only where verified against Wikidata. */
  wikidata: z.string().regex(/^Q[0-9]+$/, "must be a Wikidata item id such as Q17").optional(),
  tags: z.array(Id).default([]),
};

export const StateEntity = z
  .object({
    ...common,
    statehood: z.enum(["sovereign", "limited-recognition", "associated", "observer", "historical"]),
    iso2: z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, two capital letters").optional(),
    iso3: z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3, three capital letters").optional(),
    isoNumeric: z.string().regex(/^[0-9]{3}$/, "ISO 3166-1 numeric as a zero-padded string such as \"004\"").optional(),
    cow: z.number().int().positive().optional(),
  })
  .strict();

export const OrganizationEntity = z
  .object({
    ...common,
    type: z.enum(["igo", "un-body", "regional", "forum", "alliance", "financial", "court", "agency", "political-party", "ngo", "company", "other"]),
  })
  .strict();

export const AgreementEntity = z
  .object({
    ...common,
    type: z.enum([
      "peace", "security", "alliance", "friendship", "commerce", "normalization", "trade", "investment",
      "declaration", "communique", "territorial", "arms-control", "charter", "convention", "protocol",
      "surrender", "basic-relations", "other",
    ]),
    scope: z.enum(["bilateral", "multilateral"]),
    /**
     * The GGO treaty ids (treatyID in agreements_GGO.csv, e.g. "CMNTBT_1996A") of the instrument this
     * agreement is: the treaties import then adds no `ggo-…` agreement of its own for them, and its dates
     * corroborate this one's. Where GGO gives several instruments one id, `ID@YYYY-MM-DD` picks those
     * signed on that day ("UNCLOS_1982A@1994-07-28").
     */
    ggo: z.array(z.string().regex(GGO_LINK, 'a GGO treatyID such as "CMNTBT_1996A", optionally "@YYYY-MM-DD" (its signature date)')).min(1).optional(),
    /** True when names.ja is gaiko's own translation of the English title: no official Japanese title was found. */
    nameJaTranslated: z.literal(true).optional(),
  })
  .strict();

export const DisputeEntity = z
  .object({ ...common, type: z.enum(["territorial", "maritime", "historical", "other"]) })
  .strict();

export const PlaceEntity = z
  .object({
    ...common,
    type: z.enum(["island", "island-group", "rock", "base", "city", "region", "sea", "strait", "site", "other"]),
    /** [longitude, latitude] in WGS84, from a cited source. */
    coords: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    /**
     * ISO 3166-1 numeric code of a territory that has one of its own but is no state in gaiko (Guam "316"): the map
     * draws the place on that code's point or shape, coloured by who held it on the day.
     */
    isoNumeric: z.string().regex(/^[0-9]{3}$/, "ISO 3166-1 numeric as a zero-padded string such as \"316\"").optional(),
  })
  .strict();

export const PersonEntity = z.object({ ...common }).strict();

export const EventEntity = z
  .object({
    ...common,
    type: z.enum([
      "visit", "summit", "statement", "apology", "incident", "test", "sanction", "deployment", "war",
      "battle", "election", "negotiation", "crisis", "attack", "protest", "conference", "founding", "other",
    ]),
  })
  .strict();

export const PolicyEntity = z
  .object({
    ...common,
    type: z.enum(["doctrine", "principle", "law", "constitution", "strategy", "guidelines", "initiative", "other"]),
  })
  .strict();

/**
 * A source: a seed document, a dataset in ../shared/data, or a public document that was actually read.
 * `file` names a seed in ../shared/seeds; `dataset` names a folder in ../shared/data.
 */
export const SourceEntity = z
  .object({
    names: Names,
    type: z.enum(["seed", "dataset", "web", "document", "book"]),
    publisher: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    url: z.string().url("must be a full http(s) address of the original publisher").optional(),
    published: Edtf.optional(),
    accessed: Edtf.optional(),
    file: z.string().regex(/^[0-9]{3}_[0-9a-f]{16}\.txt$/, "a seed file name such as 000_4f8ce3bb9d38b238.txt").optional(),
    dataset: z.string().regex(/^[a-z0-9-]+$/, "a folder name in ../shared/data").optional(),
    licence: z.string().trim().min(1).optional(),
    /** What a reader should know about the source's reliability or slant, in gaiko's own words. */
    caveat: z.string().trim().min(1).optional(),
    summary: Summary.optional(),
  })
  .strict();

/** The schema for each kind. */
export const ENTITY_SCHEMAS = {
  state: StateEntity,
  organization: OrganizationEntity,
  agreement: AgreementEntity,
  dispute: DisputeEntity,
  place: PlaceEntity,
  person: PersonEntity,
  event: EventEntity,
  policy: PolicyEntity,
  source: SourceEntity,
} as const satisfies Record<Kind, z.ZodType>;

export type StateEntity = z.infer<typeof StateEntity>;
export type SourceEntity = z.infer<typeof SourceEntity>;
export type EntityBody = { [K in Kind]: z.infer<(typeof ENTITY_SCHEMAS)[K]> }[Kind];

/** A loaded entity: its id and kind (from its path), the file it came from (`origin`) and its validated body. */
export type Entity = {
  [K in Kind]: { id: Id; kind: K; origin: string } & z.infer<(typeof ENTITY_SCHEMAS)[K]>;
}[Kind];

/** The fields every non-source entity has; sources have names but no statements. */
export type AnyEntity = Entity & { aliases?: Alias[]; statements?: Statement[]; sources?: SourceRef[] };
export type { Alias } from "./text.js";
