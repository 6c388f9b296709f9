import { z } from "zod";
import { Id } from "./ids.js";
import { PREDICATE_NAMES } from "./predicates.js";
import { Edtf } from "./edtf-field.js";

/**
 * A pointer to where a source says something: a seed paragraph (`¶12`), a page (`p. 34`),
 * a dataset row (`row 5`), a section (`§ Relations`) or an article (`Art. 3`).
 *
 * @example SourceRef.parse({ source: "seed-002", locator: "¶3" })
 */
export const SourceRef = z
  .object({
    source: Id,
    locator: z.string().trim().min(1).optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * How the knowledge base holds a statement:
 * - `accepted`: the fact as gaiko records it;
 * - `contested`: parties disagree; `assertedBy` names who asserts it (claims to a territory);
 * - `rejected`: a source says it but better sources contradict it; kept as that source's assertion
 *   so that the checker and the disagreement ledger can show it. `note` says what holds instead.
 */
/**
 * A note readers see beside a statement: it names other entries by their names, never by their ids or
 * file paths ("see the Treaty of Portsmouth entry", not "see treaty-of-portsmouth").
 *
 * @example ReaderNote.safeParse("(see treaty-of-portsmouth)").success // false
 */
export const ReaderNote = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/\bdata\/[\w/.-]+\.ya?ml\b/.test(s), "names a file path; name the entry instead (\"the entry for the occupation of Japan\")")
  .refine((s) => !/\(see [a-z0-9]+(?:-[a-z0-9]+)+(?: [^)]*)?\)/.test(s), "names an entry by its id; write its name instead (\"see the Treaty of Portsmouth entry\")");

export const StatementStatus = z.enum(["accepted", "contested", "rejected"]);
export type StatementStatus = z.infer<typeof StatementStatus>;

/**
 * A typed, dated, sourced relation. Written inside an entity's file; `subject` defaults to that entity.
 *
 * @example
 * Statement.parse({ p: "diplomatic-relations", object: "china", time: "1972-09-29/..",
 *   sources: [{ source: "mofa-china-relations", locator: "§ Basic data" }] })
 */
export const Statement = z
  .object({
    p: z.enum(PREDICATE_NAMES),
    subject: Id.optional(),
    object: Id.optional(),
    value: z.union([z.string().min(1), z.number()]).optional(),
    /**
     * The value in Japanese, where it is words ("about 7 km²" → 約7平方キロメートル), translated from `value`
     * as it stands. A number or a date needs none: pages write those in the reader's language.
     */
    value_ja: z
      .string()
      .trim()
      .min(1)
      .refine((s) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s), "has no kana or kanji: write the value in Japanese, or leave value_ja out")
      .optional(),
    time: Edtf.optional(),
    at: Id.optional(),
    via: Id.optional(),
    role: z.string().trim().min(1).optional(),
    status: StatementStatus.default("accepted"),
    assertedBy: z.array(Id).min(1).optional(),
    note: ReaderNote.optional(),
    /** The note in Japanese, written from the same sources (not a word-for-word translation). */
    note_ja: ReaderNote.optional(),
    sources: z.array(SourceRef).default([]),
  })
  .strict();
export type Statement = z.infer<typeof Statement>;
export type StatementInput = z.input<typeof Statement>;
