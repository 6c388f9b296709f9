import { holdsOn, isTimeError, parseTime, type TimeBounds } from "../../model/time.js";
import type { Store } from "../store.js";

interface TimedName {
  text: string;
  lang: string;
  bounds: Pick<TimeBounds, "start" | "end">;
}

const memo = new WeakMap<Store, Map<string, TimedName[]>>();

/** An entity's aliases (its body's `aliases`, as JSON) that carry a period. */
function timedAliases(aliases: string | null): TimedName[] {
  const out: TimedName[] = [];
  for (const a of JSON.parse(aliases ?? "[]") as { text: string; lang: string; time?: string }[]) {
    if (!a.time) continue;
    const b = parseTime(a.time);
    if (isTimeError(b) || !b.end) continue;
    out.push({ text: a.text, lang: a.lang, bounds: b as Pick<TimeBounds, "start" | "end"> });
  }
  return out;
}

/** Every entity's aliases that carry a period, read once per store. */
function timedNames(store: Store): Map<string, TimedName[]> {
  let m = memo.get(store);
  if (m) return m;
  m = new Map();
  const rows = store.prepared("SELECT id, json_extract(body, '$.aliases') AS aliases FROM entities WHERE kind IN ('state', 'organization') AND body LIKE '%\"time\"%'").all() as { id: string; aliases: string | null }[];
  for (const r of rows) {
    const list = timedAliases(r.aliases);
    if (list.length) m.set(r.id, list);
  }
  memo.set(store, m);
  return m;
}

/** The English and Japanese names among `names` whose period certainly holds on `day`. */
function namesHolding(names: readonly TimedName[], day: string): { en?: string; ja?: string } {
  const on = (lang: string) => names.find((n) => n.lang === lang && holdsOn(n.bounds, day) === "yes")?.text;
  const en = on("en"), ja = on("ja");
  return { ...(en ? { en } : {}), ...(ja ? { ja } : {}) };
}

/**
 * The names an entity went by on `day` among its aliases with a period (its body's `aliases` as JSON), for code that
 * reads entities before a store is open (the dataset importers); each is left out where no alias holds that day.
 *
 * @example namesFromAliasesOn('[{"text":"Republic of China","lang":"en","time":"1912-01-01/1949-10-01"}]', "1927-01-24") // { en: "Republic of China" }
 */
export function namesFromAliasesOn(aliases: string | null, day: string): { en?: string; ja?: string } {
  return namesHolding(timedAliases(aliases), day);
}

/**
 * Whether an entity has any name with a period (an alias dated "1912-01-01/1949-10-01"): only these can have
 * gone by another name on some day.
 * @example hasDatedNames(store, "taiwan") // true
 */
export function hasDatedNames(store: Store, id: string): boolean {
  return timedNames(store).has(id);
}

/**
 * The name an entity went by on `day` when it differs from its name today: an alias whose period holds
 * that day (Persia before 21 March 1935), in English and Japanese; null when none does.
 *
 * @example nameOnDay(store, "iran", "1930-06-01") // { en: "Persia", ja: "ペルシア" }
 */
export function nameOnDay(store: Store, id: string, day: string): { en: string; ja: string | null } | null {
  const names = timedNames(store).get(id);
  if (!names) return null;
  const { en, ja } = namesHolding(names, day);
  if (!en && !ja) return null;
  const ref = store.ref(id)!;
  return { en: en ?? ref.name.en, ja: ja ?? ref.name.ja };
}
