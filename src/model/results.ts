import { z } from "zod";
import { Kind } from "./ids.js";
import { PREDICATE_NAMES } from "./predicates.js";
import { StatementStatus } from "./statement.js";

/**
 * The shapes of gaiko's machine-readable answers (CLI `--json`, later the API). They are contracts:
 * documented in docs/, shape-tested, and they only grow (new optional fields, never removals).
 */

/** Which data release an answer came from. */
export const ReleaseInfo = z.object({ release: z.string(), builtAt: z.string() });

export const EntityRef = z.object({
  id: z.string(),
  kind: Kind,
  name: z.object({ en: z.string(), ja: z.string().nullable() }),
});
export type EntityRef = z.infer<typeof EntityRef>;

export const Citation = z.object({
  source: z.string(),
  title: z.string(),
  locator: z.string().nullable(),
  url: z.string().nullable(),
});
export type Citation = z.infer<typeof Citation>;

export const Holds = z.enum(["yes", "no", "uncertain"]);

export const StatementView = z.object({
  id: z.string(),
  p: z.enum(PREDICATE_NAMES),
  label: z.object({ en: z.string(), ja: z.string() }),
  subject: EntityRef,
  object: EntityRef.nullable(),
  value: z.string().nullable(),
  /** The value in Japanese; only where the data gives one (a value in words, `value_ja`). */
  value_ja: z.string().optional(),
  time: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  at: EntityRef.nullable(),
  via: EntityRef.nullable(),
  role: z.string().nullable(),
  status: StatementStatus,
  assertedBy: z.array(EntityRef),
  note: z.string().nullable(),
  /** The note in Japanese; null where it is written in English only. */
  note_ja: z.string().nullable(),
  sources: z.array(Citation),
  /**
   * Only for a statement with no time of its own about an event (who took part in it, what it concerns):
   * the event's own time, which the statement shares (`occurred`, EDTF).
   */
  eventTime: z.string().optional(),
  /** Only with an as-of date: whether the statement held that day. */
  holds: Holds.optional(),
  /**
   * Only with an as-of date: where the statement stands against that day — `held` (or may have:
   * `uncertain`), `later` (it began or happened after the day), `ended` (it had ended), `past` (a
   * dated event or act on or before the day), `undated`.
   */
  phase: z.enum(["held", "uncertain", "later", "ended", "past", "undated"]).optional(),
  /**
   * Only for a statement of a span with no recorded end (undated, or open: "1956-12-18/.."): where it stands on
   * the release's day by the as-of engine — `holds` (all it names still exists and its agreement is in force),
   * `over` (its subject or object no longer exists, or the agreement's force ended: it is told in the past),
   * `unknown` (nothing says).
   */
  standing: z.enum(["holds", "over", "unknown"]).optional(),
  /** Only where it differs from today's name: the name the subject went by when the statement began (中華民国 for Taiwan in 1945). */
  subjectThen: z.object({ en: z.string(), ja: z.string().nullable() }).optional(),
  /** Only where it differs from today's name: the name the object went by when the statement began (Burma for Myanmar in 1960). */
  objectThen: z.object({ en: z.string(), ja: z.string().nullable() }).optional(),
});
export type StatementView = z.infer<typeof StatementView>;

export const EntityView = ReleaseInfo.extend({
  asOf: z.string().nullable(),
  entity: EntityRef.extend({
    type: z.string().nullable(),
    summary: z.object({ en: z.string().nullable(), ja: z.string().nullable() }),
    aliases: z.array(z.object({ text: z.string(), lang: z.string(), kind: z.string() })),
    fields: z.record(z.string(), z.unknown()),
    sources: z.array(Citation),
  }),
  statements: z.array(StatementView),
  /**
   * Only with an as-of date: what the as-of engine says held that day — for a state, its relationship
   * with Japan (the same row as /relations); memberships; office holders (of a state or organisation)
   * or offices held (by a person); who administered and who claimed a place; where an agreement stood.
   */
  onDay: z.lazy(() => OnDay).optional(),
  /**
   * The entity's statements counted per predicate (all of them, whatever `statements`, `p`, `origin`,
   * `limit` and `offset` returned): how many, how many held on the as-of day, their first and last
   * dates, and how many came from each imported dataset. A page shows these and loads a section's
   * statements when asked.
   */
  sections: z.array(z.lazy(() => EntitySection)).optional(),
  /**
   * With `statements=summary` or a slice: every source cited by the entity and the statements
   * returned (once each, in first-cited order), with what a reader needs to cite it.
   */
  references: z.array(z.lazy(() => Reference)).optional(),
  /** With `limit`, `offset`, `p` or `origin`: how many statements matched, and which slice was returned. */
  page: z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int().nullable() }).optional(),
});
export type EntityView = z.infer<typeof EntityView>;

