import { z } from "zod";
import { Edtf } from "./edtf-field.js";

/** Languages a name, alias or summary may be written in (BCP 47 primary tags). */
export const Lang = z.enum(["en", "ja", "ko", "zh", "ru", "es", "pt", "nl", "fr", "de", "ain", "other"]);
export type Lang = z.infer<typeof Lang>;

const nonBlank = z.string().trim().min(1, "must not be empty");

/**
 * The display name of an entity: English always, Japanese wherever one exists.
 *
 * @example Names.parse({ en: "Japan", ja: "日本" })
 */
export const Names = z
  .object({
    en: nonBlank,
    ja: nonBlank.optional(),
  })
  .strict();
export type Names = z.infer<typeof Names>;

/** What an alias is: a plain other name, an abbreviation, a romanization, a former or a local (non-Japanese) name. */
export const AliasKind = z.enum(["name", "abbreviation", "romanization", "former", "local", "demonym"]);

/**
 * Another name an entity is known by, searched and linked like its names.
 *
 * @example Alias.parse({ text: "Dokdo", lang: "ko", kind: "local" })
 * @example Alias.parse({ text: "Persia", lang: "en", kind: "former", time: "../1935-03-21" })
 */
export const Alias = z
  .object({
    text: nonBlank,
    lang: Lang,
    kind: AliasKind.default("name"),
    /**
     * The period in which the entity went by this name (EDTF interval): as of a day inside it, views
     * name the entity so ("Persia" before 21 March 1935, "Republic of China" on the mainland before
     * 1949). Sourced like the names, by the entity's `sources`.
     */
    time: Edtf.optional(),
  })
  .strict();
export type Alias = z.infer<typeof Alias>;

/** A short summary written for gaiko (never copied from a source), in English and optionally Japanese. */
export const Summary = z
  .object({
    en: nonBlank.optional(),
    ja: nonBlank.optional(),
  })
  .strict();
export type Summary = z.infer<typeof Summary>;
