import { z } from "zod";

/**
 * Entity ids are lowercase kebab-case and globally unique across kinds.
 * The id of an entity is the stem of its YAML file: `data/states/japan.yaml` → `japan`.
 *
 * @example Id.parse("treaty-of-san-francisco") // ok
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, "must be lowercase kebab-case (a-z, 0-9 and single hyphens), e.g. treaty-of-san-francisco");
export type Id = z.infer<typeof Id>;

/** The entity kinds, each stored in its own folder under data/. */
export const KINDS = [
  "state",
  "organization",
  "agreement",
  "dispute",
  "place",
  "person",
  "event",
  "policy",
  "source",
] as const;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

/** Folder name under data/ for each kind. */
export const KIND_FOLDER: Record<Kind, string> = {
  state: "states",
  organization: "organizations",
  agreement: "agreements",
  dispute: "disputes",
  place: "places",
  person: "people",
  event: "events",
  policy: "policies",
  source: "sources",
};

/** Reverse of KIND_FOLDER: `kindOfFolder("people") === "person"`. */
export function kindOfFolder(folder: string): Kind | undefined {
  return KINDS.find((k) => KIND_FOLDER[k] === folder);
}
