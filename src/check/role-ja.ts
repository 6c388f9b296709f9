// A statement's role and value as the checker's Japanese reasons write them, from the tables and rules the explorer
// writes them with (src/model/roles): a Japanese reason had read "（terms served as non-permanent member of the UN
// Security Council (count): 12）" where the entity page reads 国連安全保障理事会の非常任理事国を務めた回数.
import type { Store } from "../kb/store.js";
import { ROLE_TABLES } from "../model/roles/role-table.js";
import { nameLookup, roleWords, type NameLookup } from "../model/roles/roles.js";
import { codedValueJa } from "../model/roles/values.js";

/** Per store, the states' Japanese names by English name, as the explorer's relations list gives them to roles. */
const NAMES = new WeakMap<Store, NameLookup>();

function names(store: Store): NameLookup {
  let hit = NAMES.get(store);
  if (!hit) {
    const rows = store.rawRows("SELECT id, name_en, name_ja FROM entities WHERE kind = 'state' AND id <> 'japan'") as [string, string, string | null][];
    NAMES.set(store, (hit = nameLookup(rows.map(([id, en, ja]) => ({ id, name: { en, ja } })))));
  }
  return hit;
}

/**
 * An attribute's or a seat's role in Japanese where the explorer's tables and rules give all of it, else the role
 * as the explorer shows it on a Japanese page (English, whole; a slug without its hyphens).
 *
 * @example roleJa(store, "terms served as non-permanent member of the UN Security Council (count)") // "国連安全保障理事会の非常任理事国を務めた回数"
 * @example roleJa(store, "non-permanent member") // "非常任理事国"
 */
export function roleJa(store: Store, role: string): string {
  return roleWords(role, "ja", { names: names(store), tables: ROLE_TABLES }).text;
}

/**
 * A statement's value in Japanese: the data's own (`value_ja`), or a dataset's coded word for the role's code list;
 * undefined where neither is given (the value is then written as it is).
 *
 * @example valueJa({ value: "possessing", value_ja: null, role: "nuclear weapons status (Bleek; NTI)" }) // "保有"
 */
export function valueJa(row: { value: string | null; value_ja: string | null; role: string | null }): string | undefined {
  return row.value_ja ?? (row.value === null ? undefined : (codedValueJa(row.value, row.role) ?? undefined));
}
