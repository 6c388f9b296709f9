import { z } from "zod";
import { Id } from "./ids.js";

/** Kana or kanji: a Japanese title has at least one. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The Japanese name of one entity that a dataset import creates, kept in a list file because the
 * import, not a file, makes the entity: data/agreement-names/*.yaml for agreements (`ggo-…`),
 * data/dataset-names/*.yaml for any other kind (a COW state, an ICOW claim). Either the name was
 * found in a public source (`source`, with a `locator` saying where), or it is gaiko's own translation of
 * the dataset's English name (`translated: true`), which readers are told.
 *
 * @example AgreementNameEntry.parse({ id: "ggo-cbd-1992a", ja: "生物の多様性に関する条約", source: "web-mofa-treaties", locator: "title" })
 * @example AgreementNameEntry.parse({ id: "ggo-scirwm-1976e28-intrrw-1937a", ja: "国際捕鯨取締条約附表の修正（第28回会合）", translated: true })
 * @example AgreementNameEntry.parse({ id: "hanover", ja: "ハノーファー王国", source: "web-wikipedia-ja-kingdom-of-hanover", locator: "title" })
 */
export const AgreementNameEntry = z
  .object({
    /** The entity's id as the build makes it. */
    id: Id,
    ja: z.string().trim().min(1, "must not be empty").regex(JAPANESE, "must be written in Japanese (kana or kanji) — give the Japanese title"),
    /** A data/sources id: where the Japanese title was found. */
    source: Id.optional(),
    /** Where in the source: "title", a page, a section. */
    locator: z.string().trim().min(1, "must not be empty").optional(),
    /** gaiko's own translation of the dataset's English title: no Japanese title was found. */
    translated: z.literal(true, { error: "write translated: true, or leave it out and give source:" }).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.translated && e.source) ctx.addIssue({ code: "custom", path: ["translated"], message: "a name found in a source is not a translation — remove translated: true, or remove source: if no source gives this title" });
    if (!e.translated && !e.source) ctx.addIssue({ code: "custom", path: ["source"], message: "say where the Japanese title comes from — add source: <a data/sources id> (and locator:), or translated: true for gaiko's own translation" });
    if (e.locator && !e.source) ctx.addIssue({ code: "custom", path: ["locator"], message: "a locator needs a source — add source:, or remove locator:" });
  });
export type AgreementNameEntry = z.infer<typeof AgreementNameEntry>;

/** One file of data/agreement-names or data/dataset-names: a YAML list of entries (`[]` when empty). */
export const AgreementNamesFile = z.array(AgreementNameEntry);

/** The same entry under the name that fits data/dataset-names, where it may name any dataset entity. */
export const DatasetNameEntry = AgreementNameEntry;
export type DatasetNameEntry = AgreementNameEntry;