/** One predicate's statements about an entity, counted (see EntityView.sections). */
export const EntitySection = z.object({
  p: z.enum(PREDICATE_NAMES),
  label: z.object({ en: z.string(), ja: z.string() }),
  count: z.number().int(),
  /** Only with an as-of date: how many held that day (for an interval predicate). */
  held: z.number().int().optional(),
  /** Statements written by hand in data/ (not imported from a dataset). */
  curated: z.number().int(),
  /** The first date of its statements, and the last (null when one still holds or none is dated). */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Imported rows, per dataset (the part after `dataset:` in a statement's origin, such as `conflict`). */
  datasets: z.array(z.object({ dataset: z.string(), count: z.number().int(), from: z.string().nullable(), to: z.string().nullable() })),
});
export type EntitySection = z.infer<typeof EntitySection>;

/** A source as a reference list shows it: who published it, when, where. */
export const Reference = z.object({
  source: z.string(),
  title: z.string(),
  /** seed, web, dataset, book… as the source file says. */
  type: z.string().nullable(),
  publisher: z.string().nullable(),
  /** Publication date (or a dataset's version) where known. */
  date: z.string().nullable(),
  accessed: z.string().nullable(),
  url: z.string().nullable(),
});
export type Reference = z.infer<typeof Reference>;

export const SearchHit = EntityRef.extend({
  type: z.string().nullable(),
  matched: z.string(),
  score: z.number(),
  /** The entity's first date (signed, occurred, founded, born, began to exist), for telling hits apart. */
  date: z.string().nullable().optional(),
});

/**
 * A structured question recognised in the query and answered from the as-of engine ("foreign minister
 * 1975", "China 1970", "EPA with Peru"), shown before the text hits.
 */
export const SearchAnswer = z.object({
  intent: z.enum(["office", "state-year", "agreement"]),
  title: z.object({ en: z.string(), ja: z.string() }),
  entities: z.array(EntityRef),
  /** The explorer page with the full answer. */
  link: z.string(),
  /** For a state and a year: Japan's relationship with it on 1 January of that year. */
  status: z.string().optional(),
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;

export const SearchResult = ReleaseInfo.extend({
  query: z.string(),
  kind: Kind.nullable(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  results: z.array(SearchHit),
  answers: z.array(SearchAnswer).optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** Japan's relationship with one state on a date. */
export const RelationStatus = z.enum([
  "diplomatic-relations",
  "recognized-no-relations",
  "at-war",
  "severed",
  "none",
  "never",
  "not-yet-existing",
  "no-longer-existing",
  "unknown",
]);
export type RelationStatus = z.infer<typeof RelationStatus>;

export const RelationRow = z.object({
  state: EntityRef,
  /** ISO 3166-1 numeric code as a zero-padded string ("392"), for joining map shapes; null where none (Kosovo). */
  isoNumeric: z.string().nullable(),
  status: RelationStatus,
  certain: z.boolean(),
  since: z.string().nullable(),
  alliance: z.boolean(),
  agreements: z.array(EntityRef.extend({ type: z.string().nullable(), inForceSince: z.string().nullable() })),
  statements: z.array(z.string()),
  /** The ids of the statements that decide `status` and `alliance` on the day (empty only for "unknown"). */
  basis: z.array(z.string()).optional(),
  /** A deciding statement is contested. */
  contested: z.boolean().optional(),
  /**
   * Who held the land of this state's map shape on the day, when the state itself did not exist then
   * (the Qing for China's shape in 1900, Japan for Korea's in 1930); null otherwise.
   */
  territory: z
    .object({ holder: EntityRef, role: z.string().nullable(), since: z.string().nullable(), certain: z.boolean(), basis: z.array(z.string()) })
    .nullable()
    .optional(),
  /** The name the state went by on the day, when it differs from its name today (Persia in 1930); absent otherwise. */
  nameOnDay: z.object({ en: z.string(), ja: z.string().nullable() }).optional(),
});
export type RelationRow = z.infer<typeof RelationRow>;

/** Something that held on the as-of day, and the statements that say so. */
export const HoldingView = z.object({
  entity: EntityRef,
  role: z.string().nullable(),
  since: z.string().nullable(),
  certain: z.boolean(),
  basis: z.array(z.string()),
});
export type HoldingView = z.infer<typeof HoldingView>;

export const OnDay = z.object({
  relation: RelationRow.nullable(),
  memberships: z.array(HoldingView),
  observerships: z.array(HoldingView),
  offices: z.array(HoldingView),
  administration: z.object({ administrator: HoldingView.nullable(), claimants: z.array(HoldingView) }).nullable(),
  agreement: z
    .object({ state: z.enum(["in-force", "not-yet", "ended", "unknown"]), how: z.string().nullable(), since: z.string().nullable(), certain: z.boolean(), basis: z.array(z.string()) })
    .nullable(),
});
export type OnDay = z.infer<typeof OnDay>;

/**
 * Who held a territory that is a place, not a state (the Northern Mariana Islands, Guam, Macau), on the day, for the
 * map's point or shape of its ISO code: the engine's administrator (`administrationAsOf`: an `administers` statement,
 * else the state that occupied or ruled it), or null where data/ records no holder that day.
 */
export const TerritoryRow = z.object({
  place: EntityRef,
  /** The place's ISO 3166-1 numeric code ("580"), the key of its point or shape on the map. */
  isoNumeric: z.string(),
  holder: z
    .object({
      state: EntityRef,
      /** How it held the place: the statement's role ("trust", "mandate", "colony"), or "occupation" for an `occupies` statement with none; null where the statement gives none. */
      role: z.string().nullable(),
      /** The kind of statement that decided: administers, occupies or rules. */
      via: z.enum(["administers", "occupies", "rules"]),
      since: z.string().nullable(),
      certain: z.boolean(),
      basis: z.array(z.string()),
    })
    .nullable(),
});
export type TerritoryRow = z.infer<typeof TerritoryRow>;

export const RelationsResult = ReleaseInfo.extend({
  asOf: z.string(),
  counts: z.record(z.string(), z.number().int()),
  relations: z.array(RelationRow),
  /** Territories that are places with an ISO code (see TerritoryRow), by place id; unaffected by `status`. */
  territories: z.array(TerritoryRow).optional(),
});
export type RelationsResult = z.infer<typeof RelationsResult>;

export const TimelineItem = z.object({
  date: z.string(),
  edtf: z.string(),
  edge: z.enum(["point", "start", "end"]),
  statement: StatementView,
});
export const TimelineResult = ReleaseInfo.extend({
  from: z.string().nullable(),
  to: z.string().nullable(),
  with: z.string().nullable(),
  kind: Kind.nullable(),
  items: z.array(TimelineItem),
  /**
   * Short display names, by entity id, for the entities the items name: the shortest alias of kind
   * "name" in English (`en`) and in Japanese (`ja`) when it is shorter than the entity's name in that
   * language; an entity with neither is left out. For a chart label that has no room for the full name.
   */
  shortNames: z.record(z.string(), z.object({ en: z.string().optional(), ja: z.string().optional() })).optional(),
});
export type TimelineResult = z.infer<typeof TimelineResult>;

/**
 * How many items the timeline holds in each year, for the same `with` and `kind` (each item counted in
 * the year of its `date`; years with none left out): what an overview of all years needs without the
 * items themselves. `total` is their sum, the number of items `GET /api/v1/timeline` gives without `from`,
 * `to` and `limit`.
 */
export const TimelineCounts = ReleaseInfo.extend({
  with: z.string().nullable(),
  kind: Kind.nullable(),
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
  total: z.number().int(),
});
export type TimelineCounts = z.infer<typeof TimelineCounts>;

/** One statement in the whole-knowledge-base export: ids instead of nested references. */
export const ExportStatement = z.object({
  id: z.string(),
  p: z.enum(PREDICATE_NAMES),
  subject: z.string(),
  object: z.string().nullable(),
  value: z.string().nullable(),
  /** The value in Japanese; null where the data gives none. */
  value_ja: z.string().nullable(),
  time: z.string().nullable(),
  at: z.string().nullable(),
  via: z.string().nullable(),
  role: z.string().nullable(),
  status: StatementStatus,
  assertedBy: z.array(z.string()),
  note: z.string().nullable(),
  /** The note in Japanese; null where it is written in English only. */
  note_ja: z.string().nullable(),
  sources: z.array(z.object({ source: z.string(), locator: z.string().nullable() })),
});

export const ExportEntity = z.object({
  id: z.string(),
  kind: Kind,
  type: z.string().nullable(),
  names: z.object({ en: z.string(), ja: z.string().nullable() }),
  aliases: z.array(z.object({ text: z.string(), lang: z.string(), kind: z.string() })),
  summary: z.object({ en: z.string().nullable(), ja: z.string().nullable() }),
  fields: z.record(z.string(), z.unknown()),
  sources: z.array(z.object({ source: z.string(), locator: z.string().nullable() })),
});

/** `gaiko export --format json`: the whole knowledge base. */
export const ExportJson = ReleaseInfo.extend({
  generator: z.literal("gaiko"),
  counts: z.object({ entities: z.number().int(), statements: z.number().int(), sources: z.number().int() }),
  entities: z.array(ExportEntity),
  statements: z.array(ExportStatement),
});
export type ExportJson = z.infer<typeof ExportJson>;

/** The one error shape of the API: every 4xx and 5xx answers with it; never a stack trace. */
export const ApiError = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

export const Health = ReleaseInfo.extend({
  status: z.literal("ok"),
  entities: z.number().int(),
  statements: z.number().int(),
  uptimeSeconds: z.number(),
  /** The database file changed (or went away) and could not be opened: the answers still come from this release. */
  stale: z.boolean(),
});

export const GraphNode = EntityRef.extend({
  degree: z.number().int(),
  /** The name the state went by on the day, when it differs from its name today (as in RelationRow). */
  nameOnDay: z.object({ en: z.string(), ja: z.string().nullable() }).optional(),
});
export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  p: z.enum(PREDICATE_NAMES),
  certain: z.boolean(),
  /** The earliest start the tie's dates allow (null when unknown), e.g. "1956-12-18" for Japan in the UN. */
  start: z.string().nullable().optional(),
});
/** Japan's ties as of a date: nodes and typed edges, for the network view. */
export const GraphResult = ReleaseInfo.extend({
  asOf: z.string(),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type GraphResult = z.infer<typeof GraphResult>;

/** A source and everything it supports. */
export const SourceView = ReleaseInfo.extend({
  source: EntityRef.extend({ fields: z.record(z.string(), z.unknown()) }),
  statements: z.array(StatementView),
  entities: z.array(EntityRef.extend({ locator: z.string().nullable() })),
});
export type SourceView = z.infer<typeof SourceView>;

export const SourceListItem = EntityRef.extend({ type: z.string().nullable(), url: z.string().nullable(), statements: z.number().int() });
export const SourceList = ReleaseInfo.extend({ total: z.number().int(), sources: z.array(SourceListItem) });

/** How many agreements of one origin carry their dates to the day: signed, and the start of their force. */
export const DatePrecision = z.object({
  total: z.number().int(),
  signedDated: z.number().int().describe("agreements with an accepted `signed` statement with a date (any precision)"),
  signedToDay: z.number().int().describe("… dated to the day"),
  signedShare: z.number().describe("signedToDay / total, rounded to 0.001 (0 when total is 0)"),
  inForceDated: z.number().int().describe("agreements with an accepted `in-force` span with a known start (not every instrument enters into force)"),
  inForceToDay: z.number().int().describe("… whose start is a known day"),
  inForceShare: z.number().describe("inForceToDay / inForceDated, rounded to 0.001 (0 when none)"),
});

export const Coverage = z.object({
  agreements: z.object({ curated: DatePrecision, datasets: DatePrecision, all: DatePrecision }),
  events: z.object({
    byType: z.record(z.string(), z.number().int()),
    summits: z.number().int(),
    visits: z.number().int(),
    visitsSince1990: z.number().int().describe("visits whose first day is in 1990 or later"),
  }),
  series: z.array(z.object({ name: z.string(), from: z.number().int(), to: z.number().int(), years: z.number().int(), entities: z.number().int() })),
});
export type Coverage = z.infer<typeof Coverage>;

export const Stats = ReleaseInfo.extend({
  entities: z.record(z.string(), z.number().int()),
  statements: z.object({
    total: z.number().int(),
    byPredicate: z.record(z.string(), z.number().int()),
    byStatus: z.record(z.string(), z.number().int()),
    dated: z.number().int(),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    /** Statements with a note, and how many of those have it in Japanese too (`note_ja`). */
    notes: z.object({ total: z.number().int(), ja: z.number().int() }),
  }),
  sources: z.object({ byType: z.record(z.string(), z.number().int()), citations: z.number().int() }),
  coverage: Coverage.optional().describe("how complete the families analysts ask about are (src/kb/coverage.ts)"),
});
export type Stats = z.infer<typeof Stats>;


/** A recorded disagreement: a rejected claim beside what holds, or a contested claim and its rivals. */
export const Disagreement = z.object({
  kind: z.enum(["rejected-claim", "contested"]),
  statement: StatementView,
  conflicting: z.array(StatementView),
});
/** A dataset and another source (curated data or a second dataset) disagreeing about the same fact. */
export const LedgerItem = z.object({
  id: z.string(),
  topic: z.string(),
  note: z.string(),
  /** The note in Japanese. */
  note_ja: z.string().nullable(),
  statement: StatementView,
  other: StatementView.nullable(),
});
export const DisagreementsResult = ReleaseInfo.extend({
  total: z.number().int(),
  items: z.array(Disagreement),
  /** Disagreements between datasets and curated data, found at build time; both statements are kept. */
  ledger: z.array(LedgerItem),
});
export type DisagreementsResult = z.infer<typeof DisagreementsResult>;

/** Agreement measures between two states' UN votes over some roll calls; nulls when they never voted together. */
export const VoteMeasures = z.object({
  /** Roll calls both voted in. */
  n: z.number().int(),
  /** Half-credit agreement: an abstention against yes or no counts ½. */
  agreement: z.number().nullable(),
  /** Strict agreement: identical votes only. */
  strict: z.number().nullable(),
  /** Signorino–Ritter S-score with yes = 1, abstain = ½, no = 0 (−1 … 1). */
  sScore: z.number().nullable(),
});

export const VoteFilterEcho = z.object({
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  issue: z.string().nullable(),
  important: z.boolean(),
});

/** `gaiko votes agreement`: how two states' votes compared, period by period. */
export const VoteAgreementResult = ReleaseInfo.extend({
  a: EntityRef,
  b: EntityRef,
  by: z.enum(["year", "session"]),
  filter: VoteFilterEcho,
  overall: VoteMeasures,
  periods: z.array(VoteMeasures.extend({ period: z.number().int() })),
});
export type VoteAgreementResult = z.infer<typeof VoteAgreementResult>;

/** `gaiko votes ranking`: every state ranked by agreement with one state (Japan by default). */
export const VoteRankingResult = ReleaseInfo.extend({
  a: EntityRef,
  filter: VoteFilterEcho,
  rows: z.array(VoteMeasures.extend({ state: EntityRef, isoNumeric: z.string().nullable() })),
});
export type VoteRankingResult = z.infer<typeof VoteRankingResult>;

/** `gaiko votes divergent`: roll calls where a state split from one state and/or joined another. */
export const VoteDivergentResult = ReleaseInfo.extend({
  a: EntityRef,
  against: EntityRef.nullable(),
  alongside: EntityRef.nullable(),
  filter: VoteFilterEcho,
  total: z.number().int(),
  votes: z.array(
    z.object({
      rcid: z.number().int(),
      session: z.number().int(),
      date: z.string(),
      resolution: z.string().nullable(),
      short: z.string().nullable(),
      important: z.boolean(),
      issues: z.array(z.string()),
      votes: z.record(z.string(), z.enum(["absent", "yes", "abstain", "no"])),
    }),
  ),
});
export type VoteDivergentResult = z.infer<typeof VoteDivergentResult>;

/** A verdict on one claim of a checked text. */
export const Verdict = z.enum(["supported", "contradicted", "not-checkable"]);

/** `gaiko check --json`, `POST /api/v1/check`: what a text claims and whether the knowledge base supports it. */
export const CheckResult = ReleaseInfo.extend({
  document: z.object({
    format: z.enum(["text", "markdown", "html"]),
    bytes: z.number().int(),
    chars: z.number().int(),
    sentences: z.number().int(),
    /** For HTML only: the extracted text that every span refers to (for text and Markdown, spans refer to the input). */
    text: z.string().optional(),
  }),
  stats: z.object({
    mentions: z.number().int(),
    claims: z.number().int(),
    supported: z.number().int(),
    contradicted: z.number().int(),
    notCheckable: z.number().int(),
    slant: z.number().int(),
  }),
  mentions: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), entity: EntityRef, via: z.enum(["name", "demonym", "abbreviation", "surname", "reference"]) })),
  claims: z.array(
    z.object({
      /** The sentence the claim was read from. */
      start: z.number().int(),
      end: z.number().int(),
      frame: z.string(),
      p: z.enum(PREDICATE_NAMES),
      subject: EntityRef,
      object: EntityRef.nullable(),
      time: z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), edtf: z.string() }).nullable(),
      verdict: Verdict,
      /** For a contradicted claim: what the knowledge base holds instead. */
      expected: z.string().nullable(),
      reason: z.string(),
      /** The reason in Japanese (the same table of reasons as `reason`); every claim has both. */
      reasonJa: z.string(),
      /** The relation in words, in English and Japanese ("member of", "加盟"); every claim has one. */
      label: z.object({ en: z.string(), ja: z.string() }),
      /** The rule that read the claim (relation, agreement-description, dated-name, office, territorial-dispute, described-event, attribute, party-list, visit, founding, forces, venue). */
      rule: z.string().optional(),
      /** Whether the sentence asserts the claim or denies it ("never signed", "every member except X"); every claim has one. */
      polarity: z.enum(["positive", "negative"]),
      /**
       * Which part of the recorded time the sentence's date speaks of: `start`, `end`, `span` (the whole),
       * `any` (a day in it), `today` (a present-tense claim without a date), `ever` (no date at all).
       */
      edge: z.enum(["start", "end", "span", "any", "today", "ever"]).optional(),
      /** For a contradicted whole span (`edge: span`) of which one bound agrees with the knowledge base: the bound that does not. */
      differs: z.enum(["start", "end"]).optional(),
      /** When the sentence reports the claim as someone else's ("China claims that …"): who. */
      attributedTo: EntityRef.nullable().optional(),
      evidence: z.array(
        z.object({
          statement: z.string(),
          time: z.string().nullable(),
          status: StatementStatus,
          note: z.string().nullable(),
          note_ja: z.string().nullable(),
          sources: z.array(Citation),
          /**
           * What the statement records, only where it is not the claim's own relation between the claim's own
           * subject and object (in either order): another member of the body a state is said to belong to, the
           * opposite relation. Without it a reader saw 32 rows "1949 – today" under "Japan is a member of NATO".
           */
          about: z.object({ subject: EntityRef, p: z.enum(PREDICATE_NAMES), label: z.object({ en: z.string(), ja: z.string() }), object: EntityRef.nullable() }).optional(),
        }),
      ),
    }),
  ),
  slant: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), kind: z.enum(["loaded", "evaluative", "unattributed-opinion", "intensifier"]), note: z.string() })),
});
export type CheckResult = z.infer<typeof CheckResult>;
