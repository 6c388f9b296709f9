import { z } from "zod";
import { Kind } from "../model/ids.js";
import { PREDICATE_NAMES } from "../model/predicates.js";
import { RelationStatus } from "../model/results.js";
import { asOfDay, lastDay } from "../model/time.js";

/** Longest accepted search text, in characters. */
export const MAX_QUERY = 200;
export const MAX_PAGE = 100;

/** A date parameter: EDTF day, month or year; `end` reads it as the last day it can mean. */
export const DateParam = (end = false) =>
  z
    .string()
    .max(40)
    .transform((v, ctx) => {
      const d = end ? lastDay(v) : asOfDay(v);
      if (typeof d === "string") return d;
      ctx.addIssue({ code: "custom", message: `a date such as 1972-09-29, 1975-06 or 1975 (${d.error})` });
      return z.NEVER;
    });

/**
 * A whole number written in decimal digits only, within [min, max]: `0x10`, `1e1`, `10.0` and ` 10`
 * are refused rather than read as numbers (as `Number()` would).
 *
 * @example CountParam(1, 100).default(20)
 */
export const CountParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,12}$/, "a whole number in decimal digits")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const IdParam = z.string().min(1).max(120).regex(/^[A-Za-z0-9-]+$/, "an entity id (letters, digits and hyphens)");

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, "q: a non-empty search text").max(MAX_QUERY, `q: at most ${MAX_QUERY} characters`),
    kind: Kind.optional(),
    limit: CountParam(1, MAX_PAGE).default(20),
    offset: CountParam(0, 100_000).default(0),
  })
  .strict();

export const AsOfQuery = z.object({ asOf: DateParam().optional() }).strict();

/**
 * An entity's page, whole or in parts: `statements=summary` returns a few statements per predicate
 * (those that held on the date, curated and involving Japan first) beside the counts of every section;
 * `p`, `origin` (curated, dataset or one dataset: `dataset:conflict`), `limit` and `offset` return one
 * slice of the statements.
 */
export const EntityQuery = AsOfQuery
  .extend({
    statements: z.enum(["all", "summary"]).default("all"),
    p: z.enum(PREDICATE_NAMES).optional(),
    origin: z
      .string()
      .regex(/^(curated|dataset(:[a-z0-9-]+)?)$/, "curated, dataset or dataset:NAME (such as dataset:conflict)")
      .optional(),
    limit: CountParam(1, 1000).optional(),
    offset: CountParam(0, 100_000).default(0),
  })
  .strict();

export const RelationsQuery = z.object({ asOf: DateParam().optional(), status: RelationStatus.optional() }).strict();

export const TimelineQuery = z
  .object({
    from: DateParam().optional(),
    to: DateParam(true).optional(),
    with: IdParam.optional(),
    kind: Kind.optional(),
    // The explorer's timeline loads the years around the view, a request of about 1,500 items at a time; 50,000 lets
    // one request hold every dated statement (10,524 on 6 December 2026) for a client that wants them all.
    limit: CountParam(1, 50_000).default(1000),
  })
  .strict();

/** The timeline's counts per year take the timeline's filters, not its span or limit: they cover every year. */
export const TimelineCountsQuery = z.object({ with: IdParam.optional(), kind: Kind.optional() }).strict();

export const ExportQuery = z.object({ format: z.enum(["json", "csv", "jsonld"]).default("json") }).strict();

/** A comma-separated list parameter, each item checked against `item`. */
const csvList = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .max(500)
    .transform((v, ctx) => {
      const parts = v.split(",").map((s) => s.trim()).filter(Boolean);
      const out: z.infer<T>[] = [];
      for (const p of parts) {
        const r = item.safeParse(p);
        if (r.success) out.push(r.data);
        else ctx.addIssue({ code: "custom", message: `"${p.slice(0, 40)}" is not allowed here` });
      }
      return out;
    });

export const GraphQuery = z
  .object({
    asOf: DateParam().optional(),
    kinds: csvList(Kind).optional(),
    predicates: csvList(z.string().regex(/^[a-z-]+$/)).optional(),
  })
  .strict();
