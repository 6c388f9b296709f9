// The agreements list's Type filter as a choice of the types the schema allows, in the page's language
// (it was a free-text box showing the raw slug, "investment", also on a Japanese page: issue 15).
import type { Entity } from "../../../src/model/entity.js";
import type { Lang } from "../i18n/dict.js";
import { typeOptions } from "./type-options.js";

type AgreementType = Extract<Entity, { kind: "agreement" }>["type"];

/** Every agreement type of src/model/entity.ts, in its order (the web imports only types from src/model: this fails to compile when a type is added or removed there). */
const TYPES = {
  peace: true, security: true, alliance: true, friendship: true, commerce: true, normalization: true, trade: true, investment: true,
  declaration: true, communique: true, territorial: true, "arms-control": true, charter: true, convention: true, protocol: true,
  surrender: true, "basic-relations": true, other: true,
} satisfies Record<AgreementType, true>;

export const AGREEMENT_TYPES = Object.keys(TYPES) as AgreementType[];

/**
 * The options of the agreements list's Type filter: "any" (no filter, value ""), then each type with the
 * words the entity pages give it; a value from the URL that is no type (an old link) is kept as itself so
 * the form does not silently drop it. The values stay the slugs the API takes (type=investment).
 * @example agreementTypeOptions("ja")[8] // { value: "investment", label: "投資協定" }
 * @example agreementTypeOptions("en")[0] // { value: "", label: "any type" }
 */
export function agreementTypeOptions(lang: Lang, current = ""): { value: string; label: string }[] {
  return typeOptions(AGREEMENT_TYPES, lang, current);
}
