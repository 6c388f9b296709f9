import { holdsOn, isTimeError, parseTime, type TimeBounds } from "../../model/time.js";
import type { Store } from "../store.js";

interface TimedName {
  text: string;
  lang: string;
  bounds: Pick<TimeBounds, "start" | "end">;
}

const memo = new WeakMap<Store, Map<string, TimedName[]>>();

/** Every entity's aliases that carry a period, read once per store. */
function timedNames(store: Store): Map<string, TimedName[]> {
  let m = memo.get(store);
  if (m) return m;
  m = new Map();
  const rows = store.prepared("SELECT id, json_extract(body, '$.aliases') AS aliases FROM entities WHERE kind IN ('state', 'organization') AND body LIKE '%\"time\"%'").all() as { id: string; aliases: string | null }[];
  for (const r of rows) {
    for (const a of JSON.parse(r.aliases ?? "[]") as { text: string; lang: string; time?: string }[]) {
      if (!a.time) continue;
      const b = parseTime(a.time);
      if (isTimeError(b) || !b.end) continue;
      const list = m.get(r.id) ?? [];
      list.push({ text: a.text, lang: a.lang, bounds: b as Pick<TimeBounds, "start" | "end"> });
      m.set(r.id, list);
    }
  }
  memo.set(store, m);
  return m;
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
  const on = (lang: string) => names.find((n) => n.lang === lang && holdsOn(n.bounds, day) === "yes")?.text;
  const en = on("en");
  const ja = on("ja");
  if (!en && !ja) return null;
  const ref = store.ref(id)!;
  return { en: en ?? ref.name.en, ja: ja ?? ref.name.ja };
}
