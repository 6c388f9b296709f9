// The events list's Type filter as a choice of the event types the schema allows, in the page's language
// (it was a box asking for English slugs, "英語で入力：summit…", also on a Japanese page: issue 15), as the
// agreements list's is (agreement-types.ts).
import type { Entity } from "../../../src/model/entity.js";
import type { Lang } from "../i18n/dict.js";
import { typeOptions } from "./type-options.js";

type EventType = Extract<Entity, { kind: "event" }>["type"];

/** Every event type of src/model/entity.ts, in its order (the web imports only types from src/model: this fails to compile when a type is added or removed there). */
const TYPES = {
  visit: true, summit: true, statement: true, apology: true, incident: true, test: true, sanction: true, deployment: true, war: true,
  battle: true, election: true, negotiation: true, crisis: true, attack: true, protest: true, conference: true, founding: true, other: true,
} satisfies Record<EventType, true>;

export const EVENT_TYPES = Object.keys(TYPES) as EventType[];

/**
 * The options of the events list's Type filter: "any" (no filter, value ""), then each type with the words
 * the entity pages give it; a value from the URL that is no type (an old link) is kept as itself so the
 * form does not silently drop it. The values stay the slugs the API takes (type=summit).
 * @example eventTypeOptions("ja")[2] // { value: "summit", label: "首脳会議" }
 * @example eventTypeOptions("en")[0] // { value: "", label: "any type" }
 */
export function eventTypeOptions(lang: Lang, current = ""): { value: string; label: string }[] {
  return typeOptions(EVENT_TYPES, lang, current);
}
